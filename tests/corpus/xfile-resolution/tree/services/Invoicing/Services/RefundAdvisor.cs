using Invoicing.Clients;

namespace Invoicing.Services;

public interface IEmailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken ct);
}

/// <summary>Suggests whether a refund request can be approved without a manager.</summary>
public sealed class RefundAdvisor(ClaudeClient claude, IEmailSender mail)
{
    public async Task<string> AdviseAsync(RefundRequest request, CancellationToken ct)
    {
        var facts = $"""
            Refund of {request.Amount:C} requested for invoice {request.InvoiceNumber}.
            Reason given: {request.Reason}
            Refund to IBAN: {request.Iban}
            Customer e-mail: {request.Customer.Email}
            Answer APPROVE or ESCALATE and one sentence why.
            """;
        var advice = await claude.CompleteAsync(facts, ct);
        await mail.SendAsync(request.Customer.Email, $"Your refund for {request.InvoiceNumber}", advice, ct);
        return advice;
    }
}
