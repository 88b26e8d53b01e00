"""PySpark UDFs for enrichment jobs on the Databricks cluster."""
import os

from anthropic import AnthropicFoundry
from pyspark.sql import SparkSession, functions as F
from pyspark.sql.types import StringType

client = AnthropicFoundry(
    base_url="https://northwind-retail-ai.services.ai.azure.com/anthropic",
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)


@F.udf(returnType=StringType())
def classify_feedback(email: str, feedback_text: str) -> str:
    out = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=20,
        messages=[
            {
                "role": "user",
                "content": f"Customer {email} wrote: {feedback_text}\n"
                "Reply with one word: praise, complaint or question.",
            }
        ],
    )
    return out.content[0].text.strip()


@F.udf(returnType=StringType())
def describe_segment(segment_id: str, members: int, avg_spend: float) -> str:
    out = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=60,
        messages=[
            {
                "role": "user",
                "content": f"Segment {segment_id}: {members} members, "
                f"average spend {avg_spend:.2f}. Name this segment in three words.",
            }
        ],
    )
    return out.content[0].text.strip()


@F.udf(returnType=StringType())
def card_risk_note(card_number: str, amount: float) -> str:
    out = client.messages.create(
        model="claude-haiku-4-5",
        max_tokens=80,
        messages=[
            {
                "role": "user",
                "content": f"Card {card_number} was charged {amount:.2f} three times in "
                "one minute. Is this likely fraud?",
            }
        ],
    )
    return out.content[0].text.strip()


if __name__ == "__main__":
    spark = SparkSession.builder.getOrCreate()
    fb = spark.table("raw.feedback")
    fb = fb.withColumn("label", classify_feedback("email", "feedback_text"))
    seg = spark.table("mart.segments")
    seg = seg.withColumn("label", describe_segment("segment_id", "members", "avg_spend"))
    fb.write.mode("overwrite").saveAsTable("mart.feedback_labels")
    seg.write.mode("overwrite").saveAsTable("mart.segment_labels")
