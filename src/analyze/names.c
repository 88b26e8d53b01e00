/*
 * names.c - the sensitive-name lexicon: identifiers are normalised
 * (camelCase, snake_case, kebab-case and SCREAMING_CASE all become
 * space-separated lower-case words) and then matched against the category
 * patterns of rules/lexicon/names.tsv, after the look-alike exclusions.
 */
#include "internal.h"
#include <ctype.h>

void fg_name_normalize(const char *name, size_t len, char *out, size_t outlen)
{
	size_t o = 0;
	bool pending_space = false;
	if (!outlen)
		return;
	for (size_t i = 0; i < len && o + 2 < outlen; i++) {
		unsigned char c = (unsigned char)name[i];
		bool sep = c == '_' || c == '-' || c == '.' || c == ' ' || c == ':' || c == '$' ||
			   c == '\t' || isdigit(c) || c == '/' || c == '"' || c == '\'' || c == '`';
		if (sep) {
			pending_space = o > 0;
			continue;
		}
		if (isupper(c) && i > 0) {
			unsigned char p = (unsigned char)name[i - 1];
			unsigned char n = i + 1 < len ? (unsigned char)name[i + 1] : 0;
			/* aB -> a b ; 0B -> 0 b ; ABc -> a bc */
			if (islower(p) || isdigit(p) || (isupper(p) && islower(n)))
				pending_space = o > 0;
		}
		if (pending_space) {
			out[o++] = ' ';
			pending_space = false;
		}
		out[o++] = (char)tolower(c);
	}
	out[o] = '\0';
	/* Drop a leading accessor verb: get_ssn -> ssn. */
	if (o > 4 && (out[0] == 'g' || out[0] == 's') && out[1] == 'e' && out[2] == 't' && out[3] == ' ')
		memmove(out, out + 4, o - 4 + 1);
}

/* A normalised name's category: NULL when exclude.tsv rules it out, NO_MATCH when no line names it. */
static const char NO_MATCH[] = "";

static const char *lexicon_category(fg_worker *w, const char *norm, size_t n)
{
	const fg_ruleset *rs = w->rs;
	if (rs->name_exclude && fg_regex_test(rs->name_exclude, w->matcher, norm, n))
		return NULL;
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
	const fg_ruleset *rs = w->rs;
	/* The configuration's names come first: they can add a name or take one away. */
	for (size_t i = 0; i < rs->nextra_names; i++)
		if (strcmp(rs->extra_names[i].norm, norm) == 0)
			return rs->extra_names[i].category;
	const char *cat = lexicon_category(w, norm, n);
	if (cat != NO_MATCH)
		return cat;
	/* disability_details, diagnosis_summary, passport_info: the data, described at more length */
	static const char *const more[] = { " details", " detail", " info", " summary", " notes", " description",
					    " expectation", " expectations", " primary", " secondary", " work", " personal",
					    " override", " current", " previous", " new", " old", NULL };
	for (int k = 0; more[k]; k++) {
		size_t ml = strlen(more[k]);
		if (n > ml && strcmp(norm + n - ml, more[k]) == 0) {
			norm[n - ml] = '\0';
			cat = lexicon_category(w, norm, n - ml);
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
