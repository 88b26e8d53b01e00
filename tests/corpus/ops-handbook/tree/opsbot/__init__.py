"""opsbot: the platform team's Slack assistant."""

__version__ = "2025.9.2"
