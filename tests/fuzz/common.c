/* common.c - helpers shared by the fuzz targets (see fuzz.h). */
#include "fuzz.h"
#include "../../src/source/source.h"

#include <stdio.h>
#include <stdlib.h>

static fg_ruleset *rules;
static fg_worker *worker;

void fz_fail(const char *file, int line, const char *what)
{
	fprintf(stderr, "%s:%d: fuzz invariant failed: %s\n", file, line, what);
	abort();
}

fg_ruleset *fz_rules(void)
{
	if (!rules) {
		char err[512];
		fg_source_global_init();
		if (fg_ruleset_load(&rules, NULL, false, err, sizeof(err)) < 0 ||
		    fg_ruleset_prepare(rules, FG_ALL_LANGS, err, sizeof(err)) < 0) {
			fprintf(stderr, "fuzz: the embedded rules do not load: %s\n", err);
			abort();
		}
	}
	return rules;
}

fg_worker *fz_worker(void)
{
	if (!worker)
		worker = fg_worker_new(fz_rules());
	return worker;
}

void fz_shutdown(void)
{
	if (worker)
		fg_worker_free(worker);
	if (rules)
		fg_ruleset_free(rules);
	worker = NULL;
	rules = NULL;
	fg_source_global_shutdown();
}

uint32_t fz_count_lines(const char *s, size_t len)
{
	uint32_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (s[i] == '\n')
			n++;
	return n + (len && s[len - 1] != '\n');
}

void fz_check_findings(const fg_findings *fs, const char *text, size_t len)
{
	uint32_t lines = fz_count_lines(text, len);
	for (size_t i = 0; i < fs->len; i++) {
		const fg_finding *f = &fs->items[i];
		FZ_CHECK(f->rule && f->rule->id && f->path && f->message);
		FZ_CHECK(f->line >= 1 && f->line <= lines + 1);
		FZ_CHECK(!f->end_line || f->end_line >= f->line);
		for (size_t s = 0; s < f->nflow; s++)
			FZ_CHECK(f->flow[s].what && f->flow[s].line <= lines + 1);
	}
}

fg_finding *fz_add_finding(fg_findings *fs, const fg_rule *r, const char *path)
{
	fg_finding *f = fg_findings_add(fs);
	f->rule = r;
	f->severity = r->severity;
	f->path = fg_xstrdup(path);
	f->message = fg_xstrdup("m");
	f->line = 1;
	return f;
}
