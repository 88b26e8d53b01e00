"use server";

import { foundry, MODEL } from "@/lib/foundry";
import { getEmployee } from "@/lib/db";

export async function summarizeEmployee(employeeId: number): Promise<string> {
  const employee = await getEmployee(employeeId);
  const msg = await foundry.messages.create({
    model: MODEL,
    max_tokens: 800,
    messages: [{ role: "user", content: "Summarise for onboarding: " + JSON.stringify(employee) }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}

export async function teamSize(teamId: number, count: number): Promise<string> {
  const msg = await foundry.messages.create({
    model: MODEL,
    max_tokens: 100,
    messages: [{ role: "user", content: `Team ${teamId} has ${count} people. Suggest an onboarding buddy ratio.` }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
