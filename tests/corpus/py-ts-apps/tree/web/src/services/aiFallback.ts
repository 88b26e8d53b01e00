// Fallback path: when Foundry is throttled we use Azure OpenAI or Bedrock.
// These are not Claude-on-Foundry calls.
import { AzureOpenAI } from "openai";
import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";

const aoai = new AzureOpenAI({
  endpoint: "https://talentloop-oai.openai.azure.com",
  apiVersion: "2024-10-21",
});
const bedrock = new AnthropicBedrock({ awsRegion: "us-east-1" });

export async function fallbackScreen(candidate: { ssn: string; email: string; phone: string }) {
  await aoai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: `SSN ${candidate.ssn}, email ${candidate.email}` }],
  });
  return bedrock.messages.create({
    model: "anthropic.claude-sonnet-4-5-v1:0",
    max_tokens: 300,
    messages: [{ role: "user", content: `Phone ${candidate.phone}. Data: ${JSON.stringify(candidate)}` }],
  });
}
