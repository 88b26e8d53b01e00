import { Worker } from 'bullmq';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';

const claude = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE });

export const kycWorker = new Worker('kyc-explain', async (job) => {
  const seller = job.data.seller;
  const lines = [
    `Shop ${seller.shopName} in ${seller.country}`,
    `KYC status: ${seller.kycStatus}`,
    `Tax id: ${seller.taxId}`,
  ];
  const msg = await claude.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 200,
    messages: [{ role: 'user', content: lines.join('\n') }],
  });
  return msg.content[0]?.type === 'text' ? msg.content[0].text : '';
});
