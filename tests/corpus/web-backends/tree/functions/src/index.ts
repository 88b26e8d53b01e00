import { onRequest } from 'firebase-functions/v2/https';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';

const claude = new AnthropicFoundry({
  baseURL: 'https://bazaarly-ai.services.ai.azure.com/anthropic',
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

// Seller onboarding: Claude explains which KYC fields still look wrong.
export const kycExplain = onRequest({ region: 'europe-west1' }, async (req, res) => {
  const seller = req.body.seller;
  const res2 = await claude.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 400,
    messages: [
      {
        role: 'user',
        content: [
          `Shop: ${seller.shopName} (${seller.country})`,
          `Tax ID on file: ${seller.taxId}`,
          `Date of birth: ${seller.dateOfBirth}`,
          `Verification status: ${seller.kycStatus}`,
          'Explain in plain words what the seller should fix.',
        ].join('\n'),
      },
    ],
  });
  res.json({ text: res2.content[0]?.type === 'text' ? res2.content[0].text : '' });
});

// Health probe used by the uptime checker; sends a fixed string only.
export const claudePing = onRequest(async (_req, res) => {
  const r = await claude.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 5,
    messages: [{ role: 'user', content: 'ping' }],
  });
  res.json({ ok: r.stop_reason !== null });
});
