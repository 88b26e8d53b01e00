/* test_report_ci.c - the CI reporters: GitHub workflow commands and GitLab Code Quality. */
#include "harness.h"
#include "report/report.h"

static fg_finding *add(fg_findings *fs, fg_severity sev, const char *path, uint32_t line, const char *msg,
		       const char *fp)
{
	const fg_ruleset *rs = fg_test_rules();
	fg_finding *f = fg_findings_add(fs);
	f->rule = &rs->rules[0];
	f->severity = sev;
	f->path = fg_xstrdup(path);
	f->line = line;
	f->col = 3;
	f->end_line = line;
	f->end_col = 9;
	f->message = fg_xstrdup(msg);
	f->fingerprint = fp ? fg_xstrdup(fp) : NULL;
	return f;
}

static char *render(const fg_findings *fs, const char *format)
{
	fg_scan_stats st;
	memset(&st, 0, sizeof(st));
	fg_report_ctx ctx = { .rules = fg_test_rules(), .stats = &st, .tool_version = "test" };
	fg_buf out = FG_BUF_INIT;
	fg_reporter_by_name(format)->write(&out, fs, &ctx);
	return fg_buf_detach(&out);
}

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = hay; (p = strstr(p, needle)) != NULL; p += strlen(needle))
		n++;
	return n;
}

FG_TEST(report_ci, github_escapes_message_and_properties)
{
	fg_findings fs = { 0 };
	add(&fs, FG_SEV_ERROR, "a,b/c:d%e.py", 4, "100% sure\r\n::warning::injected", "1:1");
	char *s = render(&fs, "github");
	fg_findings_release(&fs);
	char want[256];
	snprintf(want, sizeof(want), "::error file=a%%2Cb/c%%3Ad%%25e.py,line=4,col=3,endLine=4,endColumn=9,title=%s::",
		 fg_test_rules()->rules[0].id);
	bool ok = strncmp(s, want, strlen(want)) == 0 && strstr(s, "::100%25 sure%0D%0A::warning::injected\n") != NULL;
	/* exactly one annotation line: the injected command stays inside the message */
	ok = ok && count(s, "\n::") == 0 && count(s, "\n") == 2;
	if (!ok)
		printf("    got: %s", s);
	free(s);
	fg_assert(ok);
}

FG_TEST(report_ci, github_caps_ten_per_kind_most_severe_first)
{
	fg_findings fs = { 0 };
	for (uint32_t i = 1; i <= 12; i++)
		add(&fs, FG_SEV_NOTE, "n.py", i, "note", NULL);
	for (uint32_t i = 1; i <= 3; i++)
		add(&fs, FG_SEV_WARNING, "w.py", i, "warning", NULL);
	for (uint32_t i = 14; i >= 1; i--) /* out of order on purpose */
		add(&fs, FG_SEV_ERROR, "e.py", i, "error", NULL);
	add(&fs, FG_SEV_ERROR, "e.py", 99, "suppressed", NULL)->suppressed = true;
	char *s = render(&fs, "github");
	fg_findings_release(&fs);
	bool ok = count(s, "::error ") == 10 && count(s, "::warning ") == 3 && count(s, "::notice ") == 10;
	/* errors first, in line order; then warnings; then notices */
	const char *e1 = strstr(s, "::error file=e.py,line=1,"), *e10 = strstr(s, "::error file=e.py,line=10,");
	const char *w = strstr(s, "::warning "), *n = strstr(s, "::notice ");
	ok = ok && s == e1 && e10 && e10 < w && w < n;
	ok = ok && !strstr(s, "file=e.py,line=11,") && !strstr(s, "line=99");
	ok = ok && strstr(s, "6 more findings are not shown as annotations (4 errors, 0 warnings, 2 notes)") &&
	     strstr(s, "job summary and the SARIF report");
	/* the summary line comes last */
	ok = ok && strstr(s, "foundry-guard: 29 findings (14 errors, 3 warnings, 12 notes, 1 suppressed)");
	if (!ok)
		printf("    got:\n%s", s);
	free(s);
	fg_assert(ok);
}

FG_TEST(report_ci, codequality_fingerprints_unique_and_stable)
{
	fg_findings fs = { 0 };
	add(&fs, FG_SEV_ERROR, "a.py", 1, "one", "00000000000000aa:1");
	add(&fs, FG_SEV_WARNING, "a.py", 2, "two", "00000000000000aa:1"); /* same engine fingerprint */
	add(&fs, FG_SEV_NOTE, "a.py", 3, "three", NULL);
	add(&fs, FG_SEV_ERROR, "a.py", 4, "hidden", "00000000000000bb:1")->suppressed = true;
	char *s = render(&fs, "codequality");
	char *again = render(&fs, "codequality");
	fg_findings_release(&fs);
	bool ok = strcmp(s, again) == 0 && s[0] == '[' && count(s, "\"fingerprint\"") == 3 && !strstr(s, "hidden");
	ok = ok && strstr(s, "\"severity\": \"critical\"") && strstr(s, "\"severity\": \"major\"") &&
	     strstr(s, "\"severity\": \"info\"");
	/* three distinct 32-hex-digit fingerprints */
	char fps[3][40] = { { 0 } };
	const char *p = s;
	for (int i = 0; ok && i < 3; i++) {
		p = strstr(p, "\"fingerprint\": \"");
		ok = p && sscanf(p, "\"fingerprint\": \"%32[0-9a-f]\"", fps[i]) == 1 && strlen(fps[i]) == 32;
		if (p)
			p++;
	}
	ok = ok && strcmp(fps[0], fps[1]) && strcmp(fps[0], fps[2]) && strcmp(fps[1], fps[2]);
	if (!ok)
		printf("    got:\n%s", s);
	free(s);
	free(again);
	fg_assert(ok);
}

FG_TEST(report_ci, codequality_empty_is_an_array)
{
	fg_findings fs = { 0 };
	char *s = render(&fs, "codequality");
	bool ok = s[0] == '[' && strchr(s, ']') && !strchr(s, '{');
	if (!ok)
		printf("    got: %s\n", s);
	free(s);
	fg_assert(ok);
}

FG_TEST(report_ci, control_characters_never_reach_a_log)
{
	fg_findings fs = { 0 };
	add(&fs, FG_SEV_ERROR, "a\n::error file=evil.py::x\x1b[2J.py", 4, "m\x1b]0;owned\x07 sent", "1:1");
	char *g = render(&fs, "github");
	char *t = render(&fs, "text");
	fg_findings_release(&fs);
	bool ok = !strchr(g, '\x1b') && !strchr(g, '\x07') && !strchr(t, '\x1b') && !strchr(t, '\x07');
	ok = ok && count(g, "\n::") == 0 && count(t, "\n::") == 0 && strstr(t, "a\\n::error file=evil.py::x\\x1b[2J.py:4:3:");
	if (!ok)
		printf("    got: %s\n    and: %s", g, t);
	free(g);
	free(t);
	fg_assert(ok);
}
