"""Nightly job: normalise job titles and guess seniority for new contacts."""
from __future__ import annotations

import json

from crmai.crm import CrmClient
from crmai.llm import DEFAULT_MODEL, client


def submit(crm: CrmClient) -> str:
    contacts = crm.contacts_created_since(hours=24)
    batch = client.messages.batches.create(
        requests=[
            {
                "custom_id": c.id,
                "params": {
                    "model": DEFAULT_MODEL,
                    "max_tokens": 200,
                    "messages": [
                        {
                            "role": "user",
                            "content": (
                                f"Title: {c.job_title}\n"
                                f"Company: {c.company}\n"
                                f"Work e-mail: {c.email}\n"
                                f"Office: {c.mailing_address}\n"
                                "Return JSON with normalised_title and seniority."
                            ),
                        }
                    ],
                },
            }
            for c in contacts
        ]
    )
    return batch.id


def submit_title_clusters(crm: CrmClient) -> str:
    # Aggregate histogram only: title -> number of contacts.
    histogram = crm.title_histogram()
    batch = client.messages.batches.create(
        requests=[
            {
                "custom_id": "title-clusters",
                "params": {
                    "model": DEFAULT_MODEL,
                    "max_tokens": 800,
                    "messages": [
                        {"role": "user", "content": "Cluster these job titles: " + json.dumps(histogram)}
                    ],
                },
            }
        ]
    )
    return batch.id
