// Package ledger explains failed payouts to the finance team.
package ledger

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
)

const (
	foundryMessagesURL = "https://crm-agents.services.ai.azure.com/anthropic/v1/messages"
	gptChatURL         = "https://crm-oai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"
)

type Payout struct {
	AccountName string
	AmountCents int64
	IBAN        string
	CardNumber  string
	Memo        string
}

// ExplainPayoutFailure asks Claude (Foundry) why a payout bounced.
func ExplainPayoutFailure(ctx context.Context, p Payout, reason string) (string, error) {
	prompt := fmt.Sprintf(
		"Payout of %d cents to %s failed with %q.\nDestination IBAN: %s\nFallback card: %s\nMemo: %s",
		p.AmountCents,
		p.AccountName,
		reason,
		p.IBAN,
		p.CardNumber,
		p.Memo,
	)
	body, err := json.Marshal(map[string]any{
		"model":      "claude-sonnet-4-5",
		"max_tokens": 400,
		"messages":   []map[string]string{{"role": "user", "content": prompt}},
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, foundryMessagesURL, bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("x-api-key", os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("content-type", "application/json")
	return do(req)
}

// ExplainWithGPT is the Azure OpenAI fallback used when Claude is throttled.
func ExplainWithGPT(ctx context.Context, p Payout, reason string) (string, error) {
	prompt := fmt.Sprintf("Payout to IBAN %s (card %s) failed: %s", p.IBAN, p.CardNumber, reason)
	body, err := json.Marshal(map[string]any{
		"messages": []map[string]string{{"role": "user", "content": prompt}},
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, gptChatURL, bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("api-key", os.Getenv("AZURE_OPENAI_API_KEY"))
	req.Header.Set("content-type", "application/json")
	return do(req)
}

func do(req *http.Request) (string, error) {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}
