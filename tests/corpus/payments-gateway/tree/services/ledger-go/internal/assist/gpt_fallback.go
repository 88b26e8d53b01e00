package assist

import (
	"context"
	"fmt"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore"
	"github.com/Azure/azure-sdk-for-go/sdk/azcore/to"

	"github.com/paysphere/ledger/internal/model"
)

// gptFallback is used when the Claude deployment is throttled. It talks to
// the Azure OpenAI resource (gpt-4o), which has modified abuse monitoring
// approved, so prompts on this path are not stored by Microsoft.
type gptFallback struct {
	client *azopenai.Client
}

func newGPTFallback() (*gptFallback, error) {
	cred := azcore.NewKeyCredential(os.Getenv("AZURE_OPENAI_API_KEY"))
	c, err := azopenai.NewClientWithKeyCredential("https://paysphere-oai.openai.azure.com/", cred, nil)
	if err != nil {
		return nil, err
	}
	return &gptFallback{client: c}, nil
}

func (g *gptFallback) Draft(ctx context.Context, d model.Dispute) (string, error) {
	prompt := fmt.Sprintf("Draft a representment letter. Card %s, cardholder %s <%s>, born %s.",
		d.PAN, d.Holder.FullName, d.Holder.Email, d.Holder.DateOfBirth.Format("2006-01-02"))
	resp, err := g.client.GetChatCompletions(ctx, azopenai.ChatCompletionsOptions{
		DeploymentName: to.Ptr("gpt-4o"),
		Messages: []azopenai.ChatRequestMessageClassification{
			&azopenai.ChatRequestUserMessage{Content: azopenai.NewChatRequestUserMessageContent(prompt)},
		},
	}, nil)
	if err != nil {
		return "", err
	}
	return *resp.Choices[0].Message.Content, nil
}
