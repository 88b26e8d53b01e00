/* The embedded rules compile (they are compiled lazily at run time, so this is where errors surface). */
#include "harness.h"
#include "ruleset/ruleset.h"

static bool check(const fg_regex *re, const char *what)
{
	char err[256];
	if (!re || fg_regex_check(re, err, sizeof(err)))
		return true;
	printf("    %s: %s\n", what, err);
	return false;
}

FG_TEST(rules, every_embedded_pattern_compiles)
{
	const fg_ruleset *rs = fg_test_rules();
	bool ok = true;
	for (size_t i = 0; i < rs->ndetectors; i++)
		ok = check(rs->detectors[i].re, rs->detectors[i].name) && ok;
	for (size_t i = 0; i < rs->nnames; i++)
		ok = check(rs->names[i].re, rs->names[i].category) && ok;
	ok = check(rs->name_exclude, "lexicon/exclude.tsv") && ok;
	ok = check(rs->records, "lexicon/records.txt") && ok;
	ok = check(rs->sanitizers, "lexicon/sanitizers.txt") && ok;
	ok = check(rs->placeholders, "lexicon/placeholders.txt") && ok;
	for (int i = 0; i < FG_FLOW__COUNT; i++)
		ok = check(rs->flow[i], "flow.tsv") && ok;
	for (int i = 0; i < FG_CLAIM__COUNT; i++)
		for (int k = 0; k < FG_CLAIM_PARTS; k++)
			ok = check(rs->claims[i][k], "claims/patterns.tsv") && ok;
	fg_assert(ok);
}

FG_TEST(rules, every_language_query_compiles)
{
	const fg_ruleset *rs = fg_test_rules();
	for (int l = 1; l < FG_LANG__COUNT; l++) {
		if (!fg_ruleset_query(rs, (fg_lang_id)l))
			printf("    queries for %s do not compile\n", fg_lang_name((fg_lang_id)l));
		fg_assert(fg_ruleset_query(rs, (fg_lang_id)l) != NULL);
	}
}

FG_TEST(rules, every_rule_has_its_texts)
{
	const fg_ruleset *rs = fg_test_rules();
	for (size_t i = 0; i < rs->nrules; i++) {
		const fg_rule *r = &rs->rules[i];
		fg_assert(r->short_desc && *r->short_desc && r->fact && strlen(r->fact) > 40 && r->fix && *r->fix);
		fg_assert(strchr(r->id, '/') != NULL);
	}
}

/* Before the workers start, a scan compiles and JIT-compiles every pattern: none is left lazy. */
FG_TEST(rules, prepared_patterns_are_all_compiled_and_jitted)
{
	fg_ruleset *rs = NULL;
	char err[256];
	fg_assert(fg_ruleset_load(&rs, NULL, false, err, sizeof(err)) == 0);
	const fg_regex *hot = rs->claims[FG_CLAIM_CLAIM][0]; /* compiled on first use, JIT when hot */
	fg_assert(hot && !fg_regex_ready(hot));
	fg_ruleset_prepare_regexes(rs);
	bool ok = true;
	for (size_t i = 0; i < rs->ndetectors; i++)
		ok = ok && fg_regex_ready(rs->detectors[i].re);
	for (int i = 0; i < FG_FLOW__COUNT; i++)
		ok = ok && (!rs->flow[i] || fg_regex_ready(rs->flow[i]));
	for (int i = 0; i < FG_CLAIM__COUNT; i++)
		for (int k = 0; k < FG_CLAIM_PARTS; k++)
			ok = ok && (!rs->claims[i][k] || fg_regex_ready(rs->claims[i][k]));
	fg_ruleset_free(rs);
	fg_assert(ok);
}
