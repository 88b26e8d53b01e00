import AnthropicFoundry from "@anthropic-ai/foundry-sdk";
import type { Request, Response } from "express";

import { maskEmail } from "./mask";

/**
 * Processor webhook: a chargeback was opened on one of our merchants.
 * We ask Claude for a first triage note that ops reads in the dashboard.
 *
 * Hosted on Azure, so per Microsoft's data privacy page the prompt is not
 * stored and is never shared with the model provider.
 */
const claude = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

interface ChargebackEvent {
  id: string;
  reason: string;
  amount: number;
  currency: string;
  card: { last4: string; brand: string; fingerprint: string; number?: string };
  customer: { id: string; email: string; phone?: string; name: string };
  merchantId: string;
}

export async function onChargeback(req: Request, res: Response) {
  const evt = req.body as ChargebackEvent;

  const note = await claude.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    messages: [
      {
        role: "user",
        content: `Chargeback ${evt.id} (${evt.reason}) for ${evt.amount} ${evt.currency} on a ${evt.card.brand} ending ${evt.card.last4}. ` +
          `Customer ref ${evt.customer.id}, contact ${maskEmail(evt.customer.email)}. Suggest next steps.`,
      },
    ],
  });

  res.json({ note: note.content[0].type === "text" ? note.content[0].text : "" });
}

export async function onChargebackEscalated(req: Request, res: Response) {
  const evt = req.body as ChargebackEvent;
  const customerEmail = evt.customer.email;

  const stream = claude.messages.stream({
    model: "claude-sonnet-4-5",
    max_tokens: 900,
    system: "You draft escalation summaries for the disputes team.",
    messages: [
      {
        role: "user",
        content: `Escalated chargeback ${evt.id}. Customer <${customerEmail}>. ` +
          `Customer object: ${JSON.stringify(evt.customer)}`,
      },
    ],
  });
  const final = await stream.finalMessage();
  res.json({ summary: final.content[0].type === "text" ? final.content[0].text : "" });
}

export async function onDiagnostics(_req: Request, res: Response) {
  const dump = JSON.stringify(process.env);
  const reply = await claude.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 400,
    messages: [{ role: "user", content: `Webhook handler env:\n${dump}\nWhat is misconfigured?` }],
  });
  res.json(reply);
}
