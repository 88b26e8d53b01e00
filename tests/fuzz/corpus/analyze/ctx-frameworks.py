€# Frameworks on Claude on Foundry (test cases).
from agno.agent import Agent as AgnoAgent
from agno.models.azure import Claude
from anthropic import AsyncAnthropicFoundry
from langchain_anthropic import ChatAnthropic
from litellm import completion
from pydantic_ai import Agent
from pydantic_ai.models.anthropic import AnthropicModel
from pydantic_ai.providers.anthropic import AnthropicProvider

FOUNDRY = "https://contoso.services.ai.azure.com/anthropic"
llm = ChatAnthropic(model="claude-sonnet-4-5", base_url=FOUNDRY)
direct = ChatAnthropic(model="claude-sonnet-4-5")
agent = Agent(AnthropicModel("claude-sonnet-4-5", provider=AnthropicProvider(anthropic_client=AsyncAnthropicFoundry())))
agno = AgnoAgent(model=Claude(id="claude-sonnet-4-5"))


def run(patient, user):
    llm.invoke([("system", "Summarise."), ("human", f"Diagnosis: {patient.diagnosis}")])  # expect: sensitive-data/health-field
    direct.invoke(f"Diagnosis: {patient.diagnosis}")
    agent.run_sync(f"SSN {user.ssn}")  # expect: sensitive-data/government-id-field
    agno.print_response(f"Mail {user.email}")  # expect: sensitive-data/personal-field
    completion(model="azure_ai/claude-sonnet-4-5", messages=[{"role": "user", "content": user.phone_number}])  # expect: sensitive-data/personal-field
    completion(model="gpt-4o", messages=[{"role": "user", "content": user.phone_number}])
