# Value detectors (test cases): one literal per detector, each sent to Claude on Foundry.
# The values are made up (checksums pass where a detector checks them); none is a real secret.
from anthropic import AnthropicFoundry

client = AnthropicFoundry(resource="kestrel-ai-prod")


def handover_note():
    note = (
        "Claude key: sk-ant-api03-76UMFxFkM-R5Kjp1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBK\n"  # expect: sensitive-data/anthropic-key
        "OpenAI key: sk-proj-iVpzz63FfkCzJr4i0B3JrTAwT3BlbkFJR4y9ojfljoQoaF1LlqsajAIx\n"  # expect: sensitive-data/openai-key
        "AWS key id: AKIAUID5ZZZZG6ZDMEN4\n"  # expect: sensitive-data/aws-access-key
        "aws_secret_access_key=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\n"  # expect: sensitive-data/aws-secret-key
        "GitHub: ghp_vVqE1SkHbn88HxjSI6bWHtP3fS2qHx6kwXoI\n"  # expect: sensitive-data/github-token
        "Slack: xoxb-885393363387-5004743957551-ogoEmvnEN5N1aE6PwZPf1Qh6\n"  # expect: sensitive-data/slack-token
        "Webhook: https://hooks.slack.com/services/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\n"  # expect: sensitive-data/slack-webhook
        "Stripe: sk_live_V7iB3m03nbqnsGpWLuqIA1id\n"  # expect: sensitive-data/stripe-key
        "Maps: AIza6Vw5DQL05HA064GiIjHGb3CXlMaXZjljENU\n"  # expect: sensitive-data/google-api-key
        "HF: hf_hJduRHHJEYXgJdpmrcXgGCJbWeCuNGMGmSrC\n"  # expect: sensitive-data/huggingface-token
        "npm: npm_GIZEG8pSH4487q7J58m1CiAhzCueQpBenQtY\n"  # expect: sensitive-data/npm-token
        "SendGrid: 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\n"  # expect: sensitive-data/sendgrid-key
        "Entra secret: Xlr8Q~Wi0B26R08qzjI6GKFSufrdZSlB5er8bO\n"  # expect: sensitive-data/azure-ad-client-secret
        "Azure AI key: u8jzPde0IgxLd6GncfBAepfJBd0Kh8oOOL8dKLzdocJ2isAjIhKtJQQJ99JC0RlgLKOmxgJTeKdNQnFRIBXu\n"  # expect: sensitive-data/azure-ai-key
        "DefaultEndpointsProtocol=https;AccountName=kestrelfiles;AccountKey=lHkCiHp6bR1IqfEouHgxzNNAL5wIScGebcy8F5n3/YNBDRzrZSgqbjG3uhkWKFLf6xuI5aHUQPFeNBTxaQWk8J==;\n"  # expect: sensitive-data/azure-storage-key
        "Blob: https://kestrelfiles.blob.core.windows.net/exports/a.csv?sv=2022-11-02&sp=r&sig=GPmpGXafq0fjzLczbttOofL9H2WjQ5TY4MyWuUFjsUN%3D\n"  # expect: sensitive-data/azure-sas-token
        "Session: eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI4ODQyMDEiLCJuYW1lIjoiRGFuYSJ9.sf2rcDkdfrUnW5gcF_Ha6ili8GjHEAD6-Wj9KfzjsQG\n"  # expect: sensitive-data/jwt
        "Header: Bearer PVStNKiaEdFrRgSnRFsT7HsDDDXh5Jmtf\n"  # expect: sensitive-data/bearer-token
        "Server=sql-prod;Database=billing;User Id=svc_billing;Password=7EbsDe0G9C9x;\n"  # expect: sensitive-data/connection-string-password
        "the vault password is Mauve-lantern-46\n"  # expect: sensitive-data/password-in-text
        "Authorization: Basic n687neLfjVHq8xiM0OGr4hTx\n"  # expect: sensitive-data/basic-auth
        "Replica: postgres://billing:oF54Fzbka8FR@db-replica.kestrel.internal:5432/billing\n"  # expect: sensitive-data/url-credentials
        "client_secret=CztUjAwyuh1vauWv1z4h87mTa5V\n"  # expect: sensitive-data/generic-secret
        "Card on file: 4532 0173 9451 2084\n"  # expect: sensitive-data/payment-card
        "Refund to GB89 LOYD 3096 3852 1744 06\n"  # expect: sensitive-data/iban
        "SSN 287-65-4329 on the form\n"  # expect: sensitive-data/us-ssn
        "SSN: 287654329\n"  # expect: sensitive-data/us-ssn-labelled
        "ITIN 912-78-4410 for the contractor\n"  # expect: sensitive-data/us-itin
        "NI number JG 10 37 59 A\n"  # expect: sensitive-data/uk-nino
        "MRN: 00482913\n"  # expect: sensitive-data/mrn
        "DOB: 04/11/1987\n"  # expect: sensitive-data/date-of-birth
        "Reply to dana.whitfield@kestrelmail.net\n"  # expect: sensitive-data/email
        "Call (617) 482-9154 after six\n"  # expect: sensitive-data/phone
    )
    return client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": note}],
    )


def private_key_review(pem_header="-----BEGIN RSA PRIVATE KEY-----"):
    body = "MIIEowIBAAKCAQEAsqxezy3Lex7BWr2drgd1QsO7jprBGumXxY9B4bZW"
    return client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": "Is this key still used?\n-----BEGIN RSA PRIVATE KEY-----\n" + body}],  # expect: sensitive-data/private-key
    )


def look_alikes():
    note = (
        "Claude key: sk-ant-api03-xxxxxxxx\n"
        "Card: 4111 1111 1111 1111\n"
        "Card: 4532 0173 9451 2085\n"
        "SSN 000-12-3456\n"
        "SSN 666-45-6789\n"
        "Reply to someone@example.com\n"
        "password: ********\n"
        "Ticket 287-65-43291-A\n"
        "Build 4532-0173-9451-208\n"
        "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n"
    )
    return client.messages.create(
        model="claude-sonnet-4-5",
        max_tokens=400,
        messages=[{"role": "user", "content": note}],
    )
