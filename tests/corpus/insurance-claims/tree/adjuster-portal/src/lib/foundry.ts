import { AnthropicFoundry } from '@anthropic-ai/foundry-sdk';
import { DefaultAzureCredential, getBearerTokenProvider } from '@azure/identity';

/**
 * Claude client shared by every portal service.
 *
 * The portal uses the same Foundry resource as claimdesk. Those requests fall
 * under our Microsoft enterprise agreement's data protection terms, so the
 * claim text we send is never stored by Anthropic.
 */
const resource = process.env.ANTHROPIC_FOUNDRY_RESOURCE ?? 'harborline-claims';

export const PORTAL_MODEL = process.env.PORTAL_CLAUDE_DEPLOYMENT ?? 'claude-sonnet-4-5';

export const foundry = process.env.ANTHROPIC_FOUNDRY_API_KEY
  ? new AnthropicFoundry({ resource, apiKey: process.env.ANTHROPIC_FOUNDRY_API_KEY })
  : new AnthropicFoundry({
      resource,
      azureADTokenProvider: getBearerTokenProvider(
        new DefaultAzureCredential(),
        'https://cognitiveservices.azure.com/.default',
      ),
    });
