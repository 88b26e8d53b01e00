import twilio from 'twilio';

import { CONFIG } from '@/config';

const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);

export async function sendReschedule(customer: { phoneNumber: string; firstName: string }, when: string) {
  await client.messages.create({
    to: customer.phoneNumber,
    from: CONFIG.TWILIO_FROM,
    body: `Hi ${customer.firstName}, your visit moved to ${when}. Reply STOP to opt out.`,
  });
}
