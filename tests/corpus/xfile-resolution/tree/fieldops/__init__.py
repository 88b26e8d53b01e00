"""Tidewater Home Services back office."""
__version__ = "0.9.3"
