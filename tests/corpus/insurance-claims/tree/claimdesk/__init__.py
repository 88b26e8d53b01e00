"""Harborline Claims Desk service."""

__version__ = "2026.09.2"
