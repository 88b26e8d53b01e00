import AnthropicFoundry from "@anthropic-ai/foundry-sdk";

/**
 * Server-only Foundry client for Claude.
 *
 * Anthropic, not Microsoft, processes these requests and may keep prompts
 * and outputs for a limited period (about 30 days, longer if flagged).
 * Only send fields that passed lib/phi.ts.
 */
export const foundry = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE ?? "harborview-ai-eus2",
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

export const CLAUDE_MODEL = process.env.CLAUDE_MODEL ?? "claude-sonnet-4-5";
