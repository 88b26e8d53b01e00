<?php
// PHP (test cases): Anthropic\Foundry\Client.
$client = Anthropic\Foundry\Client::withCredentials(getenv('ANTHROPIC_FOUNDRY_API_KEY'), 'contoso');

function ask($client, $patient) {
    return $client->messages->create([
        'model' => 'claude-sonnet-4-5',
        'max_tokens' => 200,
        'messages' => [['role' => 'user', 'content' => "Diagnosis: {$patient->diagnosis}"]], // expect: sensitive-data/health-field
    ]);
}
$client->messages->create(['model' => 'm', 'messages' => [['role' => 'user', 'content' => $user->email]]]); // expect: sensitive-data/personal-field
