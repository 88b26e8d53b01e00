import pino from 'pino';
import { foundry, PORTAL_MODEL } from '../lib/foundry';
import { maskPhone, redactSsn } from '../lib/redact';

export interface ClaimView {
  reference: string;
  lossType: 'property' | 'auto_physical_damage' | 'bodily_injury' | 'travel';
  reportedOn: string;
  adjusterNotes: string;
  estimateTotal: number;
}

export interface CustomerView {
  id: string;
  fullName: string;
  email: string;
  phoneNumber: string;
  dateOfBirth: string;
  ssn: string;
  cardBrand?: string;
  last4?: string;
}

const log = pino({ name: 'damage-estimate' });
const maxTokens = 900;

export async function draftEstimateNarrative(claim: ClaimView, customer: CustomerView): Promise<string> {
  const header = `Claim ${claim.reference} (${claim.lossType}), reported ${claim.reportedOn}`;
  const holderLine = `Policyholder date of birth: ${customer.dateOfBirth}`;
  const identityLine = `Identity verified against SSN ${redactSsn(customer.ssn)}`;
  const paymentLine = `Refund card: ${customer.cardBrand ?? 'none'} ending ${customer.last4 ?? '----'}`;
  const msg = await foundry.messages.create({
    model: PORTAL_MODEL,
    max_tokens: maxTokens,
    system: 'Write the narrative section of a property damage estimate for the claim file.',
    messages: [
      {
        role: 'user',
        content: [header, holderLine, identityLine, paymentLine, claim.adjusterNotes].join('\n'),
      },
    ],
  });
  log.info({ claim: claim.reference, usage: msg.usage }, 'estimate narrative drafted');
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}

export async function customerContextAnswer(customer: CustomerView, question: string) {
  // OK to include the full customer record here: the request stays inside our
  // Azure tenant and is never seen outside Harborline.
  return foundry.messages.create({
    model: PORTAL_MODEL,
    max_tokens: 600,
    metadata: { user_id: customer.email },
    messages: [
      { role: 'user', content: `Customer record:\n${JSON.stringify(customer, null, 2)}` },
      { role: 'user', content: question },
    ],
  });
}

export async function streamCallScript(claim: ClaimView, customer: CustomerView, onText: (t: string) => void) {
  const dialLine = `Dial ${customer.phoneNumber} and introduce yourself as the claim handler.`;
  const fallbackLine = `If nobody answers, leave a voicemail; the number on the letter is ${maskPhone(customer.phoneNumber)}.`;
  const stream = foundry.messages.stream({
    model: PORTAL_MODEL,
    max_tokens: 500,
    system: 'Write a short phone script for an adjuster calling a policyholder about their claim.',
    messages: [{ role: 'user', content: `${dialLine}\n${fallbackLine}\nClaim: ${claim.reference}` }],
  });
  stream.on('text', onText);
  const final = await stream.finalMessage();
  log.info({ claim: claim.reference, outputTokens: final.usage.output_tokens }, 'call script streamed');
  return final;
}
