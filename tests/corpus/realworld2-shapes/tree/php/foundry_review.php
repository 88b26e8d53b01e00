<?php
require __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/client_factory.php';

use ClaudePhp\Lib\Foundry\AnthropicFoundry;

$client = new AnthropicFoundry(resource: 'acme-ai', apiKey: getApiKey());

function critique($client, $draft)
{
    $review = $client->createMessage([
        'model' => 'claude-sonnet-4-5',
        'max_tokens' => 600,
        'messages' => [['role' => 'user', 'content' => "Review this help-centre article:\n{$draft}"]],
    ]);
    return $review->content[0]->text;
}

echo critique($client, file_get_contents($argv[1]));
