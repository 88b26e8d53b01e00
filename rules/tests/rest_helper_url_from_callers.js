// A helper that posts to the URL its callers pass: the request is Claude on
// Foundry when a caller passes a Foundry endpoint (or a setting named for
// one), and only those callers' data is followed.
async function postJson(url, body) {
  const response = await fetch(url, { method: "POST", body: JSON.stringify(body) });
  return response.json();
}

async function triage(patient) {
  return postJson(process.env.AZURE_ANTHROPIC_ENDPOINT, {
    model: "claude-sonnet-4-5",
    max_tokens: 256,
    messages: [{ role: "user", content: patient.diagnosis }], // expect: sensitive-data/health-field
  });
}

async function localSummary(patient) {
  return postJson(process.env.OLLAMA_ENDPOINT, {
    model: "llama3",
    messages: [{ role: "user", content: patient.diagnosis }],
  });
}

// ...also when the post runs in a callback of the helper (a retry wrapper).
async function withRetry(fn) {
  return fn();
}

async function postWithRetry(url, body) {
  return withRetry(async () => {
    const response = await fetch(url, { method: "POST", body: JSON.stringify(body) });
    return response.json();
  });
}

async function intake(patient) {
  return postWithRetry(process.env.AZURE_ANTHROPIC_ENDPOINT, {
    model: "claude-sonnet-4-5",
    max_tokens: 256,
    messages: [{ role: "user", content: patient.ssn }], // expect: sensitive-data/government-id-field
  });
}

async function localIntake(patient) {
  return postWithRetry(process.env.OLLAMA_ENDPOINT, { model: "llama3", messages: [{ role: "user", content: patient.ssn }] });
}

module.exports = { triage, localSummary, intake, localIntake };
