import { NextResponse } from 'next/server';
import { getServerSession } from 'next-auth';
import { claude } from '@/lib/claude';
import { authOptions } from '@/lib/auth';

export async function POST(request: Request) {
  const session = await getServerSession(authOptions);
  const body = await request.json();
  const system = `You help a shopper with a delivery problem. Reply to ${session?.user?.email}.`;

  const msg = await claude.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 600,
    system,
    messages: [
      {
        role: 'user',
        content: `Order ${body.orderId} never arrived at ${body.shippingAddress}. Courier: ${body.carrier}.`,
      },
    ],
  });
  return NextResponse.json({ reply: msg.content[0]?.type === 'text' ? msg.content[0].text : '' });
}
