using Npgsql;

namespace Invoicing.Services;

public sealed class InvoiceWorker(IServiceScopeFactory scopes, IConfiguration config, ILogger<InvoiceWorker> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var db = NpgsqlDataSource.Create(config.GetConnectionString("Billing")!);
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var invoice in await InvoiceQueries.PendingExplanationsAsync(db, stoppingToken))
            {
                using var scope = scopes.CreateScope();
                var explainer = scope.ServiceProvider.GetRequiredService<InvoiceExplainer>();
                var text = await explainer.ExplainAsync(invoice, stoppingToken);
                await InvoiceQueries.SaveExplanationAsync(db, invoice.Number, text, stoppingToken);
                log.LogInformation("Explained {Number}", invoice.Number);
            }
            await Task.Delay(TimeSpan.FromMinutes(5), stoppingToken);
        }
    }
}
