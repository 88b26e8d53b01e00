/*
 * Every file's analysis is bounded: inputs that revisit the same values
 * exponentially, or nest deeper than any real code, finish within a fixed
 * amount of work and say so when a bound cut them short.  The assertions are
 * on the work counted (stats.steps), never on wall time.
 */
#include "harness.h"
#include "analyze/analyze.h"
#include "core/buf.h"
#include "detect/detect.h"

typedef struct result {
	size_t findings, steps;
	const char *incomplete;
	bool has_rule;
} result;

static result analyze(const char *path, const char *src, size_t len, const char *want_rule)
{
	fg_worker *w = fg_worker_new(fg_test_rules());
	fg_findings out = { 0 };
	fg_analysis_stats st = { 0 };
	fg_analyze_file(w, path, fg_detect_type(path), src, len, true, &out, &st);
	result r = { out.len, st.steps, st.incomplete, false };
	for (size_t i = 0; i < out.len; i++)
		if (want_rule && !strncmp(out.items[i].rule->id, want_rule, strlen(want_rule)))
			r.has_rule = true;
	fg_findings_release(&out);
	fg_worker_free(w);
	return r;
}

/* 29 valid lines: each `p = p + p` used to double the work (13 s); the diagnosis is still found. */
FG_TEST(bounds, python_self_doubling_is_linear)
{
	fg_buf b = FG_BUF_INIT;
	fg_buf_puts(&b, "from anthropic import AnthropicFoundry\n"
			"client = AnthropicFoundry(resource=\"contoso\")\n"
			"def ask(patient):\n"
			"    p = patient.diagnosis\n");
	for (int i = 0; i < 22; i++)
		fg_buf_puts(&b, "    p = p + p\n");
	fg_buf_puts(&b, "    client.messages.create(model=\"m\", max_tokens=5,\n"
			"        messages=[{\"role\": \"user\", \"content\": p}])\n");
	result r = analyze("app.py", b.ptr, b.len, "sensitive-data/health");
	fg_buf_release(&b);
	fg_assert(r.has_rule);
	fg_assert(r.incomplete == NULL);
	fg_assert(r.steps < 5000); /* 2^22 visits before */
}

/* A 1 KB Java method of self-referencing assignments: minutes of revisiting before. */
FG_TEST(bounds, java_self_references_are_linear)
{
	fg_buf b = FG_BUF_INIT;
	fg_buf_puts(&b, "import com.anthropic.foundry.AnthropicFoundryClient;\n"
			"class A {\n"
			"  void run(AnthropicFoundryClient client, Customer customer) {\n"
			"    String a = customer.getSsn(); String b = a; String c = b;\n");
	for (int i = 0; i < 12; i++)
		fg_buf_puts(&b, "    a = a + b + c; b = b + c + a; c = c + a + b;\n");
	fg_buf_puts(&b, "    client.messages().create(MessageCreateParams.builder().model(\"m\")\n"
			"        .maxTokens(10).addUserMessage(a + b + c).build());\n"
			"  }\n"
			"}\n");
	fg_assert(b.len < 1400);
	result r = analyze("A.java", b.ptr, b.len, "sensitive-data/government-id");
	fg_buf_release(&b);
	fg_assert(r.has_rule);
	fg_assert(r.incomplete == NULL);
	fg_assert(r.steps < 5000);
}

