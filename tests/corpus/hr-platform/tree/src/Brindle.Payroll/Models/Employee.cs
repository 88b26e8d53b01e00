namespace Brindle.Payroll.Models;

/// <summary>
/// Employee master record. Stored in the payroll SQL database; rows of leavers
/// are purged seven years after the last payment (our retention schedule).
/// </summary>
public sealed class Employee
{
    public Guid Id { get; init; }
    public string EmployeeNumber { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string WorkEmail { get; init; } = "";
    public string HomePhone { get; init; } = "";
    public string HomeAddress { get; init; } = "";
    public DateOnly DateOfBirth { get; init; }
    public string NationalId { get; init; } = "";
    public string TaxId { get; init; } = "";
    public string Iban { get; init; } = "";
    public string CardLast4 { get; init; } = "";
    public decimal AnnualSalary { get; init; }
    public string CostCentre { get; init; } = "";
    public string EmailTemplate { get; init; } = "payslip-ready";
}

public sealed class Payslip
{
    public string Period { get; init; } = "";
    public decimal Gross { get; init; }
    public decimal Net { get; init; }
    public IReadOnlyList<PayslipLine> Lines { get; init; } = Array.Empty<PayslipLine>();
}

public sealed record PayslipLine(string Code, string Label, decimal Amount);

public sealed class LeaveCase
{
    public string CaseNumber { get; init; } = "";
    public string LeaveType { get; init; } = "";
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
    public string Diagnosis { get; init; } = "";
    public string ManagerNotes { get; init; } = "";
}
