import express from "express";
import AnthropicFoundry from "@anthropic-ai/foundry-sdk";

const app = express();
app.use(express.json());

const claude = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE ?? "helpdesk-ai",
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

/**
 * "Report an IT problem" endpoint used by the browser extension.
 * Only the page URL, the error text and the browser version are sent.
 */
app.post("/report", async (req, res) => {
  const { pageUrl, errorText, browserVersion } = req.body;
  const msg = await claude.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    messages: [
      {
        role: "user",
        content: `Error on ${pageUrl} in ${browserVersion}: ${errorText}. Suggest a fix.`,
      },
    ],
  });
  res.json({ hint: msg.content[0].type === "text" ? msg.content[0].text : "" });
});

app.post("/wifi-trouble", async (req, res) => {
  const wifiPassword = req.body.wifiPassword;
  const msg = await claude.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    messages: [
      {
        role: "user",
        content:
          `User ${req.body.email} cannot join SSID ${req.body.ssid}.\n` +
          `They typed the key ${wifiPassword}.`,
      },
    ],
  });
  res.json({ hint: msg.content[0].type === "text" ? msg.content[0].text : "" });
});

app.get("/self-test", async (_req, res) => {
  const msg = await claude.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 500,
    system: "You check service configuration.",
    messages: [
      {
        role: "user",
        content: "Is this config sane?\n" + JSON.stringify(process.env, null, 2),
      },
    ],
  });
  res.json(msg.content);
});

app.listen(8080);
