import { NextRequest, NextResponse } from "next/server";
import { foundry, MODEL } from "@/lib/foundry";

export async function POST(req: NextRequest) {
  const body = await req.json();
  const {
    fullName,
    email,
    salaryExpectation,
  } = body;
  const system = `You screen applicants. Applicant: ${fullName}`;
  const msg = await foundry.messages.create({
    model: MODEL,
    max_tokens: 600,
    system,
    messages: [
      {
        role: "user",
        content: [
          `Email ${email}.`,
          `Expects ${salaryExpectation} USD.`,
          `Resume: ${body.resume}`,
        ].join(" "),
      },
    ],
  });
  return NextResponse.json({ text: msg.content[0].type === "text" ? msg.content[0].text : "" });
}

export async function PUT(req: NextRequest) {
  const { candidateId, stage } = await req.json();
  const msg = await foundry.messages.create({
    model: MODEL,
    max_tokens: 200,
    messages: [{ role: "user", content: `Candidate ${candidateId} moved to ${stage}. Draft a recruiter reminder.` }],
  });
  return NextResponse.json({ ok: true, msg });
}
