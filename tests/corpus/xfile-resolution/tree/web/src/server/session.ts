import { NextRequest } from 'next/server';

import { CONFIG } from '@/config';

export interface SessionUser {
  id: string;
  customerId: string;
  displayName: string;
  email: string;
  phoneNumber: string;
}

export async function getSessionUser(req: NextRequest): Promise<SessionUser> {
  const sessionToken = req.cookies.get('tw_session')?.value;
  const res = await fetch(`${CONFIG.CRM_URL}/sessions/current`, {
    headers: { Authorization: `Bearer ${sessionToken}` },
  });
  if (!res.ok) throw new Error('not signed in');
  return res.json();
}

export async function getCustomer(customerId: string) {
  const res = await fetch(`${CONFIG.CRM_URL}/customers/${customerId}`);
  return res.json();
}
