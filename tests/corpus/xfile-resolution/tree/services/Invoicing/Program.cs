using System.ClientModel;
using Azure.AI.OpenAI;
using Invoicing.Clients;
using Invoicing.Services;

var builder = Host.CreateApplicationBuilder(args);
var config = builder.Configuration;

builder.Services.Configure<FoundryOptions>(config.GetSection("Foundry"));

// Claude on Foundry through a typed HttpClient; the key header is added once here.
builder.Services.AddHttpClient<ClaudeClient>(http =>
{
    http.BaseAddress = new Uri(config["Foundry:Endpoint"]!);
    http.DefaultRequestHeaders.Add("api-key", config["FOUNDRY_API_KEY"]);
    http.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
});

// GPT-4o for the short payment-link blurb.
builder.Services.AddSingleton(_ =>
    new AzureOpenAIClient(
        new Uri(config["AzureOpenAI:Endpoint"]!),
        new ApiKeyCredential(config["AZURE_OPENAI_API_KEY"]!))
    .GetChatClient(config["AzureOpenAI:Deployment"]));

builder.Services.AddScoped<InvoiceExplainer>();
builder.Services.AddHostedService<InvoiceWorker>();

builder.Build().Run();
