// C# (test cases): a response or chat client of a Foundry project's OpenAI endpoint serves Claude with a Claude model; with a GPT model it does not.
using OpenAI;
using OpenAI.Responses;

public sealed class Drafts
{
    public async Task Draft(Customer customer, string key)
    {
        var options = new OpenAIClientOptions { Endpoint = new Uri("https://contoso.services.ai.azure.com/api/projects/p/openai/v1") };
        var claude = new OpenAIResponseClient("claude-haiku-4-5", new ApiKeyCredential(key), options);
        await claude.CreateResponseAsync($"Reply to {customer.FirstName}"); // expect: sensitive-data/personal-field
        var gpt = new OpenAIResponseClient("gpt-4o", new ApiKeyCredential(key), options);
        await gpt.CreateResponseAsync($"Reply to {customer.FirstName}");
    }
}

// Target-typed construction: the declared type is the client's.
public sealed class TypedDrafts
{
    public void Draft(Customer customer, string key)
    {
        OpenAIClientOptions options = new() { Endpoint = new Uri("https://contoso.services.ai.azure.com/api/projects/p/openai") };
        OpenAIResponseClient claude = new(model: "claude-sonnet-4-5", credential: new ApiKeyCredential(key), options: options);
        claude.CreateResponse($"Reply to {customer.FirstName}"); // expect: sensitive-data/personal-field
        OpenAIResponseClient gpt = new(model: "gpt-4.1", credential: new ApiKeyCredential(key), options: options);
        gpt.CreateResponse($"Reply to {customer.FirstName}");
    }
}
