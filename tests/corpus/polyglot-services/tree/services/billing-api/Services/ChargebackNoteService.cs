using System.Net.Http.Json;
using System.Text.Json;
using Kestrel.Billing.Infrastructure;
using Kestrel.Billing.Options;
using Microsoft.Extensions.Options;

namespace Kestrel.Billing.Services;

/// <summary>Writes the internal note the payments team attaches to a card chargeback case.</summary>
public sealed class ChargebackNoteService
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IBillingRepository _repo;
    private readonly FoundryOptions _foundry;
    private readonly string _apiKey;

    public ChargebackNoteService(
        IHttpClientFactory httpClientFactory,
        IBillingRepository repo,
        IOptions<FoundryOptions> foundry,
        IConfiguration configuration)
    {
        _httpClientFactory = httpClientFactory;
        _repo = repo;
        _foundry = foundry.Value;
        _apiKey = configuration["Foundry:ApiKey"] ?? throw new InvalidOperationException("Foundry:ApiKey is not set.");
    }

    public async Task<string> WriteNoteAsync(string caseId, CancellationToken ct)
    {
        var chargeback = await _repo.GetChargebackAsync(caseId, ct);
        var http = _httpClientFactory.CreateClient();

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(_foundry.Endpoint), "v1/messages"));
        request.Headers.Add("x-api-key", _apiKey);
        request.Headers.Add("anthropic-version", "2023-06-01");
        request.Content = JsonContent.Create(new
        {
            model = _foundry.Model,
            max_tokens = 400,
            messages = new[]
            {
                new
                {
                    role = "user",
                    content = $"Chargeback {chargeback.CaseId}, reason code {chargeback.ReasonCode}, amount {chargeback.Amount:C}.\n" +
                              $"Card: {chargeback.CardBrand} ending {chargeback.CardLast4}\n" +
                              $"Cardholder: {chargeback.CardholderName}\n" +
                              $"Acquirer says: {chargeback.AcquirerMessage}\n" +
                              "Write a neutral internal note and say whether to accept or represent.",
                },
            },
        });

        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return doc.RootElement.GetProperty("content")[0].GetProperty("text").GetString() ?? "";
    }
}
