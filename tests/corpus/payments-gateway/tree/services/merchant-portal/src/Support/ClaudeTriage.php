<?php

declare(strict_types=1);

namespace Paysphere\Portal\Support;

use GuzzleHttp\Client;
use Psr\Log\LoggerInterface;

/**
 * Triage of merchant support tickets with Claude (Azure AI Foundry).
 *
 * Privacy: the Foundry resource is ours and we switched off abuse monitoring
 * for it, so ticket text sent to Claude is never written to disk anywhere.
 */
final class ClaudeTriage
{
    private Client $http;

    public function __construct(private LoggerInterface $log)
    {
        $resource = getenv('ANTHROPIC_FOUNDRY_RESOURCE') ?: 'paysphere-ai-eus2';
        $this->http = new Client([
            'base_uri' => "https://{$resource}.services.ai.azure.com/anthropic/",
            'timeout' => 30,
            'headers' => [
                'api-key' => getenv('ANTHROPIC_FOUNDRY_API_KEY'),
                'anthropic-version' => '2023-06-01',
            ],
        ]);
    }

    public function triage(array $ticket, array $merchant): string
    {
        $context = sprintf(
            "Merchant %s (VAT/tax id %s) opened ticket #%d: %s",
            $merchant['trading_name'],
            $merchant['tax_id'],
            $ticket['id'],
            $ticket['body']
        );

        $response = $this->http->post('v1/messages', [
            'json' => [
                'model' => 'claude-haiku-4-5',
                'max_tokens' => 400,
                'system' => 'Classify the ticket as billing, payouts, disputes or technical.',
                'messages' => [
                    ['role' => 'user', 'content' => $context],
                ],
            ],
        ]);

        return json_decode((string) $response->getBody(), true)['content'][0]['text'];
    }

    public function debugIntegration(array $merchant): string
    {
        // Pasted by support when a merchant's webhook integration fails.
        $dsn = 'Server=tcp:paysphere-sql.database.windows.net,1433;Database=portal;User ID=portal_app;Password=Vq7!rT2mXs9#pLw4;Encrypt=True;';
        $callback = 'Merchant callback number: +1 (646) 283-9174';

        $response = $this->http->post('v1/messages', [
            'json' => [
                'model' => 'claude-sonnet-4-5',
                'max_tokens' => 700,
                'messages' => [[
                    'role' => 'user',
                    'content' => "Webhook to {$merchant['webhook_url']} fails with 500. "
                        . "Our DB connection is {$dsn}. "
                        . "{$callback}. What is wrong?",
                ]],
            ],
        ]);

        return json_decode((string) $response->getBody(), true)['content'][0]['text'];
    }

    public function logTicket(array $ticket, array $merchant): void
    {
        // Our own ticket log keeps 90 days; nothing about Claude here.
        $this->log->info('ticket', ['id' => $ticket['id'], 'tax_id' => $merchant['tax_id']]);
    }
}
