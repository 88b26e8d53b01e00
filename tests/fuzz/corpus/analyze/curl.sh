
#!/bin/sh
# Shell (test cases): curl to the Foundry endpoint; the -d body is the content.
ENDPOINT="https://contoso.services.ai.azure.com/anthropic/v1/messages"
curl -s "$ENDPOINT" -H "api-key: $ANTHROPIC_FOUNDRY_API_KEY" \
  -d "{\"messages\":[{\"role\":\"user\",\"content\":\"SSN $PATIENT_SSN\"}]}"  # expect: sensitive-data/government-id-field
curl -s "$ENDPOINT" -d @.env  # expect: sensitive-data/secret-file
curl -s "https://contoso.services.ai.azure.com/openai/deployments/gpt/chat" -d "$PATIENT_SSN"
