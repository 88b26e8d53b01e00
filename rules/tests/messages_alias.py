# A messages resource held in a variable is the client's messages API.
from anthropic import AsyncAnthropicFoundry
from twilio.rest import Client as Twilio


class Assistant:
    def __init__(self):
        self.client = AsyncAnthropicFoundry()
        self.sms = Twilio()

    async def ask(self, user, beta: bool):
        resource = self.client.beta.messages if beta else self.client.messages
        return await resource.create(
            model="claude-sonnet-4-5",
            max_tokens=256,
            messages=[{"role": "user", "content": f"Reply to {user.email}"}],  # expect: sensitive-data/personal-field
        )

    def notify(self, customer):
        outbox = self.sms.messages
        return outbox.create(to=customer.phone_number, body="Your order shipped")
