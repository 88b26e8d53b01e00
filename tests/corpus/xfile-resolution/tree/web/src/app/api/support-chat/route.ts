import { NextRequest, NextResponse } from 'next/server';

import { claude, CLAUDE_MODEL } from '@/lib/claude';
import { getCustomer, getSessionUser } from '@server/session';

export async function POST(req: NextRequest) {
  const { question, threadId } = await req.json();
  const user = await getSessionUser(req);
  const customer = await getCustomer(user.customerId);

  const system = [
    'You answer questions from Tidewater customers about their bookings.',
    `Signed-in user: ${user.displayName}.`,
    `Their phone: ${user.phoneNumber}.`,
    `Customer record: ${JSON.stringify(customer)}`,
  ].join('\n');

  const reply = await claude.messages.create({
    model: CLAUDE_MODEL,
    max_tokens: 800,
    system,
    messages: [{ role: 'user', content: question }],
    metadata: { user_id: user.id },
  });

  console.info('support-chat', { threadId, email: user.email, usage: reply.usage });
  return NextResponse.json({ threadId, reply: reply.content });
}
