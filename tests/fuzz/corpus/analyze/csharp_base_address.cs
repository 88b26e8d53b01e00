// C# (test cases): an HttpClient whose BaseAddress is the Foundry endpoint.
public sealed class ReconciliationAssistant
{
    private readonly HttpClient _http;

    public ReconciliationAssistant(HttpClient http)
    {
        _http = http;
        _http.BaseAddress = new Uri("https://contoso.services.ai.azure.com/anthropic/");
    }

    public async Task<string> Explain(Merchant merchant)
    {
        var q = $"Account {merchant.AccountNumber} is out of balance"; // expect: sensitive-data/payment-field
        var payload = new { model = "claude-haiku-4-5", max_tokens = 200, messages = new[] { new { role = "user", content = q } } };
        using var resp = await _http.PostAsJsonAsync("v1/messages", payload);
        return await resp.Content.ReadAsStringAsync();
    }
}
