import { NextRequest, NextResponse } from 'next/server';

import { claude, CLAUDE_MODEL } from '@/lib/claude';
import { getCustomer, getSessionUser } from '@server/session';

// Cancellation save-offer: Claude writes one sentence tailored to the customer.
export async function POST(req: NextRequest) {
  const { reason } = await req.json();
  const user = await getSessionUser(req);
  const customer = await getCustomer(user.customerId);

  const offer = await claude.messages.create({
    model: CLAUDE_MODEL,
    max_tokens: 120,
    messages: [
      {
        role: 'user',
        content: [
          `Cancellation reason: ${reason}`,
          `Customer e-mail: ${user.email}`,
          `Plan address: ${customer.homeAddress}`,
          'Offer one reason to stay, in one sentence.',
        ].join('\n'),
      },
    ],
  });

  return NextResponse.json({ offer: offer.content });
}
