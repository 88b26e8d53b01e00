/*
 * finding.h - the finding record, redaction and fingerprints.
 *
 * A finding never holds a raw matched value.  This module is the one place
 * that turns repository text into a finding's strings: the source line
 * (fg_finding_set_line), the message, flow steps and ignore reasons
 * (fg_finding_seal), all through the one redactor (redact.h); and the
 * fingerprints, computed from redacted text and the code's structure only
 * (fg_finding_seed, fg_findings_finish), so a hash cannot be brute-forced
 * back into a value.
 */
#ifndef FG_FINDING_FINDING_H
#define FG_FINDING_FINDING_H

#include "../fg.h"
#include "../ruleset/ruleset.h"
#include "redact.h"

typedef struct fg_flow_step {
	uint32_t line, col;
	uint32_t end_line; /* the request step: the call's last line (diff modes: a change inside it) */
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
	char *line_hash;   /* primaryLocationLineHash: hash of the redacted line without blanks */
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
	bool doc_snippet; /* in a documentation code block (a Markdown fence) */
	char *suppress_kind;
	char *justification;
} fg_finding;

typedef struct fg_findings {
	fg_finding *items;
	size_t len, cap;
} fg_findings;

fg_finding *fg_findings_add(fg_findings *fs);
/*
 * Every finding starts here: rule (and its severity), path, region, message
 * and category copied.  Its line comes from fg_finding_set_line and the
 * redaction of every repository string from fg_finding_seal.
 */
fg_finding *fg_findings_new(fg_findings *fs, const fg_rule *rule, const char *path, uint32_t line, uint32_t col,
			    uint32_t end_line, uint32_t end_col, const char *message, const char *category);
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

/*
 * Sets the finding's snippet, snippet column and line hash from its source
 * line: known are value spans in the line the analysis found, at the byte
 * in the line where the finding starts.  The line hash is taken from the
 * redacted text without blanks, so it survives moves and re-indentation and
 * never depends on a hidden character.
 */
void fg_finding_set_line(fg_finding *f, const fg_redactor *r, const char *line, size_t len,
			 const fg_text_span *known, size_t nknown, size_t at);

/* Redacts every repository string the finding holds: message, flow steps, justification. */
void fg_finding_seal(fg_finding *f, const fg_redactor *r);
void fg_findings_seal(fg_findings *fs, size_t first, const fg_redactor *r);

/*
 * A fingerprint seed from source text (an expression, a sentence): the
 * text is redacted as code first, so two values that differ only in what
 * is hidden give the same seed.  extra (a callee, a detector) may be NULL.
 */
uint64_t fg_finding_seed(const fg_redactor *r, const char *text, size_t len, const char *extra, uint64_t salt);

#endif
