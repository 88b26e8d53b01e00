/*
 * config.h - .foundry-guard.yml, parsed with libyaml into plain structs.
 *
 * Unknown keys are errors (a typo must not silently disable a rule); every
 * error names the file, line and column and what was expected.
 */
#ifndef FG_CONFIG_CONFIG_H
#define FG_CONFIG_CONFIG_H

#include "../fg.h"

/* Bounds against hostile files: size, nesting, node count. */
#define FG_CONFIG_MAX_BYTES (1024u * 1024u)
#define FG_CONFIG_MAX_DEPTH 16
#define FG_CONFIG_MAX_NODES 20000

typedef struct fg_config_rule {
	char *id;          /* rule id or category (e.g. "sensitive-data/email", "zdr-claim") */
	int enabled;       /* -1 unset, 0, 1 */
	int severity;      /* -1 unset, else fg_severity */
	unsigned line, col;
} fg_config_rule;

typedef struct fg_config_name {
	char *name;
	char *category;    /* NULL: an excluded name */
} fg_config_name;

typedef struct fg_config_detector {
	char *id, *category, *pattern, *validator;
	int severity;
	unsigned line;
} fg_config_detector;

typedef struct fg_config_allow {
	char *value;       /* regex over the matched value or expression text */
	char *path;        /* glob */
	char *rule;        /* rule id or category */
	unsigned line;
} fg_config_allow;

typedef struct fg_config {
	char *path;        /* where it was read from, for messages */
	char *base;        /* its folder relative to the scan root ("" at the root): excludes are relative to it */
	int version;
	char **exclude;
	size_t nexclude;
	fg_config_rule *rules;
	size_t nrules;
	fg_config_name *names;
	size_t nnames;
	fg_config_detector *detectors;
	size_t ndetectors;
	fg_config_allow *allow;
	size_t nallow;
	int foundry_context; /* -2 unset, -1 auto, 0 never, 1 always */
	long long max_file_size; /* -1 unset */
	int doc_snippets;  /* code blocks in documentation: -2 unset (note), -1 off, else the severity of their sensitive-data findings */
	int vendored;      /* -1 unset (skip), 0 skip, 1 scan vendored copies of other projects */
	char *baseline;    /* `baseline:` the baseline file, relative to the repository root; NULL unset */
	unsigned baseline_line;
} fg_config;

void fg_config_init(fg_config *c);
/* Parses YAML text; on error returns -1 with "FILE:LINE:COL: what" in err. */
int fg_config_parse(fg_config *c, const char *origin, const char *text, size_t len, char *err, size_t errlen);
/* Reads and parses a file. */
int fg_config_load(fg_config *c, const char *path, char *err, size_t errlen);
void fg_config_release(fg_config *c);
bool fg_config_excluded(const fg_config *c, const char *path);

#endif
