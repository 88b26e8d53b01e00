import { z } from 'zod';

export const signupSchema = z.object({
  email: z.string().email(),
  password: z.string().min(12),
  phoneNumber: z.string().regex(/^\+?[0-9 ()-]{7,20}$/).optional(),
  dateOfBirth: z.string().date(),
});

export const payoutSchema = z.object({
  holderName: z.string().min(2),
  iban: z.string().regex(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/).optional(),
  routingNumber: z.string().length(9).optional(),
  accountNumber: z.string().min(4).max(17).optional(),
  taxId: z.string().optional(),
});

export const cardSchema = z.object({
  cardNumber: z.string().regex(/^\d{13,19}$/),
  cvv: z.string().regex(/^\d{3,4}$/),
  expiry: z.string().regex(/^(0[1-9]|1[0-2])\/\d{2}$/),
});

export type Signup = z.infer<typeof signupSchema>;
export type Payout = z.infer<typeof payoutSchema>;
