"""Thin data access over the Postgres replica (psycopg 3)."""
from __future__ import annotations

from datetime import date

from psycopg.rows import class_row

from fieldops.models import Job, Technician
from fieldops.pool import pool

JOBS_SQL = """
SELECT j.*, c.full_name, c.email, c.phone_number, c.home_address
FROM jobs j JOIN customers c ON c.id = j.customer_id
WHERE j.technician_id = %s AND j.day = %s
ORDER BY j.window_start
"""


def technicians_on_shift(day: date) -> list[Technician]:
    with pool.connection() as conn, conn.cursor(row_factory=class_row(Technician)) as cur:
        cur.execute("SELECT * FROM technicians WHERE %s = ANY(shift_days)", (day.isoweekday(),))
        return cur.fetchall()


def jobs_for(tech: Technician, day: date) -> list[Job]:
    with pool.connection() as conn, conn.cursor(row_factory=class_row(Job)) as cur:
        cur.execute(JOBS_SQL, (tech.id, day))
        return cur.fetchall()


def save_customer_email(customer_id: int, email: str) -> None:
    with pool.connection() as conn:
        conn.execute("UPDATE customers SET email = %s WHERE id = %s", (email, customer_id))
