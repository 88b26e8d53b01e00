using Azure;
using Azure.AI.OpenAI;
using OpenAI.Chat;
using Northwind.Underwriting.Models;

namespace Northwind.Underwriting.Services;

/// <summary>
/// GPT-4o risk narrator on Azure OpenAI. With modified abuse monitoring approved for
/// this subscription, Azure OpenAI keeps no prompts or completions.
/// </summary>
public sealed class OpenAiRiskNarrator
{
    private readonly ChatClient _chat;

    public OpenAiRiskNarrator(IConfiguration config)
    {
        var client = new AzureOpenAIClient(
            new Uri("https://nw-underwriting.openai.azure.com/"),
            new AzureKeyCredential(config["AzureOpenAI:Key"]!));
        _chat = client.GetChatClient("gpt-4o");
    }

    public async Task<string> NarrateAsync(Customer customer)
    {
        var prompt = $"Narrate the risk profile of {customer.FullName}, NI {customer.NationalInsuranceNumber}, DOB {customer.DateOfBirth}.";
        ChatCompletion completion = await _chat.CompleteChatAsync(prompt);
        return completion.Content[0].Text;
    }
}
