import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';

export const MODEL = 'claude-haiku-4-5';
export const foundry = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE });
