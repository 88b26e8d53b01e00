using System.Net.Http.Json;
using System.Text.Json;
using Kestrel.Billing.Infrastructure;
using Kestrel.Billing.Options;
using Microsoft.Extensions.Options;

namespace Kestrel.Billing.Services;

public sealed class InvoiceExplainerService(
    IHttpClientFactory httpClientFactory,
    IBillingRepository repo,
    IOptions<FoundryOptions> options)
{
    public async Task<string> ExplainAsync(string invoiceNumber, CancellationToken ct)
    {
        var invoice = await repo.GetInvoiceAsync(invoiceNumber, ct);
        var customer = await repo.GetCustomerAsync(invoice.CustomerId, ct);
        var lines = string.Join("\n", invoice.Lines.Select(l => $"{l.Description}: {l.Amount:C}"));

        var http = httpClientFactory.CreateClient("foundry");
        var body = new
        {
            model = options.Value.Model,
            max_tokens = 500,
            system = "Explain this broadband bill line by line, one-off charges first. " +
                     "If the customer disagrees, point them to billing-disputes@kestrelfibre.co.uk.",
            messages = new[]
            {
                new
                {
                    role = "user",
                    content = $"Account holder: {customer.FullName}\n" +
                              $"Paying from: {customer.Iban}\n" +
                              $"Invoice {invoice.Number} issued {invoice.IssuedOn:d}, total {invoice.Total:C}\n{lines}",
                },
            },
        };

        using var response = await http.PostAsJsonAsync("v1/messages", body, ct);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return doc.RootElement.GetProperty("content")[0].GetProperty("text").GetString() ?? "";
    }
}
