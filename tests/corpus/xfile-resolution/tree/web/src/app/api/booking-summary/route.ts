import { generateText } from 'ai';
import { NextRequest, NextResponse } from 'next/server';

import { foundry, gptMini, sonnet } from '@/lib/ai';
import { getBooking } from '@server/bookings';

export async function POST(req: NextRequest) {
  const { bookingId } = await req.json();
  const booking = await getBooking(bookingId);

  const { text } = await generateText({
    model: sonnet,
    system: 'Summarise the booking for the confirmation screen in one sentence.',
    prompt: [
      `Booking ${booking.ref}, ${booking.window}.`,
      `Customer: ${booking.customerEmail}`,
      `Address: ${booking.homeAddress}`,
    ].join('\n'),
  });

  const { text: subject } = await generateText({
    model: foundry('claude-haiku-4-5'),
    prompt: [
      `Write an e-mail subject line for booking ${booking.ref}.`,
      `Customer phone: ${booking.contactPhone}`,
    ].join('\n'),
  });

  return NextResponse.json({ summary: text, subject, upsell: await upsellLine(booking) });
}

async function upsellLine(booking: { serviceType: string; customerEmail: string }) {
  const { text } = await generateText({
    model: gptMini,
    prompt: `One upsell sentence for a ${booking.serviceType} customer (${booking.customerEmail}).`,
  });
  return text;
}
