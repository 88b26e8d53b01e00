using Kestrel.Billing.Clients;
using Kestrel.Billing.Infrastructure;

namespace Kestrel.Billing.Services;

public sealed class OutageNoticeService(
    ClaudeClient claude,
    SmsClient sms,
    IBillingRepository repo,
    ILogger<OutageNoticeService> logger)
{
    private const string NoticeSystem =
        "Write one friendly SMS of at most 300 characters. No links, no emojis, sign off as Kestrel Fibre.";

    private static readonly string[] Zones = ["inside-area", "edge-of-area", "outside-area"];

    public async Task<int> NotifyAffectedCustomersAsync(string outageId, CancellationToken ct)
    {
        var outage = await repo.GetOutageAsync(outageId, ct);
        var customers = await repo.GetCustomersBehindCabinetAsync(outage.CabinetId, ct);
        var eta = outage.Eta is { } e ? e.ToString("HH:mm") : "not known yet";
        var sent = 0;

        foreach (var customer in customers)
        {
            var zone = await claude.ClassifyAsync(
                $"Billing address: {customer.BillingAddress}; outage area: {outage.Area}",
                Zones,
                ct);
            if (zone == "outside-area")
            {
                continue;
            }

            var text = await claude.CompleteAsync(
                NoticeSystem,
                $"Customer first name: {customer.FirstName}. Outage in {outage.Area}, expected fix {eta}.",
                ct);
            await sms.SendAsync(customer.PhoneNumber, text, ct);
            sent++;
        }

        logger.LogInformation("Outage {OutageId}: notified {Count} customers", outageId, sent);
        return sent;
    }

    public async Task ConfirmCallbackAsync(Guid customerId, DateTimeOffset slot, CancellationToken ct)
    {
        var customer = await repo.GetCustomerAsync(customerId, ct);
        var confirmation = $"Kestrel Fibre: a technician will call {customer.PhoneNumber} at {slot:t} on {slot:dddd}.";
        confirmation = await claude.CompleteAsync(NoticeSystem, "Rewrite this more warmly: " + confirmation, ct);
        await sms.SendAsync(customer.PhoneNumber, confirmation, ct);
        logger.LogInformation("Callback confirmation sent to {Phone}", Redaction.MaskPhone(customer.PhoneNumber));
    }
}
