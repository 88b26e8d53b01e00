"""Client and request shapes, each with the exact findings expected."""

UNRESOLVED = '''
def run(client, patient):
    return client.messages.create(model="m", max_tokens=5,
                                  messages=[{"role": "user", "content": patient.allergies}])
'''

FOUNDRY_PY = '''
from anthropic import AnthropicFoundry
client = AnthropicFoundry(resource="contoso-ai", api_key="not-a-secret")
'''

CASES = [
    {
        "name": "py_foundry_client_fstring",
        "files": {"app.py": '''
            from anthropic import AnthropicFoundry

            client = AnthropicFoundry(resource="contoso")

            def verify(user):
                return client.messages.create(
                    model="claude-sonnet-4-5",
                    max_tokens=200,
                    messages=[{"role": "user", "content": f"Check SSN {user.ssn} for {user.display_label}"}],
                )
            '''},
        "expect": [("app.py", 9, "sensitive-data/government-id")],
    },
    {
        "name": "py_async_stream_with_dict_and_metadata",
        "files": {"svc.py": '''
            import anthropic

            aclient = anthropic.AsyncAnthropicFoundry()

            async def summarize(patient, note):
                payload = {
                    "diagnosis": patient.diagnosis,
                    "note_length": len(note),
                }
                async with aclient.messages.stream(
                    model="claude-haiku-4-5",
                    max_tokens=100,
                    messages=[{"role": "user", "content": str(payload)}],
                    metadata={"user_id": patient.email},
                ) as stream:
                    return await stream.get_final_text()
            '''},
        "expect": [("svc.py", 7, "sensitive-data/health"), ("svc.py", 14, "sensitive-data/personal")],
    },
    {
        "name": "py_base_url_raw_response_and_literals",
        "files": {"direct.py": '''
            import anthropic

            ENDPOINT = "https://contoso.services.ai.azure.com/anthropic"
            client = anthropic.Anthropic(base_url=ENDPOINT, api_key="x")

            def call():
                text = "Call the patient back on +1 (415) 839-2047 about card 4539 1488 0343 6467."
                return client.messages.with_raw_response.create(
                    model="m", max_tokens=10, messages=[{"role": "user", "content": text}])
            '''},
        "expect": [("direct.py", 7, "sensitive-data/phone"), ("direct.py", 7, "sensitive-data/payment-card")],
        "checks": [lambda got: None if all("4539 1488" not in f["message"] and "4539 1488" not in f["snippet"]
                                         for f in got) else "a card number was printed unredacted"],
    },
    {
        "name": "py_kwargs_client_and_request",
        "files": {"kw.py": '''
            from anthropic import Anthropic

            cfg = {"base_url": "https://contoso.openai.azure.com/anthropic/", "api_key": "k"}
            client = Anthropic(**cfg)

            def ask(customer):
                params = dict(
                    model="claude-sonnet-4-5",
                    max_tokens=50,
                    messages=[{"role": "user", "content": "Home: " + customer.home_address}],
                )
                return client.messages.create(**params)
            '''},
        "expect": [("kw.py", 10, "sensitive-data/personal")],
    },
    {
        "name": "py_global_client_factory_and_self_attribute",
        "files": {"factory.py": '''
            from anthropic import AnthropicFoundry

            _client = None

            def get_client():
                global _client
                if _client is None:
                    _client = AnthropicFoundry()
                return _client

            def count(p):
                return get_client().messages.count_tokens(
                    model="m", messages=[{"role": "user", "content": p.medical_record_number}])

            class Helper:
                def __init__(self):
                    self.llm = get_client()

                def run(self, applicant):
                    prompt = "Passport: {}".format(applicant.passport_number)
                    return self.llm.beta.messages.create(model="m", max_tokens=5,
                        messages=[{"role": "user", "content": prompt}])
            '''},
        "expect": [("factory.py", 13, "sensitive-data/health"), ("factory.py", 20, "sensitive-data/government-id")],
    },
    {
        "name": "py_batches_and_whole_record",
        "files": {"batch.py": FOUNDRY_PY + '''
import json
from dataclasses import asdict

def nightly(patient, employee):
    client.messages.batches.create(requests=[{
        "custom_id": "a",
        "params": {"model": "m", "max_tokens": 9,
                   "messages": [{"role": "user", "content": json.dumps(asdict(patient))}]},
    }])
    client.messages.create(model="m", max_tokens=9,
                           messages=[{"role": "user", "content": f"Review {employee}"}])
'''},
        "expect": [("batch.py", 11, "sensitive-data/whole-record"), ("batch.py", 14, "sensitive-data/whole-record")],
    },
    {
        "name": "py_rest_requests_and_httpx",
        "files": {"rest.py": '''
            import os
            import httpx
            import requests

            URL = f"https://{os.environ['AZ_RESOURCE']}.services.ai.azure.com/anthropic/v1/messages"

            def a(user):
                body = {"model": "m", "max_tokens": 5,
                        "messages": [{"role": "user", "content": user.date_of_birth}]}
                return requests.post(URL, json=body, headers={"api-key": os.environ["KEY"]})

            def b(user):
                return httpx.post(URL, json={"messages": [{"role": "user", "content": user.iban}]})

            def c(user):
                # Azure OpenAI on the same resource is not Claude
                return requests.post("https://x.services.ai.azure.com/openai/deployments/gpt/chat",
                                     json={"messages": [{"content": user.ssn}]})
            '''},
        "expect": [("rest.py", 9, "sensitive-data/personal"), ("rest.py", 13, "sensitive-data/payment")],
    },
    {
        "name": "py_non_foundry_clients_never_reported",
        "files": {"other.py": '''
            import anthropic
            from openai import AzureOpenAI

            direct = anthropic.Anthropic()
            bedrock = anthropic.AnthropicBedrock()
            aoai = AzureOpenAI()

            def f(user):
                direct.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": user.ssn}])
                bedrock.messages.create(model="m", max_tokens=1, messages=[{"role": "user", "content": user.ssn}])
                aoai.chat.completions.create(model="m", messages=[{"role": "user", "content": user.ssn}])
            ''', "foundry.py": FOUNDRY_PY},
        "expect": [],
    },
    {
        "name": "py_sanitizers_placeholders_lookalikes",
        "files": {"clean.py": FOUNDRY_PY + '''
from privacy import redact, pseudonymize

def f(user, usage):
    client.messages.create(
        model="m",
        max_tokens=usage.max_tokens,
        system="Never repeat the SSN or the password back.",
        messages=[{"role": "user", "content": f"{redact(user.ssn)} {pseudonymize(user.email)}"},
                  {"role": "user", "content": "Contact: user@example.com, SSN xxx-xx-xxxx"}],
        metadata={"user_id": pseudonymize(user.id)},
    )
    print(user.ssn)  # logged, not sent
'''},
        "expect": [],
    },
    {
        "name": "py_environment_and_secret_files",
        "files": {"ops.py": FOUNDRY_PY + '''
import json
import os

def debug():
    env = json.dumps(dict(os.environ))
    with open(".env") as fh:
        dotenv = fh.read()
    names = ", ".join(os.environ.keys())
    client.messages.create(model="m", max_tokens=5, messages=[
        {"role": "user", "content": env},
        {"role": "user", "content": dotenv},
        {"role": "user", "content": names},
    ])
'''},
        "expect": [("ops.py", 8, "sensitive-data/environment-dump"), ("ops.py", 9, "sensitive-data/secret-file")],
    },
    {
        "name": "py_unresolved_client_needs_repo_context",
        "files": {"worker.py": '''
            def run(client, patient):
                return client.messages.create(model="m", max_tokens=5,
                                              messages=[{"role": "user", "content": patient.allergies}])
            ''', "settings.env": "ANTHROPIC_FOUNDRY_RESOURCE=contoso\n"},
        "expect": [("worker.py", 3, "sensitive-data/health")],
    },
    {
        "name": "py_unresolved_client_without_foundry_is_quiet",
        "files": {"worker.py": '''
            def run(client, patient):
                return client.messages.create(model="m", max_tokens=5,
                                              messages=[{"role": "user", "content": patient.allergies}])
            '''},
        "expect": [],
    },
    {
        "name": "ts_named_import_template_literal",
        "files": {"src/claims.ts": '''
            import { AnthropicFoundry } from "@anthropic-ai/foundry-sdk";

            const client = new AnthropicFoundry({ resource: "contoso" });

            export async function summarize(p: { dateOfBirth: string; plan: string }) {
              const prompt = `Plan ${p.plan}, born ${p.dateOfBirth}`;
              const res = await client.messages.create({
                model: "claude-sonnet-4-5",
                max_tokens: 100,
                messages: [{ role: "user", content: prompt }],
              });
              return res;
            }
            '''},
        "expect": [("src/claims.ts", 6, "sensitive-data/personal")],
    },
    {
        "name": "ts_default_import_class_field_count_tokens",
        "files": {"src/svc.ts": '''
            import Foundry from "@anthropic-ai/foundry-sdk";

            export class Billing {
              private client = new Foundry();

              async estimate(card: { cardNumber: string }) {
                return this.client.messages.countTokens({
                  model: "m",
                  messages: [{ role: "user", content: ["Card", card.cardNumber].join(" ") }],
                });
              }
            }
            '''},
        "expect": [("src/svc.ts", 9, "sensitive-data/payment")],
    },
    {
        "name": "js_fetch_and_axios_bodies_not_headers",
        "files": {"web/rest.js": '''
            const axios = require("axios");
            const URL = "https://contoso.openai.azure.com/anthropic/v1/messages";

            async function a(user) {
              return fetch(URL, {
                method: "POST",
                headers: { "api-key": process.env.KEY, Authorization: `Bearer ${process.env.TOKEN}` },
                body: JSON.stringify({ messages: [{ role: "user", content: user.email }] }),
              });
            }

            async function b(customer) {
              return axios.post(URL, { messages: [{ role: "user", content: JSON.stringify(customer) }] },
                { headers: { "x-api-key": process.env.KEY } });
            }
            '''},
        "expect": [("web/rest.js", 8, "sensitive-data/personal"), ("web/rest.js", 13, "sensitive-data/whole-record")],
    },
    {
        "name": "ts_process_env_dump",
        "files": {"bot.ts": '''
            import { AnthropicFoundry } from "@anthropic-ai/foundry-sdk";
            const llm = new AnthropicFoundry();
            export const dump = () => llm.messages.create({
              model: "m", max_tokens: 5,
              messages: [{ role: "user", content: JSON.stringify(process.env) }],
            });
            '''},
        "expect": [("bot.ts", 5, "sensitive-data/environment-dump")],
    },
    {
        "name": "claims_in_comments_docstrings_and_docs",
        "files": {
            "llm.py": FOUNDRY_PY + '''
# Azure zero data retention covers everything we send to Claude here,
# so prompts are never stored.
def f():
    """Abuse monitoring is turned off for our Foundry deployment, so Claude prompts are not logged."""
    # ZDR does not apply to Anthropic models on Foundry; Anthropic may retain prompts for 30 days.
    return None
''',
            "docs/privacy.md": '''
                # Privacy

                Our Claude on Foundry deployment never leaves our Azure tenant.

                Azure's zero data retention does not apply to Claude: Anthropic is an
                independent processor and may keep prompts for up to 30 days.

                TODO: confirm whether ZDR covers Claude on Foundry?
                ''',
            "deploy/values.yaml": '''
                # Claude via Foundry: covered by Microsoft's data privacy commitments, nothing is retained.
                replicas: 2
                ''',
        },
        "expect": [("llm.py", 4, "zdr-claim/"), ("llm.py", 7, "zdr-claim/"), ("docs/privacy.md", 3, "zdr-claim/"),
                   ("deploy/values.yaml", 1, "zdr-claim/")],
    },

    {
        # Two claims in two sentences of one line are one finding at that line.
        "name": "claims_two_sentences_one_line",
        "files": {
            "llm.py": FOUNDRY_PY,
            "docs/privacy.md": '''
                # Privacy

                Azure ZDR covers Claude on Foundry; prompts are never stored.
                ''',
        },
        "expect": [("docs/privacy.md", 3, "zdr-claim/")],
    },

    {
        "name": "evidence_claude_code_use_foundry_truthy",
        "files": {"worker.py": UNRESOLVED, ".claude/settings.json": '{"env": {"CLAUDE_CODE_USE_FOUNDRY": "1"}}\n'},
        "expect": [("worker.py", 3, "sensitive-data/health")],
    },
    {
        "name": "evidence_blank_or_unset_is_not_foundry",
        "files": {"worker.py": UNRESOLVED, "setup.sh": "unset CLAUDE_CODE_USE_FOUNDRY\nexport CLAUDE_CODE_USE_FOUNDRY=\nexport ANTHROPIC_FOUNDRY_RESOURCE=\necho ok\n"},
        "expect": [],
    },
    {
        "name": "evidence_dependency_manifest",
        "files": {"worker.py": UNRESOLVED, "package.json": '{"dependencies": {"@anthropic-ai/foundry-sdk": "^0.2.0"}}\n'},
        "expect": [("worker.py", 3, "sensitive-data/health")],
    },
    {
        "name": "evidence_powershell_and_base_url",
        "files": {"worker.py": UNRESOLVED, "deploy.ps1": '$env:ANTHROPIC_BASE_URL = "https://contoso.services.ai.azure.com/anthropic"\n'},
        "expect": [("worker.py", 3, "sensitive-data/health")],
    },
    {
        "name": "azure_openai_proxy_naming_claude_is_not_foundry",
        "files": {"proxy.py": '''
            import requests

            URL = "https://contoso.openai.azure.com/openai/deployments/claude-sonnet/chat/completions"

            def ask(user):
                return requests.post(URL, json={"messages": [{"role": "user", "content": user.ssn}]})
            '''},
        "expect": [],
    },
]
