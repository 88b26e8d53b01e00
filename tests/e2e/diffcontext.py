"""Diff modes and cross-file resolution: a change that sends a field through
a helper, client or model constant defined in an unchanged module is a
finding on the changed line.  The unchanged modules are read from the same
snapshot as the change (the index for --staged, the target commit for
--diff and --rev), never from the working tree, and are never reported."""
import os

from . import write_files
from .gitmodes import commit, json_findings, run_scan, sh, with_repo

# The unchanged helper module: a Foundry client, a helper whose `prompt`
# reaches the request, and an old leak of its own (never reported in a diff).
LLM = '''
from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource="contoso-ai")


def ask_claude(prompt, *, system="Be brief."):
    response = client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=256,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return response.content[0].text


def old_leak(user):
    return ask_claude(f"Mail {user.email}")
'''

# The same module whose helper no longer sends its parameter.
LLM_SILENT = LLM.replace('"content": prompt}', '"content": "Summarise the queue."}')

JOBS = '''
from app.llm import ask_claude


def precheck(order):
    return ask_claude(f"Order {order.id} for {order.sku}")
'''

# A new caller, staged: the SSN reaches the unchanged helper's request (line 9).
JOBS_NEW_CALLER = JOBS + '''

def cosigner_check(application):
    return ask_claude(f"Co-signer SSN: {application.cosigner.ssn}")
'''
NEW_LINE = 9

BASE_FILES = {"app/__init__.py": "", "app/llm.py": LLM, "app/jobs.py": JOBS}


def expect(p, got, want, what):
    if p.returncode not in (0, 1):
        return f"{what}: exit {p.returncode}: {p.stderr.strip()}"
    if sorted(got) != sorted(want):
        return f"{what}: expected {want}, got {got}"
    return None


def t_staged_caller_of_unchanged_helper(binary):
    """--staged: the helper module comes from the index blobs, not from the working file."""
    def body(repo):
        write_files(repo, {"app/jobs.py": JOBS_NEW_CALLER})
        sh(repo, "git", "add", "app/jobs.py")
        p, got = json_findings(binary, repo, "--staged")
        why = expect(p, got, [("app/jobs.py", NEW_LINE)], "new caller of the unchanged helper")
        if why:
            return why
        # the working file's helper no longer sends its parameter, the index's still does
        write_files(repo, {"app/llm.py": LLM_SILENT})
        p, got = json_findings(binary, repo, "--staged")
        why = expect(p, got, [("app/jobs.py", NEW_LINE)], "unstaged edit of the helper")
        if why:
            return why
        # staged: the helper (index) is silent; the working file sends again -> nothing
        sh(repo, "git", "add", "app/llm.py")
        write_files(repo, {"app/llm.py": LLM})
        p, got = json_findings(binary, repo, "--staged")
        return expect(p, got, [], "staged silent helper, sending working file")
    return with_repo(BASE_FILES, body)


def t_diff_caller_of_unchanged_helper(binary):
    """--diff BASE: the helper module comes from the target commit."""
    def body(repo):
        sh(repo, "git", "checkout", "-q", "-b", "feature")
        write_files(repo, {"app/jobs.py": JOBS_NEW_CALLER})
        sh(repo, "git", "add", "app/jobs.py")
        commit(repo, "new caller", "--no-verify")
        # the working tree is not the target: a silent helper on disk changes nothing
        write_files(repo, {"app/llm.py": LLM_SILENT})
        p, got = json_findings(binary, repo, "--diff", "main")
        return expect(p, got, [("app/jobs.py", NEW_LINE)], "--diff main")
    return with_repo(BASE_FILES, body)


def t_rev_file_with_helper_outside_the_list(binary):
    """--rev REV -- FILE: the module the file imports comes from that commit's tree."""
    def body(repo):
        write_files(repo, {"app/jobs.py": JOBS_NEW_CALLER})
        sh(repo, "git", "add", "app/jobs.py")
        commit(repo, "new caller", "--no-verify")
        head = sh(repo, "git", "rev-parse", "HEAD").stdout.strip()
        # a later commit silences the helper: scanning the earlier one still finds the leak
        write_files(repo, {"app/llm.py": LLM_SILENT})
        sh(repo, "git", "add", "app/llm.py")
        commit(repo, "silent helper", "--no-verify")
        p, got = json_findings(binary, repo, "--rev", head, "--", "app/jobs.py")
        why = expect(p, got, [("app/jobs.py", NEW_LINE)], "--rev OLD -- app/jobs.py")
        if why:
            return why
        # in the later commit the helper sends nothing: no finding
        p, got = json_findings(binary, repo, "--rev", "HEAD", "--", "app/jobs.py")
        return expect(p, got, [], "--rev HEAD -- app/jobs.py")
    return with_repo(BASE_FILES, body)


