"""Microsoft Teams handler: summarises a new ticket for the on-duty tech."""
from deskbot.claude_client import MODEL, client, mask_email


def summarise_ticket(ticket: dict, requester: dict) -> str:
    body = ticket["description"]
    typed_password = ticket["password"]
    prompt = (
        f"Ticket from {requester['email']}\n"
        f"(desk phone {requester['phone']}).\n"
        f"Laptop serial: {ticket['laptop_serial']}\n"
        f"They say their current password is {typed_password} and it stopped working.\n"
        f"Description: {body}"
    )
    msg = client.messages.create(
        model=MODEL,
        max_tokens=400,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def suggest_reply(ticket: dict, requester: dict) -> str:
    # Only a masked address and the category go to the model.
    who = mask_email(requester["email"])
    msg = client.messages.create(
        model=MODEL,
        max_tokens=300,
        system="Draft a short, friendly first reply for an IT ticket.",
        messages=[
            {
                "role": "user",
                "content": f"Requester {who}, category {ticket['category']}, "
                f"{ticket['open_count']} open tickets, device {ticket['laptop_serial']}.",
            }
        ],
    )
    return msg.content[0].text


def wifi_help(site: str) -> str:
    wifi_password = "Guest-Rainier-2024!"
    msg = client.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": f"Write joining instructions for the {site} guest Wi-Fi. "
                f"The passphrase is {wifi_password}.",
            }
        ],
    )
    return msg.content[0].text
