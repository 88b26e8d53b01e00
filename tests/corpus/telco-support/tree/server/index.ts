import express from 'express';
import { smsRouter } from './routes/sms';
import { SupportAgent } from './agents/SupportAgent';
import { openDispute } from './agents/disputes';
import { logger } from '../src/lib/telemetry';

const app = express();
app.use(express.json({ limit: '256kb' }));
app.use(express.urlencoded({ extended: false }));

app.use((req, _res, next) => {
  logger.info({ path: req.path, ip: req.ip }, 'request');
  next();
});

const agent = new SupportAgent();

app.post('/agent/ask', async (req, res) => {
  const { accountId, question } = req.body as { accountId: string; question: string };
  res.json({ answer: await agent.run(accountId, question) });
});

app.post('/agent/handoff', async (req, res) => {
  res.json({ note: await agent.handoffNote(req.body.accountId, req.body.reason) });
});

app.post('/disputes', async (req, res) => {
  res.json(await openDispute(req.body.accountId, req.body.chargeId));
});

app.use('/webhooks/sms', smsRouter);

// legacy IVR relays (CommonJS)
// eslint-disable-next-line @typescript-eslint/no-var-requires
app.use('/legacy', require('./legacy/fetchDiagnostics'));

const port = Number(process.env.PORT ?? 4000);
app.listen(port, () => logger.info({ port }, 'kestrel-care server up'));
