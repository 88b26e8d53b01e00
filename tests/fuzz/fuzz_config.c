/*
 * fuzz_config.c - .foundry-guard.yml: the parser, excludes, rule settings,
 * path allow-lists, and (when the file adds names, detectors or allowed
 * values) applying it to a freshly loaded ruleset, which compiles the
 * user's patterns.
 *
 * Input: the file.
 */
#include "fuzz.h"
#include "../../src/config/config.h"
#include "../../src/suppress/suppress.h"

#include <stdio.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	fg_ruleset *base = fz_rules();
	fg_config c;
	char err[512];
	fg_config_init(&c);
	if (fg_config_parse(&c, ".foundry-guard.yml", (const char *)data, size, err, sizeof(err)) < 0) {
		/* an error names the file and a line */
		FZ_CHECK(strncmp(err, ".foundry-guard.yml", 18) == 0);
		fg_config_release(&c);
		return 0;
	}
	static const char *const paths[] = { "src/app.py", "docs/README.md", "a/b/c/d.ts", ".env", "vendor/x.js" };
	for (size_t i = 0; i < FG_ARRAY_SIZE(paths); i++)
		(void)fg_config_excluded(&c, paths[i]);
	/* rule settings and path allow-lists on one finding per rule */
	fg_findings fs = { 0 };
	for (size_t i = 0; i < base->nrules; i++)
		fz_add_finding(&fs, &base->rules[i], paths[i % FG_ARRAY_SIZE(paths)]);
	fg_suppress_apply_rules(&fs, &c);
	fg_suppress_allow_paths(&fs, &c);
	for (size_t i = 0; i < fs.len; i++)
		FZ_CHECK(fs.items[i].severity <= FG_SEV_ERROR && (!fs.items[i].suppressed || fs.items[i].justification));
	fg_findings_release(&fs);
	if (c.nnames || c.ndetectors || c.nallow) {
		fg_ruleset *rs = NULL;
		FZ_CHECK(fg_ruleset_load(&rs, NULL, false, err, sizeof(err)) == 0);
		(void)fg_ruleset_apply_config(rs, &c, err, sizeof(err));
		fg_ruleset_free(rs);
	}
	fg_config_release(&c);
	return 0;
}
