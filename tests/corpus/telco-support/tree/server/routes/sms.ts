import { Router } from 'express';
import { foundry, FAST_DEPLOYMENT, textOf } from '../../src/lib/foundry';
import { logger } from '../../src/lib/telemetry';
import { sendSms } from '../sms/gateway';

export const smsRouter = Router();

/**
 * Inbound SMS from the gateway (form-encoded: From, Body, MessageSid).
 * Drafts a reply that an agent approves in the desktop before it is sent.
 */
smsRouter.post('/inbound', async (req, res) => {
  const senderMsisdn: string = req.body.From;
  const text: string = String(req.body.Body ?? '').slice(0, 1600);
  logger.info({ sid: req.body.MessageSid, senderMsisdn }, 'inbound sms');

  const draft = await foundry.messages.create({
    model: FAST_DEPLOYMENT,
    max_tokens: 220,
    system: 'Draft a reply of at most 300 characters. No links except my.kestrel.example.',
    messages: [
      {
        role: 'user',
        content: `SMS from ${senderMsisdn}:\n${text}`,
      },
    ],
  });

  await sendSms({ to: senderMsisdn, body: textOf(draft), requiresApproval: true });
  res.type('text/xml').send('<Response/>');
});
