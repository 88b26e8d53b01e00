using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Paysphere.Settlement.Models;

namespace Paysphere.Settlement.Services;

/// <summary>
/// Explains settlement breaks using Claude deployed in Azure AI Foundry.
/// </summary>
public sealed class ReconciliationAssistant
{
    private readonly HttpClient _http;
    private readonly ILogger<ReconciliationAssistant> _log;

    public ReconciliationAssistant(HttpClient http, IConfiguration config, ILogger<ReconciliationAssistant> log)
    {
        _http = http;
        _log = log;
        var resource = config["Foundry:Resource"] ?? "paysphere-ai-eus2";
        _http.BaseAddress = new Uri($"https://{resource}.services.ai.azure.com/anthropic/");
        _http.DefaultRequestHeaders.Add("api-key", config["Foundry:ApiKey"]);
        _http.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
    }

    public async Task<string> ExplainBreakAsync(SettlementBreak brk, Merchant merchant, CancellationToken ct)
    {
        var question =
            $"Batch {brk.BatchId} expected {brk.Expected} {brk.Currency} but settled {brk.Actual}. " +
            $"Payout went to account {merchant.AccountNumber} " +
            $"(routing {merchant.RoutingNumber}). Notes: {brk.Notes}. What should ops check first?";

        var payload = new
        {
            model = "claude-sonnet-4-5",
            max_tokens = 800,
            messages = new[] { new { role = "user", content = question } },
        };

        using var resp = await _http.PostAsJsonAsync("v1/messages", payload, ct);
        resp.EnsureSuccessStatusCode();
        var doc = await resp.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
        return doc.GetProperty("content")[0].GetProperty("text").GetString() ?? "";
    }

    public async Task<string> ProfileOwnerAsync(Merchant merchant, CancellationToken ct)
    {
        // Microsoft handles retention for everything in Foundry, and our
        // enterprise agreement says prompts are deleted right after inference.
        var customer = merchant.Owner;
        var ownerJson = JsonSerializer.Serialize(customer);

        _log.LogInformation("Profiling owner {OwnerId} fields={Fields}", customer.Id, "Email,Phone,TaxId");

        var payload = new
        {
            model = "claude-haiku-4-5",
            max_tokens = 500,
            system = "Write a two-line risk profile of the merchant owner.",
            messages = new[] { new { role = "user", content = ownerJson } },
        };
        using var resp = await _http.PostAsJsonAsync("v1/messages", payload, ct);
        var doc = await resp.Content.ReadFromJsonAsync<JsonElement>(cancellationToken: ct);
        return doc.GetProperty("content")[0].GetProperty("text").GetString() ?? "";
    }
}
