# An Agent Framework agent on a Foundry chat client: the client, its
# constructor credentials, the agent and its session are not request content.
import os

from agent_framework import Agent
from agent_framework.foundry import AnthropicFoundryClient


async def main(user) -> None:
    chat_client = AnthropicFoundryClient(
        model=os.environ["FOUNDRY_MODEL_DEPLOYMENT"],
        api_key=os.environ["FOUNDRY_API_KEY"],
        base_url=os.environ["FOUNDRY_ENDPOINT"],
    )
    agent = Agent(client=chat_client, name="helper", instructions="Be brief.")
    session = agent.create_session()
    await agent.run("hello", session=session)
    await agent.run(f"Write to {user.email}", session=session)  # expect: sensitive-data/personal-field
