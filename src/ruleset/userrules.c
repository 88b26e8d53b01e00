/*
 * userrules.c - the configuration's additions to the rule set: sensitive
 * names (and names that are not), value detectors, allowed values.
 */
#include "ruleset.h"
#include "../config/config.h"
#include "../core/buf.h"
#include "../core/text.h"
#include <ctype.h>

/* A configured name, normalised as the lexicon's names are. */
static char *normalize(const char *name)
{
	char norm[256];
	fg_name_normalize(name, strlen(name), norm, sizeof(norm));
	return fg_xstrdup(norm);
}

/*
 * A group that contains a repetition and is itself repeated - (a+)+, (a|aa)*,
 * (\w+\s?)* - can backtrack exponentially.  Such user patterns are refused.
 */
bool fg_regex_is_catastrophic(const char *p)
{
	bool inner[64] = { false };
	int depth = 0;
	bool last_group_repeats = false; /* the group just closed had a repetition inside */
	for (size_t i = 0; p[i]; i++) {
		char c = p[i];
		if (c == '\\') {
			if (p[i + 1])
				i++;
			last_group_repeats = false;
			continue;
		}
		if (c == '[') { /* character class: skip it */
			i++;
			if (p[i] == '^')
				i++;
			if (p[i] == ']')
				i++;
			while (p[i] && p[i] != ']') {
				if (p[i] == '\\' && p[i + 1])
					i++;
				i++;
			}
			last_group_repeats = false;
			if (!p[i])
				break;
			continue;
		}
		if (c == '(') {
			if (depth < 63)
				inner[++depth] = false;
			last_group_repeats = false;
			continue;
		}
		if (c == ')') {
			last_group_repeats = depth > 0 && inner[depth];
			if (depth > 0)
				depth--;
			/* the outer group contains whatever the inner one did */
			if (last_group_repeats && depth > 0)
				inner[depth] = true;
			continue;
		}
		bool quant = c == '*' || c == '+' || (c == '{' && isdigit((unsigned char)p[i + 1]) && strchr(p + i, ','));
		if (quant) {
			if (last_group_repeats)
				return true;
			if (depth > 0)
				inner[depth] = true;
		}
		if (c != '?' || !quant)
			last_group_repeats = false;
	}
	return false;
}

static int compile_user(const fg_config *cfg, const char *what, const char *pattern, unsigned line, fg_regex **out,
			char *err, size_t errlen)
{
	if (fg_regex_is_catastrophic(pattern)) {
		snprintf(err, errlen,
			 "%s:%u: %s pattern '%s' repeats a group that itself repeats (catastrophic backtracking); "
			 "rewrite it without nested quantifiers",
			 cfg->path ? cfg->path : ".foundry-guard.yml", line, what, pattern);
		return -1;
	}
	char e[256];
	*out = fg_regex_compile(pattern, 0, e, sizeof(e));
	if (!*out) {
		snprintf(err, errlen, "%s:%u: %s pattern '%s' does not compile: %s",
			 cfg->path ? cfg->path : ".foundry-guard.yml", line, what, pattern, e);
		return -1;
	}
	return 0;
}

