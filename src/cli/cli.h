/*
 * cli.h - the sub-commands besides scan: configuration (config --print,
 * init) and rule self-tests (rules --test).
 */
#ifndef FG_CLI_CLI_H
#define FG_CLI_CLI_H

#include "../config/config.h"
#include "../ruleset/ruleset.h"

/* Prints the effective configuration (defaults merged) as YAML. */
void fg_cli_config_print(FILE *out, const fg_config *cfg, const fg_ruleset *rs, size_t max_file_size,
			 int foundry_context);
/* Writes a commented starter .foundry-guard.yml into root; refuses to overwrite. */
int fg_cli_init(const char *root, char *err, size_t errlen);
/*
 * Runs the rule test cases: files under tests/ of the rules (embedded, or
 * DIR/tests/ when dir is given), annotated `expect: RULE-ID` on the lines
 * that must be reported.  Prints one line per file and "N passed, N failed".
 * Returns the number of failures.
 */
int fg_cli_rules_test(FILE *out, const fg_ruleset *rs, const char *dir);

#endif
