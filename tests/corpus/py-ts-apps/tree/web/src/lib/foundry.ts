import AnthropicFoundry from "@anthropic-ai/foundry-sdk";

export const MODEL = process.env.TALENTLOOP_MODEL ?? "claude-sonnet-4-5";

export const foundry = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});
