/*
 * linemap.c - the diff modes' line map: which lines of a file the change
 * added.  gitmodes.c feeds it the lines of a tree or index diff;
 * fg_source_diff_buffers feeds it the diff of two texts (for the fuzz
 * target and tests: the same line callback, the same diff options).
 */
#include "source_internal.h"
#include <git2.h>

void fg__file_add_line(fg_file *f, int origin, int new_lineno)
{
	if (origin != GIT_DIFF_LINE_ADDITION || new_lineno <= 0)
		return;
	if (f->nadded % 64 == 0)
		f->added = fg_xrealloc(f->added, (f->nadded + 64) * sizeof(uint32_t));
	f->added[f->nadded++] = (uint32_t)new_lineno;
}

void fg__diff_options(git_diff_options *o)
{
	git_diff_options_init(o, GIT_DIFF_OPTIONS_VERSION);
	o->context_lines = 0;
	o->flags = GIT_DIFF_INCLUDE_TYPECHANGE;
}

static int on_buffer_line(const git_diff_delta *d, const git_diff_hunk *h, const git_diff_line *l, void *payload)
{
	(void)d;
	(void)h;
	fg__file_add_line(payload, l->origin, l->new_lineno);
	return 0;
}

int fg_source_diff_buffers(const char *old, size_t oldlen, const char *new_text, size_t newlen, fg_file *f,
			   char *err, size_t errlen)
{
	git_diff_options o;
	fg__diff_options(&o);
	f->in_diff = true;
	if (git_diff_buffers(old, oldlen, "a", new_text, newlen, "b", &o, NULL, NULL, NULL, on_buffer_line, f) < 0) {
		const git_error *e = git_error_last();
		snprintf(err, errlen, "cannot diff the two texts: %s", e && e->message ? e->message : "unknown error");
		return -1;
	}
	/* a change that adds no line carries nothing new (as in collect_diff) */
	if (!f->added)
		f->added = fg_xmalloc(sizeof(uint32_t));
	return 0;
}
