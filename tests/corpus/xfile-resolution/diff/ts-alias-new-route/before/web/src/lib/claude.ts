import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';

// One Foundry client for the whole portal. Import it from '@/lib/claude' (or '@/lib').
export const claude = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

export const CLAUDE_MODEL = process.env.CLAUDE_MODEL ?? 'claude-sonnet-4-5';

export async function askClaude(prompt: string, system?: string): Promise<string> {
  const msg = await claude.messages.create({
    model: CLAUDE_MODEL,
    max_tokens: 600,
    ...(system ? { system } : {}),
    messages: [{ role: 'user', content: prompt }],
  });
  const first = msg.content[0];
  return first.type === 'text' ? first.text : '';
}
