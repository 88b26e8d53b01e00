/*
 * rules_test.c - `foundry-guard rules --test [DIR]`: every rule carries
 * test cases, files under rules/tests/ whose lines say what must be
 * reported there:
 *
 *     "content": f"SSN {user.ssn}",   # expect: sensitive-data/government-id-field
 *
 * A line without `expect:` must produce no finding.  A file containing
 * `fg-test: repo-foundry` is analysed as part of a repository that
 * configures Claude on Foundry elsewhere.
 */
#include "cli.h"
#include "../analyze/analyze.h"
#include "../core/buf.h"
#include "../core/fs.h"
#include "../detect/detect.h"
#include "../suppress/suppress.h"
#include <dirent.h>

typedef struct tcase {
	char *name;
	fg_buf text;
} tcase;

static size_t collect(const char *dir, tcase **out)
{
	size_t n = 0;
	*out = NULL;
	if (!dir) {
		for (size_t i = 0; i < fg_embedded_rules_count; i++) {
			const fg_embedded_file *e = &fg_embedded_rules[i];
			if (strncmp(e->path, "tests/", 6) != 0)
				continue;
			*out = fg_xrealloc(*out, (n + 1) * sizeof(tcase));
			(*out)[n].name = fg_xstrdup(e->path);
			fg_buf_init_str(&(*out)[n].text, "");
			fg_buf_add(&(*out)[n].text, e->data, e->len);
			n++;
		}
		return n;
	}
	fg_buf td = FG_BUF_INIT;
	fg_buf_printf(&td, "%s/tests", dir);
	DIR *d = opendir(td.ptr);
	struct dirent *de;
	while (d && (de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		fg_buf p = FG_BUF_INIT, text = FG_BUF_INIT;
		fg_buf_printf(&p, "%s/%s", td.ptr, de->d_name);
		if (fg_read_file(p.ptr, 4u * 1024u * 1024u, &text) == 0) {
			*out = fg_xrealloc(*out, (n + 1) * sizeof(tcase));
			fg_buf_clear(&p);
			fg_buf_printf(&p, "tests/%s", de->d_name);
			(*out)[n].name = fg_buf_detach(&p);
			(*out)[n].text = text;
			n++;
		} else {
			fg_buf_release(&text);
		}
		fg_buf_release(&p);
	}
	if (d)
		closedir(d);
	fg_buf_release(&td);
	return n;
}

/* Adds the rule ids after `marker` on this line (comma or space separated) to out as "LINE RULE\n". */
static void expectations(const char *line, size_t len, const char *marker, uint32_t at, fg_buf *out)
{
	size_t ml = strlen(marker);
	const char *m = memmem(line, len, marker, ml);
	if (!m)
		return;
	const char *p = m + ml, *end = line + len;
	while (p < end) {
		while (p < end && (*p == ' ' || *p == ','))
			p++;
		const char *w = p;
		/* a rule id: letters, digits, '-' and '/' */
		while (p < end && (((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9') || *p == '-' || *p == '/'))
			p++;
		if (p > w && memchr(w, '/', (size_t)(p - w)))
			fg_buf_printf(out, "%u %.*s\n", at, (int)(p - w), w);
		else
			break; /* the annotation ended */
	}
}

static int cmp_cases(const void *a, const void *b)
{
	return strcmp(((const tcase *)a)->name, ((const tcase *)b)->name);
}

int fg_cli_rules_test(FILE *out, const fg_ruleset *rs, const char *dir)
{
	tcase *cases;
	size_t n = collect(dir, &cases);
	qsort(cases, n, sizeof(tcase), cmp_cases);
	fg_worker *w = fg_worker_new(rs);
	fg_suppress_opts so = { "2000-01-01", false, fg_ruleset_rule(rs, "suppression/missing-reason"),
				fg_ruleset_rule(rs, "suppression/unused-ignore"),
				fg_ruleset_rule(rs, "suppression/invalid-ignore") };
	unsigned passed = 0, failed = 0;
	fg_buf exp = FG_BUF_INIT, why = FG_BUF_INIT;
	for (size_t i = 0; i < n; i++) {
		tcase *t = &cases[i];
		const char *src = t->text.ptr ? t->text.ptr : "";
		size_t len = t->text.len;
		bool repo = memmem(src, len, "fg-test: repo-foundry", 21) != NULL;
		fg_findings fs = { 0 };
		fg_analysis_stats st = { 0 };
		fg_analyze_file(w, t->name, fg_detect_type(t->name), src, len, repo, &fs, &st);
		fg_redactor red;
		fg_worker_redactor(w, &red);
		fg_suppress_inline(&fs, 0, t->name, src, len, fg_detect_comment_style(fg_detect_type(t->name)), &so, &red);
		fg_buf_clear(&why);
		fg_buf_clear(&exp);
		fg_buf_putc(&exp, '\n'); /* every entry is "\nLINE RULE\n" */
		/* "expect: R" on the reported line; "expect-above: R" on the line below it */
		const char *p = src;
		for (uint32_t line = 1; p < src + len; line++) {
			const char *nl = memchr(p, '\n', (size_t)(src + len - p));
			size_t ll = nl ? (size_t)(nl - p) : (size_t)(src + len - p);
			expectations(p, ll, "expect:", line, &exp);
			expectations(p, ll, "expect-above:", line - 1, &exp);
			p = nl ? nl + 1 : src + len;
		}
		unsigned nexp = 0;
		for (char *r = exp.ptr + 1; *r;) {
			char *e = strchr(r, '\n');
			*e = '\0';
			unsigned line = (unsigned)strtoul(r, NULL, 10);
			const char *rule = strchr(r, ' ') + 1;
			nexp++;
			bool hit = false;
			for (size_t k = 0; k < fs.len; k++)
				if (!fs.items[k].suppressed && fs.items[k].line == line && !strcmp(fs.items[k].rule->id, rule))
					hit = true;
			if (!hit)
				fg_buf_printf(&why, "    line %u: expected %s, not reported\n", line, rule);
			*e = '\n';
			r = e + 1;
		}
		for (size_t k = 0; k < fs.len; k++) {
			const fg_finding *f = &fs.items[k];
			if (f->suppressed)
				continue;
			char key[160];
			snprintf(key, sizeof(key), "\n%u %s\n", f->line, f->rule->id);
			bool wanted = exp.ptr && strstr(exp.ptr, key);
			if (!wanted)
				fg_buf_printf(&why, "    line %u: unexpected %s\n", f->line, f->rule->id);
		}
		if (why.len) {
			failed++;
			fprintf(out, "FAIL %s\n%s", t->name, why.ptr);
		} else {
			passed++;
			fprintf(out, "ok   %s (%u expectations)\n", t->name, nexp);
		}
		fg_findings_release(&fs);
	}
	if (!n)
		fprintf(out, "no test cases under %s/tests\n", dir ? dir : "the embedded rules");
	fprintf(out, "%u passed, %u failed\n", passed, failed);
	fg_buf_release(&exp);
	fg_buf_release(&why);
	fg_worker_free(w);
	for (size_t i = 0; i < n; i++) {
		free(cases[i].name);
		fg_buf_release(&cases[i].text);
	}
	free(cases);
	return (int)failed + (n ? 0 : 1);
}
