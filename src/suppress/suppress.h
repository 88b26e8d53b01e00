/*
 * suppress.h - what happens to findings after analysis: rule settings from
 * the configuration (disable, severity), allow-lists, inline
 * `foundry-guard: ignore[...]` comments and baselines.  Suppressed findings
 * stay in the list, marked, so JSON and SARIF can show them.
 */
#ifndef FG_SUPPRESS_SUPPRESS_H
#define FG_SUPPRESS_SUPPRESS_H

#include "../config/config.h"
#include "../core/buf.h"
#include "../core/text.h"
#include "../finding/finding.h"
#include "../config/glob.h"

/* Applies the configuration's rule settings: drops disabled rules, overrides severities. */
void fg_suppress_apply_rules(fg_findings *fs, const fg_config *cfg);
/* `doc-snippets`: the severity of findings in documentation code blocks, or off. */
void fg_suppress_apply_doc_snippets(fg_findings *fs, const fg_config *cfg);

/* Does `id` ("sensitive-data/email") fall under `sel` (an id or a category)? */
bool fg_rule_selected(const char *sel, const char *id);

typedef struct fg_suppress_opts {
	const char *today;            /* YYYY-MM-DD, for until= */
	bool report_unused;           /* --report-unused-ignores */
	const fg_rule *missing_reason; /* rule of the note for a bare ignore */
	const fg_rule *unused;         /* rule of the note for an unused ignore */
	const fg_rule *invalid;        /* rule of the warning for an ignore that is not honoured (ignore[*], a bad until=) */
} fg_suppress_opts;

/*
 * Inline ignores in one file's text, for the findings fs->items[first..].
 * Only markers inside a comment of the file's syntax count (not one inside
 * a string literal).  Reasons and the notes' lines pass through the redactor r.
 */
void fg_suppress_inline(fg_findings *fs, size_t first, const char *path, const char *src, size_t len,
			fg_comment_style style, const fg_suppress_opts *o, const fg_redactor *r);

/* allow: entries with a path (and optional rule): suppressed as external. */
void fg_suppress_allow_paths(fg_findings *fs, const fg_config *cfg);

/* Baselines. */
int fg_baseline_write(const char *file, const fg_findings *fs, char *err, size_t errlen);
/* Marks baseline findings suppressed; lists entries that matched nothing in stale. */
int fg_baseline_apply(const char *file, const char *data, size_t len, fg_findings *fs, fg_buf *stale, size_t *nstale,
		      char *err, size_t errlen);

#endif
