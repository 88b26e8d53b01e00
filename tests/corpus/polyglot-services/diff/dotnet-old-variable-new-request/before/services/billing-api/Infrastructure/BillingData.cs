using Kestrel.Billing.Models;
using Npgsql;

namespace Kestrel.Billing.Infrastructure;

public interface IBillingRepository
{
    Task<Customer> GetCustomerAsync(Guid id, CancellationToken ct);
    Task<Dispute> GetDisputeAsync(Guid id, CancellationToken ct);
    Task<Invoice> GetInvoiceAsync(string number, CancellationToken ct);
    Task<IReadOnlyList<Invoice>> GetOverdueInvoicesAsync(Guid customerId, CancellationToken ct);
    Task<Outage> GetOutageAsync(string id, CancellationToken ct);
    Task<IReadOnlyList<Customer>> GetCustomersBehindCabinetAsync(string cabinetId, CancellationToken ct);
    Task<SupportTicket> GetTicketAsync(long id, CancellationToken ct);
    Task<IReadOnlyList<UsageMonth>> GetUsageAsync(Guid customerId, int months, CancellationToken ct);
    Task<BillingNotice> GetNoticeSettingsAsync(string kind, CancellationToken ct);
    Task<RouterStatus> GetRouterAsync(Guid customerId, CancellationToken ct);
}

public static class BillingDataExtensions
{
    public static IServiceCollection AddBillingData(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(NpgsqlDataSource.Create(connectionString));
        services.AddScoped<IBillingRepository, PostgresBillingRepository>();
        return services;
    }
}
