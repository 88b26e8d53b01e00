using Invoicing.Clients;
using Microsoft.Extensions.Logging;
using OpenAI.Chat;

namespace Invoicing.Services;

public sealed class InvoiceExplainer
{
    private readonly ClaudeClient _claude;
    private readonly ChatClient _gpt;
    private readonly ILogger<InvoiceExplainer> _log;

    public InvoiceExplainer(ClaudeClient claude, ChatClient gpt, ILogger<InvoiceExplainer> log)
    {
        _claude = claude;
        _gpt = gpt;
        _log = log;
    }

    public Task<string> ExplainAsync(Invoice invoice, CancellationToken ct)
    {
        _log.LogInformation("Explaining invoice {Number} for {Email}", invoice.Number, invoice.Customer.Email);
        var prompt = string.Join("\n",
            $"Invoice {invoice.Number}, total {invoice.Total:C}, due {invoice.DueDate:d}.",
            $"Billed to: {invoice.Customer.BillingAddress}",
            $"Contact: {invoice.Customer.Email}",
            $"Paid with card {invoice.Payment.CardNumber}",
            $"Lines: {string.Join("; ", invoice.Lines.Select(l => l.Description))}",
            "Explain each charge in plain English for the customer.");
        return _claude.CompleteAsync(prompt, ct);
    }

    public async Task<string> PaymentLinkBlurbAsync(Invoice invoice, CancellationToken ct)
    {
        ChatCompletion completion = await _gpt.CompleteChatAsync(
            [
                new SystemChatMessage("Write one friendly sentence inviting payment."),
                new UserChatMessage($"{invoice.Customer.FullName} owes {invoice.Total:C}; email {invoice.Customer.Email}."),
            ],
            cancellationToken: ct);
        return completion.Content[0].Text;
    }
}
