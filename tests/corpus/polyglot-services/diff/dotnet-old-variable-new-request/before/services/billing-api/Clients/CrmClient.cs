using System.Net.Http.Json;
using Kestrel.Billing.Models;

namespace Kestrel.Billing.Clients;

public sealed class CrmClient(HttpClient http)
{
    public async Task UpsertContactAsync(Customer customer, string lifecycleStage, CancellationToken ct = default)
    {
        var payload = new
        {
            properties = new Dictionary<string, string>
            {
                ["email"] = customer.Email,
                ["firstname"] = customer.FirstName,
                ["lastname"] = customer.LastName,
                ["phone"] = customer.PhoneNumber,
                ["lifecyclestage"] = lifecycleStage,
            },
        };
        using var response = await http.PostAsJsonAsync("crm/v3/objects/contacts", payload, ct);
        response.EnsureSuccessStatusCode();
    }

    public async Task AddNoteAsync(string contactId, string note, CancellationToken ct = default)
    {
        var payload = new { properties = new { hs_note_body = note }, associations = new[] { new { to = new { id = contactId } } } };
        using var response = await http.PostAsJsonAsync("crm/v3/objects/notes", payload, ct);
        response.EnsureSuccessStatusCode();
    }
}
