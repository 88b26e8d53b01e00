// fg-test: repo-foundry
// A Messages API path with no host: on a client whose base address is set
// elsewhere, in a repository that runs Claude on Foundry, a Foundry request;
// the same path on a loopback host is the repository's own proxy under test.
const request = require("request");
const api = require("./api-client");

function summarise(patient) {
  return api.client.post("/v1/messages", {
    model: "claude-sonnet-4-5",
    max_tokens: 256,
    messages: [{ role: "user", content: patient.diagnosis }], // expect: sensitive-data/health-field
  });
}

function smokeTest(patient) {
  return request({
    host: "127.0.0.1",
    port: 8080,
    path: "/v1/messages",
    method: "POST",
    json: { model: "claude-sonnet-4-5", max_tokens: 256, messages: [{ role: "user", content: patient.diagnosis }] },
  });
}

module.exports = { summarise, smokeTest };
