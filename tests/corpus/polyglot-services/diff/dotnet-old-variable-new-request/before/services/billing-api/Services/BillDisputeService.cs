using Kestrel.Billing.Clients;
using Kestrel.Billing.Infrastructure;

namespace Kestrel.Billing.Services;

public sealed class BillDisputeService
{
    private const string SystemPrompt =
        "You are a billing specialist at Kestrel Fibre. Summarise the dispute for a team lead in at most " +
        "five bullet points, then recommend full credit, partial credit or no credit.";

    private static readonly string[] Categories =
        ["price-change", "roaming", "duplicate-charge", "early-termination-fee", "service-outage", "other"];

    private readonly ClaudeClient _claude;
    private readonly IBillingRepository _repo;
    private readonly ILogger<BillDisputeService> _logger;

    public BillDisputeService(ClaudeClient claude, IBillingRepository repo, ILogger<BillDisputeService> logger)
    {
        _claude = claude;
        _repo = repo;
        _logger = logger;
    }

    public async Task<string> SummarizeAsync(Guid disputeId, CancellationToken ct)
    {
        var dispute = await _repo.GetDisputeAsync(disputeId, ct);
        var customer = await _repo.GetCustomerAsync(dispute.CustomerId, ct);
        var invoice = await _repo.GetInvoiceAsync(dispute.InvoiceNumber, ct);

        var lines = string.Join("\n", invoice.Lines.Select(l => $"- {l.Description}: {l.Amount:C}"));
        var prompt =
            $"Customer: {customer.FullName}\n" +
            $"Account number: {customer.AccountNumber}\n" +
            $"Customer since: {customer.CustomerSince:yyyy-MM}\n" +
            $"Invoice {invoice.Number} issued {invoice.IssuedOn:d}, total {invoice.Total:C}\n{lines}\n" +
            $"Disputed amount: {dispute.Amount:C}\n" +
            $"Customer's reason: {dispute.Reason}";

        _logger.LogInformation("Summarising dispute {DisputeId} for {Email}", disputeId, customer.Email);
        return await _claude.CompleteAsync(SystemPrompt, prompt, ct);
    }

    public async Task<string> CategorizeAsync(Guid disputeId, CancellationToken ct)
    {
        var dispute = await _repo.GetDisputeAsync(disputeId, ct);
        return await _claude.ClassifyAsync(dispute.Reason, Categories, ct);
    }
}
