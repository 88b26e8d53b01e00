namespace Kestrel.Billing.Models;

public sealed class Customer
{
    public Guid Id { get; init; }
    public string AccountNumber { get; init; } = "";
    public string FirstName { get; init; } = "";
    public string LastName { get; init; } = "";
    public string FullName => $"{FirstName} {LastName}";
    public string Email { get; init; } = "";
    public string PhoneNumber { get; init; } = "";
    public DateOnly DateOfBirth { get; init; }
    public string BillingAddress { get; init; } = "";
    public string Iban { get; init; } = "";
    public string PlanCode { get; init; } = "";
    public DateOnly CustomerSince { get; init; }
    public string EmailTemplateId { get; init; } = "welcome-v3";
    public bool IsEmailVerified { get; init; }
}

public sealed record Invoice(string Number, Guid CustomerId, DateOnly IssuedOn, decimal Total, decimal AmountDue, IReadOnlyList<InvoiceLine> Lines);

public sealed record InvoiceLine(string Description, decimal Amount);

public sealed record Dispute(Guid Id, Guid CustomerId, string InvoiceNumber, decimal Amount, string Reason, DateTimeOffset OpenedAt);

public sealed record Outage(string Id, string CabinetId, string Area, DateTimeOffset StartedAt, DateTimeOffset? Eta);

public sealed record SupportTicket(long Id, Guid CustomerId, string Subject, string Body, string Channel);

public sealed record UsageMonth(string Month, double DownloadGb, double UploadGb, int PeakHourDrops);

public sealed record RouterStatus(
    string Serial,
    string Firmware,
    int ConnectedDevices,
    bool BandSteering,
    string IpVersion,
    string WanIpAddress,
    string WifiPassword,
    string AdminPin);

public sealed record MoveRequest(DateOnly MoveDate, string NewHomeAddress, bool KeepNumber);

public sealed record BillingNotice(string Kind, string EmailTemplateId, string CardLayout, string PasswordPolicy);
