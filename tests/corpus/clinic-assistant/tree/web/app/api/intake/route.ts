import { NextResponse } from "next/server";
import { createAnthropic } from "@ai-sdk/anthropic";
import { generateText } from "ai";
import { createAzure } from "@ai-sdk/azure";

import { hashId } from "@/lib/phi";

// Claude on our Foundry resource via the Vercel AI SDK.
const foundryClaude = createAnthropic({
  baseURL: `https://${process.env.ANTHROPIC_FOUNDRY_RESOURCE}.services.ai.azure.com/anthropic/v1`,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

// GPT-4o on Azure OpenAI for the Spanish-language translation step.
const azureOpenAI = createAzure({
  resourceName: "harborview-oai",
  apiKey: process.env.AZURE_OPENAI_API_KEY,
});

type IntakeBody = {
  patientId: string;
  insuranceMemberId: string;
  email: string;
  reasonForVisit: string;
  preferredLanguage: string;
};

export async function POST(req: Request) {
  const body = (await req.json()) as IntakeBody;

  const { text: triage } = await generateText({
    model: foundryClaude("claude-haiku-4-5"),
    system: "Classify the visit reason into routine, urgent or emergency.",
    prompt: [
      `Member: ${body.insuranceMemberId}`,
      `Contact: ${body.email}`,
      `Reason: ${body.reasonForVisit}`,
    ].join("\n"),
  });

  const { text: translated } = await generateText({
    model: azureOpenAI("gpt-4o-translate"),
    prompt: `Translate for member ${body.insuranceMemberId} (${body.email}): ${triage}`,
  });

  const { text: followUp } = await generateText({
    model: foundryClaude("claude-haiku-4-5"),
    prompt: `Suggest one follow-up question for patient ${hashId(body.patientId)} in ${body.preferredLanguage}.`,
  });

  return NextResponse.json({ triage, translated, followUp });
}
