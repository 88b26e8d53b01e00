<?php

declare(strict_types=1);

namespace SkyRoute\Billing;

use Anthropic\Foundry\Client;

/**
 * Explains invoice lines to corporate travel managers.
 *
 * Claude runs on Azure AI Foundry here. Invoice prompts are not used to
 * train Anthropic's models; retention follows Anthropic's terms, not Azure's.
 */
final class InvoiceExplainer
{
    private Client $client;

    public function __construct()
    {
        $this->client = new Client(
            resource: getenv('ANTHROPIC_FOUNDRY_RESOURCE'),
            apiKey: getenv('ANTHROPIC_FOUNDRY_API_KEY'),
        );
    }

    public function explain(array $booking): string
    {
        $prompt = sprintf(
            "Explain the charges on invoice %s for %s. Billed to %s. Paid with card %s.",
            $booking['invoice_no'],
            $booking['company'],
            $booking['billing_address'],
            '4539 1488 0343 6467'
        );
        $response = $this->client->messages->create([
            'model' => 'claude-sonnet-4-5',
            'max_tokens' => 600,
            'messages' => [
                ['role' => 'user', 'content' => $prompt],
            ],
        ]);
        return $response->content[0]->text;
    }

    public function disputeHelp(array $booking): string
    {
        $response = $this->client->messages->create([
            'model' => 'claude-haiku-4-5',
            'max_tokens' => 400,
            'messages' => [
                [
                    'role' => 'user',
                    'content' => json_encode([
                        'invoice' => $booking['invoice_no'],
                        'card_number' => $booking['card_number'],
                        'amount' => $booking['amount'],
                        'cardholder_email' => 'finance@meridian-consulting.de',
                    ]),
                ],
            ],
        ]);
        return $response->content[0]->text;
    }

    public function currencyNote(array $booking): string
    {
        $response = $this->client->messages->create([
            'model' => 'claude-haiku-4-5',
            'max_tokens' => 200,
            'messages' => [
                ['role' => 'user', 'content' => 'Explain a ' . $booking['currency'] . ' surcharge on a card ending ' . $booking['card_last4'] . '.'],
            ],
        ]);
        return $response->content[0]->text;
    }
}
