<?php
require __DIR__ . '/vendor/autoload.php';
require_once __DIR__ . '/client_factory.php';

$client = makeDirectClient();

$patient = json_decode(file_get_contents($argv[1]), true);
$summary = $client->messages()->create([
    'model' => 'claude-haiku-4-5',
    'max_tokens' => 300,
    'messages' => [[
        'role' => 'user',
        'content' => "Summarise the visit notes. Date of birth: {$patient['date_of_birth']}",
    ]],
]);
echo $summary->content[0]->text;
