using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kestrel.Billing.Options;
using Microsoft.Extensions.Options;

namespace Kestrel.Billing.Clients;

/// <summary>
/// Thin typed client over the Messages API. Registered with AddHttpClient in Program.cs,
/// which sets the base address and the auth headers.
/// </summary>
public sealed class ClaudeClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly HttpClient _http;
    private readonly FoundryOptions _options;
    private readonly ILogger<ClaudeClient> _logger;

    public ClaudeClient(HttpClient http, IOptions<FoundryOptions> options, ILogger<ClaudeClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<string> CompleteAsync(string system, string prompt, CancellationToken ct = default)
    {
        var request = new MessagesRequest(
            Model: _options.Model,
            MaxTokens: _options.MaxTokens,
            System: system,
            Messages: [new ChatTurn("user", prompt)]);

        using var response = await _http.PostAsJsonAsync("v1/messages", request, Json, ct);
        response.EnsureSuccessStatusCode();

        var body = await response.Content.ReadFromJsonAsync<MessagesResponse>(Json, ct)
                   ?? throw new InvalidOperationException("Empty response from the model.");
        _logger.LogDebug("Model call used {InputTokens} input and {OutputTokens} output tokens",
            body.Usage.InputTokens, body.Usage.OutputTokens);
        return string.Concat(body.Content.Where(b => b.Type == "text").Select(b => b.Text));
    }

    public Task<string> ClassifyAsync(string text, IReadOnlyList<string> labels, CancellationToken ct = default)
    {
        var system = "Answer with exactly one label from this list and nothing else: " + string.Join(", ", labels);
        return CompleteAsync(system, text, ct);
    }
}

public sealed record ChatTurn(string Role, string Content);

public sealed record MessagesRequest(string Model, int MaxTokens, string System, IReadOnlyList<ChatTurn> Messages);

public sealed record MessagesResponse(string Id, IReadOnlyList<ContentBlock> Content, Usage Usage);

public sealed record ContentBlock(string Type, string? Text);

public sealed record Usage(int InputTokens, int OutputTokens);
