"use server";

import { foundry } from "@/lib/foundry";
import { getPatient } from "@/lib/db";
import { maskEmail } from "@/lib/phi";

export async function draftReminder(patientId: string) {
  const patient = await getPatient(patientId);
  const msg = await foundry.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 200,
    messages: [
      {
        role: "user",
        content: `Draft a visit reminder for ${maskEmail(patient.email)} about ${patient.nextVisitType}.`,
      },
    ],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
