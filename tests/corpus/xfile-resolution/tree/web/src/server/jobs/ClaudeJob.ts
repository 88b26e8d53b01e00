import { claude, CLAUDE_MODEL } from '@/lib/claude';

/** Base for scheduled jobs that need one Claude completion per item. */
export abstract class ClaudeJob<Item> {
  protected readonly client = claude;
  protected readonly maxTokens: number = 400;

  protected async ask(text: string): Promise<string> {
    const res = await this.client.messages.create({
      model: CLAUDE_MODEL,
      max_tokens: this.maxTokens,
      messages: [{ role: 'user', content: text }],
    });
    return res.content[0].type === 'text' ? res.content[0].text : '';
  }

  abstract run(item: Item): Promise<string>;
}
