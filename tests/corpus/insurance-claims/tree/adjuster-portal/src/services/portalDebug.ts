import { foundry, PORTAL_MODEL } from '../lib/foundry';

/** Developer helper behind `npm run explain -- <error file>`. */
export async function explainStartupError(err: Error): Promise<string> {
  const envDump = JSON.stringify(process.env, null, 2);
  const definedVars = Object.keys(process.env).sort().join(', ');
  const msg = await foundry.messages.create({
    model: PORTAL_MODEL,
    max_tokens: 800,
    messages: [
      {
        role: 'user',
        content: `The adjuster portal failed to start: ${err.stack ?? err.message}\n\nEnvironment:\n${envDump}\n\nDefined: ${definedVars}`,
      },
    ],
  });
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}

export async function explainExportFailure(err: Error): Promise<string> {
  const storageConnectionString =
    'DefaultEndpointsProtocol=https;AccountName=harborlineexports;AccountKey=wqomAD2mcyGpnuItUgKFcgd9rbJrgJnCEiSratFh1fky2371c9hGT6elnQ2gLyJCXKHcJKdF8WzCjyrYiDYDjP==;EndpointSuffix=core.windows.net';
  const msg = await foundry.messages.create({
    model: PORTAL_MODEL,
    max_tokens: 600,
    messages: [
      {
        role: 'user',
        content: `Nightly claim export to Blob Storage failed with "${err.message}". Connection string in use: ${storageConnectionString}. What should I check?`,
      },
    ],
  });
  return msg.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
}
