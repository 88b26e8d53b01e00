"""Performance-review helper (click)."""
import json
from dataclasses import asdict

import click

from talentloop.db import load_employee
from talentloop.llm.client import MODEL, client


@click.group()
def cli():
    pass


@cli.command()
@click.argument("employee_id", type=int)
def draft(employee_id):
    employee = load_employee(employee_id)
    record = json.dumps(asdict(employee), default=str)
    msg = client.messages.create(
        model=MODEL,
        max_tokens=1500,
        system="You draft annual performance reviews.",
        messages=[{"role": "user", "content": record}],
    )
    click.echo(msg.content[0].text)


@cli.command()
@click.argument("employee_id", type=int)
def headcount(employee_id):
    employee = load_employee(employee_id)
    click.echo(f"loaded {employee.full_name} <{employee.email}>")
    msg = client.messages.create(
        model=MODEL,
        max_tokens=300,
        messages=[{"role": "user", "content": f"Team has {len(employee.tags)} tags; suggest one more."}],
    )
    click.echo(msg.content[0].text)
