import type { Logger } from 'pino';
import { foundry, MODEL } from '../lib/foundry';

export interface Payee {
  id: string;
  displayName: string;
  iban: string;
}

export async function verifyPayee(payee: Payee, log: Logger) {
  const iban = payee.iban.replace(/\s+/g, '');
  log.info({ payeeId: payee.id, ibanCountry: iban.slice(0, 2) }, 'verifying payee');
  const lengthOk = iban.length >= 15 && iban.length <= 34;
  const check = await foundry.messages.create({
    model: MODEL,
    max_tokens: 50,
    messages: [{ role: 'user', content: `Is ${iban} formatted like a valid account for its country? Answer yes or no.` }],
  });
  const modelSaysOk = check.content.some((b) => b.type === 'text' && /yes/i.test(b.text));
  return { payeeId: payee.id, lengthOk, modelSaysOk };
}
