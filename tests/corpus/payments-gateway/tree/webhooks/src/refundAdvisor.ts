import Anthropic from "@anthropic-ai/sdk";
import OpenAI from "openai";

// Refund advice for the US entity. This module deliberately uses the direct
// Anthropic API (our signed ZDR addendum with Anthropic covers this org) and
// OpenAI for the comparison run -- neither goes through Foundry.
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

export interface RefundCase {
  orderId: string;
  cardNumber: string;
  cvv: string;
  email: string;
  dateOfBirth: string;
}

export async function adviseRefund(c: RefundCase): Promise<string> {
  const prompt = `Order ${c.orderId}: refund to card ${c.cardNumber} (cvv ${c.cvv}), ` +
    `customer ${c.email}, DOB ${c.dateOfBirth}. Is a partial refund allowed?`;

  const [claude, gpt] = await Promise.all([
    anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 400,
      messages: [{ role: "user", content: prompt }],
    }),
    openai.chat.completions.create({
      model: "gpt-4o",
      messages: [{ role: "user", content: prompt }],
    }),
  ]);
  const a = claude.content[0].type === "text" ? claude.content[0].text : "";
  return `${a}\n---\n${gpt.choices[0].message.content ?? ""}`;
}
