import AnthropicFoundry from "@anthropic-ai/foundry-sdk";

const client = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE,
});

// Embeddings come from Azure OpenAI, where abuse monitoring is opted out (approved).

/**
 * Reranks search passages for a query with Claude on Foundry.
 * Passages go to Claude on Foundry and never leave our Azure tenant.
 */
export async function rerank(query: string, passages: string[]): Promise<number[]> {
  const msg = await client.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 200,
    messages: [
      { role: "user", content: `Query: ${query}\nPassages:\n${passages.join("\n")}` },
    ],
  });
  const block = msg.content[0];
  return block.type === "text" ? JSON.parse(block.text) : [];
}
