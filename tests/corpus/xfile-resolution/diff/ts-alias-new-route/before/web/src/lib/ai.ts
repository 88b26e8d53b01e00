import { createAnthropic } from '@ai-sdk/anthropic';
import { createAzure } from '@ai-sdk/azure';

// Claude through the Vercel AI SDK, pointed at our Foundry resource's Anthropic route.
export const foundry = createAnthropic({
  baseURL: 'https://tidewater-ai.services.ai.azure.com/anthropic/v1',
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

export const sonnet = foundry('claude-sonnet-4-5');

// GPT on Azure OpenAI, for marketing copy only.
export const azure = createAzure({
  resourceName: 'tidewater-ai',
  apiKey: process.env.AZURE_OPENAI_API_KEY,
});

export const gptMini = azure('gpt-4o-mini');
