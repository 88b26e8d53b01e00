// C# (test cases): headers on an HttpRequestMessage authenticate the request; they are not its content.
using System.Net.Http.Json;

public sealed class NoteWriter
{
    private readonly HttpClient _http;
    private readonly string _apiKey;

    public async Task<string> WriteAsync(Chargeback chargeback, Customer customer)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://contoso.services.ai.azure.com/anthropic/v1/messages");
        request.Headers.Add("x-api-key", _apiKey);
        request.Headers.Add("X-Customer-Email", customer.Email);
        request.Headers.TryAddWithoutValidation("anthropic-version", "2023-06-01");
        request.Content = JsonContent.Create(new
        {
            model = "claude-sonnet-4-5",
            max_tokens = 400,
            messages = new[] { new { role = "user", content = $"Cardholder: {chargeback.CardholderName}" } }, // expect: sensitive-data/payment-field
        });
        using var response = await _http.SendAsync(request);
        return "";
    }
}
