"""Repository-wide resolution: one tiny multi-file tree per rule, with the
exact findings expected (anything else reported fails the case).  Each tree
holds Foundry evidence somewhere, so an unresolved call would count if it
had the Messages API's shape - the cases check that resolution, not the
repository switch, decides."""

CLIENT_MODULE = '''
from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource="contoso-ai")
'''

SEND = '''
    model="claude-sonnet-4-5",
    max_tokens=256,
'''

CASES = [
    {
        "name": "resolve_client_imported_from_module",
        "files": {
            "app/llm.py": CLIENT_MODULE,
            "app/direct.py": "from anthropic import Anthropic\n\ndirect = Anthropic()\n",
            "app/routes.py": '''
                from app.llm import client
                from app.direct import direct


                def triage(patient):
                    return client.messages.create(
                        model="claude-sonnet-4-5",
                        max_tokens=256,
                        messages=[{"role": "user", "content": patient.diagnosis}],
                    )


                def triage_direct(patient):
                    return direct.messages.create(
                        model="claude-sonnet-4-5",
                        max_tokens=256,
                        messages=[{"role": "user", "content": patient.diagnosis}],
                    )
                ''',
        },
        "expect": [("app/routes.py", 9, "sensitive-data/health-field")],
    },
    {
        # app/mailer.py names no Anthropic API: the index keeps only its path (a
        # plain module), and what it binds is another kind of client; the call on
        # it has the Messages shape, so it would count if the module were lost.
        "name": "resolve_client_from_a_module_that_names_no_anthropic_api",
        "files": {
            "app/llm.py": CLIENT_MODULE,
            "app/mailer.py": 'from app.smtp import SmtpClient\n\nclient = SmtpClient(host="mail.internal")\n',
            "app/routes.py": '''
                from app.llm import client as claude
                from app.mailer import client as mailer


                def triage(patient):
                    return claude.messages.create(
                        model="claude-sonnet-4-5",
                        max_tokens=256,
                        messages=[{"role": "user", "content": patient.diagnosis}],
                    )


                def notify(patient):
                    return mailer.messages.create(
                        model="claude-sonnet-4-5",
                        max_tokens=256,
                        messages=[{"role": "user", "content": patient.diagnosis}],
                    )
                ''',
        },
        "expect": [("app/routes.py", 9, "sensitive-data/health-field")],
    },
    {
        "name": "resolve_package_reexport_and_relative_import",
        "files": {
            "svc/clients/foundry.py": CLIENT_MODULE,
            "svc/clients/direct.py": "from anthropic import Anthropic\n\nclient = Anthropic()\n",
            "svc/clients/__init__.py": "from .foundry import client as claude\nfrom .direct import client as direct\n",
            "svc/jobs/notify.py": '''
                from ..clients import claude, direct


                def draft(customer):
                    return claude.messages.create(
                        model="claude-sonnet-4-5",
                        max_tokens=64,
                        messages=[{"role": "user", "content": customer.email}],
                    )


                def draft_direct(customer):
                    return direct.messages.create(
                        model="claude-sonnet-4-5",
                        max_tokens=64,
                        messages=[{"role": "user", "content": customer.email}],
                    )
                ''',
        },
        "expect": [("svc/jobs/notify.py", 8, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_factory_in_another_module",
        "files": {
            "lib/ai.py": '''
                from anthropic import AnthropicFoundry


                def make_client():
                    return AnthropicFoundry(resource="contoso-ai")
                ''',
            "lib/direct.py": '''
                from anthropic import AnthropicBedrock


                def make_bedrock():
                    return AnthropicBedrock()
                ''',
            "lib/use.py": '''
                from lib.ai import make_client
                from lib.direct import make_bedrock

                llm = make_client()
                bedrock = make_bedrock()


                def ask(user):
                    return llm.messages.create(model="claude-haiku-4-5", max_tokens=32,
                                               messages=[{"role": "user", "content": user.phone_number}])


                def ask_bedrock(user):
                    return bedrock.messages.create(model="claude-haiku-4-5", max_tokens=32,
                                                   messages=[{"role": "user", "content": user.phone_number}])
                ''',
        },
        "expect": [("lib/use.py", 10, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_base_class_request_overridden_by_foundry_subclass",
        "files": {
            "models/base.py": '''
                from anthropic import Anthropic


                class Chat:
                    def get_client(self):
                        return Anthropic()

                    def ask(self, user):
                        return self.get_client().messages.create(
                            model="claude-sonnet-4-5",
                            max_tokens=64,
                            messages=[{"role": "user", "content": user.ssn}],
                        )
                ''',
            "models/azure.py": '''
                from anthropic import AnthropicFoundry
                from models.base import Chat as BaseChat


                class Chat(BaseChat):
                    def get_client(self):
                        return AnthropicFoundry(resource="contoso-ai")
                ''',
        },
        "expect": [("models/base.py", 12, "sensitive-data/government-id")],
    },
    {
        "name": "resolve_member_set_in_base_class_elsewhere",
        "files": {
            "core/agent.py": '''
                from anthropic import AnthropicFoundry


                class BaseAgent:
                    def __init__(self):
                        self.client = AnthropicFoundry(resource="contoso-ai")
                ''',
            "agents/billing.py": '''
                from core.agent import BaseAgent


                class BillingAgent(BaseAgent):
                    def explain(self, invoice):
                        return self.client.messages.create(
                            model="claude-sonnet-4-5",
                            max_tokens=128,
                            messages=[{"role": "user", "content": invoice.card_number}],
                        )
                ''',
        },
        "expect": [("agents/billing.py", 9, "sensitive-data/payment-field")],
    },
    {
        "name": "resolve_lookalike_messages_api_is_not_claude",
        "files": {
            "app/llm.py": CLIENT_MODULE,
            "app/sms.py": '''
                from twilio.rest import Client


                class Notifier:
                    def __init__(self):
                        self.client = Client()

                    def send(self, customer):
                        return self.client.messages.create(to=customer.phone_number, body="Shipped")


                def relay(slack, customer):
                    return slack.messages.create(channel="#ops", text=customer.email)
                ''',
        },
        "expect": [],
    },
    {
        "name": "resolve_ts_package_import_and_provider_factory",
        "files": {
            "package.json": '{"name": "@acme/claude-provider", "type": "module"}\n',
            "src/index.ts": 'export { createFoundryProvider } from "./provider.js";\n',
            "src/provider.ts": '''
                import AnthropicFoundry from "@anthropic-ai/foundry-sdk";
                import { ClaudeModel } from "./model.js";

                export function createFoundryProvider(opts: { apiKey: string }) {
                  const client = new AnthropicFoundry({ apiKey: opts.apiKey, resource: "contoso-ai" });
                  const provider = (modelId: string) => new ClaudeModel(modelId, client);
                  return provider;
                }
                ''',
            "examples/chat.ts": '''
                import { generateText } from "ai";
                import { createFoundryProvider } from "@acme/claude-provider";

                const provider = createFoundryProvider({ apiKey: process.env.KEY ?? "" });

                export async function reply(user: { email: string }) {
                  return generateText({
                    model: provider("claude-sonnet-4-5"),
                    prompt: `Write to ${user.email}`,
                  });
                }
                ''',
        },
        "expect": [("examples/chat.ts", 9, "sensitive-data/personal-field")],
    },
    {
        # import/export lists are read entry by entry from one match (rules/queries/ecmascript/index.scm):
        # an aliased entry in the middle of a list still resolves, and the other entries stay apart
        "name": "resolve_ts_aliased_entries_of_import_and_export_lists",
        "files": {
            "package.json": '{"name": "@acme/claude-provider", "type": "module"}\n',
            "src/index.ts": 'export { version, createFoundryProvider as makeClaude, createLocalProvider } from "./provider.js";\n',
            "src/provider.ts": '''
                import AnthropicFoundry from "@anthropic-ai/foundry-sdk";
                import { ClaudeModel } from "./model.js";

                export const version = "1.0";
                export function createLocalProvider() {
                  return (modelId: string) => ({ modelId });
                }
                export function createFoundryProvider(opts: { apiKey: string }) {
                  const client = new AnthropicFoundry({ apiKey: opts.apiKey, resource: "contoso-ai" });
                  const provider = (modelId: string) => new ClaudeModel(modelId, client);
                  return provider;
                }
                ''',
            "examples/chat.ts": '''
                import { generateText, tool as defineTool } from "ai";
                import { version, makeClaude as foundry, createLocalProvider as local } from "@acme/claude-provider";

                const provider = foundry({ apiKey: process.env.KEY ?? "" });
                const offline = local();

                export async function reply(user: { email: string }) {
                  await generateText({ model: offline("claude-sonnet-4-5"), prompt: `Write to ${user.email}` });
                  return generateText({
                    model: provider("claude-sonnet-4-5"),
                    prompt: `Write to ${user.email}`,
                  });
                }
                ''',
        },
        "expect": [("examples/chat.ts", 11, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_ts_path_alias_client_module",
        "files": {
            "src/lib/claude.ts": '''
                import AnthropicFoundry from "@anthropic-ai/foundry-sdk";
                export const claude = new AnthropicFoundry({ resource: "contoso-ai" });
                ''',
            "src/lib/openai.ts": '''
                import OpenAI from "openai";
                export const gpt = new OpenAI();
                ''',
            "src/app/api/route.ts": '''
                import { claude } from "@/lib/claude";
                import { gpt } from "@/lib/openai";

                export async function summary(patient: { diagnosis: string }) {
                  return gpt.messages.create({ model: "gpt-4o", max_tokens: 64, messages: [{ role: "user", content: patient.diagnosis }] });
                }

                export async function POST(patient: { diagnosis: string }) {
                  return claude.messages.create({
                    model: "claude-sonnet-4-5",
                    max_tokens: 128,
                    messages: [{ role: "user", content: patient.diagnosis }],
                  });
                }
                ''',
        },
        "expect": [("src/app/api/route.ts", 12, "sensitive-data/health-field")],
    },
    {
        "name": "resolve_endpoint_from_a_setting_the_repository_documents",
        "files": {
            "README.md": '''
                # Proxy

                Set these before starting the server:

                    GATEWAY_URL=https://<resource>.openai.azure.com/anthropic/v1/messages
                    SEARCH_URL=https://search.example.net/v1/query
                ''',
            "server.js": '''
                const axios = require("axios");

                const CONFIG = {
                  GATEWAY_URL: process.env.GATEWAY_URL,
                  SEARCH_URL: process.env.SEARCH_URL,
                };

                async function relay(user) {
                  await axios.post(CONFIG.SEARCH_URL, { q: user.email });
                  return axios.post(CONFIG.GATEWAY_URL, {
                    model: "claude-sonnet-4-5",
                    max_tokens: 64,
                    messages: [{ role: "user", content: user.email }],
                  });
                }
                ''',
        },
        "expect": [("server.js", 13, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_helper_parameter_in_another_module",
        "files": {
            "app/llm.py": '''
                from anthropic import AnthropicFoundry

                client = AnthropicFoundry(resource="contoso-ai")


                def ask_claude(prompt, *, label="job"):
                    return client.messages.create(
                        model="claude-sonnet-4-5",
                        max_tokens=256,
                        messages=[{"role": "user", "content": prompt}],
                    )


                class ClaudeTask:
                    def ask(self, text):
                        return ask_claude(text)
                ''',
            "app/jobs.py": '''
                from app.llm import ask_claude, ClaudeTask


                def precheck(applicant):
                    summary = f"SSN {applicant.ssn}"
                    return ask_claude(summary, label="precheck")


                def harmless(order):
                    return ask_claude(f"Order {order.id} shipped", label=order.customer_email)


                class Dispatch(ClaudeTask):
                    def notes(self, visit):
                        return self.ask(f"Visit for {visit.full_name}")
                ''',
        },
        "expect": [("app/jobs.py", 5, "sensitive-data/government-id"),
                   ("app/jobs.py", 15, "sensitive-data/personal")],
    },
    {
        "name": "resolve_openai_compatible_route_with_claude_model",
        "files": {
            "svc/config.py": '''
                CLAUDE_MODEL = "claude-sonnet-4-5"
                GPT_MODEL = "gpt-4.1-mini"
                ''',
            "svc/clients.py": '''
                from openai import OpenAI

                project = OpenAI(base_url="https://contoso.services.ai.azure.com/api/projects/ops/openai/v1")
                public = OpenAI()
                ''',
            "svc/ask.py": '''
                from svc.clients import project, public
                from svc.config import CLAUDE_MODEL, GPT_MODEL


                def with_claude(customer):
                    return project.responses.create(model=CLAUDE_MODEL, input=customer.email)


                def with_gpt(customer):
                    return project.responses.create(model=GPT_MODEL, input=customer.email)


                def public_claude_name(customer):
                    return public.chat.completions.create(model="claude-sonnet-4-5", messages=[{"role": "user", "content": customer.email}])
                ''',
        },
        "expect": [("svc/ask.py", 6, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_kwargs_forwarded_into_inherited_request",
        "files": {
            "app/llm.py": CLIENT_MODULE,
            "app/base.py": """
                from app.llm import client


                class ClaudeTask:
                    def ask(self, text, label="job", **extra):
                        return client.messages.create(
                            model="claude-sonnet-4-5",
                            max_tokens=256,
                            messages=[{"role": "user", "content": text}],
                            **extra,
                        )
                """,
            "app/triage.py": """
                from app.base import ClaudeTask


                class Triage(ClaudeTask):
                    def classify(self, complaint):
                        return self.ask(
                            "Label this complaint",
                            label=complaint.customer.email,
                            metadata={"user_id": complaint.customer.email},
                            max_tokens=complaint.customer.phone_number,
                        )
                """,
        },
        "expect": [("app/triage.py", 9, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_kwargs_forwarded_in_the_same_file",
        "files": {
            "app/llm.py": CLIENT_MODULE + """

def ask(text, **extra):
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=64,
                                  messages=[{"role": "user", "content": text}], **extra)


def triage(customer):
    return ask("Label it", metadata={"user_id": customer.email})
""",
        },
        "expect": [("app/llm.py", 12, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_helper_method_return_into_inherited_request",
        "files": {
            "app/llm.py": CLIENT_MODULE,
            "app/base.py": """
                from app.llm import client


                class ClaudeTask:
                    def ask(self, text):
                        return client.messages.create(
                            model="claude-sonnet-4-5",
                            max_tokens=256,
                            messages=[{"role": "user", "content": text}],
                        )
                """,
            "app/onboarding.py": """
                from app.base import ClaudeTask


                class Onboarding(ClaudeTask):
                    def _packet(self, hire):
                        return "\\n".join([
                            f"Start: {hire.start_date}",
                            f"SSN: {hire.ssn}",
                        ])

                    def _size(self, hire):
                        return f"Uniform {hire.uniform_size}"

                    def check(self, hire):
                        return self.ask(self._packet(hire))

                    def sizes(self, hire):
                        return self.ask(self._size(hire))
                """,
        },
        "expect": [("app/onboarding.py", 8, "sensitive-data/government-id")],
    },
    {
        "name": "resolve_client_passed_as_argument_to_a_helper_elsewhere",
        "files": {
            "app/llm.py": CLIENT_MODULE,
            "app/runner.py": """
                def complete(client, text, model, max_tokens=500):
                    msg = client.messages.create(
                        model=model,
                        max_tokens=max_tokens,
                        messages=[{"role": "user", "content": text}],
                    )
                    return msg.content[0].text
                """,
            "app/dunning.py": """
                import anthropic

                from app.llm import client
                from app.runner import complete

                direct = anthropic.Anthropic()


                def note(account):
                    text = f"Card on file: {account.card_number}"
                    return complete(client, text, model="claude-haiku-4-5")


                def offline(account):
                    return complete(direct, f"Card {account.card_number}", model="claude-haiku-4-5")
                """,
        },
        "expect": [("app/dunning.py", 10, "sensitive-data/payment-field")],
    },
    {
        "name": "resolve_ts_model_constant_built_by_a_provider_elsewhere",
        "files": {
            "tsconfig.json": '{"compilerOptions": {"baseUrl": ".", "paths": {"@/*": ["./src/*"]}}}\\n',
            "src/lib/ai.ts": """
                import { createAnthropic } from "@ai-sdk/anthropic";
                import { createAzure } from "@ai-sdk/azure";

                export const foundry = createAnthropic({ baseURL: "https://contoso.services.ai.azure.com/anthropic/v1" });
                export const sonnet = foundry("claude-sonnet-4-5");
                const azure = createAzure({ resourceName: "contoso" });
                export const gptMini = azure("gpt-4o-mini");
                """,
            "src/app/route.ts": """
                import { generateText } from "ai";
                import { gptMini, sonnet } from "@/lib/ai";

                export async function POST(booking: { homeAddress: string; customerEmail: string }) {
                  const a = await generateText({ model: sonnet, prompt: `Address: ${booking.homeAddress}` });
                  const b = await generateText({ model: gptMini, prompt: `Mail ${booking.customerEmail}` });
                  return [a, b];
                }
                """,
        },
        "expect": [("src/app/route.ts", 5, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_tsconfig_paths_alias",
        "files": {
            "web/tsconfig.json": """
                {
                  "compilerOptions": {
                    "baseUrl": ".",
                    "paths": {
                      "@server/*": ["./src/server/*"],
                      "llm": ["./src/lib/claude.ts"]
                    }
                  }
                }
                """,
            "web/src/lib/claude.ts": """
                import AnthropicFoundry from "@anthropic-ai/foundry-sdk";
                export const claude = new AnthropicFoundry({ resource: "contoso-ai" });
                """,
            "web/src/server/clients.ts": """
                import OpenAI from "openai";
                export const gpt = new OpenAI();
                import { claude } from "llm";
                export { claude };
                """,
            "web/src/app/route.ts": """
                import { claude, gpt } from "@server/clients";

                export async function POST(patient: { diagnosis: string }) {
                  await gpt.messages.create({ model: "gpt-4o", max_tokens: 64, messages: [{ role: "user", content: patient.diagnosis }] });
                  return claude.messages.create({
                    model: "claude-sonnet-4-5",
                    max_tokens: 128,
                    messages: [{ role: "user", content: patient.diagnosis }],
                  });
                }
                """,
        },
        "expect": [("web/src/app/route.ts", 8, "sensitive-data/health-field")],
        "checks": [lambda got: None if any("built in web/src/lib/claude.ts" in s["step"]
                                           for f in got for s in f.get("flow", [])) else
                   "the client was not resolved through the tsconfig paths alias"],
    },
    {
        "name": "resolve_tsconfig_paths_through_extends_with_comments",
        "files": {
            "tsconfig.base.json": """
                // shared options
                {
                  "compilerOptions": {
                    /* every app resolves #llm to the shared client */
                    "paths": { "#llm": ["packages/llm/src/index.ts"], "#direct": ["packages/llm/src/direct.ts"], },
                  },
                }
                """,
            "apps/api/tsconfig.json": '{ "extends": "../../tsconfig.base", "compilerOptions": { "strict": true } }\n',
            "packages/llm/src/index.ts": """
                import AnthropicFoundry from "@anthropic-ai/foundry-sdk";
                export const claude = new AnthropicFoundry({ resource: "contoso-ai" });
                """,
            "packages/llm/src/direct.ts": """
                import Anthropic from "@anthropic-ai/sdk";
                export const direct = new Anthropic();
                """,
            "apps/api/src/route.ts": """
                import { claude } from "#llm";
                import { direct } from "#direct";

                export async function POST(user: { email: string }) {
                  await direct.messages.create({ model: "claude-sonnet-4-5", max_tokens: 64, messages: [{ role: "user", content: user.email }] });
                  return claude.messages.create({ model: "claude-sonnet-4-5", max_tokens: 64, messages: [{ role: "user", content: user.email }] });
                }
                """,
        },
        "expect": [("apps/api/src/route.ts", 6, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_helper_chain_across_three_files",
        "files": {
            "app/llm.py": CLIENT_MODULE + """

def ask_claude(prompt):
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=64,
                                  messages=[{"role": "user", "content": prompt}])
""",
            "app/helpers.py": """
                from app.llm import ask_claude


                def summarize_with_claude(text, audience="staff"):
                    return ask_claude(f"Summarise for {audience}: {text}")
                """,
            "app/jobs.py": """
                from app.helpers import summarize_with_claude


                def nightly_claude_digest(record, owner):
                    return summarize_with_claude(record, audience=owner.team)
                """,
            "app/tasks.py": """
                from app.jobs import nightly_claude_digest


                def run_claude(patient, owner):
                    return nightly_claude_digest(patient.diagnosis, owner)


                def run_claude_ids(patient, owner):
                    return nightly_claude_digest(patient.id, owner)
                """,
        },
        "expect": [("app/tasks.py", 5, "sensitive-data/health-field")],
    },
    {
        "name": "resolve_csharp_typed_http_client_injected_with_configured_base_address",
        "files": {
            "svc/appsettings.json": """
                {
                  "Foundry": { "Endpoint": "https://contoso-ai.services.ai.azure.com/anthropic/" },
                  "Anthropic": { "Endpoint": "https://api.anthropic.com/" },
                  "Crm": { "BaseUrl": "https://api.hubapi.com/" }
                }
                """,
            "svc/Program.cs": """
                var builder = WebApplication.CreateBuilder(args);
                var config = builder.Configuration;
                builder.Services.AddHttpClient<ClaudeClient>(c => c.BaseAddress = new Uri(config["Foundry:Endpoint"]!));
                builder.Services.AddHttpClient<DirectClient>(c =>
                {
                    c.BaseAddress = new Uri(config["Anthropic:Endpoint"]!);
                });
                builder.Services.AddHttpClient<CrmClient>(c => c.BaseAddress = new Uri(config["Crm:BaseUrl"]!));
                builder.Build().Run();
                """,
            "svc/Clients/ClaudeClient.cs": """
                namespace Shop.Clients;

                public sealed class ClaudeClient(HttpClient http)
                {
                    public async Task<string> CompleteAsync(string prompt)
                    {
                        var body = new { model = "claude-sonnet-4-5", max_tokens = 300, messages = new[] { new { role = "user", content = prompt } } };
                        using var response = await http.PostAsJsonAsync("v1/messages", body);
                        return await response.Content.ReadAsStringAsync();
                    }
                }
                """,
            "svc/Clients/DirectClient.cs": """
                namespace Shop.Clients;

                public sealed class DirectClient
                {
                    private readonly HttpClient _http;
                    public DirectClient(HttpClient http) { _http = http; }

                    public async Task<string> CompleteAsync(string prompt)
                    {
                        var body = new { model = "claude-sonnet-4-5", max_tokens = 300, messages = new[] { new { role = "user", content = prompt } } };
                        using var response = await _http.PostAsJsonAsync("v1/messages", body);
                        return await response.Content.ReadAsStringAsync();
                    }
                }
                """,
            "svc/Clients/CrmClient.cs": """
                namespace Shop.Clients;

                public sealed class CrmClient(HttpClient http)
                {
                    public Task NoteAsync(string note) => http.PostAsJsonAsync("crm/v3/objects/notes", new { body = note });
                }
                """,
            "svc/Services/Explainer.cs": """
                using Shop.Clients;

                namespace Shop.Services;

                public sealed class Explainer
                {
                    private readonly ClaudeClient _claude;
                    private readonly DirectClient _direct;
                    private readonly CrmClient _crm;

                    public Explainer(ClaudeClient claude, DirectClient direct, CrmClient crm)
                    {
                        _claude = claude;
                        _direct = direct;
                        _crm = crm;
                    }

                    public async Task<string> ExplainAsync(Customer customer)
                    {
                        var prompt = $"Explain the bill of {customer.Email}";
                        await _crm.NoteAsync($"Explained for {customer.Email}");
                        await _direct.CompleteAsync($"Direct for {customer.Email}");
                        return await _claude.CompleteAsync(prompt);
                    }
                }
                """,
            "svc/Services/Advisor.cs": """
                using Shop.Clients;

                namespace Shop.Services;

                public sealed class Advisor(ClaudeClient claude)
                {
                    public Task<string> AdviseAsync(RefundRequest request) =>
                        claude.CompleteAsync($"Refund to IBAN {request.Iban}");
                }
                """,
        },
        "expect": [("svc/Services/Explainer.cs", 20, "sensitive-data/personal-field"),
                   ("svc/Services/Advisor.cs", 8, "sensitive-data/payment-field")],
    },
    {
        "name": "resolve_csharp_helper_inherited_from_base_class_on_injected_client",
        "files": {
            "api/appsettings.json": """
                { "Foundry": { "Endpoint": "https://contoso-ai.services.ai.azure.com/anthropic/" } }
                """,
            "api/Program.cs": """
                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddHttpClient<ClaudeClient>(c => c.BaseAddress = new Uri(builder.Configuration["Foundry:Endpoint"]!));
                builder.Build().Run();
                """,
            "api/Clients/ClaudeClient.cs": """
                namespace Api.Clients;

                public sealed class ClaudeClient(HttpClient http)
                {
                    public async Task<string> CompleteAsync(string system, string prompt)
                    {
                        var body = new { model = "claude-sonnet-4-5", max_tokens = 300, system, messages = new[] { new { role = "user", content = prompt } } };
                        using var response = await http.PostAsJsonAsync("v1/messages", body);
                        return await response.Content.ReadAsStringAsync();
                    }
                }
                """,
            "api/Services/AssistantBase.cs": """
                using Api.Clients;

                namespace Api.Services;

                public abstract class AssistantBase(ClaudeClient claude)
                {
                    protected Task<string> AskAsync(string question) => claude.CompleteAsync("Be brief.", question);
                }
                """,
            "api/Services/MoveService.cs": """
                using Api.Clients;

                namespace Api.Services;

                public sealed class MoveService : AssistantBase
                {
                    public MoveService(ClaudeClient claude) : base(claude) { }

                    public Task<string> PlanAsync(Customer customer, Order order) =>
                        AskAsync($"Moving from {customer.HomeAddress}, order {order.Id}");
                }
                """,
        },
        "expect": [("api/Services/MoveService.cs", 10, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_go_struct_field_of_a_repository_package",
        "files": {
            "go.mod": "module example.com/ops\n\ngo 1.23\n",
            "config.yaml": """
                foundry:
                  base_url: https://contoso-ai.services.ai.azure.com/anthropic
                """,
            "internal/llm/client.go": """
                package llm

                import (
                	"bytes"
                	"context"
                	"encoding/json"
                	"net/http"
                )

                // Client talks to Claude.
                type Client struct {
                	baseURL string
                	http    *http.Client
                }

                func (c *Client) Complete(ctx context.Context, system, prompt string) error {
                	buf, _ := json.Marshal(map[string]any{"model": "claude-sonnet-4-5", "max_tokens": 200, "system": system,
                		"messages": []map[string]string{{"role": "user", "content": prompt}}})
                	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/messages", bytes.NewReader(buf))
                	_, err := c.http.Do(req)
                	return err
                }
                """,
            "internal/handlers/work.go": """
                package handlers

                import (
                	"context"
                	"fmt"

                	"example.com/ops/internal/llm"
                )

                type Work struct {
                	claude *llm.Client
                }

                func (h *Work) Triage(ctx context.Context, cust Customer, order Order) error {
                	prompt := fmt.Sprintf("Order %s for %s", order.ID, cust.HomeAddress)
                	return h.claude.Complete(ctx, "triage", prompt)
                }
                """,
            "internal/notify/sms.go": """
                package notify

                import "context"

                type SMS struct{ from string }

                func (s *SMS) Send(ctx context.Context, to, body string) error { return nil }
                """,
            "internal/handlers/notes.go": """
                package handlers

                import (
                	"context"
                	"fmt"

                	"example.com/ops/internal/llm"
                	"example.com/ops/internal/notify"
                )

                type Notes struct {
                	assistant *llm.Client
                	sms       *notify.SMS
                }

                func (h *Notes) Draft(ctx context.Context, cust Customer) error {
                	h.sms.Send(ctx, cust.PhoneNumber, "Your note is ready")
                	return h.assistant.Complete(ctx, "notes", fmt.Sprintf("Write to %s", cust.Email))
                }
                """,
        },
        "expect": [("internal/handlers/work.go", 15, "sensitive-data/personal-field"),
                   ("internal/handlers/notes.go", 18, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_csharp_agent_registered_in_di_and_injected",
        "files": {
            "app/Program.cs": """
                using Anthropic.Foundry;
                using Microsoft.Agents.AI;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddSingleton<AnthropicClient>(_ => new AnthropicFoundryClient(
                    new AnthropicFoundryApiKeyCredentials(builder.Configuration["Foundry:ApiKey"]!, "contoso-ai")));
                builder.Services.AddSingleton<AIAgent>(sp => sp.GetRequiredService<AnthropicClient>().AsAIAgent(
                    model: "claude-sonnet-4-5", instructions: "Suggest one offer."));
                builder.Services.AddSingleton<ChatClient>(_ => new AzureOpenAIClient(
                    new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("x")).GetChatClient("gpt-4o"));
                builder.Build().Run();
                """,
            "app/Services/Retention.cs": """
                namespace App.Services;

                public sealed class Retention(AIAgent coach, ChatClient gpt)
                {
                    public async Task<string> SuggestAsync(Customer customer)
                    {
                        var thread = coach.GetNewThread();
                        var reply = await coach.RunAsync($"Offer for {customer.Email}", thread);
                        await gpt.CompleteChatAsync($"Blurb for {customer.Email}");
                        return reply.Text;
                    }
                }
                """,
        },
        "expect": [("app/Services/Retention.cs", 8, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_vendor_sdk_client_with_default_endpoint_is_not_foundry",
        "files": {
            "app/llm.py": CLIENT_MODULE,
            "app/wrapper.py": """
                from anthropic import AnthropicFoundry


                class ClaudeWrapper:
                    def __init__(self, key):
                        self.messages = AnthropicFoundry(api_key=key, resource="contoso-ai").messages
                """,
            "scripts/vendor.py": """
                from claude_vendor_sdk import VendorClaude
                from app.wrapper import ClaudeWrapper

                vendor = VendorClaude(api_key="k")
                pointed = VendorClaude(api_key="k", base_url="https://contoso-ai.services.ai.azure.com/anthropic")
                wrapped = ClaudeWrapper("k")


                def ask(customer):
                    vendor.messages.create(model="claude-sonnet-4-5", max_tokens=64,
                                           messages=[{"role": "user", "content": customer.email}])
                    pointed.messages.create(model="claude-sonnet-4-5", max_tokens=64,
                                            messages=[{"role": "user", "content": customer.email}])
                    wrapped.messages.create(model="claude-sonnet-4-5", max_tokens=64,
                                            messages=[{"role": "user", "content": customer.email}])
                """,
            "examples/direct.php": """
                <?php
                use VendorSdk\\ClaudeVendor;
                $client = new ClaudeVendor(apiKey: getenv('VENDOR_KEY'));
                $reply = $client->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                    'messages' => [['role' => 'user', 'content' => $customer->email]]]);
                """,
            "examples/debate.php": """
                <?php
                use VendorSdk\\ClaudeVendor;
                $client = new ClaudeVendor(apiKey: getenv('VENDOR_KEY'));
                class Speaker {
                    private $client;
                    public function __construct($client) { $this->client = $client; }
                    public function speak($context) {
                        $r = $this->client->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                            'messages' => [['role' => 'user', 'content' => $context]]]);
                        return $r->content[0]->text;
                    }
                }
                $pro = new Speaker($client);
                $opening = $pro->speak('Four-day week?');
                $pro->speak("Answer: {$opening}");
                """,
            "scripts/accounts.py": """
                from accounts_sdk import Account
                from app.llm import client


                def explain(pw):
                    acct = Account(password=pw)
                    client.messages.create(model="claude-sonnet-4-5", max_tokens=64,
                                           messages=[{"role": "user", "content": str(acct)}])
                """,
        },
        "expect": [("scripts/accounts.py", 6, "sensitive-data/credential-field"),
                   ("scripts/vendor.py", 13, "sensitive-data/personal-field"),
                   ("scripts/vendor.py", 15, "sensitive-data/personal-field")],
    },
    {
        "name": "resolve_go_package_var_and_constructor_result",
        "files": {
            "go.mod": "module example.com/ops\n\ngo 1.23\n",
            "config.yaml": """
                foundry:
                  base_url: https://contoso-ai.services.ai.azure.com/anthropic
                """,
            "internal/llm/client.go": """
                package llm

                import (
                	"bytes"
                	"context"
                	"encoding/json"
                	"net/http"
                )

                // Client talks to Claude.
                type Client struct {
                	baseURL string
                	http    *http.Client
                }

                func New(base string) *Client { return &Client{baseURL: base, http: http.DefaultClient} }

                func (c *Client) Complete(ctx context.Context, system, prompt string) error {
                	buf, _ := json.Marshal(map[string]any{"model": "claude-sonnet-4-5", "max_tokens": 200, "system": system,
                		"messages": []map[string]string{{"role": "user", "content": prompt}}})
                	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/messages", bytes.NewReader(buf))
                	_, err := c.http.Do(req)
                	return err
                }
                """,
            "internal/llm/default.go": """
                package llm

                // Default is set by main.
                var Default *Client
                """,
            "internal/notify/sms.go": """
                package notify

                import "context"

                type SMS struct{ from string }

                func New(from string) *SMS { return &SMS{from: from} }

                func (s *SMS) Complete(ctx context.Context, to, body string) error { return nil }
                """,
            "internal/jobs/remind.go": """
                package jobs

                import (
                	"context"
                	"fmt"
                	"os"
                	"strings"

                	"example.com/ops/internal/llm"
                	"example.com/ops/internal/notify"
                )

                func Remind(ctx context.Context, customer Customer) error {
                	sms := notify.New("OPS")
                	sms.Complete(ctx, customer.PhoneNumber, "fee due")
                	assistant := llm.New(os.Getenv("FOUNDRY_BASE_URL"))
                	assistant.Complete(ctx, "env", strings.Join(os.Environ(), "\n"))
                	return llm.Default.Complete(ctx, "remind", fmt.Sprintf("Customer record: %+v", customer))
                }
                """,
        },
        "expect": [("internal/jobs/remind.go", 17, "sensitive-data/environment-dump"),
                   ("internal/jobs/remind.go", 19, "sensitive-data/whole-record")],
    },
    {
        "name": "resolve_csharp_client_named_for_claude_on_azure",
        "files": {
            "console/Program.cs": """
                using Microsoft.Agents.AI;
                using Microsoft.Extensions.AI;

                var cfg = new ConfigurationBuilder().AddUserSecrets<Program>().Build();
                IChatClient chat = new AzureClaudeClient(
                    endpoint: new Uri(cfg["Claude:Endpoint"]!),
                    modelId: "claude-haiku-4-5",
                    apiKey: cfg["Claude:ApiKey"]!);
                AIAgent writer = chat.AsAIAgent(name: "Writer", instructions: "Write short notes.");
                var patient = LoadPatient();
                await writer.RunAsync($"Note for {patient.Diagnosis}");
                await chat.GetResponseAsync($"Summary for {patient.Email}");
                IChatClient gpt = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new ApiKeyCredential("k"))
                    .GetChatClient("gpt-4o").AsIChatClient();
                await gpt.GetResponseAsync($"Summary for {patient.Email}");
                """,
            "web/Program.cs": """
                using Microsoft.Agents.AI;
                using Microsoft.Extensions.AI;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddSingleton<IChatClient>(_ => new AzureClaudeClient(
                    endpoint: new Uri(builder.Configuration["Claude:Endpoint"]!),
                    modelId: builder.Configuration["Claude:Deployment"]!,
                    apiKey: builder.Configuration["Claude:ApiKey"]!));
                builder.Services.AddSingleton<AIAgent>(sp => sp.GetRequiredService<IChatClient>().AsAIAgent(
                    name: "Helper", instructions: "Answer briefly."));
                builder.Build().Run();
                """,
            "web/Controllers/AskController.cs": """
                namespace Web.Controllers;

                public sealed class AskController(AIAgent agent) : ControllerBase
                {
                    public async Task<string> Ask(Customer customer)
                    {
                        var reply = await agent.RunAsync($"Reply to {customer.Email}");
                        return reply.Text;
                    }
                }
                """,
        },
        "expect": [("console/Program.cs", 11, "sensitive-data/health-field"),
                   ("console/Program.cs", 12, "sensitive-data/personal-field"),
                   ("web/Controllers/AskController.cs", 7, "sensitive-data/personal-field")],
    },
    {
        # OpenAI-compatible clients registered from configuration only: the project's
        # endpoint and the Claude model are appsettings.json values; the GPT client on
        # Azure OpenAI next to it is not Claude.
        "name": "resolve_csharp_openai_client_registered_from_configuration",
        "files": {
            "svc/appsettings.json": """
                {
                  "FoundryProject": {
                    "OpenAIEndpoint": "https://contoso-ai.services.ai.azure.com/api/projects/care/openai/v1",
                    "ResponsesModel": "claude-haiku-4-5"
                  },
                  "AzureOpenAI": { "Endpoint": "https://contoso-oai.openai.azure.com/", "Deployment": "gpt-4o-mini" }
                }
                """,
            "svc/Program.cs": """
                using OpenAI;
                using OpenAI.Chat;
                using OpenAI.Responses;

                var builder = WebApplication.CreateBuilder(args);
                builder.Services.AddSingleton(_ => new OpenAIResponseClient(
                    builder.Configuration["FoundryProject:ResponsesModel"]!,
                    new ApiKeyCredential(builder.Configuration["FoundryProject:ApiKey"]!),
                    new OpenAIClientOptions { Endpoint = new Uri(builder.Configuration["FoundryProject:OpenAIEndpoint"]!) }));
                builder.Services.AddSingleton(_ => new ChatClient(
                    builder.Configuration["AzureOpenAI:Deployment"]!,
                    new ApiKeyCredential(builder.Configuration["AzureOpenAI:ApiKey"]!),
                    new OpenAIClientOptions { Endpoint = new Uri(builder.Configuration["AzureOpenAI:Endpoint"]!) }));
                builder.Build().Run();
                """,
            "svc/Replies.cs": """
                using OpenAI.Chat;
                using OpenAI.Responses;

                public sealed class Replies(OpenAIResponseClient responses, ChatClient chat)
                {
                    public async Task<string> DraftAsync(Customer customer)
                    {
                        await chat.CompleteChatAsync($"Subject line for {customer.Email}");
                        OpenAIResponse r = await responses.CreateResponseAsync($"Draft a reply to {customer.Email}");
                        return r.GetOutputText();
                    }
                }
                """,
        },
        "expect": [("svc/Replies.cs", 9, "sensitive-data/personal-field")],
    },
    {
        # A Spring bean of the OpenAI Java SDK whose base URL is an @Value property set to
        # a Foundry project's OpenAI-compatible endpoint; the request's model decides.
        "name": "resolve_java_openai_bean_with_configured_endpoint",
        "files": {
            "src/main/resources/application.yml": """
                foundry-project:
                  openai-endpoint: https://contoso-ai.services.ai.azure.com/api/projects/care/openai/v1
                  summary-model: gpt-4.1-mini
                """,
            "src/main/java/care/OpenAiConfig.java": """
                package care;

                import com.openai.client.OpenAIClient;
                import com.openai.client.okhttp.OpenAIOkHttpClient;

                @Configuration
                public class OpenAiConfig {
                    @Bean
                    OpenAIClient projectClient(@Value("${foundry-project.openai-endpoint}") String endpoint) {
                        return OpenAIOkHttpClient.builder().baseUrl(endpoint).build();
                    }
                }
                """,
            "src/main/java/care/Briefs.java": """
                package care;

                import com.openai.client.OpenAIClient;
                import com.openai.models.responses.ResponseCreateParams;

                @Service
                public class Briefs {
                    private static final String ESCALATION_MODEL = "claude-sonnet-4-5";
                    private final OpenAIClient openai;
                    private final String summaryModel;

                    public Briefs(OpenAIClient openai, @Value("${foundry-project.summary-model}") String summaryModel) {
                        this.openai = openai;
                        this.summaryModel = summaryModel;
                    }

                    public String wrapUp(Customer customer) {
                        ResponseCreateParams params = ResponseCreateParams.builder().model(summaryModel)
                                .input("Caller: " + customer.fullName()).build();
                        return openai.responses().create(params).toString();
                    }

                    public String escalate(Customer customer) {
                        ResponseCreateParams params = ResponseCreateParams.builder().model(ESCALATION_MODEL)
                                .input("Caller born " + customer.dateOfBirth()).build();
                        return openai.responses().create(params).toString();
                    }
                }
                """,
        },
        "expect": [("src/main/java/care/Briefs.java", 25, "sensitive-data/personal-field")],
    },
    {
        # A member of an interface type set by a Go constructor: the calls of that
        # constructor in main.go decide what it is (a Foundry client for one handler,
        # a classifier on another host for the other).
        "name": "resolve_go_interface_wired_by_constructor_calls",
        "files": {
            "go.mod": "module example.com/ops\n\ngo 1.23\n",
            "config.yaml": """
                foundry:
                  base_url: https://contoso-ai.services.ai.azure.com/anthropic
                """,
            "internal/llm/client.go": """
                package llm

                import (
                	"bytes"
                	"context"
                	"encoding/json"
                	"net/http"
                )

                // Client talks to Claude.
                type Client struct{ baseURL string }

                func New(baseURL string) *Client { return &Client{baseURL: baseURL} }

                func (c *Client) Complete(ctx context.Context, system, prompt string) (string, error) {
                	buf, _ := json.Marshal(map[string]any{"model": "claude-sonnet-4-5", "max_tokens": 200, "system": system,
                		"messages": []map[string]string{{"role": "user", "content": prompt}}})
                	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/messages", bytes.NewReader(buf))
                	_, err := http.DefaultClient.Do(req)
                	return "", err
                }
                """,
            "internal/scoring/client.go": """
                package scoring

                import (
                	"bytes"
                	"context"
                	"net/http"
                )

                type Client struct{ url string }

                func New(url string) *Client { return &Client{url: url} }

                func (c *Client) Complete(ctx context.Context, system, prompt string) (string, error) {
                	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader([]byte(prompt)))
                	_, err := http.DefaultClient.Do(req)
                	return "", err
                }
                """,
            "internal/handlers/handlers.go": """
                package handlers

                import "context"

                // Completer turns a system prompt and a user prompt into text.
                type Completer interface {
                	Complete(ctx context.Context, system, prompt string) (string, error)
                }
                """,
            "internal/handlers/moves.go": """
                package handlers

                import (
                	"context"
                	"fmt"
                )

                type Moves struct{ planner Completer }

                func NewMoves(planner Completer) *Moves { return &Moves{planner: planner} }

                type Outages struct{ severity Completer }

                func NewOutages(severity Completer) *Outages { return &Outages{severity: severity} }

                func (h *Moves) Plan(ctx context.Context, cust Customer) (string, error) {
                	details := fmt.Sprintf("New site: %s", cust.HomeAddress)
                	return h.planner.Complete(ctx, "Plan the move.", details)
                }

                func (h *Outages) Rate(ctx context.Context, cust Customer) (string, error) {
                	details := fmt.Sprintf("Outage at %s", cust.HomeAddress)
                	return h.severity.Complete(ctx, "Rate the outage.", details)
                }
                """,
            "cmd/ops/main.go": """
                package main

                import (
                	"example.com/ops/internal/handlers"
                	"example.com/ops/internal/llm"
                	"example.com/ops/internal/scoring"
                )

                func main() {
                	assistant := llm.New("https://contoso-ai.services.ai.azure.com/anthropic")
                	rater := scoring.New("https://scoring.internal.example/rate")
                	_ = handlers.NewMoves(assistant)
                	_ = handlers.NewOutages(rater)
                }
                """,
        },
        "expect": [("internal/handlers/moves.go", 17, "sensitive-data/personal-field")],
    },
    {
        # A provider switch: a function returns the chat model class per provider in a
        # dict; the Foundry branch's class (a ChatAnthropic subclass whose clients are
        # AnthropicFoundry, in another module) builds the agent's model.  The same shape
        # whose dict only ever names the direct API's class is not Claude on Foundry.
        "name": "resolve_model_class_from_a_provider_switch_dict",
        "files": {
            "app/__init__.py": "",
            "app/azure_claude.py": """
                from functools import cached_property

                from anthropic import AnthropicFoundry
                from langchain_anthropic import ChatAnthropic


                class ChatAzureFoundryClaude(ChatAnthropic):
                    @cached_property
                    def _client(self):
                        return AnthropicFoundry(api_key=self.anthropic_api_key.get_secret_value(), base_url=self.anthropic_api_url)
                """,
            "app/agent.py": """
                import os

                from langchain.agents import create_agent
                from langchain_anthropic import ChatAnthropic


                def provider_config():
                    if os.getenv("CLAUDE_PROVIDER") == "azure_foundry":
                        from .azure_claude import ChatAzureFoundryClaude
                        return {"model_class": ChatAzureFoundryClaude, "kwargs": {"base_url": os.getenv("ANTHROPIC_FOUNDRY_BASE_URL")}}
                    return {"model_class": ChatAnthropic, "kwargs": {}}


                def direct_config():
                    return {"model_class": ChatAnthropic, "kwargs": {}}


                class Assistant:
                    def __init__(self):
                        config = provider_config()
                        model_class = config["model_class"]
                        model = model_class(model="claude-sonnet-4-5", **config["kwargs"])
                        self.agent = create_agent(model=model, tools=[])

                    def ask(self, user):
                        return self.agent.invoke({"messages": [{"role": "user", "content": f"Write to {user.email}"}]})


                class DirectAssistant:
                    def __init__(self):
                        config = direct_config()
                        model_class = config["model_class"]
                        self.agent = create_agent(model=model_class(model="claude-sonnet-4-5"), tools=[])

                    def ask(self, user):
                        return self.agent.invoke({"messages": [{"role": "user", "content": f"Write to {user.email}"}]})
                """,
        },
        "expect": [("app/agent.py", 26, "sensitive-data/personal-field")],
    },
    {
        # PHP: a PHPUnit base class in another file sets $this->client (found by
        # namespace + use, or by a class name only one file defines); a helper
        # in a required file, or a static factory, returns the client.  The
        # repository's own SDK client class defaults to the direct API.
        "name": "resolve_php_base_class_members_and_helpers_across_files",
        "files": {
            "composer.json": '{"autoload": {"psr-4": {"Acme\\\\Sdk\\\\": "src/", "Acme\\\\Tests\\\\": "tests/"}}}\n',
            "src/DirectClaude.php": """
                <?php
                namespace Acme\\Sdk;

                class DirectClaude
                {
                    public const DEFAULT_BASE_URL = 'https://api.anthropic.com/v1';

                    public function __construct(string $apiKey, string $baseUrl = self::DEFAULT_BASE_URL, $httpClient = null)
                    {
                        $this->baseUrl = $baseUrl;
                    }
                }
                """,
            "src/Factory.php": """
                <?php
                namespace Acme\\Sdk;

                use Anthropic\\Foundry\\Client as FoundryClient;

                class Factory
                {
                    public static function foundry()
                    {
                        return FoundryClient::withCredentials(getenv('ANTHROPIC_FOUNDRY_API_KEY'), 'contoso');
                    }

                    public static function direct(): DirectClaude
                    {
                        return new DirectClaude(apiKey: getenv('ANTHROPIC_API_KEY'));
                    }
                }
                """,
            "tests/TestCase.php": """
                <?php
                namespace Acme\\Tests;

                use Acme\\Sdk\\DirectClaude;
                use PHPUnit\\Framework\\TestCase as PHPUnitTestCase;

                class TestCase extends PHPUnitTestCase
                {
                    protected ?DirectClaude $testClient = null;

                    protected function setUp(): void
                    {
                        $this->testClient = new DirectClaude(apiKey: 'test-key', baseUrl: TestUtils::baseUrl());
                    }
                }
                """,
            "tests/FoundryTestCase.php": """
                <?php
                namespace Acme\\Tests;

                use Anthropic\\Foundry\\Client;

                abstract class FoundryTestCase extends \\PHPUnit\\Framework\\TestCase
                {
                    protected $claude;

                    protected function setUp(): void
                    {
                        $this->claude = Client::withCredentials(getenv('ANTHROPIC_FOUNDRY_API_KEY'), 'contoso');
                    }
                }
                """,
            "tests/Integration/MessagesTest.php": """
                <?php
                namespace Acme\\Tests\\Integration;

                use Acme\\Tests\\TestCase;

                class MessagesTest extends TestCase
                {
                    public function testCreate(): void
                    {
                        $patient = Fixtures::patient();
                        $this->testClient->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                            'messages' => [['role' => 'user', 'content' => $patient->diagnosis]]]);
                    }
                }
                """,
            "tests/Legacy/LegacyTest.php": """
                <?php
                class LegacyTest extends TestCase
                {
                    public function testCreate(): void
                    {
                        $this->testClient->beta()->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                            'messages' => [['role' => 'user', 'content' => $this->patient()->diagnosis]]]);
                    }
                }
                """,
            "tests/Integration/FoundryMessagesTest.php": """
                <?php
                namespace Acme\\Tests\\Integration;

                use Acme\\Tests\\FoundryTestCase;

                class FoundryMessagesTest extends FoundryTestCase
                {
                    public function testCreate(): void
                    {
                        $patient = Fixtures::patient();
                        $this->claude->messages->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                            'messages' => [['role' => 'user', 'content' => $patient->diagnosis]]]);
                    }
                }
                """,
            "examples/helpers.php": """
                <?php
                function createClient()
                {
                    return new Acme\\Sdk\\DirectClaude(apiKey: getenv('ANTHROPIC_API_KEY'));
                }

                function foundryClient()
                {
                    return new Acme\\Sdk\\DirectClaude(apiKey: getenv('KEY'), baseUrl: 'https://contoso.services.ai.azure.com/anthropic');
                }
                """,
            "examples/http.php": """
                <?php
                function statusClient()
                {
                    return new GuzzleHttp\\Client(['base_uri' => 'https://status.example.net/']);
                }
                """,
            "examples/direct.php": """
                <?php
                require_once __DIR__ . '/helpers.php';
                require_once __DIR__ . '/http.php';

                $client = createClient();
                $client->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                    'messages' => [['role' => 'user', 'content' => $customer->email]]]);
                $http = statusClient();
                $http->post('v1/messages', ['json' => ['text' => $customer->email]]);
                $plain = Acme\\Sdk\\Factory::direct();
                $plain->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                    'messages' => [['role' => 'user', 'content' => $customer->email]]]);
                """,
            "examples/foundry.php": """
                <?php
                require_once __DIR__ . '/helpers.php';

                use Acme\\Sdk\\Factory;

                $client = foundryClient();
                $client->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                    'messages' => [['role' => 'user', 'content' => $customer->email]]]);
                $other = Factory::foundry();
                $other->messages->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                    'messages' => [['role' => 'user', 'content' => $customer->phone_number]]]);
                $factory = new Factory();
                $third = $factory->foundry();
                $third->messages->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 64,
                    'messages' => [['role' => 'user', 'content' => $customer->email]]]);
                """,
        },
        "expect": [("tests/Integration/FoundryMessagesTest.php", 12, "sensitive-data/health-field"),
                   ("examples/foundry.php", 8, "sensitive-data/personal-field"),
                   ("examples/foundry.php", 11, "sensitive-data/personal-field"),
                   ("examples/foundry.php", 15, "sensitive-data/personal-field")],
        # resolved, each to where its Foundry client is built (not counted on repository evidence)
        "checks": [lambda got: None if sorted(s["step"] for f in got for s in f["flow"] if "Foundry client" in s["step"]) == [
            "Foundry client: built in examples/helpers.php:9", "Foundry client: built in src/Factory.php:10",
            "Foundry client: built in src/Factory.php:10", "Foundry client: built in tests/FoundryTestCase.php:12"] else
            "not resolved: " + str([s["step"] for f in got for s in f["flow"] if "Foundry" in s["step"]])],
    },
    {
        # A client class the repository defines on the direct API's default
        # endpoint, imported elsewhere: another provider's client, unless it
        # is built there with a Foundry base URL.
        "name": "resolve_direct_api_client_class_imported",
        "files": {
            "app/foundry.py": CLIENT_MODULE,
            "app/llm.py": """
                from anthropic import Anthropic


                class ClaudeClient:
                    def __init__(self, base_url="https://api.anthropic.com"):
                        self.client = Anthropic(base_url=base_url)
                        self.messages = self.client.messages
                """,
            "app/use.py": """
                import os
                from app.llm import ClaudeClient

                direct = ClaudeClient()
                foundry = ClaudeClient(base_url=os.environ["ANTHROPIC_FOUNDRY_BASE_URL"])


                def ask(patient):
                    direct.messages.create(model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": patient.diagnosis}])
                    foundry.messages.create(model="claude-sonnet-4-5", max_tokens=64, messages=[{"role": "user", "content": patient.diagnosis}])
                """,
        },
        "expect": [("app/use.py", 10, "sensitive-data/health-field")],
    },
    {
        # An OpenAI-compatible client on a Foundry resource's /openai/v1
        # endpoint, kept by a base class in a module that names no Anthropic
        # API and no Claude model: the subclass's request with a Claude model
        # id is Claude on Foundry; with another model it is not.
        "name": "resolve_openai_compatible_base_class_in_plain_module",
        "files": {
            "bots/base.py": """
                from openai import OpenAI


                class BaseBot:
                    def __init__(self):
                        self.llm = OpenAI(base_url="https://acme.services.ai.azure.com/openai/v1", api_key="x")
                """,
            "bots/intake.py": """
                from bots.base import BaseBot


                class IntakeBot(BaseBot):
                    def ask(self, patient):
                        return self.llm.responses.create(model="claude-sonnet-4-5", input=patient.ssn)

                    def ask_gpt(self, patient):
                        return self.llm.responses.create(model="gpt-4o", input=patient.ssn)
                """,
        },
        "expect": [("bots/intake.py", 6, "sensitive-data/government-id-field")],
    },
    {
        # A configuration object in another module: a key path whose value is
        # a setting named for a Foundry endpoint resolves where it is read
        # (config.azureAnthropic.endpoint, CONFIG.AZURE_ENDPOINT); another key
        # of the same object (a local model server) does not.
        "name": "resolve_endpoint_in_config_object_module",
        "files": {
            "src/config/index.js": """
                const azureAnthropicEndpoint = process.env.AZURE_ANTHROPIC_ENDPOINT ?? null;

                module.exports = {
                  azureAnthropic: { endpoint: azureAnthropicEndpoint, version: "2023-06-01" },
                  AZURE_ENDPOINT: process.env.AZURE_ANTHROPIC_ENDPOINT,
                  ollama: { endpoint: process.env.OLLAMA_ENDPOINT },
                };
                """,
            "src/routes/triage.js": """
                const config = require("../config");

                async function triage(patient) {
                  return fetch(config.azureAnthropic.endpoint, { method: "POST", body: JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 100, messages: [{ role: "user", content: patient.diagnosis }] }) });
                }

                async function triageFlat(patient) {
                  return fetch(config.AZURE_ENDPOINT, { method: "POST", body: JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 100, messages: [{ role: "user", content: patient.diagnosis }] }) });
                }

                async function local(patient) {
                  return fetch(config.ollama.endpoint, { method: "POST", body: JSON.stringify({ model: "llama3", messages: [{ role: "user", content: patient.diagnosis }] }) });
                }

                module.exports = { triage, triageFlat, local };
                """,
        },
        "expect": [("src/routes/triage.js", 4, "sensitive-data/health-field"),
                   ("src/routes/triage.js", 8, "sensitive-data/health-field")],
    },
    {
        # A helper module's caller in a file that names neither Claude,
        # Anthropic nor Foundry: read for the helper's summary (it imports the
        # helper's module and calls it); a same-named function of an unrelated
        # module is not the helper.
        "name": "resolve_summarised_helper_caller_in_plain_python_file",
        "files": {
            "app/llm.py": CLIENT_MODULE + '''

def ask(prompt):
    return client.messages.create(model="claude-sonnet-4-5", max_tokens=100, messages=[{"role": "user", "content": prompt}])
''',
            "app/intake.py": """
                from app.llm import ask


                def triage(patient):
                    return ask(f"Summarise: {patient.diagnosis}")
                """,
            "app/other.py": """
                from app.search import ask


                def lookup(patient):
                    return ask(patient.diagnosis)
                """,
            "app/search.py": """
                def ask(query):
                    return query.upper()
                """,
        },
        "expect": [("app/intake.py", 5, "sensitive-data/health-field")],
    },
    {
        # The exception to this file's rule: no Foundry evidence anywhere.  A
        # helper that sends its prompt on a client passed in (not resolved)
        # was analysed as if the repository ran Claude on Foundry; it does
        # not, so neither the helper nor a caller in a plain file reports.
        "name": "no_summary_from_an_assumed_foundry_context",
        "files": {
            "lib/llm.py": """
                import anthropic

                MODELS = ["claude-sonnet-4-5", "gpt-4o"]


                def get_response(prompt, client, model):
                    return client.messages.create(model=model, max_tokens=100, messages=[{"role": "user", "content": prompt}])
                """,
            "lib/ideas.py": """
                from lib.llm import get_response


                def ideate(client, model, patient):
                    return get_response(f"About {patient.diagnosis}", client, model)
                """,
        },
        "expect": [],
    },
]