/* 50,000 nested calls (46 s in tree-sitter's query cursor before): refused, and said so. */
FG_TEST(bounds, deep_nesting_is_reported_not_analysed)
{
	fg_buf b = FG_BUF_INIT;
	fg_buf_puts(&b, "import AnthropicFoundry from \"@anthropic-ai/foundry-sdk\";\n"
			"const client = new AnthropicFoundry({ resource: \"contoso\" });\n"
			"const p = ");
	for (int i = 0; i < 50000; i++)
		fg_buf_puts(&b, "f(\n");
	fg_buf_puts(&b, "x");
	for (int i = 0; i < 50000; i++)
		fg_buf_puts(&b, ")\n");
	fg_buf_puts(&b, ";\nawait client.messages.create({ model: \"m\", max_tokens: 5, "
			"messages: [{ role: \"user\", content: p }] });\n");
	result r = analyze("app.ts", b.ptr, b.len, NULL);
	fg_buf_release(&b);
	/* refused for its depth - or, on a slow machine, given up by the parser's time limit: reported either way */
	fg_assert(r.incomplete != NULL && (strstr(r.incomplete, "nest") || strstr(r.incomplete, "parser gave up")));
	fg_assert(r.steps == 0);
}

/* A value nested deeper than the flow follows (200 calls): cut at the depth bound, and reported. */
FG_TEST(bounds, deep_flow_is_cut_and_reported)
{
	fg_buf b = FG_BUF_INIT;
	fg_buf_puts(&b, "from anthropic import AnthropicFoundry\n"
			"client = AnthropicFoundry(resource=\"contoso\")\n"
			"def ask(patient):\n"
			"    p = ");
	for (int i = 0; i < 200; i++)
		fg_buf_puts(&b, "str(");
	fg_buf_puts(&b, "patient.diagnosis");
	for (int i = 0; i < 200; i++)
		fg_buf_puts(&b, ")");
	fg_buf_puts(&b, "\n    client.messages.create(model=\"m\", max_tokens=5, messages=[{\"role\": \"user\", \"content\": p}])\n");
	result r = analyze("app.py", b.ptr, b.len, NULL);
	fg_buf_release(&b);
	/* deeper than the flow follows: the file is analysed, the cut is reported */
	fg_assert(r.incomplete != NULL && strstr(r.incomplete, "depth"));
	fg_assert(r.steps > 0 && r.steps < 5000);
}

/* Many requests that each send the same large value: the per-file step budget ends it, reported. */
FG_TEST(bounds, step_budget_is_reported)
{
	fg_buf b = FG_BUF_INIT;
	fg_buf_puts(&b, "from anthropic import AnthropicFoundry\n"
			"client = AnthropicFoundry(resource=\"contoso\")\n");
	for (int i = 0; i < 250; i++)
		fg_buf_printf(&b, "x%d = [\"a\", \"b\", \"c\", \"d\"]\n", i);
	fg_buf_puts(&b, "big = [");
	for (int i = 0; i < 250; i++)
		fg_buf_printf(&b, "x%d,\n", i);
	fg_buf_puts(&b, "]\n");
	for (int i = 0; i < 1000; i++)
		fg_buf_puts(&b, "client.messages.create(model=\"m\", max_tokens=5, messages=[{\"role\": \"user\", \"content\": big}])\n");
	result r = analyze("app.py", b.ptr, b.len, NULL);
	fg_buf_release(&b);
	fg_assert(r.incomplete != NULL && strstr(r.incomplete, "step limit"));
	fg_assert(r.steps <= 1000000);
}

/* A client name resolved through `c = c or c` repeated: each name is resolved once, the request is found. */
FG_TEST(bounds, client_resolution_is_linear)
{
	fg_buf b = FG_BUF_INIT;
	fg_buf_puts(&b, "from anthropic import AnthropicFoundry\n"
			"client = AnthropicFoundry(resource=\"contoso\")\n"
			"c = client\n");
	for (int i = 0; i < 22; i++)
		fg_buf_puts(&b, "c = c or c\n");
	fg_buf_puts(&b, "def ask(patient):\n"
			"    c.messages.create(model=\"m\", max_tokens=5, messages=[{\"role\": \"user\", \"content\": patient.diagnosis}])\n");
	result r = analyze("app.py", b.ptr, b.len, "sensitive-data/health");
	fg_buf_release(&b);
	fg_assert(r.has_rule);
	fg_assert(r.incomplete == NULL);
	fg_assert(r.steps < 5000); /* the step budget (10^6) ran out before */
}
