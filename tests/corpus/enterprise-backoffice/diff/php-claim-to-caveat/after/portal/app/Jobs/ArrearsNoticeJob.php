<?php

namespace App\Jobs;

use Illuminate\Support\Facades\Http;

/**
 * Drafts arrears notices with Claude on Microsoft Foundry.
 * Note: Azure ZDR does not cover Claude on Foundry; Anthropic may retain prompts
 * for up to 30 days, so only tokens and counts are sent.
 */
class ArrearsNoticeJob
{
    public function handle(string $accountToken, int $daysOverdue, string $product): string
    {
        return Http::withHeaders(['api-key' => config('services.foundry.key')])
            ->post('https://nw-portal.services.ai.azure.com/anthropic/v1/messages', [
                'model' => 'claude-haiku-4-5',
                'max_tokens' => 400,
                'messages' => [[
                    'role' => 'user',
                    'content' => "Draft a polite arrears notice: {$daysOverdue} days overdue on a {$product} product (ref {$accountToken}).",
                ]],
            ])->json('content.0.text');
    }
}
