using Kestrel.Billing.Clients;
using Kestrel.Billing.Infrastructure;
using Kestrel.Billing.Models;

namespace Kestrel.Billing.Services;

public sealed class MoveHomeService : AssistantServiceBase
{
    private readonly IBillingRepository _repo;

    public MoveHomeService(ClaudeClient claude, IBillingRepository repo) : base(claude)
    {
        _repo = repo;
    }

    protected override string SystemPrompt =>
        "Write a moving-home checklist for a broadband customer: what to book, what to return, key dates.";

    public async Task<string> PlanMoveAsync(Guid customerId, MoveRequest request, CancellationToken ct)
    {
        var customer = await _repo.GetCustomerAsync(customerId, ct);
        var prompt =
            $"Plan: {customer.PlanCode}\n" +
            $"Current billing address: {customer.BillingAddress}\n" +
            $"New home address: {request.NewHomeAddress}\n" +
            $"Move date: {request.MoveDate:d}, keep landline number: {(request.KeepNumber ? "yes" : "no")}";
        return await AskAsync(prompt, ct);
    }
}
