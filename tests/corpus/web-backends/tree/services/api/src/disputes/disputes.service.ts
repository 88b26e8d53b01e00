import { Inject, Injectable } from '@nestjs/common';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { CLAUDE_CLIENT, CLAUDE_MODEL } from '../claude/claude.module';
import { hashEmail } from '../privacy/hashing';
import type { Dispute, MarketplaceUser, ChatThread } from '@bazaarly/shared';

@Injectable()
export class DisputesService {
  constructor(@Inject(CLAUDE_CLIENT) private readonly claude: AnthropicFoundry) {}

  /** Mediator draft shown to the trust & safety agent. */
  async draftMediation(dispute: Dispute, thread: ChatThread): Promise<string> {
    const buyer = dispute.buyer;
    const sellerPhone = dispute.seller.phoneNumber;
    const transcript = thread.messages
      .map((m) => `${m.senderRole}: ${m.body}`)
      .join('\n');
    const prompt = [
      `Order ${dispute.orderId}, reason: ${dispute.reasonCode}`,
      `Buyer contact: ${buyer.email}`,
      `Seller phone: ${sellerPhone}`,
      `Conversation so far:\n${transcript}`,
    ].join('\n');

    const res = await this.claude.messages.create({
      model: CLAUDE_MODEL,
      max_tokens: 800,
      system: 'You are a neutral mediator for a peer-to-peer marketplace.',
      messages: [{ role: 'user', content: prompt }],
    });
    return res.content[0]?.type === 'text' ? res.content[0].text : '';
  }

  /** Escalation summary: the agent wanted "everything we know". */
  async escalationSummary(user: MarketplaceUser): Promise<string> {
    const res = await this.claude.messages.create({
      model: CLAUDE_MODEL,
      max_tokens: 1000,
      messages: [
        {
          role: 'user',
          content: `Summarise this account for an escalation:\n${JSON.stringify(user)}`,
        },
      ],
    });
    return res.content[0]?.type === 'text' ? res.content[0].text : '';
  }

  /** Duplicate-account check: only a keyed hash and counts go out. */
  async duplicateHint(user: MarketplaceUser, priorDisputes: number): Promise<string> {
    const res = await this.claude.messages.create({
      model: CLAUDE_MODEL,
      max_tokens: 200,
      metadata: { user_id: user.id },
      messages: [
        {
          role: 'user',
          content: `Account ${hashEmail(user.email)} has ${priorDisputes} prior disputes. Suggest a review tier (low|medium|high).`,
        },
      ],
    });
    return res.content[0]?.type === 'text' ? res.content[0].text : 'medium';
  }
}
