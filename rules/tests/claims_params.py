# Test cases for the subject of a claim in test docstrings: an SDK dropping a parameter
# says nothing of what happens to the prompts.
# fg-test: repo-foundry
from anthropic import AnthropicFoundry

client = AnthropicFoundry()


def test_anthropic_optional_params():
    """
    Test if whitespace character optional param is dropped by anthropic
    """


def test_drop_store_param_for_anthropic():
    """
    Test that the OpenAI-specific `store` parameter is correctly dropped
    when calling Anthropic with drop_params=True.
    """


def test_prompt_lifetime():
    """Prompts are dropped by Anthropic as soon as the call returns."""  # expect: zdr-claim/retention-assumption

