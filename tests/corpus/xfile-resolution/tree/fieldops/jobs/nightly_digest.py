"""Nightly (21:00 cron): text each technician a summary of tomorrow's route.

Run as `python -m fieldops.jobs.nightly_digest`.
"""
from datetime import date, timedelta

from fieldops.config import settings
from fieldops.db import jobs_for, technicians_on_shift
from fieldops.llm import claude
from fieldops.privacy import hash_customer_id

tomorrow = date.today() + timedelta(days=1)

for tech in technicians_on_shift(tomorrow):
    jobs = jobs_for(tech, tomorrow)
    stops = "\n".join(
        f"- {j.window}: {j.service_type} at {j.customer.home_address} (ref {hash_customer_id(j.customer.id)})"
        for j in jobs
    )
    header = (
        f"Technician badge {tech.badge_number}, van {tech.van_id}\n"
        f"Licence on file: {tech.driver_license_number}\n"
        f"Overtime rate: {tech.hourly_rate}\n"
    )
    digest = claude.messages.create(
        model=settings.claude_fast_model,
        max_tokens=400,
        system="Summarise tomorrow's route in under 60 words. Mention the first stop's window.",
        messages=[{"role": "user", "content": header + stops}],
    )
    tech.outbox.append(digest.content[0].text)
