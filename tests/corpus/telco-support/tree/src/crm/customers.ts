export interface Customer {
  accountId: string;
  msisdn: string;
  email: string;
  contactPhone?: string;
  dateOfBirth: string;
  homeAddress: string;
  billingAddress: string;
  accountPin: string;
  portingPin?: string;
  planName: string;
  dataUsageMb: number;
  since: string;
}

const CRM = process.env.CRM_BASE_URL ?? 'http://localhost:7070';

export async function loadCustomer(accountId: string): Promise<Customer> {
  const res = await fetch(`${CRM}/v2/customers/${encodeURIComponent(accountId)}`, {
    headers: { authorization: `Bearer ${process.env.CRM_SERVICE_TOKEN}` },
  });
  if (!res.ok) throw new Error(`CRM ${res.status} for ${accountId}`);
  return (await res.json()) as Customer;
}
