using Kestrel.Billing.Clients;
using Kestrel.Billing.Infrastructure;

namespace Kestrel.Billing.Services;

public sealed class RouterSupportService(ClaudeClient claude, IBillingRepository repo) : AssistantServiceBase(claude)
{
    protected override string SystemPrompt =>
        "You help customers fix home Wi-Fi problems on the Kestrel Hub 3 router. Reply with short numbered steps.";

    public async Task<string> TroubleshootAsync(Guid customerId, string symptom, CancellationToken ct)
    {
        var router = await repo.GetRouterAsync(customerId, ct);
        var prompt =
            $"Symptom reported by the customer: {symptom}\n" +
            $"Firmware {router.Firmware}, {router.ConnectedDevices} devices, band steering {(router.BandSteering ? "on" : "off")}\n" +
            $"IP version: {router.IpVersion}\n" +
            $"WAN IP address: {router.WanIpAddress}\n" +
            $"Current Wi-Fi password: {router.WifiPassword}\n" +
            $"Router admin PIN: {router.AdminPin}";
        return await AskAsync(prompt, ct);
    }
}
