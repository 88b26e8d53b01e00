<?php
require __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/client_factory.php';

use ClaudePhp\ClaudePhp;

// Legacy tool: talks to the public Anthropic API, not to Foundry.
$client = new ClaudePhp(apiKey: getApiKey());

$rows = json_decode(file_get_contents('php://stdin'), true);
foreach ($rows as $row) {
    $answer = $client->messages()->create([
        'model' => 'claude-haiku-4-5',
        'max_tokens' => 200,
        'messages' => [[
            'role' => 'user',
            'content' => "Classify this refund request. Customer SSN: {$row['ssn']}",
        ]],
    ]);
    echo $answer->content[0]->text, "\n";
}
