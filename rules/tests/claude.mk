# Claude Code in Makefile recipes (test cases): the Makefile exports the Foundry setting.
export CLAUDE_CODE_USE_FOUNDRY=1
export ANTHROPIC_FOUNDRY_RESOURCE=contoso-ai

summary:
	@claude -p "Summarise the ticket for $(CUSTOMER_EMAIL)"  # expect: sensitive-data/personal-field
	claude --version
