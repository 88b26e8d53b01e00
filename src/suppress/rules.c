/* rules.c - per-rule configuration: enabled and severity. */
#include "suppress.h"

bool fg_rule_selected(const char *sel, const char *id)
{
	size_t n = strlen(sel);
	if (strcmp(sel, id) == 0)
		return true;
	/* a category: "sensitive-data" selects "sensitive-data/..." */
	return strncmp(sel, id, n) == 0 && id[n] == '/';
}

void fg_suppress_apply_rules(fg_findings *fs, const fg_config *cfg)
{
	if (!cfg || !cfg->nrules)
		return;
	size_t keep = 0;
	for (size_t i = 0; i < fs->len; i++) {
		fg_finding *f = &fs->items[i];
		int enabled = 1, sev = -1;
		/* Categories first, then exact ids, so the most specific setting wins. */
		for (int pass = 0; pass < 2; pass++) {
			for (size_t r = 0; r < cfg->nrules; r++) {
				const fg_config_rule *cr = &cfg->rules[r];
				bool exact = strcmp(cr->id, f->rule->id) == 0;
				if ((pass == 0 && (exact || !fg_rule_selected(cr->id, f->rule->id))) || (pass == 1 && !exact))
					continue;
				if (cr->enabled >= 0)
					enabled = cr->enabled;
				if (cr->severity >= 0)
					sev = cr->severity;
			}
		}
		if (!enabled) {
			fg_finding_release(f);
			continue;
		}
		if (sev >= 0)
			f->severity = (fg_severity)sev;
		fs->items[keep++] = *f;
	}
	fs->len = keep;
}

void fg_suppress_apply_doc_snippets(fg_findings *fs, const fg_config *cfg)
{
	int sev = cfg ? cfg->doc_snippets : -2;
	if (sev == -2)
		return; /* the analyzer's default: their sensitive-data findings are notes */
	size_t keep = 0;
	for (size_t i = 0; i < fs->len; i++) {
		fg_finding *f = &fs->items[i];
		if (f->doc_snippet && sev == -1) {
			fg_finding_release(f);
			continue;
		}
		if (f->doc_snippet && fg_rule_selected("sensitive-data", f->rule->id))
			f->severity = (fg_severity)sev;
		fs->items[keep++] = *f;
	}
	fs->len = keep;
}
