import { createHash } from 'node:crypto';

const PEPPER = process.env.ACCOUNT_HASH_PEPPER ?? '';

/** +447700900123 -> +44••••••123 */
export function maskMsisdn(msisdn: string): string {
  const digits = msisdn.replace(/[^\d+]/g, '');
  if (digits.length < 7) return '•••';
  return `${digits.slice(0, 3)}${'•'.repeat(digits.length - 6)}${digits.slice(-3)}`;
}

/** jane.doe@mail.com -> j•••@mail.com */
export function redactEmail(email: string): string {
  const at = email.indexOf('@');
  if (at < 1) return '[email]';
  return `${email[0]}•••${email.slice(at)}`;
}

/** Stable pseudonym for an account id, safe to show the model. */
export function hashAccountId(accountId: string): string {
  return 'acct_' + createHash('sha256').update(PEPPER + accountId).digest('hex').slice(0, 12);
}
