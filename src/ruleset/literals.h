/*
 * literals.h - the literals a pattern cannot match without (a cheap
 * pre-test derived from the patterns themselves).
 */
#ifndef FG_RULESET_LITERALS_H
#define FG_RULESET_LITERALS_H

#include "../fg.h"

/*
 * Strings (lower-case, malloc'd, at most max) one of which every match of
 * pattern contains, compared caselessly, each at least minlen bytes long;
 * 0 when the pattern may match without any such string (or uses syntax
 * this reader does not know).
 */
size_t fg_required_literals(const char *pattern, char **out, size_t max,
                            size_t minlen);
/* One answer of fg_required_literals, derived at build time (literals_table.c). */
typedef struct fg_literals_entry {
  uint64_t hash; /* fg_literals_hash(pattern): the table is sorted by it */
  const char *pattern;
  size_t max, minlen, n;
  const char *const *lits;
} fg_literals_entry;
uint64_t fg_literals_hash(const char *pattern);
/* The build-time generator's hook: every answer derived (not looked up). */
extern void (*fg_literals_record)(const char *pattern, size_t max,
                                  size_t minlen, char *const *out, size_t n);

/*
 * A PCRE2 alternation of the required literals of every pattern (to be
 * compiled caseless), or NULL when one of them has none: the patterns must
 * then be run on every text.  Free with free().
 */
char *fg_literal_alternation(const char *const *patterns, size_t npatterns,
                             size_t minlen);

/*
 * Splits pattern (branches, or (?:line) groups of branches) into the plain
 * words among its caseless branches - letters, digits, _, at least minlen
 * bytes, lower-cased into out (at most max, malloc'd): any of them in a
 * text is a match - and the other branches, as a pattern of their own into
 * rest (each with the (?i) it had).  A text matches pattern exactly when it
 * holds one of the words (caselessly) or matches rest (an empty rest
 * matches nothing).  Returns the number of words; 0 and an empty rest when
 * there is no such word.
 */
struct fg_buf;
size_t fg_split_words(const char *pattern, bool caseless, char **out, size_t max,
                      size_t minlen, struct fg_buf *rest);

#endif
