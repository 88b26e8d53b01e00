package notify

import (
	"context"
	"log/slog"
	"os"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"
)

type Recipient struct {
	ID    string
	Phone string
	Lang  string
}

var claude, _ = foundry.NewClient(foundry.ClientConfig{
	Resource: os.Getenv("ANTHROPIC_FOUNDRY_RESOURCE"),
	APIKey:   os.Getenv("ANTHROPIC_FOUNDRY_API_KEY"),
})

// SendDeclineSMS tells the cardholder a payment was declined.
func SendDeclineSMS(ctx context.Context, r Recipient, merchant string) error {
	phone := r.Phone
	text := "Your payment at " + merchant + " was declined. Call your bank if this was you."
	msg, err := claude.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model("claude-haiku-4-5"),
		MaxTokens: 200,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock("Translate to " + r.Lang + " for SMS to " + phone + ": " + text)),
		},
	})
	if err == nil {
		text = msg.Content[0].Text
	}
	slog.InfoContext(ctx, "sending decline sms", "recipient", r.ID)
	return smsGateway.Send(ctx, phone, text)
}
