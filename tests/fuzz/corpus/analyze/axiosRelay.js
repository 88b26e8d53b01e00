'use strict';
// IVR relay from the 2023 pilot. Still called by the number-porting IVR flow.
const axios = require('axios');

const FOUNDRY_MESSAGES_URL = 'https://kestrel-care.openai.azure.com/anthropic/v1/messages';

const BASE_REQUEST = {
  model: 'claude-haiku-4-5',
  max_tokens: 400,
  temperature: 0.2,
};

function headers() {
  return {
    'api-key': process.env.ANTHROPIC_FOUNDRY_API_KEY,
    'anthropic-version': '2023-06-01',
    'content-type': 'application/json',
  };
}

/**
 * Explains to the caller why a port-in request was rejected by the donor
 * network, in words the IVR text-to-speech can read out.
 */
async function explainPortRejection(customer, portRequest) {
  const details = {
    ...portRequest,
    donorNetwork: portRequest.donor,
    portingPin: customer.portingPin,
  };
  const payload = {
    ...BASE_REQUEST,
    system: 'Explain the rejection in two short sentences a caller can follow.',
    messages: [{ role: 'user', content: JSON.stringify(details) }],
  };
  const { data } = await axios.post(FOUNDRY_MESSAGES_URL, payload, { headers: headers(), timeout: 8000 });
  return data.content[0].text;
}

async function retentionOffer(customer, openTickets) {
  const { data } = await axios.post(
    FOUNDRY_MESSAGES_URL,
    {
      ...BASE_REQUEST,
      messages: [
        {
          role: 'user',
          content: `Suggest one retention offer.\n${JSON.stringify({ ...customer, openTickets })}`,
        },
      ],
    },
    { headers: headers() },
  );
  return data.content[0].text;
}

module.exports = { explainPortRejection, retentionOffer };
