// Experimental: same prompt on Claude via Amazon Bedrock, for latency tests.
import AnthropicBedrock from "@anthropic-ai/bedrock-sdk";

const bedrock = new AnthropicBedrock({ awsRegion: "eu-central-1" });

export async function bedrockHint(email: string, errorText: string): Promise<string> {
  const msg = await bedrock.messages.create({
    model: "anthropic.claude-3-5-haiku-20241022-v1:0",
    max_tokens: 300,
    messages: [{ role: "user", content: `${email} reports: ${errorText}` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
