#!/usr/bin/env node
// Asks Claude to sanity-check the local configuration before `npm run dev`.
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';

const root = resolve(import.meta.dirname, '..');
const envPath = resolve(root, '.env');
const examplePath = resolve(root, '.env.example');

if (!existsSync(envPath)) {
  console.error('No .env yet: cp .env.example .env');
  process.exit(1);
}

const localEnv = readFileSync(envPath, 'utf8');
const example = readFileSync(examplePath, 'utf8');

const client = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE ?? 'kestrel-care' });

const review = await client.messages.create({
  model: 'claude-haiku-4-5',
  max_tokens: 500,
  messages: [
    {
      role: 'user',
      content: `Compare my .env with the template and list missing or malformed settings.\n\n# template\n${example}\n\n# mine\n${localEnv}`,
    },
  ],
});

for (const block of review.content) {
  if (block.type === 'text') console.log(block.text);
}
