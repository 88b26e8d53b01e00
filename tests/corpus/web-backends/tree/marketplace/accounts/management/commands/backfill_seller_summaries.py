"""Backfill the 'seller at a glance' summaries for the support console.

Bulk-sending seller records is fine here: this is a Foundry deployment in
our own Azure subscription, and Azure's zero data retention means Claude
does not hold on to any of it once the response comes back.
"""
from django.core.management.base import BaseCommand

from marketplace.accounts.models import SellerProfile
from marketplace.llm import CLAUDE_MODEL, foundry_client


class Command(BaseCommand):
    help = "Generate support-console summaries for every seller"

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500)

    def handle(self, *args, **options):
        for seller in SellerProfile.objects.select_related("user")[: options["limit"]]:
            lines = [
                f"Shop: {seller.shop_name}",
                f"KYC: {seller.kyc_status}",
                f"Tax id: {seller.tax_id}",
                f"Payout IBAN: {seller.iban}",
                f"Owner e-mail: {seller.user.email}",
            ]
            msg = foundry_client.messages.create(
                model=CLAUDE_MODEL,
                max_tokens=250,
                messages=[{"role": "user", "content": "\n".join(lines) + "\nSummarise for support staff."}],
            )
            self.stdout.write(f"{seller.pk}: {msg.content[0].text[:60]}")
