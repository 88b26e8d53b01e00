import { foundry, DEPLOYMENT } from '../../src/lib/foundry';
import { limits } from '../../src/lib/prompts';
import { analytics } from '../../src/lib/telemetry';
import type { Customer } from '../../src/crm/customers';

export type Turn = { role: 'user' | 'assistant'; text: string };

/**
 * Checks whether the verification preamble plus history still fits, before
 * the agent desktop sends the next turn. Trims from the oldest turn.
 */
export async function trimToWindow(customer: Customer, history: Turn[]): Promise<Turn[]> {
  let kept = [...history];
  while (kept.length > 1) {
    const { input_tokens: inputTokens } = await foundry.messages.countTokens({
      model: DEPLOYMENT,
      system: `Customer since ${customer.since}; verified by date of birth ${customer.dateOfBirth}.`,
      messages: kept.map((t) => ({ role: t.role, content: t.text })),
    });
    analytics.track('context_tokens', { inputTokens, maxInputTokens: limits.maxInputTokens });
    if (inputTokens <= limits.maxInputTokens) break;
    kept = kept.slice(1);
  }
  return kept;
}
