import { foundry, MODEL } from "../lib/foundry";
import { maskEmail } from "../lib/promptFormat";

interface Candidate {
  id: number;
  fullName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
}

function contactBlock(c: Candidate, label: string = c.phone): string {
  return `Call ${c.fullName} on ${label}`;
}

export async function scheduleInterview(c: Candidate, slots: string[]) {
  const lines: string[] = [];
  lines.push(contactBlock(c));
  lines.push(`Birthday (for the calendar greeting): ${c.dateOfBirth}`);
  for (const s of slots) lines.push(`Slot: ${s}`);
  return foundry.messages.create({
    model: MODEL,
    max_tokens: 400,
    messages: [{ role: "user", content: lines.join("\n") }],
  });
}

export async function scheduleMasked(c: Candidate, slots: string[]) {
  const who = `candidate #${c.id} (${maskEmail(c.email)})`;
  return foundry.messages.create({
    model: MODEL,
    max_tokens: 400,
    messages: [{ role: "user", content: `Propose interview slots for ${who} from: ${slots.join(", ")}` }],
  });
}
