package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"
)

// Claimant is the subset of the case record the summariser reads.
type Claimant struct {
	CaseRef           string
	NINO              string
	DateOfBirth       string
	HomeAddress       string
	MedicalConditions []string
	Disability        string
	SortCode          string
	AccountNumber     string
	CaseNotes         string
}

type Summariser struct {
	client *foundry.Client
	model  string
}

func NewSummariser() (*Summariser, error) {
	c, err := foundry.NewClient(foundry.ClientConfig{
		Resource: os.Getenv("ANTHROPIC_FOUNDRY_RESOURCE"),
		APIKey:   os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"),
	})
	if err != nil {
		return nil, err
	}
	return &Summariser{client: c, model: "claude-sonnet-4-5"}, nil
}

// Summarise drafts a case summary for the caseworker. The request goes to
// Anthropic as processor on Foundry, which may keep it for up to 30 days, so
// only the pseudonymised reference and free-text notes should be sent.
func (s *Summariser) Summarise(ctx context.Context, c Claimant) (string, error) {
	prompt := fmt.Sprintf(
		"Case %s\nNI number: %s\nBorn: %s\nConditions: %s\nDisability: %s\n\nNotes:\n%s",
		c.CaseRef,
		c.NINO,
		c.DateOfBirth,
		strings.Join(c.MedicalConditions, "; "),
		c.Disability,
		c.CaseNotes,
	)
	msg, err := s.client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model(s.model),
		MaxTokens: 700,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(prompt)),
		},
	})
	if err != nil {
		return "", fmt.Errorf("summarise %s: %w", c.CaseRef, err)
	}
	return msg.Content[0].Text, nil
}

// ExplainPayment only ever sees the masked account number.
func (s *Summariser) ExplainPayment(ctx context.Context, c Claimant, amount float64) (string, error) {
	prompt := fmt.Sprintf(
		"Explain to the caseworker for case %s why £%.2f was paid to the account ending %s.",
		c.CaseRef,
		amount,
		maskAccount(c.AccountNumber),
	)
	msg, err := s.client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model(s.model),
		MaxTokens: 300,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(prompt)),
		},
	})
	if err != nil {
		return "", err
	}
	return msg.Content[0].Text, nil
}

func maskAccount(acct string) string {
	if len(acct) < 4 {
		return "****"
	}
	return strings.Repeat("*", len(acct)-4) + acct[len(acct)-4:]
}
