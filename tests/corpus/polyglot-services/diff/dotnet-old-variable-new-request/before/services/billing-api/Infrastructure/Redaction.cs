using System.Security.Cryptography;
using System.Text;

namespace Kestrel.Billing.Infrastructure;

public static class Redaction
{
    public static string MaskIban(string iban) =>
        iban.Length <= 4 ? "****" : new string('*', iban.Length - 4) + iban[^4..];

    public static string HashEmail(string email) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..16];

    public static string MaskPhone(string phone) =>
        phone.Length <= 3 ? "***" : new string('*', phone.Length - 3) + phone[^3..];
}
