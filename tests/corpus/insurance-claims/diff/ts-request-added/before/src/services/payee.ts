import type { Logger } from 'pino';

export interface Payee {
  id: string;
  displayName: string;
  iban: string;
}

export async function verifyPayee(payee: Payee, log: Logger) {
  const iban = payee.iban.replace(/\s+/g, '');
  log.info({ payeeId: payee.id, ibanCountry: iban.slice(0, 2) }, 'verifying payee');
  const lengthOk = iban.length >= 15 && iban.length <= 34;
  return { payeeId: payee.id, lengthOk };
}
