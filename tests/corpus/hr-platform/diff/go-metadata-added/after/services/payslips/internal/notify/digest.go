package notify

import (
	"context"
	"fmt"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"
)

type Recipient struct {
	Number        string
	PersonalEmail string
	HomeAddress   string
	Locale        string
}

type Digester struct {
	client *foundry.Client
}

func New() (*Digester, error) {
	c, err := foundry.NewClient(foundry.ClientConfig{})
	if err != nil {
		return nil, err
	}
	return &Digester{client: c}, nil
}

// YearEndDigest writes the year-end tax pack cover letter.
func (d *Digester) YearEndDigest(ctx context.Context, r Recipient, year int) (string, error) {
	body := fmt.Sprintf("Cover letter for the %d tax pack, posted to %s, locale %s.",
		year,
		r.HomeAddress,
		r.Locale)
	msg, err := d.client.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model("claude-haiku-4-5"),
		MaxTokens: 350,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(body)),
		},
		Metadata: anthropic.MetadataParam{
			UserID: anthropic.String(r.PersonalEmail),
		},
	})
	if err != nil {
		return "", err
	}
	return msg.Content[0].Text, nil
}
