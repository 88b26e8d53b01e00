/*
 * finding.h - the finding record, redaction and fingerprints.
 *
 * A finding never holds a raw matched value: analyzers redact when they
 * build it (fg_redact), so no reporter can leak one.
 */
#ifndef FG_FINDING_FINDING_H
#define FG_FINDING_FINDING_H

#include "../fg.h"
#include "../ruleset/ruleset.h"

typedef struct fg_flow_step {
	uint32_t line, col;
	char *what; /* redacted description, e.g. "assigned to `prompt`" */
} fg_flow_step;

typedef struct fg_finding {
	const fg_rule *rule;
	fg_severity severity;
	char *path;
	uint32_t line, col, end_line, end_col;
	char *message;     /* what was found and where it goes; redacted */
	char *snippet;     /* the source line, values redacted */
	uint32_t snippet_col; /* where the finding starts in the snippet (code points, 1-based), 0 unknown */
	char *category;    /* data category: health, credential..., or "claim" */
	char *fingerprint; /* stable across unrelated edits */
	char *line_hash;   /* primaryLocationLineHash: hash of the line's content + ":" occurrence */
	fg_flow_step *flow;
	size_t nflow;
	/* `calls` only: why the site is a Foundry request (kind: client, framework-client,
	 * provider, model-name, endpoint, relative-path, repository-context; a description;
	 * the line where the client is built, or 0) and the request's kind (sdk, http, shell). */
	const char *evidence_kind, *request_kind;
	char *evidence;
	uint32_t evidence_line;
	/* internal */
	uint64_t fp_seed;
	uint32_t start_byte;
	bool suppressed;
	char *suppress_kind;
	char *justification;
} fg_finding;

typedef struct fg_findings {
	fg_finding *items;
	size_t len, cap;
} fg_findings;

fg_finding *fg_findings_add(fg_findings *fs);
void fg_findings_append(fg_findings *dst, fg_findings *src); /* moves */
void fg_findings_release(fg_findings *fs);
void fg_finding_release(fg_finding *f);
/* Sort by path, line, column, rule; then number occurrences for fingerprints. */
void fg_findings_finish(fg_findings *fs);
void fg_finding_add_step(fg_finding *f, uint32_t line, uint32_t col, const char *what);
/* Order by path, line, column, rule id. */
int fg_finding_cmp_location(const fg_finding *x, const fg_finding *y);

/*
 * Redacts a sensitive value: keeps a short prefix (at most 4 characters,
 * never more than a quarter of the value) and appends "…[redacted]".
 */
char *fg_redact(const char *value, size_t len);

uint64_t fg_hash64(const void *data, size_t len, uint64_t seed);

#endif
