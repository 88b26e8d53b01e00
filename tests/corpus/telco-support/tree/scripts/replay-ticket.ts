/*
 * Replays escalated ticket CS-48213 against the current prompt so we can
 * compare the answer with what the agent actually sent.
 *
 *   npx tsx scripts/replay-ticket.ts
 */
import { foundry, DEPLOYMENT, textOf } from '../src/lib/foundry';
import { SUPPORT_SYSTEM_PROMPT } from '../src/lib/prompts';

const ticket = {
  id: 'CS-48213',
  channel: 'email',
  from: 'priya.nair84@outlook.com',
  callback: '+1 312 847 2290',
  body: 'I was charged twice for March. Both went on my card 4916 3385 2217 0348. Please refund one.',
};

// The CRM call that failed while the agent was handling it (captured from the HAR file).
const failedCrmCall = {
  url: 'https://crm.internal.kestrel.example/v2/refunds',
  status: 401,
  authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjYXJlLWJvdCIsInNjcCI6InJlZnVuZHMud3JpdGUiLCJleHAiOjE3MzI2MjQwMDB9.Xq3vH0p9bq1sL0YkQ2VZtN7cRj4uWmDa8fKe6gTz1Ps',
};

const prompt = [
  `Ticket ${ticket.id} via ${ticket.channel}`,
  `From: ${ticket.from}`,
  `Callback number: ${ticket.callback}`,
  '',
  ticket.body,
  '',
  `The refund API call failed: ${JSON.stringify(failedCrmCall)}`,
  'Draft the reply the agent should have sent.',
].join('\n');

const answer = await foundry.messages.create({
  model: DEPLOYMENT,
  max_tokens: 600,
  system: SUPPORT_SYSTEM_PROMPT,
  messages: [{ role: 'user', content: prompt }],
});

console.log(textOf(answer));
