"use server";

import { foundry, CLAUDE_MODEL } from "@/lib/foundry";
import { getPatient, getVisit } from "@/lib/db";
import { maskEmail, redactPhi } from "@/lib/phi";

export async function summarizeVisitForPortal(patientId: string, visitId: string) {
  const patient = await getPatient(patientId);
  const visit = await getVisit(visitId);
  const greeting = `Summary for ${patient.firstName}.`;
  const born = `Born ${patient.dateOfBirth}.`;
  const allergyLine = `Allergies: ${patient.allergies.join(", ")}`;

  const msg = await foundry.messages.create({
    model: CLAUDE_MODEL,
    max_tokens: 800,
    system: "Write a friendly after-visit summary at a sixth-grade reading level.",
    messages: [
      {
        role: "user",
        content: [greeting, born, allergyLine, `Visit reason: ${redactPhi(visit.reason)}`].join("\n"),
      },
    ],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}

export async function draftReminderText(patientId: string) {
  const patient = await getPatient(patientId);
  const msg = await foundry.messages.create({
    model: CLAUDE_MODEL,
    max_tokens: 200,
    messages: [
      {
        role: "user",
        content: `Draft a reminder for a patient (${maskEmail(patient.email)}) with ${patient.upcomingVisits.length} upcoming visits.`,
      },
    ],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}