def t_staged_through_package_reexport(binary):
    """Imports are followed transitively: a package __init__ re-exports the helper of a submodule."""
    files = {
        "svc/__init__.py": "",
        "svc/llm/__init__.py": "from .clients import ask_claude\n",
        "svc/llm/clients.py": LLM,
        "svc/jobs/__init__.py": "",
        "svc/jobs/intake.py": JOBS.replace("app.llm", "svc.llm"),
    }

    def body(repo):
        write_files(repo, {"svc/jobs/intake.py": JOBS_NEW_CALLER.replace("app.llm", "svc.llm")})
        sh(repo, "git", "add", "-A")
        p, got = json_findings(binary, repo, "--staged")
        return expect(p, got, [("svc/jobs/intake.py", NEW_LINE)], "helper re-exported by the package")
    return with_repo(files, body)


def t_staged_model_constant_in_unchanged_config(binary):
    """An OpenAI-compatible request switched to a Claude model constant of an unchanged module."""
    files = {
        "svc/__init__.py": "",
        "svc/config.py": 'CLAUDE_MODEL = "claude-sonnet-4-5"\nGPT_MODEL = "gpt-4.1-mini"\n',
        "svc/clients.py": '''
            from openai import OpenAI

            project = OpenAI(base_url="https://contoso.services.ai.azure.com/api/projects/p1/openai/v1")
            ''',
        "svc/route.py": '''
            from svc.clients import project
            from svc.config import GPT_MODEL


            def route(claim):
                return project.responses.create(
                    model=GPT_MODEL,
                    input=f"Contact: {claim.owner_email}",
                )
            ''',
    }

    def body(repo):
        write_files(repo, {"svc/route.py": '''
            from svc.clients import project
            from svc.config import GPT_MODEL


            def route(claim):
                return project.responses.create(
                    model=GPT_MODEL,
                    input=f"Contact: {claim.owner_email}",
                )


            def route_claude(claim):
                return project.responses.create(
                    model=CLAUDE_MODEL,
                    input=f"Contact: {claim.owner_email}",
                )
            '''.replace("import GPT_MODEL", "import CLAUDE_MODEL, GPT_MODEL")})
        sh(repo, "git", "add", "-A")
        p, got = json_findings(binary, repo, "--staged")
        return expect(p, got, [("svc/route.py", 15)], "new Claude request on the project client")
    return with_repo(files, body)


def t_staged_workspace_package_import(binary):
    """A TS monorepo: the change imports a workspace package by its package.json name (and "ai", not ours)."""
    files = {
        "packages/claude-provider/package.json": '{"name": "@acme/claude-provider", "type": "module"}\n',
        "packages/claude-provider/src/index.ts": 'export { createFoundryProvider } from "./provider.js";\n',
        "packages/claude-provider/src/provider.ts": '''
            import AnthropicFoundry from "@anthropic-ai/foundry-sdk";
            import { ClaudeModel } from "./model.js";

            export function createFoundryProvider(opts: { apiKey: string }) {
              const client = new AnthropicFoundry({ apiKey: opts.apiKey, resource: "contoso-ai" });
              const provider = (modelId: string) => new ClaudeModel(modelId, client);
              return provider;
            }
            ''',
        "apps/web/package.json": '{"name": "web", "private": true}\n',
        "apps/web/src/chat.ts": 'export const greeting = "hello";\n',
    }

    def body(repo):
        write_files(repo, {"apps/web/src/chat.ts": '''
            import { generateText } from "ai";
            import { createFoundryProvider } from "@acme/claude-provider";

            const provider = createFoundryProvider({ apiKey: process.env.KEY ?? "" });

            export async function reply(user: { email: string }) {
              return generateText({
                model: provider("claude-sonnet-4-5"),
                prompt: `Write to ${user.email}`,
              });
            }
            '''})
        sh(repo, "git", "add", "-A")
        p, got = json_findings(binary, repo, "--staged")
        return expect(p, got, [("apps/web/src/chat.ts", 9)], "provider from a workspace package")
    return with_repo(files, body)


ROUTE = '''
from svc.clients import project
from svc.config import CLAUDE_MODEL, GPT_MODEL


def route(claim):
    return project.responses.create(
        model=GPT_MODEL,
        temperature=0,
        input=f"Contact: {claim.owner_email}",
    )
'''


def t_staged_old_call_switched_to_claude(binary):
    """An old request's model line switched to Claude: what it already sent is new; other edits are not."""
    files = {
        "svc/__init__.py": "",
        "svc/config.py": 'CLAUDE_MODEL = "claude-sonnet-4-5"\nGPT_MODEL = "gpt-4.1-mini"\n',
        "svc/clients.py": '''
            from openai import OpenAI

            project = OpenAI(base_url="https://contoso.services.ai.azure.com/api/projects/p1/openai/v1")
            ''',
        "svc/route.py": ROUTE,
    }

    def body(repo):
        write_files(repo, {"svc/route.py": ROUTE.replace("model=GPT_MODEL", "model=CLAUDE_MODEL")})
        sh(repo, "git", "add", "-A")
        p, got = json_findings(binary, repo, "--staged")
        why = expect(p, got, [("svc/route.py", 9)], "model switched to Claude")
        if why:
            return why
        commit(repo, "claude", "--no-verify")
        # another argument of the same (now Claude) request edited: nothing new is sent
        write_files(repo, {"svc/route.py": ROUTE.replace("model=GPT_MODEL", "model=CLAUDE_MODEL")
                           .replace("temperature=0", "temperature=0.2")})
        sh(repo, "git", "add", "-A")
        p, got = json_findings(binary, repo, "--staged")
        return expect(p, got, [], "temperature edited in the Claude request")
    return with_repo(files, body)


