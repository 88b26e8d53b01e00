/* internal.h - shared between the analyzer implementations. */
#ifndef FG_ANALYZE_INTERNAL_H
#define FG_ANALYZE_INTERNAL_H

#include "analyze.h"
#include "../core/buf.h"

/* Byte span whose text must never appear in any output. */
typedef struct fg_span {
	uint32_t start, end;
} fg_span;

/* Bounds on one file's analysis, so that no file can stall a hook. */
#define FG_FILE_STEPS 1000000u  /* flow visits, name look-ups and client resolutions per file */
#define FG_MAX_TREE_DEPTH 2000 /* syntax nested deeper than this is not analysed */
#define FG_MAX_TREE_DEPTH_TEXT "2000"
_Static_assert(FG_MAX_TREE_DEPTH == 2000, "FG_MAX_TREE_DEPTH_TEXT says 2000");

typedef struct fg_budget {
	size_t left;       /* units of work left */
	size_t spent;
	const char *cut;   /* why the analysis stopped short, or NULL */
} fg_budget;

typedef struct fg_analysis {
	fg_worker *w;
	const fg_ruleset *rs;
	const char *path;
	const char *src;
	size_t len;
	fg_lineindex li;
	fg_filetype type;
	bool repo_foundry;
	bool file_foundry; /* this file holds Foundry evidence */
	bool has_request;  /* a Claude-on-Foundry request was found in it */
	bool unresolved;   /* an Anthropic call whose client is not resolved in the file */
	bool inventory;    /* `calls`: also report every request site */
	bool facts_only;   /* only the repository index's facts: no requests, no claims */
	bool wants_index;  /* a name only the repository index can resolve was met */
	bool defer;        /* first pass: stop at the facts when the file wants the index */
	bool deferred;     /* ...and it did: requests and claims are left to the next pass */
	const uint32_t *line_map; /* notebooks: file line of each analysed line */
	size_t nline_map;
	fg_findings *out;
	fg_span *redact;
	size_t nredact;
	/* findings already reported for a byte span (one per expression) */
	uint32_t *seen;
	size_t nseen;
	fg_budget budget;
	/*
	 * The comment and docstring captures of the file's query, in the order
	 * the query gave them, recorded by fg__collect's run of that query so
	 * that the claims analysis does not run it again (comments_known).
	 */
	struct fg_comment_capture {
		uint32_t start, end;
		bool doc;       /* @docstring (else @comment) */
		bool new_match; /* the first such capture of its query match */
	} *comments;
	size_t ncomments;
	bool comments_known;
} fg_analysis;

/*
 * Spends one unit of the file's work budget; false once it is spent (the
 * caller stops there and the file is reported as not fully analysed).
 */
bool fg__spend(fg_analysis *a);
/* Records that the analysis stopped short, and why (the first reason is kept). */
void fg__cut(fg_analysis *a, const char *why);

void fg__add_redaction(fg_analysis *a, uint32_t start, uint32_t end);
/* The line a user sees for a byte offset (the notebook's own line for notebooks). */
uint32_t fg__line(const fg_analysis *a, size_t off);
/*
 * Builds a finding at [start,end).  message is already redacted.  Returns
 * NULL when the same span was already reported.
 */
fg_finding *fg__emit(fg_analysis *a, const char *rule_id, const char *category, uint32_t start,
		     uint32_t end, const char *message, uint64_t fp_seed);
/* The same for `calls` inventory notes, which never collide with data findings. */
fg_finding *fg__emit_inventory(fg_analysis *a, const char *rule_id, const char *category, uint32_t start,
			       uint32_t end, const char *message, uint64_t fp_seed);
/* Redacted snippets are built last, when every redaction span is known. */
void fg__finish_snippets(fg_analysis *a, size_t first);
/* A fingerprint seed from source text, redacted first (fg_finding_seed). */
uint64_t fg__seed(fg_analysis *a, const char *text, size_t len, const char *extra, uint64_t salt);

bool fg__flow_test(fg_analysis *a, fg_flow_key key, const char *s, size_t len);

/* Adds a sub-analysis's work (regex limit hits, steps, why it stopped short) to a file's. */
void fg__stats_add_work(fg_analysis_stats *to, const fg_analysis_stats *from);

/* fg_analyze_file for a virtual text whose lines map to other file lines (notebooks). */
void fg__analyze_mapped(fg_worker *w, const char *path, fg_filetype type, const char *data, size_t len,
			bool repo_foundry, const uint32_t *line_map, size_t nline_map, fg_findings *out,
			fg_analysis_stats *stats);
void fg__analyze_embedded_shell(fg_worker *w, const char *path, const char *data, size_t len, bool repo_foundry,
				fg_findings *out, fg_analysis_stats *stats);
/*
 * b = a text of len bytes that keeps only the newlines of data: code cut out
 * of a host file in place keeps the host's lines and columns.
 */
void fg__blank_copy(fg_buf *b, const char *data, size_t len);
/* A Markdown code-fence line: its character, length and where its info string starts. */
bool fg__fence_line(const char *src, uint32_t p, uint32_t le, char *ch, uint32_t *count, uint32_t *info);
/*
 * The fenced code blocks of a Markdown text (markdown, or a path ending in
 * .md/.mdx/.markdown), analysed per language at their own lines.
 */
void fg__analyze_fences(fg_worker *w, const char *path, const char *data, size_t len, bool repo_foundry,
			bool markdown, const uint32_t *line_map, size_t nline_map, fg_findings *out,
			fg_analysis_stats *stats);
void fg__analyze_code(fg_analysis *a, fg_tree *tree);
void fg__analyze_claims_tree(fg_analysis *a, const fg_tree *tree);
void fg__analyze_claims_text(fg_analysis *a);

#endif
