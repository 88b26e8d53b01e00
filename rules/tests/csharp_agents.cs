// C# (test cases): wrapper-method and di-lookup - an agent made from a client
// (AsAIAgent) is an agent on that client; a service looked up in the DI
// container is what its registration builds.
using Anthropic.Foundry;
using Microsoft.Agents.AI;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton<AnthropicClient>(_ => new AnthropicFoundryClient(new AnthropicFoundryApiKeyCredentials(Key, "contoso")));
builder.Services.AddSingleton<OpenAIClient>(_ => new OpenAIClient(Key));
var app = builder.Build();

var coach = app.Services.GetRequiredService<AnthropicClient>().AsAIAgent(model: "claude-sonnet-4-5", instructions: "Coach.");
var other = app.Services.GetRequiredService<OpenAIClient>().AsAIAgent(model: "gpt-4o", instructions: "Coach.");

async Task Suggest(Customer customer)
{
    await coach.RunAsync($"Offer for {customer.Email}"); // expect: sensitive-data/personal-field
    await other.RunAsync($"Offer for {customer.Email}");
}
