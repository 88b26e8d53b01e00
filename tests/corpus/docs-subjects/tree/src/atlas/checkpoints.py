"""LangGraph checkpoint saver backed by Postgres.

Checkpoints are deleted when their TTL expires (48 h); nothing is retained
after the conversation closes.
"""
from __future__ import annotations

from datetime import timedelta

from langgraph.checkpoint.postgres import PostgresSaver

CHECKPOINT_TTL = timedelta(hours=48)


class TtlCheckpointSaver(PostgresSaver):
    """Postgres saver that stamps every checkpoint with an expiry."""

    def put(self, config, checkpoint, metadata, new_versions):
        # The agent itself is ephemeral: a fresh graph is compiled per request.
        metadata = {**metadata, "expires_in_s": int(CHECKPOINT_TTL.total_seconds())}
        return super().put(config, checkpoint, metadata, new_versions)

    def sweep(self) -> int:
        """Delete expired checkpoints; returns how many rows were removed."""
        with self.conn.cursor() as cur:
            cur.execute("DELETE FROM checkpoints WHERE created_at < now() - interval '48 hours'")
            return cur.rowcount
