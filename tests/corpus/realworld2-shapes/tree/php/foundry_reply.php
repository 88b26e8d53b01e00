<?php
require __DIR__ . '/vendor/autoload.php';

use ClaudePhp\Lib\Foundry\AnthropicFoundry;

$foundry = new AnthropicFoundry(
    resource: 'acme-ai',
    apiKey: getenv('ANTHROPIC_FOUNDRY_API_KEY')
);

function draftReply(AnthropicFoundry $foundry, array $ticket): string
{
    $reply = $foundry->createMessage([
        'model' => 'claude-sonnet-4-5',
        'max_tokens' => 400,
        'messages' => [[
            'role' => 'user',
            'content' => "Write a short answer to {$ticket['customer_email']} about: {$ticket['subject']}",
        ]],
    ]);
    return $reply->content[0]->text;
}

function foundryKey(): string
{
    return trim((string) getenv('ANTHROPIC_FOUNDRY_API_KEY'));
}

$desk = new AnthropicFoundry(resource: 'acme-ai', apiKey: foundryKey());
$ticket = json_decode(file_get_contents('php://stdin'), true);
echo draftReply($desk, $ticket);
