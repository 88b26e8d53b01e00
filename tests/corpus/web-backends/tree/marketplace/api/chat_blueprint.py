"""Flask blueprint behind the in-app buyer/seller chat assistant."""
import os

import anthropic
from anthropic import AnthropicBedrock
from flask import Blueprint, jsonify, request

bp = Blueprint("chat_assist", __name__, url_prefix="/chat-assist")

claude = anthropic.Anthropic(
    base_url="https://bazaarly-ai.services.ai.azure.com/anthropic",
    api_key=os.environ["ANTHROPIC_FOUNDRY_API_KEY"],
)
bedrock = AnthropicBedrock(aws_region="eu-central-1")


@bp.post("/suggest")
def suggest():
    few_shot = [
        {"role": "user", "content": "Buyer: is it still available? text me at +1 (312) 847-2291"},
        {"role": "assistant", "content": "Suggest: please keep the conversation in the app."},
        {"role": "user", "content": "Seller: sure, pay me directly, dana.whitfield@fastmail.com"},
        {"role": "assistant", "content": "Suggest: off-platform payment request - warn the buyer."},
    ]
    thread = request.get_json()
    session_token = request.headers.get("X-Session-Token")
    convo = "\n".join(f"{m['from']}: {m['text']}" for m in thread["messages"])
    msg = claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=200,
        system=f"Session {session_token}. Suggest a safe reply for the marketplace user.",
        messages=few_shot + [{"role": "user", "content": convo}],
    )
    return jsonify(suggestion=msg.content[0].text)


@bp.post("/contact-check")
def contact_check():
    body = request.get_json()
    contact = {"email": body["sender_email"], "phone": body["sender_phone"]}
    # Off-platform contact scoring still runs on Bedrock for now.
    msg = bedrock.messages.create(
        model="anthropic.claude-3-5-haiku-20241022-v1:0",
        max_tokens=50,
        messages=[{"role": "user", "content": f"Is this contact info being shared off-platform? {contact}"}],
    )
    return jsonify(verdict=msg.content[0].text)


@bp.post("/tone")
def tone():
    body = request.get_json()
    masked = {"email": "<redacted>", "text": body["text"][:500]}
    msg = claude.messages.create(
        model="claude-haiku-4-5",
        max_tokens=30,
        messages=[{"role": "user", "content": f"Tone of this chat message (friendly|neutral|hostile)? {masked['text']}"}],
    )
    return jsonify(tone=msg.content[0].text)
