import { AnthropicFoundry } from "@anthropic-ai/foundry-sdk";

const client = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE });

export async function summarizeClaim(claim: { ssn: string; amount: number }) {
  const res = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 300,
    messages: [{ role: "user", content: `Claim of ${claim.amount} for SSN ${claim.ssn}` }],
  });
  return res.content;
}
