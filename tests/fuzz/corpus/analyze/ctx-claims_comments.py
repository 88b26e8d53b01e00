€# Test cases for zdr-claim in comments and docstrings.
from anthropic import AnthropicFoundry

client = AnthropicFoundry()

# Abuse monitoring is off for our Foundry resource, so Claude does not log prompts.  expect: zdr-claim/retention-assumption


def f():
    """Data sent to Claude stays inside our Azure subscription."""  # expect: zdr-claim/retention-assumption
    # Our audit log keeps request ids for 90 days in Log Analytics.
    # Anthropic may retain prompts for up to 30 days, so redact before sending.
    return None
