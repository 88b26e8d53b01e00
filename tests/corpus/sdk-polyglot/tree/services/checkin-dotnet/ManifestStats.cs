using System.Security.Cryptography;
using System.Text;
using Anthropic.Foundry;
using Anthropic.Models.Messages;

namespace SkyRoute.Checkin;

// Claude on Foundry is a partner model: Anthropic, not Microsoft, processes
// these prompts and may keep them for a limited period. Azure's ZDR does not
// apply, so only counts and hashes go into the prompt below.
public sealed class ManifestStats(AnthropicFoundryClient client)
{
    private static string HashPassport(string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..12];

    public async Task<string> SummariseAsync(IReadOnlyList<Passenger> passengers, string flight)
    {
        var nationalities = passengers.Select(p => p.Nationality).Distinct().Count();
        var duplicates = passengers
            .GroupBy(p => HashPassport(p.PassportNumber))
            .Where(g => g.Count() > 1)
            .Select(g => g.Key);

        var prompt = $"Flight {flight}: {passengers.Count} passengers, {nationalities} nationalities. " +
                     $"Duplicate document fingerprints: {string.Join(", ", duplicates)}.";

        var response = await client.Messages.Create(new MessageCreateParams
        {
            Model = "claude-haiku-4-5",
            MaxTokens = 300,
            Messages = [new() { Role = Role.User, Content = prompt }],
        });
        return response.Content[0].Text;
    }

    public async Task<string> TemplateAsync()
    {
        var response = await client.Messages.Create(new MessageCreateParams
        {
            Model = "claude-haiku-4-5",
            MaxTokens = 300,
            Messages = [new() { Role = Role.User, Content = "Write a check-in reminder for passport XX0000000, contact traveller@example.com." }],
        });
        return response.Content[0].Text;
    }
}
