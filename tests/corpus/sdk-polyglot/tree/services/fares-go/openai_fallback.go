package main

import (
	"context"
	"fmt"
	"os"

	openai "github.com/sashabaranov/go-openai"
)

// openaiFallback is used when the Claude deployment is throttled. It goes
// to our Azure OpenAI resource (modified abuse monitoring approved), not to
// Claude.
func openaiFallback(ctx context.Context, t Traveller) (string, error) {
	cfg := openai.DefaultAzureConfig(os.Getenv("AZURE_OPENAI_KEY"), "https://skyroute-oai.openai.azure.com/")
	oc := openai.NewClientWithConfig(cfg)
	resp, err := oc.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
		Model: "gpt-4o",
		Messages: []openai.ChatCompletionMessage{
			{Role: "user", Content: fmt.Sprintf("Passport %s, email %s: which lounge can they use?", t.PassportNumber, t.Email)},
		},
	})
	if err != nil {
		return "", err
	}
	return resp.Choices[0].Message.Content, nil
}
