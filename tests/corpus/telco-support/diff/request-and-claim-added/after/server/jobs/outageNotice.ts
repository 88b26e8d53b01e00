import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
import { sendEmail } from '../mail';

const claude = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE ?? 'kestrel-care' });

export async function outageHeadline(outageRef: string, area: string): Promise<string> {
  const res = await claude.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 60,
    messages: [{ role: 'user', content: `One-line status headline for outage ${outageRef} in ${area}.` }],
  });
  return res.content[0].type === 'text' ? res.content[0].text : outageRef;
}

export async function outageNotice(customer: { email: string; planName: string }, outageRef: string) {
  const facts = `Outage ${outageRef} affects the ${customer.planName} line registered to ${customer.email}.`;
  const draft = await claude.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 200,
    messages: [{ role: 'user', content: `${facts}\nWrite a two-sentence apology that offers one day of credit.` }],
  });
  const body = draft.content[0].type === 'text' ? draft.content[0].text : facts;
  await sendEmail({ to: 'noc-notices@kestrel.example', subject: `Outage ${outageRef}`, body });
}
