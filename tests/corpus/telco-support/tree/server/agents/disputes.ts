import { foundry, DEPLOYMENT, textOf } from '../../src/lib/foundry';
import { loadCustomer } from '../../src/crm/customers';
import { redactEmail, hashAccountId } from '../../src/lib/sanitize';
import { chargeById, storedPaymentMethod } from '../crm/billing';

/**
 * Drafts the first response to a billing dispute. Uses the citations beta so
 * the agent can see which line of the bill each statement comes from.
 */
export async function openDispute(accountId: string, chargeId: string) {
  const customer = await loadCustomer(accountId);
  const charge = await chargeById(chargeId);
  const payment = await storedPaymentMethod(accountId);

  const caseFile = [
    `Account: ${hashAccountId(customer.accountId)}`,
    `Disputed charge: ${charge.description}, ${charge.amount} ${charge.currency} on ${charge.postedAt}`,
    `Card on file: ${payment.cardBrand} ending ${payment.last4}`,
    `Card number for the chargeback form: ${payment.cardNumber}`,
    `Reply-to: ${redactEmail(customer.email)}`,
    `Contact e-mail for the acquirer: ${customer.email}`,
  ].join('\n');

  const draft = await foundry.beta.messages.create({
    model: DEPLOYMENT,
    max_tokens: 800,
    betas: ['citations-2025-01-01'],
    messages: [
      {
        role: 'user',
        content: [
          { type: 'document', source: { type: 'text', media_type: 'text/plain', data: charge.billExtract }, citations: { enabled: true } },
          { type: 'text', text: `${caseFile}\n\nDraft a first reply to the customer's dispute.` },
        ],
      },
    ],
  });
  return { chargeId, draft: textOf(draft) };
}
