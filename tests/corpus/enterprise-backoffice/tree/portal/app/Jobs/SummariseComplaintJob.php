<?php

namespace App\Jobs;

use App\Models\Complaint;
use App\Models\Customer;
use Illuminate\Bus\Queueable;
use Illuminate\Contracts\Queue\ShouldQueue;
use Illuminate\Foundation\Bus\Dispatchable;
use Illuminate\Queue\InteractsWithQueue;
use Illuminate\Support\Facades\Http;

/**
 * Summarises a customer complaint for the back-office queue using Claude.
 * The request goes to our Microsoft Foundry resource, so Azure's no-retention
 * guarantee covers it and neither Microsoft nor Anthropic stores the text.
 */
class SummariseComplaintJob implements ShouldQueue
{
    use Dispatchable, InteractsWithQueue, Queueable;

    private const FOUNDRY_URL = 'https://nw-portal.services.ai.azure.com/anthropic/v1/messages';

    public function __construct(public int $complaintId)
    {
    }

    public function handle(): void
    {
        $complaint = Complaint::findOrFail($this->complaintId);
        $customer = Customer::findOrFail($complaint->customer_id);

        $prompt = "Summarise this complaint in three bullet points.\n"
            . "Customer e-mail: " . $customer->email . "\n"
            . "Customer phone: " . $customer->phone . "\n"
            . "Complaint text: " . $complaint->body;

        $response = Http::withHeaders([
            'api-key' => config('services.foundry.key'),
            'anthropic-version' => '2023-06-01',
        ])->post(self::FOUNDRY_URL, [
            'model' => 'claude-haiku-4-5',
            'max_tokens' => 600,
            'messages' => [
                ['role' => 'user', 'content' => $prompt],
            ],
            'metadata' => ['user_id' => hash('sha256', (string) $customer->id)],
        ]);

        $complaint->update(['summary' => $response->json('content.0.text')]);
    }
}
