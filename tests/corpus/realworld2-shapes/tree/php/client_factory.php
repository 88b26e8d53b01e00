<?php

use ClaudePhp\ClaudePhp;

function makeDirectClient(): ClaudePhp
{
    return new ClaudePhp(apiKey: getenv('ANTHROPIC_API_KEY'));
}

function getApiKey(): string
{
    return trim((string) getenv('ANTHROPIC_API_KEY'));
}
