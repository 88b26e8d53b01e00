// fg-test: repo-foundry
// A retry helper posts to the URL its callers build from a host they are
// given: `${baseHost}/anthropic/v1/messages`.  With a Foundry resource's host
// in the repository, that is Claude on Foundry; the OpenAI route's caller of
// the same helper is not followed.
const resourceId = process.env.RESOURCE_ID;
export const endpoint = `https://${resourceId}.services.ai.azure.com/api/projects/default`;

async function fetchWithRetry(url: string, init: RequestInit): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(url, init);
    if (response.ok || attempt > 3) return response;
  }
}

export async function streamAnthropic(baseHost: string, patient: { diagnosis: string }) {
  const url = `${baseHost}/anthropic/v1/messages`;
  const payload = JSON.stringify({
    model: "claude-sonnet-4-5",
    max_tokens: 256,
    messages: [{ role: "user", content: patient.diagnosis }], // expect: sensitive-data/health-field
  });
  return fetchWithRetry(url, { method: "POST", body: payload });
}

export async function streamOpenAI(baseHost: string, patient: { diagnosis: string }) {
  const url = `${baseHost}/openai/deployments/gpt-4o/chat/completions`;
  const payload = JSON.stringify({ messages: [{ role: "user", content: patient.diagnosis }] });
  return fetchWithRetry(url, { method: "POST", body: payload });
}