int fg_ruleset_apply_config(fg_ruleset *rs, const fg_config *cfg, char *err, size_t errlen)
{
	if (!cfg)
		return 0;
	const char *origin = cfg->path ? cfg->path : ".foundry-guard.yml";
	for (size_t i = 0; i < cfg->nnames; i++) {
		rs->extra_names = fg_xrealloc(rs->extra_names, (rs->nextra_names + 1) * sizeof(*rs->extra_names));
		rs->extra_names[rs->nextra_names].norm = normalize(cfg->names[i].name);
		rs->extra_names[rs->nextra_names].category =
			cfg->names[i].category ? fg_xstrdup(cfg->names[i].category) : NULL;
		rs->nextra_names++;
	}
	for (size_t i = 0; i < cfg->ndetectors; i++) {
		const fg_config_detector *cd = &cfg->detectors[i];
		fg_detector d = { 0 };
		const char *vn = cd->validator ? cd->validator : "none";
		if (fg_validator_parse(vn, &d.validator) < 0) {
			snprintf(err, errlen, "%s:%u: detector '%s': unknown validator '%s' (none luhn iban ssn email phone jwt)",
				 origin, cd->line, cd->id, vn);
			return -1;
		}
		if (compile_user(cfg, "detector", cd->pattern, cd->line, &d.re, err, errlen) < 0)
			return -1;
		d.name = fg_xstrdup(cd->id);
		d.category = fg_xstrdup(cd->category);
		fg_buf id = FG_BUF_INIT;
		fg_buf_printf(&id, "sensitive-data/%s", cd->id);
		if (!fg_ruleset_rule(rs, id.ptr)) {
			const fg_rule *gen = fg_ruleset_rule(rs, "sensitive-data/value");
			fg_rule r = { 0 };
			r.id = fg_buf_detach(&id);
			r.severity = cd->severity >= 0 ? (fg_severity)cd->severity : FG_SEV_ERROR;
			fg_buf sd = FG_BUF_INIT;
			fg_buf_printf(&sd, "%s (%s value, from %s) sent to Claude on Foundry", cd->id, cd->category, origin);
			r.short_desc = fg_buf_detach(&sd);
			r.fact = fg_xstrdup(gen ? gen->fact : "");
			r.fix = fg_xstrdup(gen ? gen->fix : "");
			r.tags = fg_xstrdup("security, privacy, custom");
			r.security_severity = fg_xstrdup(r.severity == FG_SEV_ERROR ? "7.5" : "5.0");
			r.precision = fg_xstrdup("medium");
			r.help = fg_xstrdup(gen ? gen->help : "");
			r.sources = fg_xstrdup(gen ? gen->sources : "");
			r.category = fg_xstrdup(cd->category);
			rs->rules = fg_xrealloc(rs->rules, (rs->nrules + 1) * sizeof(fg_rule));
			rs->rules[rs->nrules++] = r;
		}
		fg_buf_release(&id);
		rs->detectors = fg_xrealloc(rs->detectors, (rs->ndetectors + 1) * sizeof(fg_detector));
		rs->detectors[rs->ndetectors++] = d;
	}
	/* Allowed values: one alternation, each entry checked alone first. */
	fg_buf all = FG_BUF_INIT;
	for (size_t i = 0; i < cfg->nallow; i++) {
		const fg_config_allow *a = &cfg->allow[i];
		if (!a->value)
			continue;
		fg_regex *one = NULL;
		if (compile_user(cfg, "allow value", a->value, a->line, &one, err, errlen) < 0) {
			fg_buf_release(&all);
			return -1;
		}
		fg_regex_free(one);
		if (all.len)
			fg_buf_putc(&all, '|');
		fg_buf_printf(&all, "(?:%s)", a->value);
	}
	if (all.len) {
		char e[256];
		rs->allow_values = fg_regex_compile(all.ptr, 0, e, sizeof(e));
		if (!rs->allow_values) {
			snprintf(err, errlen, "%s: allow values: %s", origin, e);
			fg_buf_release(&all);
			return -1;
		}
	}
	fg_buf_release(&all);
	/* Rule settings must name real rules or categories: a typo must not pass silently. */
	for (size_t i = 0; i < cfg->nrules; i++) {
		const char *id = cfg->rules[i].id;
		size_t n = strlen(id);
		bool known = false;
		for (size_t r = 0; r < rs->nrules && !known; r++)
			known = !strcmp(rs->rules[r].id, id) || (!strncmp(rs->rules[r].id, id, n) && rs->rules[r].id[n] == '/');
		if (!known) {
			snprintf(err, errlen, "%s:%u:%u: rules: no rule or category '%s' (list them with: foundry-guard rules)",
				 origin, cfg->rules[i].line, cfg->rules[i].col, id);
			return -1;
		}
	}
	return 0;
}
