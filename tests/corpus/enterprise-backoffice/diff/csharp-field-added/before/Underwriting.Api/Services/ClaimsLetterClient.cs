using System.Net.Http.Json;
using Northwind.Underwriting.Models;

namespace Northwind.Underwriting.Services;

public sealed class ClaimsLetterClient(HttpClient http)
{
    private const string MessagesUrl = "https://nw-underwriting.services.ai.azure.com/anthropic/v1/messages";

    public async Task<string> SettlementLetterAsync(Customer customer, decimal amount, CancellationToken ct)
    {
        var prompt = "Write a settlement letter for a payment of " + amount.ToString("C")
            + " to account " + customer.Iban
            + ".";
        var body = new
        {
            model = "claude-haiku-4-5",
            max_tokens = 600,
            messages = new[] { new { role = "user", content = prompt } },
        };
        using var resp = await http.PostAsJsonAsync(MessagesUrl, body, ct);
        return await resp.Content.ReadAsStringAsync(ct);
    }
}
