// Go (test cases): prompts built in a strings.Builder or bytes.Buffer.
package claims

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"
)

var fc, _ = foundry.NewClient(foundry.ClientConfig{Resource: "contoso"})

func Dispute(ctx context.Context, d Dispute) {
	var sb strings.Builder
	fmt.Fprintf(&sb, "Card: %s\n", d.PAN) // expect: sensitive-data/payment-field
	sb.WriteString("Reason: " + d.Reason)
	fc.Messages.New(ctx, anthropic.MessageNewParams{Messages: []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(sb.String()))}})
}

func Contact(ctx context.Context, h Holder) {
	var buf bytes.Buffer
	buf.WriteString(h.Email) // expect: sensitive-data/personal-field
	fc.Messages.New(ctx, anthropic.MessageNewParams{Messages: []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(buf.String()))}})
}

func Harmless(ctx context.Context, w io.Writer, h Holder) {
	var sb strings.Builder
	fmt.Fprintf(w, "debug %s\n", h.Email)
	sb.WriteString("Status: ok")
	fc.Messages.New(ctx, anthropic.MessageNewParams{Messages: []anthropic.MessageParam{anthropic.NewUserMessage(anthropic.NewTextBlock(sb.String()))}})
}
