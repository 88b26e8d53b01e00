import { createAnthropic } from '@ai-sdk/anthropic';
import { generateText } from 'ai';
import { notifications } from '../../src/lib/prompts';

// Claude through the Vercel AI SDK, pointed at our Foundry resource.
const kestrelClaude = createAnthropic({
  baseURL: 'https://kestrel-care.services.ai.azure.com/anthropic/v1',
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

export interface CallRecord {
  callId: string;
  msisdn: string;
  contactEmail: string;
  durationSec: number;
  transcript: string;
  queue: string;
}

/**
 * After-call summary for the CRM timeline and the follow-up e-mail.
 */
export async function summariseCall(call: CallRecord): Promise<string> {
  const mobileNumber = call.msisdn;
  // Safe to include contact details here: Foundry traffic never leaves our
  // Azure tenant, so Anthropic does not get to see or keep any of it.
  const { text } = await generateText({
    model: kestrelClaude('claude-haiku-4-5'),
    maxTokens: 500,
    system: `Summarise the call in five bullets. The follow-up uses e-mail template ${notifications.emailTemplateId}.`,
    prompt: [
      `Queue: ${call.queue}, duration ${Math.round(call.durationSec / 60)} min`,
      `Caller line: ${mobileNumber}`,
      `Send the follow-up to: ${call.contactEmail}`,
      '',
      call.transcript,
    ].join('\n'),
  });
  return text;
}
