import { Worker, Job } from 'bullmq';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { redis } from './redis';

type PayoutJob = {
  sellerId: string;
  amountCents: number;
  currency: string;
  payout: { holderName: string; iban?: string; routingNumber?: string; accountNumber?: string };
};

const claude = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE });

async function reviewPayout(job: Job<PayoutJob>): Promise<string> {
  const { payout } = job.data;
  const bankLines = `IBAN ${payout.iban ?? 'n/a'}
Routing ${payout.routingNumber ?? 'n/a'}
Account ${payout.accountNumber ?? 'n/a'}`;
  const msg = await claude.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 300,
    system: 'Flag payouts whose bank details look inconsistent with the seller country.',
    messages: [
      {
        role: 'user',
        content: `Seller ${job.data.sellerId} payout of ${job.data.amountCents / 100} ${job.data.currency}.\n${bankLines}`,
      },
    ],
  });
  return msg.content[0]?.type === 'text' ? msg.content[0].text : '';
}

async function summarizeBatch(job: Job<{ count: number; totalCents: number }>): Promise<string> {
  // Aggregates only.
  const msg = await claude.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 100,
    messages: [{ role: 'user', content: `Payout batch: ${job.data.count} payouts, ${job.data.totalCents} cents total. One line summary.` }],
  });
  return msg.content[0]?.type === 'text' ? msg.content[0].text : '';
}

export const payoutWorker = new Worker<PayoutJob>('payout-review', reviewPayout, { connection: redis, concurrency: 4 });
export const batchWorker = new Worker('payout-batch-summary', summarizeBatch, { connection: redis });
