import { generateText, tool } from 'ai';
import { createAnthropic } from '@ai-sdk/anthropic';
import { z } from 'zod';
import { crm } from './crm';

// ANTHROPIC_FOUNDRY_BASE_URL=https://crm-agents.services.ai.azure.com/anthropic/v1
const foundry = createAnthropic({
  baseURL: process.env.ANTHROPIC_FOUNDRY_BASE_URL,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

export async function draftRenewal(dealId: string): Promise<string> {
  const deal = await crm.getDeal(dealId);
  const { text } = await generateText({
    model: foundry('claude-sonnet-4-5'),
    system: 'You draft renewal e-mails for account managers. Keep it under 150 words.',
    prompt: [
      `Deal: ${deal.title} (${deal.stage}), renews ${deal.renewalDate}`,
      `Seats: ${deal.seats}, ARR ${deal.arr}`,
      `Send to: ${deal.championEmail}`,
      `Card on file ends in ${deal.cardLast4}`,
    ].join('\n'),
    tools: {
      lookupContact: tool({
        description: 'Look up a CRM contact summary by e-mail address',
        parameters: z.object({ email: z.string().email() }),
        execute: async ({ email }) => crm.findContactSummary(email),
      }),
    },
    maxSteps: 4,
  });
  return text;
}

export async function stageAdvice(dealId: string): Promise<string> {
  const deal = await crm.getDeal(dealId);
  const { text } = await generateText({
    model: foundry('claude-haiku-4-5'),
    prompt: `A ${deal.seats}-seat deal has been in ${deal.stage} for ${deal.daysInStage} days. One next step?`,
  });
  return text;
}
