using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Brindle.Payroll.Services;

/// <summary>Helpers that strip identifiers before text leaves the payroll API.</summary>
public static partial class Masking
{
    [GeneratedRegex(@"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}\b")]
    private static partial Regex IbanLike();

    public static string MaskIban(string iban) =>
        string.IsNullOrEmpty(iban) || iban.Length < 8
            ? "****"
            : iban[..4] + new string('*', iban.Length - 8) + iban[^4..];

    public static string RedactDiagnosis(string diagnosis) =>
        string.IsNullOrWhiteSpace(diagnosis) ? "" : "[medical detail withheld]";

    public static string RedactFreeText(string text) => IbanLike().Replace(text, "[account]");

    public static string HashEmployeeRef(string employeeNumber)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("brindle:" + employeeNumber));
        return Convert.ToHexString(bytes)[..12];
    }
}
