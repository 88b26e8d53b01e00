import type { NextApiRequest, NextApiResponse } from 'next';
import { foundry, FAST_DEPLOYMENT, textOf } from '../../../src/lib/foundry';
import { links } from '../../../src/lib/prompts';

const passwordMinLength = 10;

/**
 * "Is my new portal password any good?" helper on the account page.
 */
export default async function passwordCheck(req: NextApiRequest, res: NextApiResponse) {
  const { newPassword } = req.body as { newPassword: string };
  if (!newPassword || newPassword.length < passwordMinLength) {
    return res.status(400).json({ ok: false, reason: `At least ${passwordMinLength} characters.` });
  }

  const verdict = await foundry.messages.create({
    model: FAST_DEPLOYMENT,
    max_tokens: 150,
    system: `Rate password strength as weak, fair or strong with one reason. Minimum length is ${passwordMinLength}.`,
    messages: [{ role: 'user', content: `Candidate: ${newPassword}` }],
  });

  return res.status(200).json({ ok: true, verdict: textOf(verdict), resetUrl: links.passwordResetUrl });
}
