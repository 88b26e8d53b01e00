<?php
require __DIR__ . '/vendor/autoload.php';

use GuzzleHttp\Client;

class TicketBot
{
    private string $endpoint = 'https://acme-ai.services.ai.azure.com/anthropic';
    private Client $http;

    public function __construct(private string $key)
    {
        $this->http = new Client();
    }

    public function ask(string $prompt): string
    {
        $res = $this->http->post($this->endpoint . '/v1/messages', [
            'headers' => ['x-api-key' => $this->key, 'anthropic-version' => '2023-06-01'],
            'json' => [
                'model' => 'claude-sonnet-4-5',
                'max_tokens' => 300,
                'messages' => [['role' => 'user', 'content' => $prompt]],
            ],
        ]);
        return json_decode((string) $res->getBody(), true)['content'][0]['text'];
    }
}

class StatusPage
{
    private string $endpoint = 'https://status.acme.example/api';
    private Client $http;

    public function __construct()
    {
        $this->http = new Client();
    }

    public function post(string $note): void
    {
        $this->http->post($this->endpoint . '/incidents', ['json' => ['body' => $note]]);
    }
}

$order = json_decode(file_get_contents('php://stdin'));
$bot = new TicketBot(getenv('ANTHROPIC_FOUNDRY_API_KEY'));
echo $bot->ask("Explain the refund for card {$order->card_number}");

$status = new StatusPage();
$status->post("Refund issue on card {$order->card_number}");
