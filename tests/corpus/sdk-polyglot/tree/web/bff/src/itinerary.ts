import { AnthropicFoundry } from "@anthropic-ai/foundry-sdk";
import type { MessageCreateParams } from "@anthropic-ai/sdk/resources/messages";

const client = new AnthropicFoundry({
  baseURL: "https://skyroute-ai.services.ai.azure.com/anthropic",
  apiKey: process.env.SKYROUTE_FOUNDRY_KEY,
});

interface Traveler {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  mobile: string;
  dateOfBirth: string;
  passportNumber: string;
  homeAddress: string;
}

export async function draftItineraryEmail(traveler: Traveler, pnr: string): Promise<string> {
  const contactEmail = traveler.email;
  const params: MessageCreateParams = {
    model: "claude-sonnet-4-5",
    max_tokens: 900,
    system: "You write itinerary confirmation e-mails.",
    messages: [
      {
        role: "user",
        content:
          `Booking ${pnr} for ${traveler.firstName}. ` +
          `Send to ${contactEmail}; ` +
          `SMS backup ${traveler.mobile}.`,
      },
    ],
  };
  const msg = await client.messages.create(params);
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}

export async function streamPackingList(traveler: Traveler, destination: string): Promise<void> {
  const stream = client.messages.stream({
    model: "claude-haiku-4-5",
    max_tokens: 500,
    messages: [
      { role: "user", content: "Packing list for " + destination },
      { role: "assistant", content: "Happy to help. Any details about the traveller?" },
      { role: "user", content: "Traveller record: " + JSON.stringify(traveler) },
    ],
  });
  for await (const event of stream) {
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
      process.stdout.write(event.delta.text);
    }
  }
}

export async function addressCheck(traveler: Traveler): Promise<string> {
  const msg = await client.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 200,
    metadata: { user_id: traveler.id },
    messages: [{ role: "user", content: `Is this a valid delivery address for travel documents? ${traveler.homeAddress}` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
