import { Inject, Injectable } from '@nestjs/common';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { AzureOpenAI } from 'openai';
import { CLAUDE_CLIENT, CLAUDE_MODEL } from '../claude/claude.module';
import { buildPricePrompt, buildShippingPrompt, MODERATION_SYSTEM } from '@bazaarly/shared/prompts';
import type { MarketplaceUser } from '@bazaarly/shared';

const gpt = new AzureOpenAI({
  endpoint: 'https://bazaarly-oai.openai.azure.com',
  apiVersion: '2024-10-21',
  deployment: 'gpt-4o-mini',
});

@Injectable()
export class ListingsService {
  constructor(@Inject(CLAUDE_CLIENT) private readonly claude: AnthropicFoundry) {}

  async priceCheck(category: string, condition: 'new' | 'used' | 'refurbished', askingCents: number) {
    const res = await this.claude.messages.create({
      model: CLAUDE_MODEL,
      max_tokens: 150,
      system: MODERATION_SYSTEM,
      messages: [{ role: 'user', content: buildPricePrompt(category, condition, askingCents) }],
    });
    return res.content[0]?.type === 'text' ? res.content[0].text : '';
  }

  async shippingUpdate(orderId: string, carrier: string, daysLate: number) {
    const res = await this.claude.messages.stream({
      model: CLAUDE_MODEL,
      max_tokens: 200,
      messages: [{ role: 'user', content: buildShippingPrompt(orderId, carrier, daysLate) }],
    });
    return (await res.finalMessage()).content;
  }

  /** Welcome blurb for new sellers — this one runs on Azure OpenAI, not Claude. */
  async welcomeBlurb(seller: MarketplaceUser) {
    const out = await gpt.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'user', content: `Write a welcome note for ${seller.firstName} ${seller.lastName} (${seller.email}, ${seller.phoneNumber}).` },
      ],
    });
    return out.choices[0]?.message?.content ?? '';
  }
}
