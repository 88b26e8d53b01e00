import pino from 'pino';

export const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });

type Props = Record<string, string | number | boolean | undefined>;

/** Product analytics (our own Application Insights workspace). */
export const analytics = {
  track(event: string, props: Props = {}): void {
    logger.debug({ event, ...props }, 'analytics');
    void fetch(process.env.ANALYTICS_INGEST_URL ?? 'http://localhost:4318/ingest', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ event, props, ts: Date.now() }),
    }).catch(() => undefined);
  },
};
