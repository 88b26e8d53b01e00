using Microsoft.AspNetCore.Mvc;
using Northwind.Underwriting.Models;
using Northwind.Underwriting.Services;

namespace Northwind.Underwriting.Controllers;

/// <summary>
/// Underwriting endpoints used by the broker portal.
/// </summary>
/// <remarks>
/// Assessments are produced by Claude on Azure AI Foundry. Azure's zero data
/// retention does not extend to Anthropic models: Anthropic processes these
/// requests as a third party and may keep them for up to 30 days, so send only
/// the minimum applicant data.
/// </remarks>
[ApiController]
[Route("api/underwriting")]
public sealed class UnderwritingController : ControllerBase
{
    private readonly ClaudeUnderwritingClient _claude;
    private readonly ILogger<UnderwritingController> _log;

    public UnderwritingController(ClaudeUnderwritingClient claude, ILogger<UnderwritingController> log)
    {
        _claude = claude;
        _log = log;
    }

    [HttpPost("assess")]
    public async Task<IActionResult> Assess([FromBody] AssessRequest req, CancellationToken ct)
    {
        _log.LogInformation("Assessing applicant {Email} born {DateOfBirth}", req.Customer.Email, req.Customer.DateOfBirth);
        var verdict = await _claude.AssessAsync(req.Customer, req.Application, ct);
        return Ok(new { verdict });
    }

    /// <summary>Queue status; only counts and the product line are sent to the model.</summary>
    [HttpGet("queue")]
    public async Task<IActionResult> Queue([FromQuery] string productLine, CancellationToken ct)
        => Ok(await _claude.QueueSummaryAsync(12, 3, productLine, ct));
}
