<?php
// PHP (test cases): a client class the repository defines whose constructor
// defaults to the direct Anthropic API is not a Foundry client, in a
// repository that runs Claude on Foundry elsewhere; built with a Foundry
// endpoint it is one, and a receiver nothing resolves still counts.
// fg-test: repo-foundry
namespace Acme\Llm;

class DirectClaude
{
    public const DEFAULT_BASE_URL = 'https://api.anthropic.com/v1';

    private string $apiKey;
    private string $baseUrl;

    public function __construct(string $apiKey, string $baseUrl = self::DEFAULT_BASE_URL)
    {
        $this->apiKey = $apiKey;
        $this->baseUrl = $baseUrl;
    }

    public function messages(): MessagesResource
    {
        return new MessagesResource($this);
    }
}

$direct = new DirectClaude(apiKey: getenv('ANTHROPIC_API_KEY'));
$direct->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 200,
    'messages' => [['role' => 'user', 'content' => "Diagnosis: {$patient->diagnosis}"]]]);

$local = new DirectClaude(apiKey: 'test-key', baseUrl: 'http://127.0.0.1:4010');
$local->beta()->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 200,
    'messages' => [['role' => 'user', 'content' => "Diagnosis: {$patient->diagnosis}"]]]);

$pointed = new DirectClaude(apiKey: getenv('KEY'), baseUrl: 'https://contoso.services.ai.azure.com/anthropic');
$pointed->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 200,
    'messages' => [['role' => 'user', 'content' => "Diagnosis: {$patient->diagnosis}"]]]); // expect: sensitive-data/health-field

class ReportJob
{
    private $messages;

    public function __construct()
    {
        $client = new DirectClaude('key');
        $this->messages = new MessagesResource($client);
    }

    public function run($patient)
    {
        return $this->messages->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 200,
            'messages' => [['role' => 'user', 'content' => "Diagnosis: {$patient->diagnosis}"]]]);
    }
}

function unresolved($svc, $patient)
{
    return $svc->client->messages()->create(['model' => 'claude-sonnet-4-5', 'max_tokens' => 200,
        'messages' => [['role' => 'user', 'content' => "Diagnosis: {$patient->diagnosis}"]]]); // expect: sensitive-data/health-field
}