def t_missing_context_blob_is_an_error(binary):
    """A blob of an unchanged module the change imports is missing: exit 2 naming it, never a pass."""
    def body(repo):
        blob = sh(repo, "git", "rev-parse", "HEAD:app/llm.py").stdout.strip()
        os.unlink(os.path.join(repo, ".git", "objects", blob[:2], blob[2:]))
        write_files(repo, {"app/jobs.py": JOBS_NEW_CALLER})
        sh(repo, "git", "add", "app/jobs.py")
        p = run_scan(binary, repo, "--staged")
        if p.returncode != 2 or "app/llm.py" not in p.stderr or len(p.stderr.strip().splitlines()) != 1:
            return f"missing blob of app/llm.py: exit {p.returncode}, stderr {p.stderr.strip()!r}"
        return None
    return with_repo(BASE_FILES, body)

# A .NET project: the typed HTTP client is registered in Program.cs with a base
# address read from appsettings.json; a service injected with it never names
# Claude.  Only the service changes: its project (the folder of the .csproj) is
# the context no import names.
DOTNET_FILES = {
    "svc/Shop.csproj": '<Project Sdk="Microsoft.NET.Sdk.Web"></Project>\n',
    "svc/appsettings.json": '{ "Foundry": { "Endpoint": "https://contoso-ai.services.ai.azure.com/anthropic/" },\n'
                            '  "Crm": { "BaseUrl": "https://api.hubapi.com/" } }\n',
    "svc/Program.cs": """var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient<ClaudeClient>(c => c.BaseAddress = new Uri(builder.Configuration["Foundry:Endpoint"]!));
builder.Services.AddHttpClient<CrmClient>(c => c.BaseAddress = new Uri(builder.Configuration["Crm:BaseUrl"]!));
builder.Build().Run();
""",
    "svc/ClaudeClient.cs": """public sealed class ClaudeClient(HttpClient http)
{
    public async Task<string> CompleteAsync(string prompt)
    {
        var body = new { model = "claude-sonnet-4-5", max_tokens = 300, messages = new[] { new { role = "user", content = prompt } } };
        using var response = await http.PostAsJsonAsync("v1/messages", body);
        return await response.Content.ReadAsStringAsync();
    }
}
""",
    "svc/CrmClient.cs": """public sealed class CrmClient(HttpClient http)
{
    public Task NoteAsync(string note) => http.PostAsJsonAsync("crm/v3/objects/notes", new { body = note });
}
""",
    "svc/Notices.cs": """public sealed class Notices(ClaudeClient claude, CrmClient crm)
{
    public async Task<string> DraftAsync(Customer customer)
    {
        var text = $"Outage notice for plan {customer.PlanCode}";
        await crm.NoteAsync(text);
        return await claude.CompleteAsync(text);
    }
}
""",
}

NOTICES_CHANGED = DOTNET_FILES["svc/Notices.cs"].replace(
    'var text = $"Outage notice for plan {customer.PlanCode}";',
    'var text = $"Outage notice for plan {customer.PlanCode}";\n'
    '        var callback = $"Call back on {customer.PhoneNumber}";\n'
    '        await crm.NoteAsync(callback);\n'
    '        await claude.CompleteAsync(callback);')


def t_staged_typed_service_of_unchanged_project(binary):
    """--staged, C#: the DI registration and configuration of an unchanged project decide the new call."""
    def body(repo):
        write_files(repo, {"svc/Notices.cs": NOTICES_CHANGED})
        sh(repo, "git", "add", "svc/Notices.cs")
        p, got = json_findings(binary, repo, "--staged")
        # line 6: the phone, sent to Claude by the typed client (line 8), not only to the CRM (line 7)
        return expect(p, got, [("svc/Notices.cs", 6)], "service injected with a typed Foundry client")
    return with_repo(DOTNET_FILES, body)


TESTS = [
    ("staged_caller_of_unchanged_helper", t_staged_caller_of_unchanged_helper),
    ("diff_caller_of_unchanged_helper", t_diff_caller_of_unchanged_helper),
    ("rev_file_with_helper_outside_the_list", t_rev_file_with_helper_outside_the_list),
    ("staged_through_package_reexport", t_staged_through_package_reexport),
    ("staged_model_constant_in_unchanged_config", t_staged_model_constant_in_unchanged_config),
    ("staged_old_call_switched_to_claude", t_staged_old_call_switched_to_claude),
    ("staged_workspace_package_import", t_staged_workspace_package_import),
    ("missing_context_blob_is_an_error", t_missing_context_blob_is_an_error),
    ("staged_typed_service_of_unchanged_project", t_staged_typed_service_of_unchanged_project),
]
