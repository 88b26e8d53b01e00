package assist

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"

	"github.com/paysphere/ledger/internal/model"
)

// DisputeAssistant drafts the first reply to an issuer chargeback.
type DisputeAssistant struct {
	client *foundry.Client
}

func NewDisputeAssistant() (*DisputeAssistant, error) {
	c, err := foundry.NewClient(foundry.ClientConfig{
		Resource: os.Getenv("ANTHROPIC_FOUNDRY_RESOURCE"),
		APIKey:   os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"),
	})
	if err != nil {
		return nil, fmt.Errorf("foundry: %w", err)
	}
	return &DisputeAssistant{client: c}, nil
}

// Draft asks Claude for a representment letter.
//
// The Foundry deployment sits inside our Azure subscription, and the
// subscription has zero data retention switched on, so the raw card number
// can go in the prompt: Anthropic never keeps a copy of it.
func (a *DisputeAssistant) Draft(ctx context.Context, d model.Dispute) (string, error) {
	var sb strings.Builder
	sb.WriteString("Draft a representment letter for this chargeback.\n")
	fmt.Fprintf(&sb, "Reason code: %s\n", d.ReasonCode)
	fmt.Fprintf(&sb, "Amount: %d %s\n", d.AmountMinor, d.Currency)
	fmt.Fprintf(&sb, "Card: %s\n", d.PAN)
	fmt.Fprintf(&sb, "Cardholder contact: %s\n", d.Holder.Email)
	sb.WriteString("Issuer narrative:\n" + d.Narrative)

	msg, err := a.client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model("claude-sonnet-4-5"),
		MaxTokens: 900,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(sb.String())),
		},
	})
	if err != nil {
		return "", err
	}
	return msg.Content[0].Text, nil
}

// Classify only needs the reason code and the masked card, which is safe.
func (a *DisputeAssistant) Classify(ctx context.Context, d model.Dispute) (string, error) {
	prompt := fmt.Sprintf("Reason code %s on card ending %s (token %s). Which evidence category applies?",
		d.ReasonCode, d.Last4, d.CardToken)
	msg, err := a.client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model("claude-haiku-4-5"),
		MaxTokens: 50,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(prompt)),
		},
	})
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(msg.Content[0].Text), nil
}
