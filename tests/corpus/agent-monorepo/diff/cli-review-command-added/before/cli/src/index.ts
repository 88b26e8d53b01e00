#!/usr/bin/env node
import { Command } from 'commander';
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { redactSecrets } from './redact';

const claude = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});
const MODEL = process.env.CRMAI_MODEL ?? 'claude-sonnet-4-5';

function text(msg: { content: Array<{ type: string; text?: string }> }): string {
  return msg.content.map((b) => (b.type === 'text' ? b.text ?? '' : '')).join('');
}

const program = new Command();
program.name('crmai').description('Developer helpers for the crm-agents monorepo');

program
  .command('explain-config')
  .description('Explain the local .env with secrets masked')
  .action(async () => {
    const masked = redactSecrets(readFileSync('.env', 'utf8'));
    const msg = await claude.messages.create({
      model: MODEL,
      max_tokens: 800,
      messages: [{ role: 'user', content: `Explain these settings:\n${masked}` }],
    });
    console.log(text(msg));
  });

program
  .command('env-check')
  .description('Which expected variables are missing?')
  .action(async () => {
    const names = Object.keys(process.env).sort().join(', ');
    const msg = await claude.messages.create({
      model: MODEL,
      max_tokens: 300,
      messages: [{ role: 'user', content: `Expected ANTHROPIC_FOUNDRY_*, DATABASE_URL. Set: ${names}` }],
    });
    console.log(text(msg));
  });

program.parseAsync();
