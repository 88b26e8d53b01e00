/*
 * commands.h - the command-line commands, shared helpers of src/main.c and
 * src/cli/: option parsing, rule loading, exit codes.
 */
#ifndef FG_CLI_COMMANDS_H
#define FG_CLI_COMMANDS_H

#include "../fg.h"
#include "../config/config.h"
#include "../core/buf.h"
#include "../ruleset/ruleset.h"
#include "../scan/scan.h"

#define EXIT_FINDINGS 1
#define EXIT_ERROR 2

/*
 * Prints "foundry-guard: MESSAGE" on stderr, on one line: values the
 * detectors know are redacted and control characters escaped, since a
 * message can quote the repository (a path, a key, a pattern).
 */
void fg_cli_error(const char *fmt, ...) FG_PRINTF(1, 2);
/* Prints "foundry-guard: <fmt with arg> (see foundry-guard --help)" and exits 2. */
void fg_cli_die_usage(const char *fmt, const char *arg);
/* The value of option argv[*i]; dies with a usage error when missing. */
const char *fg_cli_need_arg(int argc, char **argv, int *i);
/* Loads the embedded rules, plus (or only, with only) the rules folder dir. */
int fg_cli_load_rules(const char *dir, bool only, fg_ruleset **rs);

typedef struct fg_cli_opts {
	const char *format;
	const char *output;
	int fail_on; /* severity, or 3 = never */
	bool explain_flows;
	int color; /* -1 auto */
	const char *rules_dir;
	bool rules_only;
	const char *config;
	const char *config_from;
	const char *baseline;
	const char *baseline_cfg; /* the configuration whose `baseline:` named it (relative to the root), else NULL */
	unsigned baseline_cfg_line;
	const char *write_baseline;
	bool report_unused;
	bool cli_max_size, cli_context;
	const char *path_style; /* text paths: root, cwd, absolute; NULL = cwd inside the tree, else root */
	bool quiet;             /* text: print nothing when nothing is reported */
	fg_scan_opts scan;
} fg_cli_opts;

/* The configuration a scan uses: --config, --config-from, or the nearest .foundry-guard.yml. */
int fg_cli_load_config(const fg_cli_opts *c, fg_config *cfg);

int fg_cmd_scan(int argc, char **argv, bool inventory);
int fg_cmd_rules(int argc, char **argv);
int fg_cmd_debug_parse(const char *path);
int fg_cmd_config(int argc, char **argv);
int fg_cmd_init(int argc, char **argv);
int fg_cmd_hook(int argc, char **argv, bool install);

#endif
