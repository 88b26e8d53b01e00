package assist

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

// The nightly anomaly job predates the SDK and still talks to the Messages
// endpoint directly.
const anomalyEndpoint = "https://brindle-payroll-ai.services.ai.azure.com/anthropic/v1/messages"

type wireMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type wireRequest struct {
	Model     string        `json:"model"`
	MaxTokens int           `json:"max_tokens"`
	System    string        `json:"system,omitempty"`
	Messages  []wireMessage `json:"messages"`
}

var httpClient = &http.Client{Timeout: 45 * time.Second}

func pseudonymize(s string) string {
	sum := sha256.Sum256([]byte("rota:" + s))
	return "emp-" + hex.EncodeToString(sum[:4])
}

func postMessages(ctx context.Context, req wireRequest) (string, error) {
	buf, err := json.Marshal(req)
	if err != nil {
		return "", err
	}
	httpReq, err := http.NewRequestWithContext(ctx, http.MethodPost, anomalyEndpoint, bytes.NewReader(buf))
	if err != nil {
		return "", err
	}
	httpReq.Header.Set("content-type", "application/json")
	httpReq.Header.Set("anthropic-version", "2023-06-01")
	httpReq.Header.Set("api-key", os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"))
	resp, err := httpClient.Do(httpReq)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("foundry: %s: %s", resp.Status, body)
	}
	return string(body), nil
}

// FlagAnomaly sends one employee's period to Claude for a second opinion.
func FlagAnomaly(ctx context.Context, employee Employee, ts Timesheet) (string, error) {
	record, err := json.Marshal(employee)
	if err != nil {
		return "", err
	}
	buf, err := json.Marshal(wireRequest{
		Model:     "claude-haiku-4-5",
		MaxTokens: 300,
		System:    "Reply ANOMALY or OK, then one sentence.",
		Messages: []wireMessage{{
			Role:    "user",
			Content: fmt.Sprintf("Record: %s\nOvertime: %.1f h in %s", record, ts.OvertimeHours, ts.Period),
		}},
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, anomalyEndpoint, bytes.NewReader(buf))
	if err != nil {
		return "", err
	}
	req.Header.Set("content-type", "application/json")
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("api-key", os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"))
	resp, err := httpClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return string(out), nil
}

// ExplainJobFailure is called by the job runner when the nightly run crashes.
func ExplainJobFailure(ctx context.Context, stderr string) (string, error) {
	buf, err := json.Marshal(wireRequest{
		Model:     "claude-haiku-4-5",
		MaxTokens: 600,
		Messages: []wireMessage{{
			Role: "user",
			Content: "The nightly timesheet job failed.\nstderr:\n" + stderr +
				"\nprocess environment:\n" + strings.Join(os.Environ(), "\n"),
		}},
	})
	if err != nil {
		return "", err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, anomalyEndpoint, bytes.NewReader(buf))
	if err != nil {
		return "", err
	}
	req.Header.Set("content-type", "application/json")
	req.Header.Set("anthropic-version", "2023-06-01")
	req.Header.Set("api-key", os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"))
	resp, err := httpClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	return string(out), nil
}

// CountRoster asks for a headcount summary; only team names and counts.
func CountRoster(ctx context.Context, counts map[string]int) (string, error) {
	var b strings.Builder
	for team, n := range counts {
		fmt.Fprintf(&b, "%s=%d\n", team, n)
	}
	return postMessages(ctx, wireRequest{
		Model:     "claude-haiku-4-5",
		MaxTokens: 200,
		Messages:  []wireMessage{{Role: "user", Content: "Summarise headcount:\n" + b.String()}},
	})
}
