// Go (test cases): the anthropic-sdk-go Foundry client.
package claims

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"
)

func Summarize(ctx context.Context, m Member) error {
	client, err := foundry.NewClient(foundry.ClientConfig{Resource: "contoso"})
	if err != nil {
		return err
	}
	prompt := fmt.Sprintf("Member %s, SSN %s", m.PlanCode, m.SSN) // expect: sensitive-data/government-id-field
	_, err = client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model("claude-haiku-4-5"),
		MaxTokens: 200,
		Messages:  []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(prompt))},
	})
	return err
}
