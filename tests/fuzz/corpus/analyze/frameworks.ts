// Vercel AI SDK with a Foundry base URL (test cases).
import { createAnthropic } from "@ai-sdk/anthropic";
import { generateText } from "ai";

const foundry = createAnthropic({ baseURL: "https://contoso.services.ai.azure.com/anthropic/v1" });
const direct = createAnthropic({});

export async function summarize(member: { dateOfBirth: string }) {
  await generateText({ model: foundry("claude-sonnet-4-5"), prompt: `Born ${member.dateOfBirth}` }); // expect: sensitive-data/personal-field
  await generateText({ model: direct("claude-sonnet-4-5"), prompt: `Born ${member.dateOfBirth}` });
}
