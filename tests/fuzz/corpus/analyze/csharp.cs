// C# (test cases): the Anthropic.Foundry SDK and HttpClient.
using Anthropic.Foundry;

public class Narrator
{
    private readonly AnthropicFoundryClient _client = new AnthropicFoundryClient(new AnthropicFoundryApiKeyCredentials(Key, "contoso"));
    private readonly HttpClient _http;
    private string Url => "https://contoso.services.ai.azure.com/anthropic/v1/messages";

    public async Task Write(Patient patient)
    {
        await _client.Messages.Create(new MessageCreateParams
        {
            Model = "claude-sonnet-4-5",
            MaxTokens = 300,
            Messages = [new() { Role = Role.User, Content = $"Born {patient.DateOfBirth:yyyy-MM-dd}" }], // expect: sensitive-data/personal-field
        });
        var body = new { model = "m", messages = new[] { new { role = "user", content = patient.Ssn } } }; // expect: sensitive-data/government-id-field
        await _http.PostAsJsonAsync(Url, body);
    }
}
