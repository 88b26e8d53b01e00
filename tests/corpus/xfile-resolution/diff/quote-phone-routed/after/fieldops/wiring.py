"""Composition root: the objects the API and the workers share."""
from __future__ import annotations

from fieldops.config import settings
from fieldops.llm import claude, gpt
from fieldops.notify.slack import OpsChannel
from fieldops.notify.sms import SmsNotifier
from fieldops.services.quote_writer import QuoteWriter
from fieldops.services.review_responder import ReviewResponder

quote_writer = QuoteWriter(llm=claude, model=settings.claude_model)
review_responder = ReviewResponder(client=gpt, deployment=settings.gpt_deployment)
sms = SmsNotifier()
ops_channel = OpsChannel()
