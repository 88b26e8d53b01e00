using Kestrel.Billing.Clients;

namespace Kestrel.Billing.Services;

/// <summary>Base for the small single-purpose assistants on the portal.</summary>
public abstract class AssistantServiceBase(ClaudeClient claude)
{
    protected abstract string SystemPrompt { get; }

    protected Task<string> AskAsync(string prompt, CancellationToken ct) =>
        claude.CompleteAsync(SystemPrompt, prompt, ct);
}
