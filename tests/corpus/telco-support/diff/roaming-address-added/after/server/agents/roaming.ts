import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
import type { Customer } from '../../src/crm/customers';

const client = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE });

export async function roamingAdvice(customer: Customer, destination: string): Promise<string> {
  const lines = [
    `Plan: ${customer.planName}`,
    `Destination: ${destination}`,
    `Roaming add-ons: ${customer.addOns.join(', ') || 'none'}`,
    `Ship a travel SIM to: ${customer.homeAddress}`,
  ];
  const res = await client.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 350,
    messages: [{ role: 'user', content: `${lines.join('\n')}\nWhat will this trip cost and which add-on fits?` }],
  });
  return res.content[0].type === 'text' ? res.content[0].text : '';
}
