using System.Text.Json;
using Anthropic;
using Anthropic.Models.Messages;
using Kestrel.Billing.Infrastructure;
using Kestrel.Billing.Options;
using Microsoft.Extensions.Options;

namespace Kestrel.Billing.Services;

public sealed record PaymentPlanProposal(int Months, decimal Monthly, string Note);

public sealed class PaymentPlanService
{
    private readonly AnthropicClient _anthropic;
    private readonly IBillingRepository _repo;
    private readonly string _model;

    public PaymentPlanService(AnthropicClient anthropic, IBillingRepository repo, IOptions<FoundryOptions> options)
    {
        _anthropic = anthropic;
        _repo = repo;
        _model = options.Value.Model;
    }

    public async Task<PaymentPlanProposal> ProposeAsync(Guid customerId, CancellationToken ct)
    {
        var customer = await _repo.GetCustomerAsync(customerId, ct);
        var overdue = await _repo.GetOverdueInvoicesAsync(customerId, ct);
        var owed = overdue.Sum(i => i.AmountDue);

        // Customers over 75 qualify for the extended hardship terms, hence the birth date.
        // Fine to send: with our Azure abuse-monitoring opt-out the model provider does not log
        // or retain these requests.
        var parameters = new MessageCreateParams
        {
            Model = _model,
            MaxTokens = 600,
            System = "Propose an affordable payment plan of 3 to 12 months. Reply only with JSON: {\"months\":n,\"monthly\":x,\"note\":\"...\"}",
            Messages =
            [
                new()
                {
                    Role = Role.User,
                    Content = $"Overdue invoices: {overdue.Count}, total owed {owed:C}. " +
                              $"Direct debit account: {Redaction.MaskIban(customer.Iban)}. " +
                              $"Date of birth: {customer.DateOfBirth:yyyy-MM-dd}.",
                },
            ],
        };

        var message = await _anthropic.Messages.Create(parameters, ct);
        var text = string.Concat(message.Content.Select(block => block.Value is TextBlock t ? t.Text : ""));
        return JsonSerializer.Deserialize<PaymentPlanProposal>(text, JsonSerializerOptions.Web)
               ?? new PaymentPlanProposal(6, Math.Round(owed / 6, 2), "fallback plan");
    }
}
