package reports

import (
	"context"
	"fmt"
	"strings"

	"github.com/openai/openai-go"
	"github.com/openai/openai-go/option"

	"github.com/kestrelfibre/fieldops/internal/config"
	"github.com/kestrelfibre/fieldops/internal/store"
)

// Weekly writes the Monday performance digest for regional managers.
type Weekly struct {
	client openai.Client
	model  string
}

func NewWeekly(cfg config.Reports) *Weekly {
	client := openai.NewClient(
		option.WithBaseURL(cfg.BaseURL),
		option.WithAPIKey(cfg.APIKey),
	)
	return &Weekly{client: client, model: cfg.Model}
}

func (w *Weekly) Digest(ctx context.Context, region string, techs []store.Technician) (string, error) {
	var rows []string
	for _, t := range techs {
		rows = append(rows, fmt.Sprintf("%s <%s>: %d jobs", t.Name, t.Email, t.JobsDone))
	}
	completion, err := w.client.Chat.Completions.New(ctx, openai.ChatCompletionNewParams{
		Model: w.model,
		Messages: []openai.ChatCompletionMessageParamUnion{
			openai.SystemMessage("Write a short, encouraging weekly digest for a regional field-ops manager."),
			openai.UserMessage(fmt.Sprintf("Region %s\n%s", region, strings.Join(rows, "\n"))),
		},
	})
	if err != nil {
		return "", err
	}
	return completion.Choices[0].Message.Content, nil
}
