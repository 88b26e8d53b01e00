/* The one redactor, the finding builder and the text escaper (issue 9, section 2). */
#include "harness.h"
#include "analyze/analyze.h"
#include "finding/finding.h"
#include "report/report.h"

/* Redacts a line of code with a real worker's detectors and names. */
static char *code(const char *line)
{
	fg_worker *w = fg_worker_new(fg_test_rules());
	fg_redactor r;
	fg_worker_redactor(w, &r);
	fg_buf b = FG_BUF_INIT;
	fg_redact_code(&r, line, strlen(line), NULL, 0, NULL, &b);
	fg_worker_free(w);
	return b.ptr ? fg_buf_detach(&b) : fg_xstrdup("");
}

static char *prose(const char *text)
{
	fg_worker *w = fg_worker_new(fg_test_rules());
	fg_redactor r;
	fg_worker_redactor(w, &r);
	char *s = fg_redact_prose_str(&r, text);
	fg_worker_free(w);
	return s;
}

static bool hides(char *(*fn)(const char *), const char *in, const char *secret)
{
	char *o = fn(in);
	bool ok = !strstr(o, secret) && strstr(o, "[redacted]");
	if (!ok)
		printf("    got: %s\n", o);
	free(o);
	return ok;
}

static bool keeps(char *(*fn)(const char *), const char *in)
{
	char *o = fn(in);
	bool ok = strcmp(o, in) == 0;
	if (!ok)
		printf("    got: %s\n", o);
	free(o);
	return ok;
}

#define HIDES(fn, in, secret) fg_assert(hides(fn, in, secret))
#define KEEPS(fn, in) fg_assert(keeps(fn, in))

FG_TEST(redact, unmatched_secrets_in_code)
{
	/* the AWS secret key next to its id, a 32-hex key, a password literal, a base64 blob */
	HIDES(code, "creds = (\"AKIAZ7VQ4M2LXK3RT9NB\", \"Vt8q3ZkR0mWx9LpB2nHc7YdF4sJa6GeQ1uTo5iKy\")", "3ZkR0mWx9");
	HIDES(code, "headers = {\"X-Api-Key\": \"9c1f4e7a2b8d3f60a5e9c7b1d4f2a8e3\"}", "2b8d3f60");
	HIDES(code, "password = \"hunter2\"", "hunter2");
	HIDES(code, "conn = connect(host=\"db\", db_password='Tr0ub4dor&3x')", "ub4dor");
	HIDES(code, "\"password\": \"correct horse battery staple\",", "horse");
	HIDES(code, "blob = 'dGhpcyBpcyBhIHNlY3JldCBrZXkgdmFsdWU='", "dGhpcyBp");
	HIDES(code, "conn = \"Server=tcp:db,1433;User ID=app;Password=hunter2;Encrypt=yes\"", "hunter2");
	HIDES(code, "log(\"login failed, password: hunter2 for bob\")", "hunter2");
	HIDES(code, "msg = f\"ref {ref} paid with p@ssw0rd!9 today\"", "ssw0rd");
	/* not in a literal: .env lines, YAML */
	HIDES(code, "AWS_SECRET_ACCESS_KEY=Vt8q3ZkR0mWx9LpB2nHc7YdF4sJa6GeQ1uTo5iKy", "3ZkR0mWx9");
	HIDES(code, "  token: 9c1f4e7a2b8d3f60a5e9c7b1d4f2a8e3", "2b8d3f60");
	HIDES(code, "account = 123456789012", "456789");
	/* in prose: a reason, a message */
	HIDES(prose, "reviewed: the key 9c1f4e7a2b8d3f60a5e9c7b1d4f2a8e3 is a test key", "2b8d3f60");
	HIDES(prose, "Credential field `conn(\"Tr0ub4dor&3x\")`", "ub4dor");
}

