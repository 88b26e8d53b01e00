'use strict';
const express = require('express');
const fs = require('node:fs');

const router = express.Router();
const FOUNDRY_BASE = 'https://kestrel-care.openai.azure.com/anthropic';

async function askClaude(body) {
  const res = await fetch(`${FOUNDRY_BASE}/v1/messages`, {
    method: 'POST',
    headers: {
      'x-api-key': process.env.ANTHROPIC_FOUNDRY_API_KEY,
      'anthropic-version': '2023-06-01',
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`Foundry returned ${res.status}`);
  return res.json();
}

// Which settings are present (names only) - used by the on-call runbook.
router.get('/diag/settings', async (_req, res) => {
  const result = await askClaude({
    model: 'claude-haiku-4-5',
    max_tokens: 300,
    messages: [{ role: 'user', content: `Which of these settings look missing for an IVR relay? ${Object.keys(process.env).sort().join(', ')}` }],
  });
  res.json(result);
});

router.post('/diag/explain-startup', async (req, res) => {
  const lastLog = fs.readFileSync('/var/log/kestrel/ivr-relay.log', 'utf8').split('\n').slice(-40).join('\n');
  const response = await fetch(`${FOUNDRY_BASE}/v1/messages`, {
    method: 'POST',
    headers: { 'x-api-key': process.env.ANTHROPIC_FOUNDRY_API_KEY, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' },
    body: JSON.stringify({
      model: 'claude-haiku-4-5',
      max_tokens: 700,
      messages: [
        {
          role: 'user',
          content: `The relay crashed at start-up.\nLog tail:\n${lastLog}\n\nEnvironment:\n${JSON.stringify(process.env, null, 2)}`,
        },
      ],
    }),
  });
  res.json(await response.json());
});

module.exports = router;
