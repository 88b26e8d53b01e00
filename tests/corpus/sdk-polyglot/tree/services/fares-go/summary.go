package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"
)

type FareAdvisor struct {
	client *foundry.Client
}

func NewFareAdvisor() (*FareAdvisor, error) {
	c, err := foundry.NewClient(foundry.ClientConfig{
		Resource: os.Getenv("ANTHROPIC_FOUNDRY_RESOURCE"),
		APIKey:   os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"),
	})
	if err != nil {
		return nil, err
	}
	return &FareAdvisor{client: c}, nil
}

// ExplainFare asks Claude why a fare was quoted. The Foundry endpoint runs
// in our Azure subscription, which means Azure's zero data retention
// applies and the passport details below are discarded after the call.
func (a *FareAdvisor) ExplainFare(ctx context.Context, t Traveller, it Itinerary) (string, error) {
	var b strings.Builder
	b.WriteString("Explain the fare rules for this booking.\n")
	fmt.Fprintf(&b, "PNR %s, %s to %s, %d segments\n", it.PNR, it.Origin, it.Dest, it.Segments)
	fmt.Fprintf(&b, "Passport: %s\n", t.PassportNumber)
	fmt.Fprintf(&b, "Born: %s\n", t.DateOfBirth.Format("2006-01-02"))
	fmt.Fprintf(&b, "Tier: %s\n", t.LoyaltyTier)

	msg, err := a.client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model("claude-sonnet-4-5"),
		MaxTokens: 600,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(b.String())),
		},
	})
	if err != nil {
		return "", err
	}
	return msg.Content[0].Text, nil
}

// CountFareTokens checks the prompt size before a batch run.
func (a *FareAdvisor) CountFareTokens(ctx context.Context, t Traveller) (int64, error) {
	res, err := a.client.Messages.CountTokens(ctx, anthropic.MessageCountTokensParams{
		Model: anthropic.Model("claude-sonnet-4-5"),
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(
				"Contact the traveller at " + t.Email + " about the fare change.",
			)),
		},
	})
	if err != nil {
		return 0, err
	}
	return res.InputTokens, nil
}
