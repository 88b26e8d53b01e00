# Microsoft Agent Framework on Claude on Foundry (test cases): a session is a handle to the
# conversation, not content; the client's constructor credential is not sent as a message.
import os

from agent_framework import Agent
from agent_framework.foundry import AnthropicFoundryClient


async def main(patient) -> None:
    chat_client = AnthropicFoundryClient(
        model=os.environ["FOUNDRY_MODEL_DEPLOYMENT"],
        api_key=os.environ["FOUNDRY_API_KEY"],
        base_url=os.environ["FOUNDRY_ENDPOINT"],
    )
    agent = Agent(client=chat_client, instructions="You take cupcake orders.")
    session = agent.create_session()
    await agent.run("hello", session=session)
    await agent.run(f"Patient SSN {patient.ssn}", session=session)  # expect: sensitive-data/government-id-field
