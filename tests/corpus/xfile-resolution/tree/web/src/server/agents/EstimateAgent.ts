import type { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';

import type { Lead } from '../estimates';

export class EstimateAgent {
  constructor(
    private readonly client: AnthropicFoundry,
    private readonly model: string,
  ) {}

  async followUp(lead: Lead & { homeAddress: string }, daysSilent: number): Promise<string> {
    const res = await this.client.messages.create({
      model: this.model,
      max_tokens: 300,
      system: 'Write a short, no-pressure follow-up for a home-improvement estimate.',
      messages: [
        {
          role: 'user',
          content: [
            `No reply for ${daysSilent} days.`,
            `Lead e-mail: ${lead.email}`,
            `Property: ${lead.homeAddress}`,
            `Notes: ${lead.projectNotes}`,
          ].join('\n'),
        },
      ],
    });
    return res.content[0].type === 'text' ? res.content[0].text : '';
  }
}
