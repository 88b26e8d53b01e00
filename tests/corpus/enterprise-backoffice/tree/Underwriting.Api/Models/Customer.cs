using System.ComponentModel.DataAnnotations;

namespace Northwind.Underwriting.Models;

public sealed record Customer(
    Guid Id,
    [property: Required] string FullName,
    [property: EmailAddress] string Email,
    [property: Phone] string PhoneNumber,
    DateOnly DateOfBirth,
    [property: RegularExpression("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$")] string Iban,
    string NationalInsuranceNumber);

public sealed record Application(decimal CoverAmount, string ProductLine, int TermYears);

public sealed record AssessRequest(Customer Customer, Application Application);

public sealed class FoundryOptions
{
    public string Endpoint { get; set; } = "";
    public string ApiKey { get; set; } = "";
    public string Deployment { get; set; } = "claude-sonnet-4-5";
}
