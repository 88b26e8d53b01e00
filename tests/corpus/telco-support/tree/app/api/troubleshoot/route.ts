import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { NextRequest } from 'next/server';
import { loadCustomer } from '../../../src/crm/customers';
import { lookupDevice, activeOutages } from '../../../src/crm/network';

export const runtime = 'nodejs';

const claude = new AnthropicFoundry({
  baseURL: `https://${process.env.ANTHROPIC_FOUNDRY_RESOURCE}.services.ai.azure.com/anthropic`,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

export async function POST(req: NextRequest) {
  const { accountId, faultDescription } = (await req.json()) as {
    accountId: string;
    faultDescription: string;
  };
  const customer = await loadCustomer(accountId);
  const device = await lookupDevice(accountId);
  const outages = await activeOutages(customer.homeAddress);

  const facts = [
    `Handset: ${device.make} ${device.model}, firmware ${device.firmware}`,
    `IMEI: ${device.imei}`,
    `SIM ICCID length: ${device.simIccidLength}, eSIM: ${device.esim ? 'yes' : 'no'}`,
    `Service address: ${customer.homeAddress}`,
    `Known outages nearby: ${outages.map((o) => o.reference).join(', ') || 'none'}`,
  ].join('\n');

  const stream = claude.messages.stream({
    model: process.env.FOUNDRY_DEPLOYMENT ?? 'claude-sonnet-4-5',
    max_tokens: 900,
    system: 'Walk the customer through device troubleshooting one step at a time.',
    messages: [{ role: 'user', content: `${facts}\n\nProblem: ${faultDescription}` }],
  });

  const encoder = new TextEncoder();
  const body = new ReadableStream({
    async start(controller) {
      stream.on('text', (delta) => controller.enqueue(encoder.encode(delta)));
      await stream.finalMessage();
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
