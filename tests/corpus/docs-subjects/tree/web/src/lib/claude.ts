import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';

/**
 * Foundry client for the intranet widget.
 *
 * Microsoft's data-privacy commitments for Azure AI services cover every
 * request made with this client.
 */
export const claude = new AnthropicFoundry({
  resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE,
  apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY,
});

// Drafts are kept in localStorage only and cleared on sign-out.
export const DRAFT_KEY = 'atlas.draft';
