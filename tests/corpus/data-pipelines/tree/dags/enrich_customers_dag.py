"""Nightly customer enrichment DAG.

Pulls yesterday's new loyalty sign-ups from the warehouse, asks Claude
(deployed in our Azure AI Foundry project) for a short persona blurb per
customer, and writes the blurbs back to ``analytics.customer_personas``.

Privacy note: since the Claude deployment lives in our Azure subscription,
Azure's zero data retention applies and the rows are discarded by the model
provider as soon as each call returns.
"""
from __future__ import annotations

import os
from datetime import datetime, timedelta

import pandas as pd
from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.providers.snowflake.hooks.snowflake import SnowflakeHook
from anthropic import AnthropicFoundry

MODEL = "claude-sonnet-4-5"

client = AnthropicFoundry(
    resource=os.environ.get("ANTHROPIC_FOUNDRY_RESOURCE", "northwind-retail-ai"),
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)


def persona_for_row(row: pd.Series) -> str:
    prompt = (
        "Write a two-sentence shopper persona for our CRM.\n"
        f"Name: {row['first_name']}\n"
        f"Contact: {row['email']}\n"
        f"Favourite category: {row['top_category']}\n"
        f"Orders last 90 days: {row['orders_90d']}\n"
    )
    msg = client.messages.create(
        model=MODEL,
        max_tokens=200,
        messages=[{"role": "user", "content": prompt}],
    )
    return msg.content[0].text


def enrich(**context) -> None:
    hook = SnowflakeHook(snowflake_conn_id="snowflake_dw")
    df = hook.get_pandas_df(
        "select customer_id, first_name, email, top_category, orders_90d "
        "from staging.new_signups where signup_date = %(ds)s",
        parameters={"ds": context["ds"]},
    )
    df["persona"] = df.apply(persona_for_row, axis=1)
    hook.write_pandas(df[["customer_id", "persona"]], "CUSTOMER_PERSONAS")


def weekly_digest(**context) -> None:
    hook = SnowflakeHook(snowflake_conn_id="snowflake_dw")
    customers = hook.get_pandas_df(
        "select first_name, last_name, email, phone, city, lifetime_value "
        "from mart.top_customers limit 50"
    )
    stats = customers.groupby("city")["lifetime_value"].agg(["count", "mean"])
    table = customers.to_markdown(index=False)
    msg = client.messages.create(
        model=MODEL,
        max_tokens=800,
        messages=[
            {
                "role": "user",
                "content": "Summarise our top customers for the weekly digest:\n\n" + table,
            }
        ],
    )
    summary = client.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": "City stats:\n" + stats.to_markdown()}],
    )
    context["ti"].xcom_push(key="digest", value=msg.content[0].text + summary.content[0].text)


with DAG(
    dag_id="enrich_customers",
    start_date=datetime(2026, 1, 1),
    schedule="@daily",
    catchup=False,
    default_args={"retries": 2, "retry_delay": timedelta(minutes=5)},
) as dag:
    PythonOperator(task_id="enrich", python_callable=enrich)
    PythonOperator(task_id="weekly_digest", python_callable=weekly_digest)
