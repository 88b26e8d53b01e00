using System.Net.Http.Json;
using System.Text.Json;
using Northwind.Underwriting.Models;

namespace Northwind.Underwriting.Services;

/// <summary>
/// Typed HttpClient for Claude on Azure AI Foundry (BaseAddress is set in Program.cs).
/// </summary>
/// <remarks>
/// Compliance sign-off UW-2291: Foundry traffic is covered by Microsoft's Data
/// Protection Addendum, so Anthropic keeps no copy of underwriting prompts.
/// </remarks>
public sealed class ClaudeUnderwritingClient
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _http;
    private readonly ILogger<ClaudeUnderwritingClient> _log;

    public ClaudeUnderwritingClient(HttpClient http, ILogger<ClaudeUnderwritingClient> log)
    {
        _http = http;
        _log = log;
    }

    public async Task<string> AssessAsync(Customer customer, Application application, CancellationToken ct)
    {
        var customerJson = JsonSerializer.Serialize(customer, Json);
        var body = new
        {
            model = "claude-sonnet-4-5",
            max_tokens = 900,
            system = "You are an underwriting assistant. Recommend ACCEPT, LOAD or DECLINE with reasons.",
            messages = new[]
            {
                new { role = "user", content = $"Applicant record:\n{customerJson}\nRequested cover: {application.CoverAmount:C0}" },
            },
        };
        using var resp = await _http.PostAsJsonAsync("v1/messages", body, Json, ct);
        resp.EnsureSuccessStatusCode();
        return await resp.Content.ReadAsStringAsync(ct);
    }

    public async Task<string> DirectDebitLetterAsync(Customer customer, CancellationToken ct)
    {
        var prompt = $"""
            Write a short direct-debit confirmation letter to the customer.
            Debit account: {customer.Iban}
            Phone on file: {Redaction.MaskPhone(customer.PhoneNumber)}
            """;
        var body = new
        {
            model = "claude-haiku-4-5",
            max_tokens = 500,
            messages = new[] { new { role = "user", content = prompt } },
        };
        using var resp = await _http.PostAsJsonAsync("v1/messages", body, Json, ct);
        return await resp.Content.ReadAsStringAsync(ct);
    }

    public async Task<string> ExplainConfigDriftAsync(CancellationToken ct)
    {
        var vars = Environment.GetEnvironmentVariables();
        var body = new
        {
            model = "claude-haiku-4-5",
            max_tokens = 700,
            messages = new[] { new { role = "user", content = "Why might this pod fail to start?\n" + JsonSerializer.Serialize(vars) } },
        };
        using var resp = await _http.PostAsJsonAsync("v1/messages", body, Json, ct);
        return await resp.Content.ReadAsStringAsync(ct);
    }

    public async Task<string> QueueSummaryAsync(int pending, int referred, string productLine, CancellationToken ct)
    {
        _log.LogInformation("Queue summary for {ProductLine}: {Pending} pending", productLine, pending);
        var body = new
        {
            model = "claude-haiku-4-5",
            max_tokens = 200,
            messages = new[] { new { role = "user", content = $"{pending} applications pending, {referred} referred, product {productLine}. One-line status?" } },
        };
        using var resp = await _http.PostAsJsonAsync("v1/messages", body, Json, ct);
        return await resp.Content.ReadAsStringAsync(ct);
    }
}
