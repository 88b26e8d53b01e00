package assist

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"time"
)

type BankAccount struct {
	HolderName    string
	IBAN          string
	BIC           string
	AccountNumber string
	Masked        string
}

type claudeReq struct {
	Model     string       `json:"model"`
	MaxTokens int          `json:"max_tokens"`
	System    string       `json:"system,omitempty"`
	Messages  []claudeTurn `json:"messages"`
}

type claudeTurn struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

var foundryURL = fmt.Sprintf("https://%s.services.ai.azure.com/anthropic/v1/messages",
	os.Getenv("ANTHROPIC_FOUNDRY_RESOURCE"))

var httpClient = &http.Client{Timeout: 45 * time.Second}

// ExplainReturnedPayout asks Claude why a SEPA credit transfer bounced.
func ExplainReturnedPayout(ctx context.Context, acct BankAccount, returnCode string) (string, error) {
	body := claudeReq{
		Model:     "claude-haiku-4-5",
		MaxTokens: 400,
		System:    "You are a payments operations analyst. Be brief.",
		Messages: []claudeTurn{{
			Role: "user",
			Content: fmt.Sprintf("SEPA return %s for beneficiary account %s. Likely cause?",
				returnCode,
				acct.IBAN),
		}},
	}
	raw, _ := json.Marshal(body)

	req, err := http.NewRequestWithContext(ctx, http.MethodPost, foundryURL, bytes.NewReader(raw))
	if err != nil {
		return "", err
	}
	req.Header.Set("content-type", "application/json")
	req.Header.Set("api-key", os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")

	resp, err := httpClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return string(out), nil
}

// SummariseReturnCodes sends only aggregate counts, keyed by return code.
func SummariseReturnCodes(ctx context.Context, counts map[string]int, sample BankAccount) (string, error) {
	table, _ := json.Marshal(counts)
	body := claudeReq{
		Model:     "claude-haiku-4-5",
		MaxTokens: 300,
		Messages: []claudeTurn{{
			Role:    "user",
			Content: "Weekly SEPA return codes: " + string(table) + ". Example account " + sample.Masked + ". Summarise trends.",
		}},
	}
	raw, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, foundryURL, bytes.NewReader(raw))
	req.Header.Set("content-type", "application/json")
	req.Header.Set("api-key", os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"))
	req.Header.Set("anthropic-version", "2023-06-01")
	resp, err := httpClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return string(out), nil
}
