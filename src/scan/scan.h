/*
 * scan.h - the pipeline: source -> detect/prefilter -> analyze (parallel)
 * -> diff filter -> sorted findings.  Only this module knows every stage.
 */
#ifndef FG_SCAN_SCAN_H
#define FG_SCAN_SCAN_H

#include "../fg.h"
#include "../finding/finding.h"
#include "../ruleset/ruleset.h"
#include "../config/config.h"
#include "../source/source.h"
#include "../suppress/suppress.h"
#include "../core/stages.h"

typedef struct fg_scan_opts {
	fg_source_opts source;
	unsigned jobs;             /* 0: number of cores */
	fg_ruleset *rules;         /* queries are compiled for the languages present */
	int foundry_context;       /* -1 auto, 0 never, 1 always */
	const fg_config *config;   /* may be NULL */
	const fg_suppress_opts *suppress; /* inline ignores; may be NULL */
	bool inventory;            /* `calls`: report only the request sites */
	bool stats;                /* --stats: time the stages (fg_scan_stats.stages) */
} fg_scan_opts;

/* A file whose analysis hit a bound (work, depth, nesting): it was not fully analysed. */
typedef struct fg_incomplete_file {
	char *path;
	const char *why; /* static text */
} fg_incomplete_file;

typedef struct fg_scan_stats {
	size_t files_seen;
	size_t files_scanned;      /* read and checked */
	size_t files_parsed;       /* went through tree-sitter */
	size_t skipped_excluded;
	size_t skipped_vendored;   /* installed packages and vendored copies of other projects */
	size_t skipped_binary, skipped_large, skipped_minified, skipped_unreadable, skipped_symlink,
		skipped_submodule, skipped_other_type, parse_failed;
	unsigned regex_limit_hits;
	fg_incomplete_file *incomplete; /* in path order */
	size_t nincomplete;
	bool repo_foundry;
	bool context_not_needed;   /* diff modes: nothing depended on the repository's context */
	char *unreadable_names;    /* the first few files that could not be read, for a warning */
	double seconds;
	char *root;
	bool is_git;
	char *note;
	bool config_changed;        /* diff modes: the change edits .foundry-guard.yml */
	size_t baseline_stale;
	bool timed;                 /* --stats: stages holds the times */
	fg_stages stages;           /* per stage: CPU and wall summed over threads, files */
	unsigned threads;           /* worker threads the analyses ran on */
	size_t peak_rss;            /* bytes, when the report was written */
	double cpu_seconds;         /* the process's CPU time, when the report was written */
} fg_scan_stats;

int fg_scan_run(const fg_scan_opts *opts, fg_findings *out, fg_scan_stats *stats, char *err, size_t errlen);
void fg_scan_stats_release(fg_scan_stats *s);

#endif
