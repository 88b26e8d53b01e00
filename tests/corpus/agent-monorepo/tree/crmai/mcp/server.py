"""CRM MCP server (stdio). Agents mount it to look up customers and accounts."""
from __future__ import annotations

from mcp.server.fastmcp import FastMCP

from crmai.crm import CrmClient
from crmai.llm import DEFAULT_MODEL, client

mcp = FastMCP("crm")
crm = CrmClient.from_env()


@mcp.tool()
def lookup_customer(customer_id: str) -> dict:
    """Return the CRM record for one customer."""
    c = crm.get_customer(customer_id)
    return {
        "id": c.id,
        "name": c.full_name,
        "email": c.email,
        "phone": c.phone,
        "billing_address": c.billing_address,
    }


@mcp.tool()
def open_tickets(customer_id: str) -> list[dict]:
    """Open support tickets for a customer (subject and status only)."""
    return [{"subject": t.subject, "status": t.status} for t in crm.open_tickets(customer_id)]


@mcp.tool()
def account_health(account_id: str) -> str:
    """Ask Claude for a one-paragraph health summary of an account."""
    account = crm.get_account(account_id)
    msg = client.messages.create(
        model=DEFAULT_MODEL,
        max_tokens=300,
        messages=[
            {
                "role": "user",
                "content": (
                    f"Account {account.name}: ARR {account.arr}, {account.open_tickets} open tickets, "
                    f"last login {account.last_login_at:%Y-%m-%d}.\n"
                    f"Primary contact e-mail: {account.primary_contact_email}\n"
                    f"Invoices are posted to: {account.billing_address}\n"
                    "Summarise the account's health in one paragraph."
                ),
            }
        ],
    )
    return msg.content[0].text


if __name__ == "__main__":
    mcp.run()
