import Anthropic from '@anthropic-ai/sdk';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { readFileSync } from 'node:fs';

const foundry = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE });
// Direct Anthropic API (separate org with its own ZDR addendum) for the on-call digest.
const direct = new Anthropic();

export async function explainBrokenRelease(log: string): Promise<string> {
  const prompt = `Release failed. Log:\n${log}\n
Config at failure time:
ANTHROPIC_API_KEY=sk-ant-api03-PtYgjmUhBel31iEl2hpChYgCfrL1spNxnyVmihA-2O76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKqFYAA
GITHUB_TOKEN=ghp_z63FfkCzJr4i0B3JrTAwR4y9ojfljoQoaF1L
AWS_ACCESS_KEY_ID=AKIALQSAJ2XUID5RK7TW
EXPORTS_STORAGE=DefaultEndpointsProtocol=https;AccountName=bazaarlyexports;AccountKey=9ZhyiA4uoRgnatmUdjAWtGSU8po+799NksnRH9ucAUsdMlHUvTCQCyEZDz/TddJ8HyS5SUkCnD8zRA9a9SkpXz==;EndpointSuffix=core.windows.net
DATABASE_URL=postgres://bazaarly_app:Vq7mZp42rTxLw9@pg-prod.bazaarly.internal:5432/marketplace`;
  const msg = await foundry.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 800,
    messages: [{ role: 'user', content: prompt }],
  });
  return msg.content[0]?.type === 'text' ? msg.content[0].text : '';
}

export async function whyIsSigningBroken(): Promise<string> {
  const signingKey = readFileSync('certs/payout-signing.pem', 'utf8');
  const envDump = JSON.stringify(process.env);
  const sampleJwt =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1c3JfODI3MzEiLCJzaWQiOiI5ZjFjMmUiLCJpYXQiOjE3NjcyMjU2MDAsImV4cCI6MTc2NzMxMjAwMH0.9w3QlY7Zkuvqdt7s8Stqcbnr3yBdGBLEPH1qhT61qtc';
  const msg = await foundry.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 600,
    messages: [
      { role: 'user', content: `Payout signatures fail. Key:\n${signingKey}` },
      { role: 'user', content: `Env: ${envDump}` },
      { role: 'user', content: `A rejected token: ${sampleJwt}` },
    ],
  });
  return msg.content[0]?.type === 'text' ? msg.content[0].text : '';
}

export async function onCallDigest(): Promise<string> {
  const msg = await direct.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 300,
    messages: [{ role: 'user', content: `Env for digest: ${JSON.stringify(process.env)}` }],
  });
  return msg.content[0]?.type === 'text' ? msg.content[0].text : '';
}
