import { AzureOpenAI } from 'openai';
import type { Customer } from '../../src/crm/customers';

// GPT-4o mini on Azure OpenAI, used when the Claude deployment is throttled.
// Azure OpenAI: our modified-abuse-monitoring request was approved for this
// resource, so GPT prompts and completions are not stored by Microsoft.
const gpt = new AzureOpenAI({
  endpoint: process.env.AZURE_OPENAI_ENDPOINT ?? 'https://kestrel-gpt.openai.azure.com',
  apiKey: process.env.AZURE_OPENAI_API_KEY,
  apiVersion: '2024-10-21',
  deployment: 'gpt-4o-mini',
});

export async function fallbackAnswer(customer: Customer, question: string): Promise<string> {
  const completion = await gpt.chat.completions.create({
    model: 'gpt-4o-mini',
    max_tokens: 400,
    messages: [
      { role: 'system', content: 'You are a telecom support assistant.' },
      {
        role: 'user',
        content: `Customer ${customer.msisdn} (${customer.email}), born ${customer.dateOfBirth}, asks: ${question}`,
      },
    ],
  });
  return completion.choices[0]?.message?.content ?? '';
}
