// Go (test cases): the OpenAI Responses API on a Foundry project endpoint serves Claude with a Claude model; with a GPT model it does not.
package main

func brief(ctx context.Context, customer Customer) {
	client := openai.NewClient(option.WithBaseURL("https://contoso.services.ai.azure.com/api/projects/p/openai/v1"))
	client.Responses.New(ctx, responses.ResponseNewParams{
		Model: "claude-sonnet-4-5",
		Input: responses.ResponseNewParamsInputUnion{OfString: openai.String("Hi " + customer.Email)}, // expect: sensitive-data/personal-field
	})
	client.Responses.New(ctx, responses.ResponseNewParams{
		Model: "gpt-4o",
		Input: responses.ResponseNewParamsInputUnion{OfString: openai.String("Hi " + customer.Email)},
	})
}
