import { describe, expect, it } from 'vitest';
import { foundry, FAST_DEPLOYMENT, textOf } from '../src/lib/foundry';

const live = process.env.RUN_LIVE_SMOKE === '1';

const sample = {
  email: 'user@example.com',
  msisdn: '+00 0000 000000',
  accountPin: '<account-pin>',
  planName: 'SIM Only 30GB',
};

describe.runIf(live)('foundry smoke', () => {
  it('answers a plan question with placeholder data', async () => {
    const reply = await foundry.messages.create({
      model: FAST_DEPLOYMENT,
      max_tokens: 120,
      messages: [
        {
          role: 'user',
          content: `Customer ${sample.email} on ${sample.planName} asks how roaming works. PIN on file: ${sample.accountPin}.`,
        },
      ],
    });
    expect(textOf(reply).length).toBeGreaterThan(0);
  });

  it('counts tokens', async () => {
    const count = await foundry.messages.countTokens({
      model: FAST_DEPLOYMENT,
      messages: [{ role: 'user', content: 'What is the EU roaming allowance on SIM Only 30GB?' }],
    });
    expect(count.input_tokens).toBeGreaterThan(0);
  });
});
