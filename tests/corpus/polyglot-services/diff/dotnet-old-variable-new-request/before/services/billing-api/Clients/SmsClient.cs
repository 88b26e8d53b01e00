using Kestrel.Billing.Options;
using Microsoft.Extensions.Options;

namespace Kestrel.Billing.Clients;

public sealed class SmsClient
{
    private readonly HttpClient _http;
    private readonly TwilioOptions _options;

    public SmsClient(HttpClient http, IOptions<TwilioOptions> options)
    {
        _http = http;
        _options = options.Value;
    }

    public async Task<string> SendAsync(string to, string body, CancellationToken ct = default)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["To"] = to,
            ["MessagingServiceSid"] = _options.MessagingServiceSid,
            ["Body"] = body,
        });
        using var response = await _http.PostAsync($"2010-04-01/Accounts/{_options.AccountSid}/Messages.json", form, ct);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(ct);
    }
}
