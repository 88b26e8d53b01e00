using System.Net.Http.Json;
using System.Text;

namespace Northwind.Underwriting.Services;

/// <summary>
/// One-off helper from the 2025 migration: asks Claude (Foundry) to review our
/// configuration. Kept for the ops team.
/// </summary>
public static class ClaudeOpsDigest
{
    private const string MessagesUrl = "https://nw-underwriting.services.ai.azure.com/anthropic/v1/messages";

    public static async Task<string> ReviewConfigAsync(HttpClient http)
    {
        var devSettings = await File.ReadAllTextAsync("appsettings.Development.json");
        var pfx = Convert.ToBase64String(await File.ReadAllBytesAsync("certs/underwriting-client.pfx"));
        var legacyDb = "Server=tcp:nw-uw-sql.database.windows.net,1433;Database=underwriting;User ID=uw_admin;Password=Tr4ns1t!onW1nter24;Encrypt=True;";
        var text = new StringBuilder()
            .AppendLine("Review these settings for misconfiguration:")
            .AppendLine(devSettings)
            .AppendLine("Client certificate (base64):")
            .AppendLine(pfx)
            .AppendLine("Legacy database:")
            .AppendLine(legacyDb)
            .ToString();
        var body = new
        {
            model = "claude-sonnet-4-5",
            max_tokens = 1500,
            messages = new[] { new { role = "user", content = text } },
        };
        using var resp = await http.PostAsJsonAsync(MessagesUrl, body);
        return await resp.Content.ReadAsStringAsync();
    }
}
