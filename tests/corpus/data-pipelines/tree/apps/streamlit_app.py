"""Store-ops assistant: look up a customer and ask Claude for a service note."""
import json

import streamlit as st
from anthropic import AnthropicFoundry

from warehouse import fetch_customer, fetch_store_kpis

client = AnthropicFoundry(
    base_url=st.secrets["foundry"]["base_url"],
    api_key=st.secrets["foundry"]["api_key"],
)

st.title("Store-ops assistant")
lookup = st.text_input("Customer e-mail or loyalty id")

if lookup:
    customer = fetch_customer(lookup)
    st.json(customer)  # shown to the store manager only
    if st.button("Draft service note"):
        note = client.messages.create(
            model="claude-sonnet-4-5",
            max_tokens=400,
            messages=[
                {
                    "role": "user",
                    "content": f"Draft a service recovery note for this shopper: {customer}",
                }
            ],
        )
        st.write(note.content[0].text)

store = st.selectbox("Store", ["0141 Seattle", "0217 Portland", "0330 Boise"])
if st.button("Explain this week's KPIs"):
    kpis = fetch_store_kpis(store)
    answer = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": "Explain these store KPIs:\n" + json.dumps(kpis)}],
    )
    st.write(answer.content[0].text)

st.caption(
    "Heads-up: Claude runs on Foundry as a third-party model. Azure's zero data "
    "retention does not cover it, and Anthropic may keep prompts for up to 30 days."
)
