<?php
// PHP (test cases): an SDK's own Foundry client class posts the Messages API
// to its base URL through an HTTP client member (a relative path, as in the
// Python and TypeScript cases): a Foundry request.  A property declared
// under a constant that holds another URL keeps its own text.
// fg-test: repo-foundry
namespace Acme\Foundry;

class AnthropicFoundry
{
    private const AZURE_AD_SCOPE = 'https://ai.azure.com/.default';

    private string $resource;
    private $httpClient;

    public function __construct(string $resource, $httpClient)
    {
        $this->resource = $resource;
        $this->httpClient = $httpClient;
    }

    private function getBaseUrl(): string
    {
        return "https://{$this->resource}.api.foundry.azure.ai";
    }

    public function summarise($patient)
    {
        $url = $this->getBaseUrl() . '/v1/messages';
        $params = ['model' => 'claude-sonnet-4-5', 'max_tokens' => 256, 'stream' => true,
            'messages' => [['role' => 'user', 'content' => "History: {$patient->diagnosis}"]]]; // expect: sensitive-data/health-field
        return $this->httpClient->postStream($url, $params);
    }

    public function triage($patient)
    {
        $url = $this->getBaseUrl() . '/v1/messages';
        $params = ['model' => 'claude-sonnet-4-5', 'max_tokens' => 256,
            'messages' => [['role' => 'user', 'content' => "Symptoms: {$patient->symptoms}"]]]; // expect: sensitive-data/health-field
        return $this->httpClient->post($url, $params);
    }
}

// Look-alike: the same shape to the direct API's absolute URL is not Foundry.
class DirectMessages
{
    private $httpClient;

    public function send($patient)
    {
        $params = ['model' => 'claude-sonnet-4-5', 'max_tokens' => 256,
            'messages' => [['role' => 'user', 'content' => "History: {$patient->diagnosis}"]]];
        return $this->httpClient->post('https://api.anthropic.com/v1/messages', $params);
    }
}
