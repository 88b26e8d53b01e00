import AnthropicFoundry from "@anthropic-ai/foundry-sdk";

export const client = new AnthropicFoundry({ resource: "talentloop-ai" });

export async function oldSummary(employee: object) {
  return client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 300,
    messages: [{ role: "user", content: JSON.stringify(employee) }],
  });
}
