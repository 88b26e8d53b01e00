// Prompt formatting utilities. Pure string helpers; no model calls here.
export function maskEmail(email: string): string {
  const [user, domain] = email.split("@");
  return `${user.slice(0, 1)}***@${domain}`;
}

export function redact(text: string): string {
  return text.replace(/\b\d{3}-\d{2}-\d{4}\b/g, "[SSN]").replace(/\S+@\S+/g, "[EMAIL]");
}

export function bulletList(items: string[]): string {
  return items.map((i) => `- ${i}`).join("\n");
}
