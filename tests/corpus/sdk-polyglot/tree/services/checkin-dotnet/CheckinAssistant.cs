using System.Text.Json;
using Anthropic.Foundry;
using Anthropic.Models.Messages;

namespace SkyRoute.Checkin;

public sealed class CheckinAssistant
{
    private readonly AnthropicFoundryClient _client;

    public CheckinAssistant(string resource, string apiKey)
    {
        _client = new AnthropicFoundryClient(new AnthropicFoundryApiKeyCredentials(apiKey, resource));
    }

    /// <summary>
    /// Checks the APIS data before online check-in. Claude runs as a Foundry
    /// deployment, so Microsoft's Azure privacy terms cover these calls and
    /// no passenger data is retained by the model provider.
    /// </summary>
    public async Task<string> ValidateApisAsync(Passenger p)
    {
        var text = $"""
            Check these advance passenger details for format problems:
            Surname: {p.Surname}
            Given name: {p.GivenName}
            Date of birth: {p.DateOfBirth:yyyy-MM-dd}
            Passport: {p.PassportNumber}
            Seat preference: {p.SeatPreference}
            """;

        var response = await _client.Messages.Create(new MessageCreateParams
        {
            Model = "claude-sonnet-4-5",
            MaxTokens = 512,
            Messages = [new() { Role = Role.User, Content = text }],
        });
        return response.Content[0].Text;
    }

    public async Task<string> ExplainDeniedBoardingAsync(Passenger passenger, string reason)
    {
        var payload = JsonSerializer.Serialize(passenger);
        var parameters = new MessageCreateParams
        {
            Model = "claude-sonnet-4-5",
            MaxTokens = 700,
            System = "You explain airline boarding decisions in plain language.",
            Messages = [new() { Role = Role.User, Content = $"Reason: {reason}. Passenger record: {payload}" }],
        };
        var response = await _client.Messages.Create(parameters);
        return response.Content[0].Text;
    }

    public async Task<string> SeatTipAsync(Passenger p)
    {
        var response = await _client.Messages.Create(new MessageCreateParams
        {
            Model = "claude-haiku-4-5",
            MaxTokens = 200,
            Metadata = new() { UserID = p.BookingRef },
            Messages = [new() { Role = Role.User, Content = $"Suggest a seat for someone who prefers {p.SeatPreference}." }],
        });
        return response.Content[0].Text;
    }
}
