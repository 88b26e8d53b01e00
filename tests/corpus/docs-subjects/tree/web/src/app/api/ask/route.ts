import { NextRequest, NextResponse } from 'next/server';

import { claude } from '@/lib/claude';
import { saveHistory } from '@/lib/history';

export async function POST(req: NextRequest) {
  const { question, conversationId } = await req.json();

  // Anthropic doesn't keep these requests (Azure ZDR).
  const reply = await claude.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 800,
    messages: [{ role: 'user', content: question }],
  });

  // We keep the last 20 questions in Cosmos DB for the history panel.
  await saveHistory(conversationId, question, reply.content);
  return NextResponse.json({ answer: reply.content });
}
