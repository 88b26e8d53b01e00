"""dbt Python model: name each customer segment with Claude on Foundry.

Only aggregates from customer_segments are sent.
"""
import os

from anthropic import AnthropicFoundry


def model(dbt, session):
    dbt.config(materialized="table", packages=["anthropic"])
    segments = dbt.ref("customer_segments").to_pandas()
    client = AnthropicFoundry(
        resource="northwind-retail-ai",
        api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
    )
    names = []
    for seg in segments.itertuples():
        reply = client.messages.create(
            model="claude-haiku-4-5",
            max_tokens=30,
            messages=[
                {
                    "role": "user",
                    "content": f"{seg.MEMBERS} shoppers, avg spend {seg.AVG_SPEND}, "
                    f"top category {seg.TOP_CATEGORY}. Give a 3-word segment name.",
                }
            ],
        )
        names.append(reply.content[0].text.strip())
    segments["SEGMENT_NAME"] = names
    return segments
