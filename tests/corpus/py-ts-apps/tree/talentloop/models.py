"""Domain models. Schema only: nothing here talks to a model."""
from dataclasses import dataclass, field
from datetime import date
from enum import Enum

from pydantic import BaseModel, EmailStr


class Stage(str, Enum):
    APPLIED = "applied"
    SCREEN = "screen"
    ONSITE = "onsite"
    OFFER = "offer"


@dataclass
class Employee:
    employee_id: int
    full_name: str
    email: str
    phone: str
    ssn: str
    date_of_birth: date
    home_address: str
    salary: int
    bank_account_number: str
    routing_number: str
    tags: list = field(default_factory=list)


class Candidate(BaseModel):
    candidate_id: int
    full_name: str
    email: EmailStr
    phone: str
    date_of_birth: date | None = None
    ssn: str | None = None
    salary_expectation: int | None = None
    stage: Stage = Stage.APPLIED
    resume_text: str = ""
