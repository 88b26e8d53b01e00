import { app, HttpRequest, HttpResponseInit } from '@azure/functions';
import AnthropicFoundry from '@anthropic-ai/foundry-sdk';
import { buildModerationPrompt } from '@bazaarly/shared/prompts';

// Note for reviewers: this goes to Claude through Foundry, and Azure's
// zero-data-retention promise does not extend to Anthropic models. Anthropic
// can hold prompts for a few weeks for abuse checks, so only the public
// listing text is sent here — never the seller's account data.
const claude = new AnthropicFoundry({ resource: process.env.ANTHROPIC_FOUNDRY_RESOURCE });

app.http('listingModeration', {
  methods: ['POST'],
  authLevel: 'function',
  handler: async (req: HttpRequest): Promise<HttpResponseInit> => {
    const listing = (await req.json()) as { id: string; title: string; description: string; category: string };
    const msg = await claude.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 200,
      system: 'Classify marketplace listings: ok | prohibited | needs_review.',
      messages: [{ role: 'user', content: buildModerationPrompt(listing.title, listing.description, listing.category) }],
    });
    return { jsonBody: { id: listing.id, verdict: msg.content[0]?.type === 'text' ? msg.content[0].text : 'needs_review' } };
  },
});
