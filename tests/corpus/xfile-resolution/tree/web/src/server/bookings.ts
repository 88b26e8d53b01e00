import { CONFIG } from '@/config';

export interface Booking {
  ref: string;
  window: string;
  serviceType: string;
  customerEmail: string;
  homeAddress: string;
  contactPhone: string;
}

export async function getBooking(id: string): Promise<Booking> {
  const res = await fetch(`${CONFIG.CRM_URL}/bookings/${encodeURIComponent(id)}`);
  if (!res.ok) throw new Error(`booking ${id} not found`);
  return res.json();
}
