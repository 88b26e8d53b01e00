/*
 * added.c - diff modes: which findings the change added (see added.h).
 *
 * A finding on an old line whose request call was edited elsewhere is new
 * only if the old version lacked it: editing `max_tokens` in a request
 * re-reports nothing, switching its model from a GPT deployment to a
 * Claude one reports what it now sends.  Findings are compared as their
 * fingerprints are (rule; function, expression and request), never by
 * line: the change moves lines.
 */
#include "added.h"

static bool is_request_step(const fg_flow_step *st)
{
	return strncmp(st->what, "request:", 8) == 0;
}

/* The same finding: its rule and its fingerprint's seed (function, expression, request; no line). */
static bool same_finding(const fg_finding *a, const fg_finding *b)
{
	return a->rule == b->rule && a->fp_seed == b->fp_seed;
}

static size_t count_same(const fg_findings *fs, const fg_finding *fd)
{
	size_t n = 0;
	for (size_t k = 0; k < fs->len; k++)
		n += same_finding(&fs->items[k], fd);
	return n;
}

typedef enum { KEEP, DROP, ASK_BASE } verdict;

static verdict judge(const fg_file *f, const fg_finding *fd)
{
	if (fg_file_line_added(f, fd->line))
		return KEEP;
	verdict v = DROP;
	for (size_t s = 0; s < fd->nflow; s++) {
		const fg_flow_step *st = &fd->flow[s];
		if (!is_request_step(st))
			continue;
		if (fg_file_line_added(f, st->line))
			return KEEP;
		if (st->end_line > st->line && fg_file_lines_added(f, st->line + 1, st->end_line))
			v = ASK_BASE;
	}
	return v;
}

void fg_keep_added(const fg_source *src, fg_file *f, fg_findings *fs, fg_base_analyze analyze, void *ctx)
{
	verdict *v = fg_xcalloc(fs->len ? fs->len : 1, sizeof(verdict));
	fg_findings base = { 0 };
	bool based = false;
	for (size_t k = 0; k < fs->len; k++) {
		v[k] = judge(f, &fs->items[k]);
		if (v[k] != ASK_BASE)
			continue;
		if (!based) {
			fg_buf old = FG_BUF_INIT;
			if (fg_source_load_base(src, f, &old))
				analyze(ctx, &old, &base);
			fg_buf_release(&old);
			based = true;
		}
		/* new when the old version had fewer of it (the same expression can reach two requests) */
		v[k] = count_same(fs, &fs->items[k]) > count_same(&base, &fs->items[k]) ? KEEP : DROP;
	}
	size_t keep = 0;
	for (size_t k = 0; k < fs->len; k++)
		if (v[k] == KEEP)
			fs->items[keep++] = fs->items[k];
		else
			fg_finding_release(&fs->items[k]);
	fs->len = keep;
	fg_findings_release(&base);
	free(v);
}
