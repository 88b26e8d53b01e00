using Northwind.Underwriting.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.Configure<FoundryOptions>(builder.Configuration.GetSection("Foundry"));

// Typed client for the Claude deployment on Azure AI Foundry. Traffic goes over the
// private endpoint, so applicant data never leaves our Azure tenant.
builder.Services.AddHttpClient<ClaudeUnderwritingClient>(client =>
{
    client.BaseAddress = new Uri("https://nw-underwriting.services.ai.azure.com/anthropic/");
    client.DefaultRequestHeaders.Add("api-key", builder.Configuration["Foundry:ApiKey"]);
    client.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
    client.Timeout = TimeSpan.FromSeconds(90);
});

builder.Services.AddSingleton<OpenAiRiskNarrator>();

var app = builder.Build();
app.MapControllers();
app.Run();
