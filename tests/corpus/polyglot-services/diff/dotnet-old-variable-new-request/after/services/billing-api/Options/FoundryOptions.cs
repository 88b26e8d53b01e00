namespace Kestrel.Billing.Options;

public sealed class FoundryOptions
{
    public string Endpoint { get; set; } = "";
    public string Resource { get; set; } = "";
    public string Model { get; set; } = "claude-sonnet-4-5";
    public int MaxTokens { get; set; } = 1024;
}

public sealed class TwilioOptions
{
    public string BaseUrl { get; set; } = "https://api.twilio.com/";
    public string AccountSid { get; set; } = "";
    public string MessagingServiceSid { get; set; } = "";
}

public sealed class AzureOpenAIOptions
{
    public string Endpoint { get; set; } = "";
    public string Deployment { get; set; } = "gpt-4o-mini";
    public string ApiVersion { get; set; } = "2024-10-21";
}
