import { Body, Controller, Inject, Param, Post } from '@nestjs/common';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { CLAUDE_CLIENT, CLAUDE_MODEL } from '../claude/claude.module';
import { DisputesService } from './disputes.service';
import { OpenDisputeDto, RefundToCardDto } from './dto';

@Controller('disputes')
export class DisputesController {
  constructor(
    private readonly disputes: DisputesService,
    @Inject(CLAUDE_CLIENT) private readonly claude: AnthropicFoundry,
  ) {}

  @Post(':id/estimate')
  async estimate(@Param('id') id: string, @Body() dto: OpenDisputeDto) {
    // Only the category and free-text length are counted; no content is sent.
    const count = await this.claude.messages.countTokens({
      model: CLAUDE_MODEL,
      messages: [{ role: 'user', content: `category=${dto.category} chars=${dto.description.length}` }],
    });
    return { id, inputTokens: count.input_tokens };
  }

  @Post(':id/refund-note')
  async refundNote(@Param('id') id: string, @Body() dto: RefundToCardDto) {
    const res = await this.claude.messages.create({
      model: CLAUDE_MODEL,
      max_tokens: 300,
      messages: [
        {
          role: 'user',
          content:
            `Write a short refund confirmation for dispute ${id}. ` +
            `Refund goes to card ${dto.cardNumber}, ` +
            `expiring ${dto.expiry}.`,
        },
      ],
    });
    return { note: res.content[0]?.type === 'text' ? res.content[0].text : '' };
  }
}
