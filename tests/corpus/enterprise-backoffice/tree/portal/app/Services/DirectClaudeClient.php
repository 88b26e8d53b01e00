<?php

namespace App\Services;

use Illuminate\Support\Facades\Http;

/**
 * Fallback used only in the UK sandbox, calling Anthropic's own API directly
 * (api.anthropic.com). That traffic is covered by our signed ZDR addendum with
 * Anthropic, so those prompts are not stored after the response is returned.
 */
class DirectClaudeClient
{
    public function greet(object $customer): string
    {
        return Http::withHeaders([
            'x-api-key' => config('services.anthropic.key'),
            'anthropic-version' => '2023-06-01',
        ])->post('https://api.anthropic.com/v1/messages', [
            'model' => 'claude-haiku-4-5',
            'max_tokens' => 300,
            'messages' => [[
                'role' => 'user',
                'content' => "Greet {$customer->full_name} ({$customer->email}) about their renewal.",
            ]],
        ])->json('content.0.text');
    }
}
