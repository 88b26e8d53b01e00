import { Global, Module } from '@nestjs/common';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';

export const CLAUDE_CLIENT = Symbol('CLAUDE_CLIENT');
export const CLAUDE_MODEL = process.env.CLAUDE_DEPLOYMENT ?? 'claude-sonnet-4-5';

/**
 * Provides the one Claude client every Nest service injects.
 *
 * The deployment sits inside the bazaarly-prod Azure subscription, so it
 * inherits the subscription's zero-retention setting: neither Microsoft nor
 * Anthropic keeps a copy of what the marketplace sends to Claude.
 */
@Global()
@Module({
  providers: [
    {
      provide: CLAUDE_CLIENT,
      useFactory: () =>
        new AnthropicFoundry({
          resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE,
          apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
          maxRetries: 2,
        }),
    },
  ],
  exports: [CLAUDE_CLIENT],
})
export class ClaudeModule {}
