import { foundry, FAST_DEPLOYMENT, textOf } from '../lib/foundry';
import { maskMsisdn } from '../lib/sanitize';
import type { Customer } from '../crm/customers';

export async function balanceAnswer(customer: Customer, question: string): Promise<string> {
  const reply = await foundry.messages.create({
    model: FAST_DEPLOYMENT,
    max_tokens: 250,
    messages: [
      {
        role: 'user',
        content: `Line ${customer.msisdn} has ${customer.balancePence / 100} GBP credit. ${question}`,
      },
    ],
  });
  return textOf(reply);
}
