/*
 * names.c - the sensitive-name lexicon: identifiers are normalised
 * (camelCase, snake_case, kebab-case and SCREAMING_CASE all become
 * space-separated lower-case words) and then matched against the category
 * patterns of rules/lexicon/names.tsv, after the look-alike exclusions.
 */
#include "internal.h"

/* A normalised name's category: NULL when it is ruled out, NO_MATCH when nothing names it. */
static const char NO_MATCH[] = "";

/*
 * Does a configured name match as a lexicon line's core does, `(?:^| )NAME$`?
 * exact: the whole name (member_tier), else with a qualifier (customer_member_tier).
 */
static bool extra_matches(const char *e, const char *norm, size_t n, bool exact)
{
	size_t el = strlen(e);
	return el && el <= n && !strcmp(norm + n - el, e) && (el == n || (!exact && norm[n - el - 1] == ' '));
}

static const char *extra_category(const fg_ruleset *rs, const char *norm, size_t n, bool exact)
{
	for (size_t i = 0; i < rs->nextra_names; i++)
		if (rs->extra_names[i].category && extra_matches(rs->extra_names[i].norm, norm, n, exact))
			return rs->extra_names[i].category;
	return NULL;
}

/*
 * Configured names are treated as built-in ones are: the names the
 * configuration takes away first; a configured name written out exactly;
 * the look-alikes of exclude.tsv (is_member_tier, masked_member_tier); then
 * configured names with a qualifier before them, then the lexicon.
 */
static const char *category_of(fg_worker *w, const char *norm, size_t n)
{
	const fg_ruleset *rs = w->rs;
	for (size_t i = 0; i < rs->nextra_names; i++)
		if (!rs->extra_names[i].category && extra_matches(rs->extra_names[i].norm, norm, n, false))
			return NULL;
	const char *cat = extra_category(rs, norm, n, true);
	if (cat)
		return cat;
	if (rs->name_exclude && fg_regex_test(rs->name_exclude, w->matcher, norm, n))
		return NULL;
	cat = extra_category(rs, norm, n, false);
	if (cat)
		return cat;
	for (size_t i = 0; i < rs->nnames; i++)
		if (fg_regex_test(rs->names[i].re, w->matcher, norm, n))
			return rs->names[i].category;
	return NO_MATCH;
}

const char *fg_name_category(fg_worker *w, const char *name, size_t len)
{
	char norm[256];
	if (len == 0 || len > 200)
		return NULL;
	fg_name_normalize(name, len, norm, sizeof(norm));
	size_t n = strlen(norm);
	if (!n)
		return NULL;
	const char *cat = category_of(w, norm, n);
	if (cat != NO_MATCH)
		return cat;
	/* disability_details, diagnosis_summary, passport_info: the data, described at more length (lexicon/suffixes.txt) */
	for (const char *sfx = w->rs->name_suffixes ? w->rs->name_suffixes : ""; *sfx; sfx += strlen(sfx) + 1) {
		size_t ml = strlen(sfx);
		if (n > ml && strcmp(norm + n - ml, sfx) == 0) {
			norm[n - ml] = '\0';
			cat = category_of(w, norm, n - ml);
			return cat == NO_MATCH ? NULL : cat;
		}
	}
	return NULL;
}

bool fg_name_is_record(fg_worker *w, const char *name, size_t len)
{
	char norm[256];
	if (len == 0 || len > 200 || !w->rs->records)
		return false;
	fg_name_normalize(name, len, norm, sizeof(norm));
	return fg_regex_test(w->rs->records, w->matcher, norm, strlen(norm));
}