FG_TEST(redact, code_and_prose_stay_readable)
{
	KEEPS(code, "    client.messages.create(model=\"claude-sonnet-4-5-20250929\", max_tokens=1024,");
	KEEPS(code, "    headers = {\"Content-Type\": \"application/json\", \"anthropic-version\": \"2023-06-01\"}");
	KEEPS(code, "    url = \"https://my-res.services.ai.azure.com/anthropic/v1/messages\"");
	KEEPS(code, "        f\"Diagnosis on file: {patient.diagnosis}\",");
	KEEPS(code, "    prompt = `Summarise the notes for ${user.name}, politely.`;");
	KEEPS(code, "    msg = f\"{user}\"  # don't log it");
	KEEPS(code, "    \"content\": f\"Panel: {panel}\\nPatient profile:\\n{patient.model_dump_json(indent=2)}\",");
	KEEPS(code, "    . \"\\nPolicy number: \" . $policy->policy_number");
	KEEPS(code, "  RUNNER_ENV=\"$(env | sort)\"");
	KEEPS(code, "    url = f\"{base}/anthropic/v1/messages?api-version=2024-10-21&stream=true\"");
	KEEPS(code, "    ANTHROPIC_FOUNDRY_API_KEY = os.environ[\"ANTHROPIC_FOUNDRY_API_KEY\"]");
	KEEPS(prose, "Health field `patient.diagnosis` is sent to Claude on Foundry in client.messages.create (line 20).");
	KEEPS(prose, "Credential field `user[\"password\"]`");
}

FG_TEST(redact, known_values_keep_their_prefix_and_caret)
{
	const char *line = "x = f\"Refund card 4539 1488 0343 6467 for {holder}.\"";
	fg_text_span known = { 18, 37 };
	size_t at = 43; /* holder */
	fg_buf b = FG_BUF_INIT;
	fg_redact_code(NULL, line, strlen(line), &known, 1, &at, &b);
	fg_assert_str(b.ptr, "x = f\"Refund card 4539\xE2\x80\xA6[redacted] for {holder}.\"");
	fg_assert(strncmp(b.ptr + at, "holder}", 7) == 0);
	fg_buf_release(&b);
}

FG_TEST(redact, line_hash_and_seed_hide_what_is_hidden)
{
	fg_worker *w = fg_worker_new(fg_test_rules());
	fg_redactor r;
	fg_worker_redactor(w, &r);
	const char *a = "    note = \"SSN 536-22-1847 on file, key 9c1f4e7a2b8d3f60a5e9c7b1d4f2a8e3\"";
	const char *b = "  note = \"SSN 539-81-6620 on file, key 0d2e5f8a1c9b4e70b6f0d8c2e5a3b9f4\"";
	fg_finding fa = { 0 }, fb = { 0 };
	fg_finding_set_line(&fa, &r, a, strlen(a), NULL, 0, 4);
	fg_finding_set_line(&fb, &r, b, strlen(b), NULL, 0, 2);
	bool ok = fa.line_hash && fb.line_hash && strcmp(fa.line_hash, fb.line_hash) == 0;
	ok = ok && !strstr(fa.snippet, "22-1847") && !strstr(fa.snippet, "2b8d3f60") && fa.snippet_col == 5;
	if (!ok)
		printf("    got: %s %s | %s | %s\n", fa.line_hash, fb.line_hash, fa.snippet, fb.snippet);
	uint64_t sa = fg_finding_seed(&r, a + 4, strlen(a + 4), "client.messages.create", 1);
	uint64_t sb = fg_finding_seed(&r, b + 2, strlen(b + 2), "client.messages.create", 1);
	ok = ok && sa == sb;
	fg_finding_release(&fa);
	fg_finding_release(&fb);
	fg_worker_free(w);
	fg_assert(ok);
}

FG_TEST(redact, text_escape_makes_controls_visible)
{
	fg_buf b = FG_BUF_INIT;
	fg_text_escape(&b, "a\n::error file=x::y\r\t\x1b[2J\x7f\xC2\x9B\xE2\x80\xAEz");
	fg_assert_str(b.ptr, "a\\n::error file=x::y\\r\\t\\x1b[2J\\x7f\\u009b\\u202ez");
	fg_buf_release(&b);
}
