import axios from 'axios';

import { CONFIG } from '@/config';

export interface Lead {
  id: string;
  fullName: string;
  email: string;
  phone: string;
  projectNotes: string;
  sqft: number;
}

export async function roughEstimate(lead: Lead): Promise<string> {
  const { data } = await axios.post(
    CONFIG.FOUNDRY_URL,
    {
      model: CONFIG.ESTIMATE_MODEL,
      max_tokens: 400,
      messages: [
        {
          role: 'user',
          content:
            `Lead ${lead.id} wants: ${lead.projectNotes}. ` +
            `Reach them at ${lead.email} ` +
            `or ${lead.phone}. ` +
            `Home is ${lead.sqft} sq ft. Give a price range.`,
        },
      ],
    },
    { headers: { 'api-key': CONFIG.FOUNDRY_KEY, 'anthropic-version': '2023-06-01' } },
  );
  return data.content[0].text;
}

export async function pushToCrm(lead: Lead): Promise<void> {
  await axios.post(`${CONFIG.CRM_URL}/leads`, {
    name: lead.fullName,
    email: lead.email,
    phone: lead.phone,
  });
}
