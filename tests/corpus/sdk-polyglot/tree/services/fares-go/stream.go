package main

import (
	"context"
	"fmt"
	"os"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/option"
)

var streamClient = anthropic.NewClient(
	option.WithBaseURL("https://skyroute-ai.services.ai.azure.com/anthropic/"),
	option.WithAPIKey(os.Getenv("SKYROUTE_FOUNDRY_KEY")),
)

// StreamDisruptionNotice drafts a delay notice while the agent watches.
func StreamDisruptionNotice(ctx context.Context, t Traveller, it Itinerary, delayMin int) error {
	phone := t.Phone
	prompt := fmt.Sprintf(
		"Flight %s from %s is %d minutes late. Draft an SMS for %s (%s) living at %s.",
		it.PNR, it.Origin, delayMin,
		t.FullName,
		phone,
		t.HomeAddress,
	)
	stream := streamClient.Messages.NewStreaming(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model("claude-haiku-4-5"),
		MaxTokens: 300,
		System: []anthropic.TextBlockParam{
			{Text: "You write short, friendly travel notices."},
		},
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(prompt)),
		},
	})
	for stream.Next() {
		fmt.Print(stream.Current().Delta.Text)
	}
	return stream.Err()
}

// StreamTierSummary only sends aggregate numbers and the card's last four.
func StreamTierSummary(ctx context.Context, tier string, trips int, t Traveller) error {
	prompt := fmt.Sprintf("A %s member took %d trips this year, paying with card ending %s. Suggest one perk.",
		tier, trips, t.CardLast4)
	stream := streamClient.Messages.NewStreaming(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model("claude-haiku-4-5"),
		MaxTokens: 200,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(prompt)),
		},
	})
	for stream.Next() {
		fmt.Print(stream.Current().Delta.Text)
	}
	return stream.Err()
}
