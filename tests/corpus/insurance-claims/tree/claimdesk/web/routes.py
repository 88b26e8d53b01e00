"""HTTP routes used by the adjuster portal."""
from __future__ import annotations

import logging

from flask import Blueprint, abort, jsonify, request

from claimdesk import settings
from claimdesk.db import claims_repo, customers_repo
from claimdesk.llm.clients import foundry_client
from claimdesk.services.intake import IntakeTriage

bp = Blueprint("claims", __name__, url_prefix="/api/claims")
log = logging.getLogger(__name__)

llm = foundry_client()
_triage = IntakeTriage(llm)


@bp.post("/<ref>/triage")
def triage(ref: str):
    claim = claims_repo.get(ref) or abort(404)
    holder = customers_repo.for_policy(claim.policy_ref)
    return jsonify(_triage.triage(claim, holder))


@bp.post("/<ref>/ask")
def ask_about_claim(ref: str):
    body = request.get_json(force=True)
    claim = claims_repo.get(ref) or abort(404)
    customer = customers_repo.for_policy(claim.policy_ref)
    question = body.get("question", "").strip()
    if not question:
        abort(400, "question is required")
    context = f"Claim {claim.reference} ({claim.line_of_business}). Customer record: {customer}"
    reply = llm.messages.create(
        model=settings.TRIAGE_DEPLOYMENT,
        max_tokens=800,
        system="Answer the adjuster's question about this claim. Be brief.",
        messages=[
            {"role": "user", "content": context},
            {"role": "user", "content": question},
        ],
    )
    return jsonify({"answer": reply.content[0].text})


@bp.post("/<ref>/callback")
def request_callback(ref: str):
    body = request.get_json(force=True)
    log.info("callback requested for %s by %s", ref, body.get("email"))
    note = "\n".join(
        [
            f"Claim {ref}: the policyholder asked for a call back.",
            f"Preferred time: {body.get('preferred_time', 'any')}",
            f"Number to call: {body['callback_phone']}",
            f"Topic: {body.get('topic', 'claim status')}",
        ]
    )
    reply = llm.messages.create(
        model=settings.TRIAGE_DEPLOYMENT,
        max_tokens=200,
        system="Turn this into a one-line task for the adjuster's queue.",
        messages=[{"role": "user", "content": note}],
    )
    return jsonify({"task": reply.content[0].text})


@bp.get("/health")
def health():
    return jsonify({"status": "ok", "model": settings.TRIAGE_DEPLOYMENT})
