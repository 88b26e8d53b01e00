import { ClaudeJob } from './ClaudeJob';

interface ExpiringWarranty {
  appliance: string;
  expiresOn: string;
  owner: { fullName: string; email: string; phoneNumber: string };
}

export class WarrantyReminderJob extends ClaudeJob<ExpiringWarranty> {
  async run(w: ExpiringWarranty): Promise<string> {
    return this.ask(
      [
        `The ${w.appliance} warranty expires on ${w.expiresOn}.`,
        `Owner: ${w.owner.fullName}`,
        `E-mail: ${w.owner.email}`,
        'Write a two-line reminder offering an extended plan.',
      ].join('\n'),
    );
  }

  /** Count only, for the dashboard; nothing about the owner. */
  async preview(w: ExpiringWarranty): Promise<string> {
    return this.ask(`One ${w.appliance} warranty expires on ${w.expiresOn}. Suggest a subject line.`);
  }
}
