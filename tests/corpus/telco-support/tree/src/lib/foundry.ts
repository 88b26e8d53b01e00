import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';

export const DEPLOYMENT = process.env.FOUNDRY_DEPLOYMENT ?? 'claude-sonnet-4-5';
export const FAST_DEPLOYMENT = process.env.FOUNDRY_FAST_DEPLOYMENT ?? 'claude-haiku-4-5';

/**
 * The one Claude client shared by the web routes and the agent desktop.
 *
 * Traffic goes to our own Foundry resource, which is covered by Azure's
 * zero data retention, so nothing we put in a prompt is stored by Anthropic.
 */
export const foundry = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE ?? 'kestrel-care',
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
  maxRetries: 2,
  timeout: 30_000,
});

export function textOf(message: { content: Array<{ type: string; text?: string }> }): string {
  return message.content
    .filter((block) => block.type === 'text')
    .map((block) => block.text ?? '')
    .join('');
}
