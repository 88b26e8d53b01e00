using Brindle.Payroll.Models;
using Brindle.Payroll.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Brindle.Payroll.Controllers;

[ApiController]
[Authorize(Policy = "PayrollSelfService")]
[Route("api/payroll")]
public sealed class PayrollController : ControllerBase
{
    private readonly IEmployeeRepository _employees;
    private readonly PayslipExplainer _explainer;
    private readonly ILogger<PayrollController> _logger;

    public PayrollController(IEmployeeRepository employees, PayslipExplainer explainer, ILogger<PayrollController> logger)
    {
        _employees = employees;
        _explainer = explainer;
        _logger = logger;
    }

    [HttpGet("payslips/{period}/explain")]
    public async Task<IActionResult> Explain(string period, CancellationToken ct)
    {
        var employee = await _employees.GetCurrentAsync(User, ct);
        var slip = await _employees.GetPayslipAsync(employee.Id, period, ct);
        // Claude on Foundry is a partner model; Anthropic may keep prompts for up to
        // 30 days, so the explainer should only get what it needs.
        return Ok(new { text = await _explainer.ExplainAsync(employee, slip, ct) });
    }

    [HttpPut("bank-account")]
    public async Task<IActionResult> ChangeBankAccount([FromBody] BankChange change, CancellationToken ct)
    {
        var employee = await _employees.GetCurrentAsync(User, ct);
        _logger.LogWarning("Bank account change for {Employee}: {OldIban} -> {NewIban}",
            employee.EmployeeNumber, employee.Iban, change.Iban);
        await _employees.UpdateIbanAsync(employee.Id, change.Iban, ct);
        var notice = await _explainer.DraftBankChangeNoticeAsync(employee, change.Iban, ct);
        return Ok(new { notice });
    }
}

public sealed record BankChange(string Iban, string AccountHolder);

public interface IEmployeeRepository
{
    Task<Employee> GetCurrentAsync(System.Security.Claims.ClaimsPrincipal user, CancellationToken ct);
    Task<Payslip> GetPayslipAsync(Guid employeeId, string period, CancellationToken ct);
    Task UpdateIbanAsync(Guid employeeId, string iban, CancellationToken ct);
}
