"""Domain records. Persistence lives in claimdesk.db (not shown)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass
class Policyholder:
    id: int
    full_name: str
    email: str
    phone: str
    date_of_birth: date
    ssn: str
    mailing_address: str
    drivers_license_number: str | None = None
    bank_account_number: str | None = None
    iban: str | None = None
    criminal_history: list[str] = field(default_factory=list)


@dataclass
class Claim:
    id: int
    reference: str
    policy_ref: str
    line_of_business: str  # property | auto_physical_damage | bodily_injury | travel
    date_of_loss: date
    description: str
    amount_claimed: Decimal
    severity: str | None = None
    diagnosis: str | None = None


@dataclass
class RepairEstimate:
    claim_ref: str
    contractor: str
    labour: Decimal
    materials: Decimal
    line_items: list[str] = field(default_factory=list)


@dataclass
class Payment:
    claim_ref: str
    amount: Decimal
    currency: str
    method: str  # card_refund | sepa | ach
    card_brand: str | None = None
    last4: str | None = None
    card_number: str | None = None
    iban: str | None = None


@dataclass
class SiuCase:
    claim_ref: str
    referral_reason: str
    prior_referrals: int
    opened_by: str
