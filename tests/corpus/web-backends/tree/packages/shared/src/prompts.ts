/**
 * Prompt builders shared by the Nest API, the Functions and the workers.
 * They accept only listing text, ids and enums — never account fields.
 * (If you need a contact example in a prompt, use user@example.com.)
 */

export const MODERATION_SYSTEM =
  'You review listings on Bazaarly. Never ask the seller for their email, phone number or bank details.';

export function buildModerationPrompt(title: string, description: string, category: string): string {
  return `Category: ${category}\nTitle: ${title}\nDescription:\n${description}\n\nVerdict?`;
}

export function buildPricePrompt(category: string, condition: 'new' | 'used' | 'refurbished', askingCents: number): string {
  return `A ${condition} item in ${category} is listed at ${(askingCents / 100).toFixed(2)}. Is that price plausible?`;
}

export function buildShippingPrompt(orderId: string, carrier: string, daysLate: number): string {
  return `Order ${orderId} via ${carrier} is ${daysLate} days late. Draft a polite status update.`;
}
