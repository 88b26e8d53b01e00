<?php

namespace App\Jobs;

use App\Models\Policy;
use GuzzleHttp\Client;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;

class RenewalRiskJob implements ShouldQueue
{
    use Dispatchable;

    public function __construct(public int $policyId)
    {
    }

    public function handle(): void
    {
        $guzzle = new Client([
            'base_uri' => 'https://nw-portal.services.ai.azure.com/anthropic/',
            'headers' => [
                'api-key' => env('ANTHROPIC_FOUNDRY_API_KEY'),
                'anthropic-version' => '2023-06-01',
            ],
        ]);

        $policy = Policy::with('customer', 'claims')->findOrFail($this->policyId);
        $customer = $policy->customer;

        $payload = [
            'model' => 'claude-sonnet-4-5',
            'max_tokens' => 800,
            'system' => 'You assess renewal risk for home and health policies.',
            'messages' => [[
                'role' => 'user',
                'content' => "Policyholder:\n" . $customer->toJson()
                    . "\nPolicy number: " . $policy->policy_number
                    . "\nOpen claims: " . $policy->claims->count()
                    . "\nRefund IBAN: " . $policy->refund_iban,
            ]],
        ];

        $guzzle->post('v1/messages', ['json' => $payload]);
    }

    public function debugRuntime(): string
    {
        $guzzle = new Client(['base_uri' => 'https://nw-portal.services.ai.azure.com/anthropic/']);
        $resp = $guzzle->post('v1/messages', [
            'headers' => ['api-key' => getenv('ANTHROPIC_FOUNDRY_API_KEY'), 'anthropic-version' => '2023-06-01'],
            'json' => [
                'model' => 'claude-haiku-4-5',
                'max_tokens' => 700,
                'messages' => [[
                    'role' => 'user',
                    'content' => "Which of these settings could break the queue worker?\n" . json_encode(getenv()),
                ]],
            ],
        ]);

        return (string) $resp->getBody();
    }
}
