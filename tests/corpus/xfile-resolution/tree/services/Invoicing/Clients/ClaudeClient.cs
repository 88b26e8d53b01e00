using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Invoicing.Clients;

public sealed class FoundryOptions
{
    public string Endpoint { get; set; } = "";
    public string Deployment { get; set; } = "";
}

public sealed class ClaudeClient
{
    private readonly HttpClient _http;
    private readonly FoundryOptions _options;

    public ClaudeClient(HttpClient http, IOptions<FoundryOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    public async Task<string> CompleteAsync(string prompt, CancellationToken ct = default)
    {
        var body = new
        {
            model = _options.Deployment,
            max_tokens = 600,
            messages = new[] { new { role = "user", content = prompt } },
        };
        using var response = await _http.PostAsJsonAsync("v1/messages", body, ct);
        response.EnsureSuccessStatusCode();
        var reply = await response.Content.ReadFromJsonAsync<MessageReply>(cancellationToken: ct);
        return reply?.Content.FirstOrDefault()?.Text ?? "";
    }

    private sealed record MessageReply([property: JsonPropertyName("content")] List<Block> Content);
    private sealed record Block([property: JsonPropertyName("text")] string? Text);
}
