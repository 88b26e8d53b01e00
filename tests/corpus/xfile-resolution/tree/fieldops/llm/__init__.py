"""Public face of the LLM layer: `from fieldops.llm import claude`."""
from .async_clients import aclaude
from .clients import ask_claude, claude, gpt
from .base import ClaudeTask

__all__ = ["ClaudeTask", "aclaude", "ask_claude", "claude", "gpt"]
