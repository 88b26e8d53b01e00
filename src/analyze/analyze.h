/*
 * analyze.h - the analyzers: Claude-on-Foundry requests and the sensitive
 * data that flows into them, and zero-data-retention claims in comments
 * and documents.
 *
 * One fg_analysis per file; one fg_worker per thread (parsers, query
 * cursors and regex match state are per thread, the ruleset is shared).
 */
#ifndef FG_ANALYZE_ANALYZE_H
#define FG_ANALYZE_ANALYZE_H

#include "../fg.h"
#include "../core/lineindex.h"
#include "../detect/detect.h"
#include "../core/buf.h"
#include "../core/stages.h"
#include "../core/text.h"
#include "../finding/finding.h"
#include "../ruleset/ruleset.h"

struct fg_index;
struct fg_facts;

typedef struct fg_worker {
	const fg_ruleset *rs;
	/* The repository index (second pass), read-only and shared; NULL in the first pass. */
	const struct fg_index *index;
	/* First pass: the facts of the file being analysed are added here (NULL: none wanted). */
	struct fg_facts *facts;
	/* Every pass: the function summaries found in the file (parameters that reach a request). */
	struct fg_facts *sinks;
	fg_parser *parser;
	fg_query_cursor *cursor;
	fg_matcher *matcher;
	bool inventory; /* `calls`: report request sites (set before use) */
	/*
	 * First pass of a scan that will build the index: a code file whose
	 * facts already ask the index gives its facts only, and is analysed
	 * once, in the next pass (wants_index is set).
	 */
	bool defer_to_index;
	fg_stages *stages;  /* --stats: this thread's times, or NULL */
	fg_stage_mark mark; /* --stats: where the current stage began */
	/*
	 * The file names a helper another file summarised, though not Claude:
	 * analysed whatever the prefilter says, its own facts (w->facts) standing
	 * in for the index's.
	 */
	bool late;
	/* The file bytes the caller already put through the prefilter (with the context it analyses with). */
	const char *prefiltered;
	/*
	 * Parse once: a file whose first-pass analysis stopped at its facts
	 * (deferred) keeps its syntax tree for the pass with the index while
	 * keep_budget (estimated bytes of trees, shared by the workers) lasts;
	 * the tree comes back in reuse_tree, for the same text (reuse_src).
	 */
	_Atomic size_t *keep_budget;
	struct fg_tree *kept_tree;  /* out: the deferred file's tree, kept */
	struct fg_tree *reuse_tree; /* in: analyse with this tree rather than parse reuse_src again */
	const char *reuse_src;
	/* fg_analyze_resolves_types per language: -1 not asked yet, else the answer */
	signed char resolves_types[FG_LANG__COUNT];
} fg_worker;

fg_worker *fg_worker_new(const fg_ruleset *rs);
void fg_worker_free(fg_worker *w);

typedef struct fg_analysis_stats {
	bool parsed;
	bool parse_failed;
	bool unresolved;    /* the result depends on the repository's Foundry context */
	bool wants_index;   /* ...or on names only the repository index can resolve */
	bool deferred;      /* first pass: only its facts were taken (it is analysed with the index) */
	bool foundry;       /* the file holds Foundry evidence */
	unsigned limit_hits;
	size_t steps;       /* work spent on the file (bounded by FG_FILE_STEPS) */
	const char *incomplete; /* why the file was not fully analysed (a bound was hit), or NULL */
} fg_analysis_stats;

/*
 * Analyses one file's bytes.  repo_foundry: the repository holds Foundry
 * evidence.  Findings are appended to out with paths set to `path`.
 */
void fg_analyze_file(fg_worker *w, const char *path, fg_filetype type, const char *data,
		     size_t len, bool repo_foundry, fg_findings *out, fg_analysis_stats *stats);

/*
 * The prefilter: can this file produce a finding at all?  False for files
 * that name neither Claude, Anthropic nor Foundry; *needs_context is set
 * when the answer would change in a repository with Foundry context.
 */
bool fg_analyze_may_match(fg_worker *w, const char *data, size_t len, bool repo_foundry, bool *needs_context);

/*
 * The repository index's facts of a file that cannot hold a finding by
 * itself (it names Claude but not Azure, or sends through a client defined
 * elsewhere): parsed for w->facts only.
 */
void fg_analyze_facts(fg_worker *w, const char *path, fg_filetype type, const char *data, size_t len);

/* A Jupyter notebook: code cells as Python, markdown cells as prose; file lines kept. */
void fg_analyze_notebook(fg_worker *w, const char *path, const char *data, size_t len, bool repo_foundry,
			 fg_findings *out, fg_analysis_stats *stats);

/* Does this file hold Foundry evidence (client, endpoint, settings)? */
bool fg_analyze_has_foundry_evidence(fg_worker *w, const char *data, size_t len);
/*
 * Does the language resolve calls by declared types (its index queries
 * capture `typed.name`)?  Its files can call another file's helper without
 * naming Claude or importing that file (an injected service, a package
 * type), so the prefilter alone does not rule them out.
 */
bool fg_analyze_resolves_types(const fg_worker *w, fg_lang_id lang);
/* A .claude/settings.json that configures Claude Code for Foundry (CLAUDE_CODE_USE_FOUNDRY on). */
bool fg_analyze_claude_settings(fg_worker *w, const char *path, const char *data, size_t len);

/* Lexicon helpers, exposed for tests and `rules` (fg_name_normalize: core/text.h). */
/* Category of a sensitive name, or NULL. */
const char *fg_name_category(fg_worker *w, const char *name, size_t len);
bool fg_name_is_record(fg_worker *w, const char *name, size_t len);

/* Value validators (values.c). */
bool fg_valid_luhn(const char *s, size_t len);
bool fg_valid_iban(const char *s, size_t len);
bool fg_valid_ssn(const char *s, size_t len);
bool fg_valid_email(const char *s, size_t len);
bool fg_valid_phone(const char *s, size_t len);
bool fg_valid_jwt(const char *s, size_t len);

typedef struct fg_value_match {
	const fg_detector *det;
	size_t start, end; /* the value, relative to the scanned text */
} fg_value_match;

/*
 * Finds detector values in text (validated, placeholders excluded).
 * Returns the number written to out (at most max).
 */
size_t fg_values_scan(fg_worker *w, const char *text, size_t len, fg_value_match *out, size_t max);
bool fg_is_placeholder(fg_worker *w, const char *s, size_t len);
/* Every detector pattern hit (no validation): the spans output must not show. */
size_t fg_values_spans(fg_worker *w, const char *text, size_t len, fg_value_match *out, size_t max);
/* Appends text with every detector hit redacted. */
void fg_redact_text(fg_worker *w, const char *text, size_t len, fg_buf *out);
/* The redactor of this worker: its detectors and its credential names. */
void fg_worker_redactor(fg_worker *w, fg_redactor *r);

#endif
