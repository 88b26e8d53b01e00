import type { NextApiRequest, NextApiResponse } from 'next';
import { foundry, DEPLOYMENT, textOf } from '../../src/lib/foundry';
import { SUPPORT_SYSTEM_PROMPT, limits, links } from '../../src/lib/prompts';
import { maskMsisdn, redactEmail } from '../../src/lib/sanitize';
import { loadCustomer } from '../../src/crm/customers';
import { analytics, logger } from '../../src/lib/telemetry';

type ChatBody = { accountId: string; question: string; locale?: string };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  const { accountId, question, locale = 'en-GB' } = req.body as ChatBody;
  const customer = await loadCustomer(accountId);

  logger.info({ msisdn: customer.msisdn, email: customer.email, locale }, 'self-care chat turn');
  analytics.track('chat_turn', { plan: customer.planName, email: customer.email });

  const accountContext = `Line: ${maskMsisdn(customer.msisdn)}
Contact: ${redactEmail(customer.email)}
Plan: ${customer.planName}, ${customer.dataUsageMb} MB used this cycle
Billing address on file: ${customer.billingAddress}`;

  const reply = await foundry.messages.create({
    model: DEPLOYMENT,
    max_tokens: limits.maxTokens,
    system: `${SUPPORT_SYSTEM_PROMPT}\nFor password problems, link ${links.passwordResetUrl} and nothing else.`,
    messages: [
      {
        role: 'user',
        content: `${accountContext}\nLocale: ${locale}\n\nCustomer question: ${question}`,
      },
    ],
    metadata: { user_id: customer.email },
  });

  const usage = reply.usage;
  analytics.track('chat_usage', { inputTokens: usage.input_tokens, outputTokens: usage.output_tokens });
  return res.status(200).json({ answer: textOf(reply) });
}
