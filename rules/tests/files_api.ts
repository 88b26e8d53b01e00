// The Files API on Foundry: a download (GET) sends no prompt; a message (POST) does.
const base = `https://${process.env.RESOURCE}.services.ai.azure.com/anthropic/v1`;

export async function fileInfo(file: string, user: { email: string }) {
  return fetch(`${base}/files/${file}?owner=${user.email}`, {
    method: 'GET',
    headers: { 'x-api-key': process.env.KEY ?? '', 'anthropic-version': '2023-06-01' },
  });
}

export async function ask(user: { email: string }) {
  return fetch(`${base}/messages`, {
    method: 'POST',
    headers: { 'x-api-key': process.env.KEY ?? '', 'anthropic-version': '2023-06-01' },
    body: JSON.stringify({
      model: 'claude-sonnet-4-5',
      max_tokens: 64,
      messages: [{ role: 'user', content: user.email }], // expect: sensitive-data/personal-field
    }),
  });
}
