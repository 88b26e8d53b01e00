import { askClaude, maskEmail } from '@/lib';
import { sendReschedule } from '@server/notifications';

interface Appointment {
  id: string;
  window: string;
  reason: string;
  customer: { email: string; phoneNumber: string; firstName: string; dateOfBirth: string };
}

export async function proposeNewSlot(appt: Appointment, openSlots: string[]): Promise<string> {
  const prompt = [
    `Appointment ${appt.id} (${appt.window}) must move: ${appt.reason}.`,
    `Open slots: ${openSlots.join(', ')}.`,
    `Customer: ${appt.customer.email}`,
    `Senior discount check, born ${appt.customer.dateOfBirth}`,
  ].join('\n');
  const slot = await askClaude(prompt, 'Pick the best slot. Answer with the slot only.');
  await sendReschedule(appt.customer, slot);
  return slot;
}

export async function explainDelay(appt: Appointment): Promise<string> {
  return askClaude(`Explain the delay to ${maskEmail(appt.customer.email)} kindly: ${appt.reason}`);
}
