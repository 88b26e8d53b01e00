using System.Net.Http.Json;
using System.Text.Json;
using Brindle.Payroll.Models;
using Microsoft.Extensions.Logging;

namespace Brindle.Payroll.Services;

public sealed class PayslipExplainer
{
    private const string AnthropicVersion = "2023-06-01";
    private readonly HttpClient _http;
    private readonly ILogger<PayslipExplainer> _logger;
    private readonly string _endpoint;
    private readonly string _model;

    public PayslipExplainer(HttpClient http, IConfiguration config, ILogger<PayslipExplainer> logger)
    {
        _http = http;
        _logger = logger;
        var resource = config["Foundry:Resource"] ?? "brindle-payroll-ai";
        _endpoint = $"https://{resource}.services.ai.azure.com/anthropic/v1/messages";
        _model = config["Foundry:PayslipModel"] ?? "claude-haiku-4-5";
        _http.DefaultRequestHeaders.Add("x-api-key", config["Foundry:ApiKey"]);
        _http.DefaultRequestHeaders.Add("anthropic-version", AnthropicVersion);
    }

    // Foundry runs inside our Azure subscription, so Azure's zero data retention
    // applies here and the payslip text is never stored by the model provider.
    public async Task<string> ExplainAsync(Employee employee, Payslip slip, CancellationToken ct)
    {
        _logger.LogInformation("Explaining payslip {Period} for {NationalId}", slip.Period, employee.NationalId);

        var lines = string.Join("\n", slip.Lines.Select(l => $"{l.Code} {l.Label}: {l.Amount:N2}"));
        var summary = $"Period {slip.Period}. Gross {slip.Gross:N2}, net {slip.Net:N2}.\n" +
                      $"Annual salary on record: {employee.AnnualSalary:N0}.\n" +
                      $"Paid to account {employee.Iban}.\n" +
                      $"Tax reference: {employee.TaxId}.\n" +
                      $"Card on file ends in {employee.CardLast4}.\n" +
                      lines;

        var request = new
        {
            model = _model,
            max_tokens = 700,
            system = "You explain payslips to employees in plain language. Do not give tax advice.",
            messages = new[] { new { role = "user", content = summary } },
        };

        using var response = await _http.PostAsJsonAsync(_endpoint, request, ct);
        response.EnsureSuccessStatusCode();
        return await ReadTextAsync(response, ct);
    }

    public async Task<string> DraftBankChangeNoticeAsync(Employee employee, string newIban, CancellationToken ct)
    {
        // The IBAN is masked and the employee is referenced by a hash only.
        var request = new
        {
            model = _model,
            max_tokens = 400,
            messages = new[]
            {
                new
                {
                    role = "user",
                    content = $"Write a short confirmation that the bank account for {Masking.HashEmployeeRef(employee.EmployeeNumber)} " +
                              $"changed to {Masking.MaskIban(newIban)}. Use template {employee.EmailTemplate}.",
                },
            },
        };
        using var response = await _http.PostAsJsonAsync(_endpoint, request, ct);
        return await ReadTextAsync(response, ct);
    }

    public async Task<string> WelcomeCallScriptAsync(Employee employee, CancellationToken ct)
    {
        var request = new
        {
            model = _model,
            max_tokens = 500,
            messages = new[]
            {
                new
                {
                    role = "user",
                    content = "Draft a two-minute welcome call script for a new hire. " +
                              $"Call them on {employee.HomePhone} " +
                              $"and mention their start pack ships to {employee.HomeAddress}.",
                },
            },
        };
        using var response = await _http.PostAsJsonAsync(_endpoint, request, ct);
        return await ReadTextAsync(response, ct);
    }

    private static async Task<string> ReadTextAsync(HttpResponseMessage response, CancellationToken ct)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var sb = new System.Text.StringBuilder();
        foreach (var block in doc.RootElement.GetProperty("content").EnumerateArray())
        {
            if (block.GetProperty("type").GetString() == "text")
            {
                sb.Append(block.GetProperty("text").GetString());
            }
        }
        return sb.ToString();
    }
}
