using System.ClientModel;
using Anthropic;
using Anthropic.Foundry;
using Kestrel.Billing.Clients;
using Kestrel.Billing.Infrastructure;
using Kestrel.Billing.Models;
using Kestrel.Billing.Options;
using Kestrel.Billing.Services;
using Microsoft.Agents.AI;
using Microsoft.Extensions.Options;
using OpenAI;
using OpenAI.Responses;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<FoundryOptions>(builder.Configuration.GetSection("Foundry"));
builder.Services.Configure<TwilioOptions>(builder.Configuration.GetSection("Twilio"));
builder.Services.Configure<AzureOpenAIOptions>(builder.Configuration.GetSection("AzureOpenAI"));

builder.Services.AddBillingData(builder.Configuration.GetConnectionString("Billing")!);

builder.Services.AddHttpClient<ClaudeClient>(c =>
{
    c.BaseAddress = new Uri(builder.Configuration["Foundry:Endpoint"]!);
    c.DefaultRequestHeaders.Add("x-api-key", builder.Configuration["Foundry:ApiKey"]);
    c.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
    c.Timeout = TimeSpan.FromSeconds(90);
}).AddStandardResilienceHandler();

builder.Services.AddHttpClient("foundry", (sp, c) =>
{
    var foundry = sp.GetRequiredService<IOptions<FoundryOptions>>().Value;
    c.BaseAddress = new Uri(foundry.Endpoint);
    c.DefaultRequestHeaders.Add("x-api-key", builder.Configuration["Foundry:ApiKey"]);
    c.DefaultRequestHeaders.Add("anthropic-version", "2023-06-01");
});

builder.Services.AddHttpClient("hubspot", c => c.BaseAddress = new Uri(builder.Configuration["Crm:BaseUrl"]!));

builder.Services.AddHttpClient<SmsClient>(c =>
{
    c.BaseAddress = new Uri(builder.Configuration["Twilio:BaseUrl"]!);
    var basic = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes(
        $"{builder.Configuration["Twilio:AccountSid"]}:{builder.Configuration["Twilio:AuthToken"]}"));
    c.DefaultRequestHeaders.Authorization = new("Basic", basic);
});

builder.Services.AddHttpClient<CrmClient>(c => c.BaseAddress = new Uri(builder.Configuration["Crm:BaseUrl"]!));

builder.Services.AddHttpClient<PlanCopyClient>(c =>
{
    c.BaseAddress = new Uri(builder.Configuration["AzureOpenAI:Endpoint"]!);
    c.DefaultRequestHeaders.Add("api-key", builder.Configuration["AzureOpenAI:ApiKey"]);
});

builder.Services.AddSingleton<AnthropicClient>(_ => new AnthropicFoundryClient(
    new AnthropicFoundryApiKeyCredentials(
        builder.Configuration["Foundry:ApiKey"]!,
        builder.Configuration["Foundry:Resource"]!)));

builder.Services.AddSingleton<AIAgent>(sp => sp.GetRequiredService<AnthropicClient>().AsAIAgent(
    model: builder.Configuration["Foundry:Model"]!,
    instructions: "You coach Kestrel Fibre's retention team. Suggest one concrete offer and explain why in two sentences.",
    name: "retention-coach"));

builder.Services.AddSingleton(_ => new OpenAIResponseClient(
    builder.Configuration["FoundryProject:ResponsesModel"]!,
    new ApiKeyCredential(builder.Configuration["FoundryProject:ApiKey"]!),
    new OpenAIClientOptions { Endpoint = new Uri(builder.Configuration["FoundryProject:OpenAIEndpoint"]!) }));

builder.Services.AddScoped<BillDisputeService>();
builder.Services.AddScoped<OutageNoticeService>();
builder.Services.AddScoped<PaymentPlanService>();
builder.Services.AddScoped<RetentionOfferService>();
builder.Services.AddScoped<TicketReplyService>();
builder.Services.AddScoped<PlanDescriptionService>();
builder.Services.AddScoped<UsageInsightService>();
builder.Services.AddScoped<RouterSupportService>();
builder.Services.AddScoped<MoveHomeService>();
builder.Services.AddScoped<InvoiceExplainerService>();
builder.Services.AddScoped<ConsentSyncService>();

var app = builder.Build();

app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));

app.MapPost("/disputes/{disputeId:guid}/summary", async (Guid disputeId, BillDisputeService svc, CancellationToken ct) =>
    Results.Ok(new { summary = await svc.SummarizeAsync(disputeId, ct) }));

app.MapPost("/outages/{outageId}/notices", async (string outageId, OutageNoticeService svc, CancellationToken ct) =>
{
    var sent = await svc.NotifyAffectedCustomersAsync(outageId, ct);
    return Results.Accepted(value: new { sent });
});

app.MapPost("/customers/{customerId:guid}/payment-plan", async (Guid customerId, PaymentPlanService svc, CancellationToken ct) =>
    Results.Ok(await svc.ProposeAsync(customerId, ct)));

app.MapPost("/customers/{customerId:guid}/retention", async (Guid customerId, RetentionOfferService svc, CancellationToken ct) =>
    Results.Ok(await svc.SuggestOfferAsync(customerId, ct)));

app.MapPost("/tickets/{ticketId:long}/draft-reply", async (long ticketId, TicketReplyService svc, CancellationToken ct) =>
    Results.Ok(new { draft = await svc.DraftReplyAsync(ticketId, ct) }));

app.MapGet("/plans/{planCode}/copy", async (string planCode, PlanDescriptionService svc, CancellationToken ct) =>
    Results.Ok(await svc.DescribeAsync(planCode, ct)));

app.MapGet("/customers/{customerId:guid}/usage-insight", async (Guid customerId, UsageInsightService svc, CancellationToken ct) =>
    Results.Ok(new { insight = await svc.ExplainUsageAsync(customerId, ct) }));

app.MapPost("/customers/{customerId:guid}/router/troubleshoot", async (Guid customerId, TroubleshootRequest req, RouterSupportService svc, CancellationToken ct) =>
    Results.Ok(new { steps = await svc.TroubleshootAsync(customerId, req.Symptom, ct) }));

app.MapPost("/customers/{customerId:guid}/move", async (Guid customerId, MoveRequest req, MoveHomeService svc, CancellationToken ct) =>
    Results.Ok(new { checklist = await svc.PlanMoveAsync(customerId, req, ct) }));

app.MapGet("/invoices/{number}/explain", async (string number, InvoiceExplainerService svc, CancellationToken ct) =>
    Results.Ok(new { explanation = await svc.ExplainAsync(number, ct) }));

app.Run();

public sealed record TroubleshootRequest(string Symptom);
