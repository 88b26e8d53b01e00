package llm

import (
	"context"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"

	"github.com/kestrelfibre/fieldops/internal/config"
)

// Summarizer condenses free-text survey answers and technician notes.
type Summarizer struct {
	client *anthropic.Client
	model  string
}

func NewSummarizer(cfg config.Foundry) (*Summarizer, error) {
	client, err := foundry.NewClient(foundry.ClientConfig{
		APIKey:   cfg.APIKey,
		Resource: cfg.Resource,
	})
	if err != nil {
		return nil, err
	}
	return &Summarizer{client: client, model: cfg.Model}, nil
}

// Callers cache summaries in Redis for 24 hours, keyed by work order ID.
func (s *Summarizer) Summarize(ctx context.Context, instructions string, parts ...string) (string, error) {
	msg, err := s.client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model(s.model),
		MaxTokens: 400,
		System:    []anthropic.TextBlockParam{{Text: instructions}},
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(strings.Join(parts, "\n\n"))),
		},
	})
	if err != nil {
		return "", err
	}
	var sb strings.Builder
	for _, block := range msg.Content {
		if block.Type == "text" {
			sb.WriteString(block.Text)
		}
	}
	return sb.String(), nil
}
