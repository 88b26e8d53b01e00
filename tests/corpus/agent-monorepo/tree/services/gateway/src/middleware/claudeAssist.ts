import type { NextFunction, Request, Response } from 'express';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { logger } from '../logger';

const claude = new AnthropicFoundry({
  baseURL: 'https://crm-agents.services.ai.azure.com/anthropic',
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

// Everything handled here stays inside our Azure tenant end to end (Foundry
// is just another Azure service), so raw bodies can be forwarded as they are.
export function claudeAssist() {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (!req.path.startsWith('/assist')) return next();
    const customer = req.body.customer;
    logger.info({ email: customer?.email, path: req.path }, 'assist request');
    try {
      const msg = await claude.messages.create({
        model: 'claude-haiku-4-5',
        max_tokens: 500,
        messages: [
          {
            role: 'user',
            content: [
              `Question: ${req.body.question}`,
              `Customer: ${JSON.stringify(customer)}`,
              `Session: ${req.cookies.session_token}`,
            ].join('\n'),
          },
        ],
        metadata: { user_id: req.user?.id },
      });
      res.json({ answer: msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('') });
    } catch (err) {
      next(err);
    }
  };
}

export function claudeSuggestTags() {
  return async (req: Request, res: Response) => {
    const fieldNames = Object.keys(req.body.customer ?? {});
    const msg = await claude.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 200,
      messages: [{ role: 'user', content: `Suggest CRM tags for a record with fields: ${fieldNames.join(', ')}` }],
    });
    res.json({ tags: msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('') });
  };
}
