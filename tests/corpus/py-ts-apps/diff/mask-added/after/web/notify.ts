import AnthropicFoundry from "@anthropic-ai/foundry-sdk";
import { maskEmail } from "./mask";

const client = new AnthropicFoundry({ resource: "talentloop-ai" });

export async function rejectionNote(candidate: { id: number; email: string }) {
  return client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 200,
    messages: [{ role: "user", content: `Write a kind rejection note for ${maskEmail(candidate.email)}` }],
  });
}
