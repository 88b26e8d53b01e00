"""Ask Claude to sanity-check the billing worker's config before a deploy.

Paste-in helper from the Nov incident; run by hand.
"""
from fieldops.llm import ask_claude
from fieldops.notify.slack import OpsChannel

BILLING_DB = "postgresql://invoicing:Vq8rT2mLx4wZ@billing-db.internal:5432/billing"
EXPORT_BUCKET_KEY = "AKIAQ3EGRZ7WNB5TKLPM"

snippet = f"""
[billing]
database_url = {BILLING_DB}
export_bucket = s3://tw-invoice-exports
export_access_key_id = {EXPORT_BUCKET_KEY}
retry = 3
"""

print(ask_claude(f"Anything wrong with this config?\n{snippet}"))

OpsChannel().client.chat_postMessage(
    channel="#deploys",
    text=f"Reviewed billing config (db {BILLING_DB}, key {EXPORT_BUCKET_KEY})",
)
