/*
 * regex.h - the only PCRE2 user.
 *
 * Patterns are compiled once (UTF, MATCH_INVALID_UTF, JIT) into an
 * immutable fg_regex shared by all threads.  Matching needs a per-thread
 * fg_matcher, which owns the match data, match context (with limits) and
 * the JIT stack.
 */
#ifndef FG_REGEX_REGEX_H
#define FG_REGEX_REGEX_H

#include "../fg.h"

typedef struct fg_regex fg_regex;
typedef struct fg_matcher fg_matcher;

enum {
	FG_RE_CASELESS = 1 << 0,
	FG_RE_MULTILINE = 1 << 1,
	/*
	 * JIT-compile: worth it for patterns that scan whole files (the
	 * prefilter, Foundry evidence); the interpreter is cheaper to set up for
	 * patterns that only ever see short strings.
	 */
	FG_RE_JIT = 1 << 2,
	/*
	 * JIT-compile once the pattern has been matched often (FG_RE_HOT_USES
	 * times): a small scan never pays for the compilation, a large one
	 * gets the JIT's speed for the rest of the run.
	 */
	FG_RE_JIT_WHEN_HOT = 1 << 3,
};

/* Returns NULL and writes a message into err (of size errlen) on failure. */
fg_regex *fg_regex_compile(const char *pattern, unsigned flags, char *err, size_t errlen);
/*
 * A pattern compiled on first use (thread-safe): start-up then costs only
 * what a run needs.  For patterns known to compile (the embedded rules).
 */
fg_regex *fg_regex_lazy(const char *pattern, unsigned flags);
/* Compiles a lazy pattern now to see whether it is valid. */
bool fg_regex_check(const fg_regex *re, char *err, size_t errlen);
/*
 * Compiles a lazy pattern and JIT-compiles it, now.  Call before any thread
 * matches with it: matching then takes no lock and writes nothing shared.
 */
void fg_regex_prepare(const fg_regex *re);
/* Compiled, and JIT-compiled where the JIT is available: matching takes no lock. */
bool fg_regex_ready(const fg_regex *re);
/*
 * A necessary condition, checked before the pattern runs on a subject: every
 * match contains one of lits[0..n) (lower-case; ASCII letters compared
 * caselessly, other bytes exactly, so a literal may only hold ASCII and
 * U+2000-U+203F punctuation; each at least 3 bytes; otherwise nothing is
 * set).  A subject holding none of them does not match.  exact: re is
 * nothing but the caseless alternation of the literals, so fg_regex_test
 * answers from the literal pass alone.  Set before any thread matches with
 * re; the strings are copied.
 */
void fg_regex_set_literals(fg_regex *re, char *const *lits, size_t n, bool exact);
/*
 * A pattern that is words | other branches (fg_split_words): fg_regex_test
 * answers true when the subject holds one of the words (caselessly, as the
 * literal pass compares), else asks rest (NULL: nothing else matches).
 * Takes rest; set before any thread matches.  Searches with positions run
 * the whole pattern as before.
 */
void fg_regex_set_split(fg_regex *re, char *const *words, size_t n, fg_regex *rest);
void fg_regex_free(fg_regex *re);
const char *fg_regex_pattern(const fg_regex *re);

fg_matcher *fg_matcher_new(void);
void fg_matcher_free(fg_matcher *m);

/*
 * Searches subject[start..len).  Returns 1 on a match and sets *mstart and
 * *mend to the whole match, *gstart and *gend to capture group 1 when the
 * pattern has one and it took part (else the whole match); 0 on no match;
 * -1 when a PCRE2 limit was hit (callers treat it as no match; counted).
 */
int fg_regex_search(const fg_regex *re, fg_matcher *m, const char *subject, size_t len,
		    size_t start, size_t *mstart, size_t *mend, size_t *gstart, size_t *gend);
bool fg_regex_test(const fg_regex *re, fg_matcher *m, const char *subject, size_t len);

/*
 * The literal pre-tests of a family of patterns (at most FG_LITMASK_MAX) in
 * one pass: bit i of the mask is set unless the text holds none of the
 * literals every match of pattern i contains.  A substring of the text holds
 * no more literals, so the mask of a block also rules patterns out for its
 * sentences.
 */
#define FG_LITMASK_MAX 128
typedef struct fg_litmask fg_litmask;
typedef struct fg_litbits {
	uint64_t w[FG_LITMASK_MAX / 64];
} fg_litbits;
fg_litmask *fg_litmask_new(fg_regex *const *res, size_t n);
void fg_litmask_free(fg_litmask *lm);
void fg_litmask_scan(const fg_litmask *lm, const char *text, size_t len, fg_litbits *out);
static inline bool fg_litbits_has(const fg_litbits *b, size_t i)
{
	return (b->w[i / 64] >> (i % 64)) & 1u;
}
unsigned fg_matcher_limit_hits(const fg_matcher *m);

#endif
