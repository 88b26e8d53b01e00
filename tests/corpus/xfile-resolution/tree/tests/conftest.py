import os

# Never let a test reach a real endpoint.
os.environ.setdefault("ANTHROPIC_FOUNDRY_RESOURCE", "test-resource")
os.environ.setdefault("ANTHROPIC_FOUNDRY_API_KEY", "test-key")
os.environ.setdefault("TWILIO_ACCOUNT_SID", "ACtest")
os.environ.setdefault("TWILIO_AUTH_TOKEN", "test-token")
