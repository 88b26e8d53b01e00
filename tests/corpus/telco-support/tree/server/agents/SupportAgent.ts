import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import type { MessageParam, Tool, ToolResultBlockParam } from '@anthropic-ai/sdk/resources/messages';
import { loadCustomer } from '../../src/crm/customers';
import { hashAccountId, maskMsisdn } from '../../src/lib/sanitize';
import { SUPPORT_SYSTEM_PROMPT, limits } from '../../src/lib/prompts';
import { usageFor, openTicket } from '../crm/usage';

const TOOLS: Tool[] = [
  {
    name: 'get_customer_profile',
    description: 'Full profile of the customer on this conversation.',
    input_schema: { type: 'object', properties: {} },
  },
  {
    name: 'get_usage',
    description: 'Data, minutes and roaming usage for the current billing cycle.',
    input_schema: { type: 'object', properties: {} },
  },
  {
    name: 'open_ticket',
    description: 'Open a fault ticket and return its reference.',
    input_schema: {
      type: 'object',
      properties: { summary: { type: 'string' }, severity: { type: 'string' } },
      required: ['summary'],
    },
  },
];

/**
 * Tool-using assistant for the agent desktop.
 *
 * Note for reviewers: Anthropic processes these prompts as an independent
 * processor and may keep them for up to 30 days (longer if flagged); Azure's
 * zero data retention does not extend to Claude. Keep tool results minimal.
 */
export class SupportAgent {
  private client: AnthropicFoundry;
  private readonly deployment: string;

  constructor(deployment = process.env.FOUNDRY_DEPLOYMENT ?? 'claude-sonnet-4-5') {
    this.client = new AnthropicFoundry({
      resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE,
      apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
    });
    this.deployment = deployment;
  }

  async run(accountId: string, question: string): Promise<string> {
    const customer = await loadCustomer(accountId);
    const pseudonym = hashAccountId(customer.accountId);
    const messages: MessageParam[] = [{ role: 'user', content: question }];

    for (let turn = 0; turn < limits.maxTurns; turn++) {
      const response = await this.client.messages.create({
        model: this.deployment,
        max_tokens: limits.maxTokens,
        system: SUPPORT_SYSTEM_PROMPT,
        tools: TOOLS,
        messages,
      });
      if (response.stop_reason !== 'tool_use') {
        return response.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
      }

      messages.push({ role: 'assistant', content: response.content });
      const results: ToolResultBlockParam[] = [];
      for (const block of response.content) {
        if (block.type !== 'tool_use') continue;
        let content: string;
        switch (block.name) {
          case 'get_customer_profile':
            content = JSON.stringify(customer);
            break;
          case 'get_usage':
            content = JSON.stringify(await usageFor(pseudonym));
            break;
          case 'open_ticket': {
            const input = block.input as { summary: string; severity?: string };
            const ref = await openTicket(pseudonym, input.summary, input.severity ?? 'normal');
            content = `Ticket ${ref} opened for ${maskMsisdn(customer.msisdn)}`;
            break;
          }
          default:
            content = `Unknown tool ${block.name}`;
        }
        results.push({ type: 'tool_result', tool_use_id: block.id, content });
      }
      messages.push({ role: 'user', content: results });
    }
    return 'Sorry, I could not finish that. An agent will pick it up.';
  }

  async handoffNote(accountId: string, reason: string): Promise<string> {
    const customer = await loadCustomer(accountId);
    const pinOnFile = Boolean(customer.accountPin);
    const note = await this.client.messages.create({
      model: this.deployment,
      max_tokens: 300,
      messages: [
        {
          role: 'user',
          content: [
            `Write a handoff note for the second-line team. Reason: ${reason}.`,
            `Identity verified with PIN: ${pinOnFile ? 'yes' : 'no'}.`,
            `Call the customer back on ${customer.contactPhone}.`,
          ].join('\n'),
        },
      ],
    });
    return note.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
  }
}
