using Azure;
using Azure.AI.OpenAI;
using OpenAI.Chat;
using Paysphere.Settlement.Models;

namespace Paysphere.Settlement.Services;

/// <summary>
/// Writes the month-end memo to the merchant with GPT-4o on Azure OpenAI.
/// This resource is an Azure Direct Model with modified abuse monitoring
/// approved (ContentLogging=false), so Microsoft keeps no prompts for it.
/// </summary>
public sealed class GptMemoWriter
{
    private readonly ChatClient _chat;

    public GptMemoWriter(IConfiguration config)
    {
        var client = new AzureOpenAIClient(
            new Uri("https://paysphere-oai.openai.azure.com/"),
            new AzureKeyCredential(config["AzureOpenAI:Key"]!));
        _chat = client.GetChatClient("gpt-4o-memo");
    }

    public async Task<string> WriteMemoAsync(Merchant merchant, decimal volume)
    {
        var prompt =
            $"Month-end memo for {merchant.LegalName}. Volume {volume:C}. " +
            $"Payouts settle to account {merchant.AccountNumber}, routing {merchant.RoutingNumber}. " +
            $"Owner contact: {merchant.Owner.Email}, {merchant.Owner.Phone}.";
        ChatCompletion completion = await _chat.CompleteChatAsync(
            new SystemChatMessage("You write short, friendly merchant memos."),
            new UserChatMessage(prompt));
        return completion.Content[0].Text;
    }
}
