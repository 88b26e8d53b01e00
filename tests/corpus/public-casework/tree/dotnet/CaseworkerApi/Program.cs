using System.Net.Http.Json;
using System.Net.Mail;
using System.Text.Json;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddHttpClient("foundry", c =>
{
    c.BaseAddress = new Uri($"https://{builder.Configuration["Foundry:Resource"]}.services.ai.azure.com/anthropic/");
    c.DefaultRequestHeaders.Add("api-key", builder.Configuration["Foundry:ApiKey"]);
    c.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
});
var app = builder.Build();

// Claude on Foundry is billed through Azure, and Microsoft's enterprise
// privacy commitments mean requests are not retained after processing.
app.MapPost("/appeals/summary", async (AppealCase appeal, IHttpClientFactory factory) =>
{
    var http = factory.CreateClient("foundry");
    var body = new
    {
        model = "claude-sonnet-4-5",
        max_tokens = 900,
        messages = new[]
        {
            new
            {
                role = "user",
                content = $"Appeal {appeal.CaseRef}. Grounds: {appeal.Grounds}\n" +
                          $"Claimant SSN {appeal.Ssn}\n" +
                          $"Diagnosis: {appeal.Diagnosis}",
            },
        },
    };
    var resp = await http.PostAsJsonAsync("v1/messages", body);
    var json = await resp.Content.ReadFromJsonAsync<JsonElement>();
    return Results.Ok(json.GetProperty("content")[0].GetProperty("text").GetString());
});

// Triage uses only the case reference and the appeal grounds.
app.MapPost("/appeals/triage", async (AppealCase appeal, IHttpClientFactory factory) =>
{
    var http = factory.CreateClient("foundry");
    var body = new
    {
        model = "claude-haiku-4-5",
        max_tokens = 200,
        messages = new[] { new { role = "user", content = $"Triage appeal {appeal.CaseRef}: {appeal.Grounds}" } },
    };
    var resp = await http.PostAsJsonAsync("v1/messages", body);
    using var smtp = new SmtpClient("smtp.jbs.internal");
    smtp.Send("cwa@jbs.gov.example", appeal.Email, "Your appeal was received", $"Reference {appeal.CaseRef}");
    return Results.Ok(await resp.Content.ReadAsStringAsync());
});

app.Run();

record AppealCase(string CaseRef, string Grounds, string Ssn, string Diagnosis, string Email);
