using Kestrel.Billing.Clients;
using Kestrel.Billing.Infrastructure;
using Microsoft.Agents.AI;

namespace Kestrel.Billing.Services;

public sealed record RetentionSuggestion(Guid CustomerId, string Suggestion);

public sealed class RetentionOfferService(AIAgent coach, CrmClient crm, IBillingRepository repo)
{
    public async Task<RetentionSuggestion> SuggestOfferAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await repo.GetCustomerAsync(customerId, ct);
        var usage = await repo.GetUsageAsync(customerId, 6, ct);
        var averageDownload = usage.Count == 0 ? 0 : usage.Average(u => u.DownloadGb);

        // Threads are ephemeral: one per request, never persisted on our side.
        AgentThread thread = coach.GetNewThread();
        var question =
            $"Customer: {customer.FullName}\n" +
            $"Plan {customer.PlanCode}, customer since {customer.CustomerSince:yyyy}, " +
            $"average download {averageDownload:F0} GB a month, {usage.Sum(u => u.PeakHourDrops)} peak-hour drops.\n" +
            $"Reply-to address for the offer: {customer.Email}";
        var response = await coach.RunAsync(question, thread, cancellationToken: ct);

        await crm.UpsertContactAsync(customer, "retention-review", ct);
        await crm.AddNoteAsync(customer.Id.ToString(), $"Retention suggestion for {customer.Email}: {response.Text}", ct);
        return new RetentionSuggestion(customer.Id, response.Text);
    }
}
