using System.Net.Http.Json;
using System.Text.Json;
using Kestrel.Billing.Options;
using Microsoft.Extensions.Options;

namespace Kestrel.Billing.Clients;

/// <summary>
/// Marketing copy generator on our Azure OpenAI resource (gpt-4o-mini deployment).
/// Abuse monitoring is switched off for this Azure OpenAI resource (modified abuse
/// monitoring approved in March), so these prompts are not stored by Microsoft.
/// </summary>
public sealed class PlanCopyClient
{
    private readonly HttpClient _http;
    private readonly AzureOpenAIOptions _options;

    public PlanCopyClient(HttpClient http, IOptions<AzureOpenAIOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    public async Task<string> CompleteAsync(string system, string prompt, CancellationToken ct = default)
    {
        var body = new
        {
            messages = new object[]
            {
                new { role = "system", content = system },
                new { role = "user", content = prompt },
            },
            max_tokens = 400,
            temperature = 0.7,
        };
        var path = $"openai/deployments/{_options.Deployment}/chat/completions?api-version={_options.ApiVersion}";
        using var response = await _http.PostAsJsonAsync(path, body, ct);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return doc.RootElement.GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString() ?? "";
    }
}
