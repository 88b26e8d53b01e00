// Java (test cases): the OpenAI Responses API on a Foundry project endpoint serves Claude with a Claude model; with a GPT model it does not.
package demo;

public class Svc {
    private static final String MODEL = "claude-sonnet-4-5";

    public String brief(Customer customer, String key) {
        OpenAIClient client = OpenAIOkHttpClient.builder()
                .baseUrl("https://contoso.services.ai.azure.com/api/projects/p/openai/v1")
                .apiKey(key)
                .build();
        ResponseCreateParams params = ResponseCreateParams.builder()
                .model(MODEL)
                .input("Hi " + customer.email()) // expect: sensitive-data/personal-field
                .build();
        client.responses().create(params);
        ResponseCreateParams gpt = ResponseCreateParams.builder()
                .model("gpt-4o")
                .input("Hi " + customer.email())
                .build();
        client.responses().create(gpt);
        return "";
    }
}
