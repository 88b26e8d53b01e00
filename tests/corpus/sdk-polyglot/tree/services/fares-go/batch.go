package main

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
)

// SubmitVisaChecks queues one visa-requirement check per traveller.
func (a *FareAdvisor) SubmitVisaChecks(ctx context.Context, travellers []Traveller, dest string) (string, error) {
	var reqs []anthropic.MessageBatchNewParamsRequest
	for _, traveller := range travellers {
		profile, _ := json.Marshal(traveller)
		reqs = append(reqs, anthropic.MessageBatchNewParamsRequest{
			CustomID: traveller.ID,
			Params: anthropic.MessageBatchNewParamsRequestParams{
				Model:     anthropic.Model("claude-sonnet-4-5"),
				MaxTokens: 400,
				Messages: []anthropic.MessageParam{
					anthropic.NewUserMessage(anthropic.NewTextBlock(
						fmt.Sprintf("Does this traveller need a visa for %s? Profile: %s", dest, profile),
					)),
				},
			},
		})
	}
	batch, err := a.client.Messages.Batches.New(ctx, anthropic.MessageBatchNewParams{Requests: reqs})
	if err != nil {
		return "", err
	}
	return batch.ID, nil
}

// SubmitRouteChecks sends only route facts; no personal data.
func (a *FareAdvisor) SubmitRouteChecks(ctx context.Context, its []Itinerary) (string, error) {
	var reqs []anthropic.MessageBatchNewParamsRequest
	for _, it := range its {
		reqs = append(reqs, anthropic.MessageBatchNewParamsRequest{
			CustomID: it.PNR,
			Params: anthropic.MessageBatchNewParamsRequestParams{
				Model:     anthropic.Model("claude-haiku-4-5"),
				MaxTokens: 200,
				Messages: []anthropic.MessageParam{
					anthropic.NewUserMessage(anthropic.NewTextBlock(
						fmt.Sprintf("Minimum connection time risk for %s-%s with %d segments?", it.Origin, it.Dest, it.Segments),
					)),
				},
			},
		})
	}
	batch, err := a.client.Messages.Batches.New(ctx, anthropic.MessageBatchNewParams{Requests: reqs})
	if err != nil {
		return "", err
	}
	return batch.ID, nil
}
