/*
 * suppress.h - what happens to findings after analysis: rule settings from
 * the configuration (disable, severity), allow-lists, inline
 * `foundry-guard: ignore[...]` comments and baselines.  Suppressed findings
 * stay in the list, marked, so JSON and SARIF can show them.
 */
#ifndef FG_SUPPRESS_SUPPRESS_H
#define FG_SUPPRESS_SUPPRESS_H

#include "../config/config.h"
#include "../finding/finding.h"

/* Applies the configuration's rule settings: drops disabled rules, overrides severities. */
void fg_suppress_apply_rules(fg_findings *fs, const fg_config *cfg);

/* Does `id` ("sensitive-data/email") fall under `sel` (an id or a category)? */
bool fg_rule_selected(const char *sel, const char *id);

#endif
