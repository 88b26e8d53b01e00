import Anthropic from "@anthropic-ai/sdk";
import { claude } from "./client";
import { maskCard, redactEmail } from "./privacy";

// The support chat goes to Claude on Foundry. Azure's zero data retention is
// NOT inherited by Anthropic models; Anthropic may keep prompts for up to
// 30 days, so everything personal is masked before it is sent.

const direct = new Anthropic(); // direct Anthropic API, used by the QA harness

interface Ticket {
  subject: string;
  travelerEmail: string;
  cardNumber: string;
  body: string;
}

export async function triage(ticket: Ticket): Promise<string> {
  const msg = await claude.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    messages: [
      {
        role: "user",
        content: `Triage: ${ticket.subject}\nFrom: ${redactEmail(ticket.travelerEmail)}\nCard: ${maskCard(ticket.cardNumber)}\n${ticket.body}`,
      },
    ],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}

export async function configHint(): Promise<string> {
  const msg = await claude.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    messages: [{ role: "user", content: `Which of these settings looks misnamed? ${Object.keys(process.env).join(", ")}` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}

export async function qaReplay(ticket: Ticket): Promise<string> {
  const msg = await direct.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 300,
    messages: [{ role: "user", content: `Replay: ${ticket.travelerEmail} paid with ${ticket.cardNumber}` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
