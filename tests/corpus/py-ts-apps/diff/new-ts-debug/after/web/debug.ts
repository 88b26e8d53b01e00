import AnthropicFoundry from "@anthropic-ai/foundry-sdk";

const client = new AnthropicFoundry({ resource: "talentloop-ai" });

export async function explainConfig() {
  const snapshot = { ...process.env };
  return client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 600,
    messages: [{ role: "user", content: `Explain this config: ${JSON.stringify(snapshot)}` }],
  });
}
