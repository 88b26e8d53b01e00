using Kestrel.Billing.Clients;
using Kestrel.Billing.Infrastructure;

namespace Kestrel.Billing.Services;

public sealed record PlanCopy(string PlanCode, string Headline, string Body);

public sealed class PlanDescriptionService(PlanCopyClient copywriter, IBillingRepository repo)
{
    private const string CopySystem = "You write upbeat, honest broadband marketing copy for Kestrel Fibre. UK English.";

    public async Task<PlanCopy> DescribeAsync(string planCode, CancellationToken ct)
    {
        var notice = await repo.GetNoticeSettingsAsync("plan-launch", ct);
        var body = await copywriter.CompleteAsync(
            CopySystem,
            $"Describe plan {planCode} in 60 words. Card layout: {notice.CardLayout}.",
            ct);
        return new PlanCopy(planCode, planCode.ToUpperInvariant(), body);
    }

    public async Task<string> PersonalizedUpgradePitchAsync(Guid customerId, string targetPlan, CancellationToken ct)
    {
        var customer = await repo.GetCustomerAsync(customerId, ct);
        var prompt =
            $"Write a two-line upgrade pitch to {targetPlan} for {customer.FullName}, " +
            $"born {customer.DateOfBirth:yyyy}, " +
            $"who can be reached at {customer.Email}.";
        return await copywriter.CompleteAsync(CopySystem, prompt, ct);
    }
}
