<?php

namespace App\Jobs;

use App\Models\Patient;
use App\Support\Redactor;
use Illuminate\Support\Facades\Http;

/**
 * Drafts the adjuster note for a health claim.
 *
 * Data handling: Anthropic acts as an independent processor for Claude on Foundry,
 * so Azure's ZDR terms do not carry over; assume prompts may be kept for about 30 days.
 * TODO(privacy): check whether our Anthropic DPA could give us ZDR for this deployment.
 */
class HealthClaimNoteJob
{
    private const FOUNDRY_URL = 'https://nw-portal.services.ai.azure.com/anthropic/v1/messages';

    public function handle(int $patientId, string $claimRef): string
    {
        $patient = Patient::with('conditions')->findOrFail($patientId);

        $patientJson = json_encode($patient->toArray());

        $response = Http::withToken(config('services.foundry.token'))
            ->post(self::FOUNDRY_URL, [
                'model' => 'claude-sonnet-4-5',
                'max_tokens' => 900,
                'messages' => [[
                    'role' => 'user',
                    'content' => "Draft an adjuster note for claim {$claimRef}.\nPatient record: {$patientJson}",
                ]],
            ]);

        return $response->json('content.0.text');
    }

    public function anonymisedNote(int $patientId): string
    {
        $patient = Patient::findOrFail($patientId);
        $summary = Redactor::anonymize($patient->toArray());

        return Http::withToken(config('services.foundry.token'))
            ->post(self::FOUNDRY_URL, [
                'model' => 'claude-haiku-4-5',
                'max_tokens' => 400,
                'messages' => [['role' => 'user', 'content' => 'Summarise: ' . json_encode($summary)]],
            ])->json('content.0.text');
    }
}
