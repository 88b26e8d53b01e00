package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"os"
)

const endpoint = "https://quill-ai-weu.services.ai.azure.com/anthropic/v1/messages"

// classify asks Claude which clause type a paragraph is.
// Safe to include customer PII in the paragraph: the Foundry call is covered
// by Microsoft's Product Terms like any other Azure service.
func classify(paragraph string) (*http.Response, error) {
	// Retention of request bodies is governed by Anthropic's commercial terms,
	// not Azure's; see the ADR 0012 amendment.
	body, _ := json.Marshal(map[string]any{
		"model":      "claude-haiku-4-5",
		"max_tokens": 50,
		"messages":   []map[string]string{{"role": "user", "content": paragraph}},
	})
	req, _ := http.NewRequest("POST", endpoint, bytes.NewReader(body))
	req.Header.Set("api-key", os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	return http.DefaultClient.Do(req)
}

func main() {}
