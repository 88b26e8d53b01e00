using System.Net.Http.Json;
using Kestrel.Billing.Infrastructure;

namespace Kestrel.Billing.Services;

/// <summary>Pushes marketing consent changes to HubSpot.</summary>
public sealed class ConsentSyncService(IHttpClientFactory httpClientFactory, IBillingRepository repo, ILogger<ConsentSyncService> logger)
{
    private const string NewsletterSubscriptionId = "148512357";

    public async Task SyncAsync(Guid customerId, bool optedIn, CancellationToken ct)
    {
        var customer = await repo.GetCustomerAsync(customerId, ct);
        var http = httpClientFactory.CreateClient("hubspot");
        var path = optedIn
            ? "communication-preferences/v3/subscribe"
            : "communication-preferences/v3/unsubscribe";
        var body = new
        {
            emailAddress = customer.Email,
            subscriptionId = NewsletterSubscriptionId,
            legalBasis = "CONSENT_WITH_NOTICE",
            legalBasisExplanation = $"Changed by {customer.FullName} in the customer portal",
        };
        using var response = await http.PostAsJsonAsync(path, body, ct);
        response.EnsureSuccessStatusCode();
        logger.LogInformation("Consent for {Customer} set to {OptedIn}", customerId, optedIn);
    }
}
