using Kestrel.Billing.Infrastructure;
using OpenAI.Responses;

namespace Kestrel.Billing.Services;

public sealed class TicketReplyService(OpenAIResponseClient responses, IBillingRepository repo, ILogger<TicketReplyService> logger)
{
    public async Task<string> DraftReplyAsync(long ticketId, CancellationToken ct)
    {
        var ticket = await repo.GetTicketAsync(ticketId, ct);
        var customer = await repo.GetCustomerAsync(ticket.CustomerId, ct);

        var input =
            $"Draft a reply to {customer.FirstName} about \"{ticket.Subject}\" (received via {ticket.Channel}).\n" +
            $"Their message:\n{ticket.Body}\n" +
            $"Their plan: {customer.PlanCode}. Sign off as the Kestrel Fibre care team.";

        // TODO: ask Legal whether Anthropic keeps Responses API traffic for 30 days like Messages API traffic.
        OpenAIResponse response = await responses.CreateResponseAsync(input, cancellationToken: ct);
        logger.LogInformation("Drafted reply for ticket {TicketId}", ticketId);
        return response.GetOutputText();
    }
}
