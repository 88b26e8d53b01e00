using Kestrel.Billing.Clients;
using Kestrel.Billing.Infrastructure;

namespace Kestrel.Billing.Services;

public sealed class UsageInsightService(ClaudeClient claude, IBillingRepository repo)
{
    public async Task<string> ExplainUsageAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await repo.GetCustomerAsync(customerId, ct);
        var usage = await repo.GetUsageAsync(customerId, 3, ct);
        var notice = await repo.GetNoticeSettingsAsync("usage", ct);

        var rows = string.Join("\n", usage.Select(u =>
            $"{u.Month}: {u.DownloadGb:F1} GB down, {u.UploadGb:F1} GB up, {u.PeakHourDrops} drops"));
        var prompt =
            $"Subscriber ref: {Redaction.HashEmail(customer.Email)}\n" +
            $"Email template: {notice.EmailTemplateId}; card layout: {notice.CardLayout}\n" +
            $"Password policy shown on the portal: {notice.PasswordPolicy}\n" +
            $"Verified email on file: {customer.IsEmailVerified}\n" +
            $"Usage:\n{rows}";

        return await claude.CompleteAsync("Explain the usage trend in plain English, in three sentences.", prompt, ct);
    }
}
