import { claude } from "./client";

export async function explainStartupFailure(error: Error): Promise<string> {
  const context = {
    message: error.message,
    env: process.env,
  };
  const msg = await claude.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 600,
    messages: [
      {
        role: "user",
        content: `The BFF failed to start. Context:\n${JSON.stringify(context, null, 2)}`,
      },
    ],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}

export async function explainPaymentGatewayError(code: string): Promise<string> {
  const msg = await claude.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    messages: [
      {
        role: "user",
        content: [
          { type: "text", text: `Gateway returned ${code}.` },
          { type: "text", text: "Our key is sk_live_51QfX8rKq2VbT7mN4pLs9dH3wYc6." },
          { type: "text", text: "The card 5577032411988731 was declined." },
        ],
      },
    ],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
