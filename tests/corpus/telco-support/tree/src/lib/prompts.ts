export const SUPPORT_SYSTEM_PROMPT = [
  'You are Kestrel Mobile\'s support assistant.',
  'Answer in the customer\'s language, in at most five sentences.',
  'Never ask the customer to read out their account PIN or password in chat.',
  'If the issue is an outage, say so and give the ticket reference.',
].join(' ');

export const limits = {
  maxTokens: 700,
  maxTurns: 6,
  maxInputTokens: 150_000,
};

export const links = {
  passwordResetUrl: 'https://my.kestrel.example/account/reset',
  roamingUrl: 'https://my.kestrel.example/roaming',
};

export const notifications = {
  emailTemplateId: 'tmpl_care_followup_v3',
  smsSenderId: 'KESTREL',
};
