// Test cases for the sensitive-data rules (TypeScript).
import { AnthropicFoundry } from "@anthropic-ai/foundry-sdk";

const client = new AnthropicFoundry({ resource: "contoso" });

export async function summarize(member: { ssn: string; plan: string; cardNumber: string }) {
  const lines = [`Plan ${member.plan}`, `SSN ${member.ssn}`]; // expect: sensitive-data/government-id-field
  return client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 200,
    metadata: { user_id: member.plan },
    messages: [
      { role: "user", content: lines.join("\n") },
      { role: "user", content: JSON.stringify(process.env) }, // expect: sensitive-data/environment-dump
      { role: "user", content: `Card ${member.cardNumber}` }, // expect: sensitive-data/payment-field
    ],
  });
}

export async function conditionalPhone(order: { id: string }, customer: { phone: string }) {
  const msg = `Order ${order.id}` + (customer ? ` phone ${customer.phone}` : ""); // expect: sensitive-data/personal-field
  return client.messages.create({ model: "m", max_tokens: 5, messages: [{ role: "user", content: msg }] });
}
