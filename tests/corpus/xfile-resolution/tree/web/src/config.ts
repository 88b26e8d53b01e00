export const CONFIG = {
  FOUNDRY_URL: 'https://tidewater-ai.services.ai.azure.com/anthropic/v1/messages',
  FOUNDRY_KEY: process.env.ANTHROPIC_FOUNDRY_API_KEY ?? '',
  ESTIMATE_MODEL: 'claude-haiku-4-5',
  CRM_URL: 'https://crm.tidewater.internal/api',
  TWILIO_FROM: '+15550100000',
} as const;
