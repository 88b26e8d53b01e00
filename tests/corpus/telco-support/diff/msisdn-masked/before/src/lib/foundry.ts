import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';

export const FAST_DEPLOYMENT = 'claude-haiku-4-5';
export const foundry = new AnthropicFoundry({ resource: 'kestrel-care' });
export const textOf = (m: { content: Array<{ type: string; text?: string }> }) =>
  m.content.map((b) => (b.type === 'text' ? b.text ?? '' : '')).join('');
