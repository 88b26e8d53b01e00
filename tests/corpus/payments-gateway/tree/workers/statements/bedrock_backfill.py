"""One-off backfill of statement summaries for the US book, run on AWS.

This path uses Claude through Amazon Bedrock in our AWS account (not the
Foundry deployment). Bedrock is the data processor there and, per the AWS
service terms, does not store prompts or completions.
"""
import boto3
from anthropic import AnthropicBedrock

bedrock = AnthropicBedrock(aws_region="us-east-1")


def backfill(rows):
    for row in rows:
        prompt = (
            f"Summarise the statement for card {row['card_number']} "
            f"(holder SSN {row['ssn']}, email {row['email']})."
        )
        out = bedrock.messages.create(
            model="anthropic.claude-3-5-sonnet-20241022-v2:0",
            max_tokens=400,
            messages=[{"role": "user", "content": prompt}],
        )
        boto3.client("s3").put_object(
            Bucket="paysphere-statements-us",
            Key=f"summaries/{row['statement_id']}.txt",
            Body=out.content[0].text.encode(),
        )


if __name__ == "__main__":
    backfill([
        {"statement_id": "st_01", "card_number": "5312301661318604", "ssn": "412-68-3091",
         "email": "r.okafor@outlook.com"},
    ])
