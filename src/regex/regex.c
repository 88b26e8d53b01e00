#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.h"
#include "fingerprint.h"
#include <pcre2.h>
#include <pthread.h>
#include <stdatomic.h>

/*
 * Bounds on a single match: a rule pattern that backtracks badly on some
 * input gives up (and is counted) rather than stalling a pre-commit hook.
 */
#define FG_RE_MATCH_LIMIT 1000000u
#define FG_RE_DEPTH_LIMIT 10000u
#define FG_RE_JIT_STACK (512u * 1024u)

/*
 * The literals every match contains (fg_regex_set_literals), as a table
 * for one pass over the subject: a bitmap of the byte pairs a literal
 * starts with (in every case), and the literals by folded first byte.
 * ASCII letters are compared caselessly.
 */
typedef struct litset {
	uint64_t pair[1024]; /* 65,536 bits, index s[i] | s[i+1] << 8 */
	uint64_t next_pair[1024]; /* the same for a literal's second and third bytes */
	uint16_t head[256];  /* first literal (index + 1) starting with this folded byte, chained by next */
	bool first[256];     /* a byte that starts a pair of `pair` (the cheaper test, byte by byte) */
	uint16_t *next;
	char **lit;
	size_t *len;
	bool *word;       /* fg_regex_set_split: a plain-word branch (else a literal of the other branches) */
	bool rest_known;  /* the other branches' literals are in the set too */
	fg_fingerprints *fp; /* where a literal may start, 16 bytes at a time (NULL: byte by byte) */
	size_t n, minlen;
} litset;

/* Up to this many literals, the fingerprint filter is selective enough to pay for itself. */
#define FG_FP_MAX_LITERALS 48

struct fg_regex {
	_Atomic(pcre2_code *) code; /* NULL until compiled (lazy patterns) */
	litset *lits;               /* NULL: no necessary literal known */
	bool skip_lits;             /* set with the code: PCRE2 finds the start itself as fast (a known first character) */
	bool lits_exact;            /* the pattern is the caseless alternation of the literals: a literal found is a match */
	litset *words;              /* fg_regex_set_split: words any of which is a match... */
	struct fg_regex *rest;      /* ...and the pattern's other branches (NULL: none) */
	char *pattern;
	unsigned flags;
	uint32_t ngroups;
	bool failed;
	_Atomic unsigned uses;  /* FG_RE_JIT_WHEN_HOT: matches so far */
	_Atomic bool jitted;    /* JIT-compiled: no more counting (set before workers start, or on promotion) */
	pcre2_code *interpreted; /* the code the JIT copy replaced (other threads may still hold it) */
};

#define FG_RE_HOT_USES 256u

/* Shorter subjects go straight to the pattern: the literal pass would not pay for itself. */
#define FG_RE_LITERAL_MIN_SUBJECT 32u

struct fg_matcher {
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *jit;
	unsigned limit_hits;
};

static pthread_mutex_t compile_lock = PTHREAD_MUTEX_INITIALIZER;

static pcre2_code *compile(const char *pattern, unsigned flags, uint32_t *ngroups, char *err, size_t errlen)
{
	int ec;
	PCRE2_SIZE eoff;
	uint32_t opts = PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
	if (flags & FG_RE_CASELESS)
		opts |= PCRE2_CASELESS;
	if (flags & FG_RE_MULTILINE)
		opts |= PCRE2_MULTILINE;
	pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, opts, &ec, &eoff, NULL);
	if (!code) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(ec, msg, sizeof(msg));
		snprintf(err, errlen, "at offset %zu: %s", (size_t)eoff, (const char *)msg);
		return NULL;
	}
	/* JIT failure is not fatal: PCRE2 falls back to the interpreter. */
	if (flags & FG_RE_JIT)
		(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
	pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, ngroups);
	return code;
}

/*
 * Whether PCRE2 finds where a match may start as fast as a literal pass
 * would: a known first character, or one of at most four (its own
 * vectorised search).
 */
static bool finds_start_itself(const pcre2_code *code)
{
	uint32_t type = 0;
	pcre2_pattern_info(code, PCRE2_INFO_FIRSTCODETYPE, &type);
	if (type == 1)
		return true;
	const uint8_t *bits = NULL;
	if (pcre2_pattern_info(code, PCRE2_INFO_FIRSTBITMAP, &bits) != 0 || !bits)
		return false;
	unsigned n = 0;
	for (int i = 0; i < 32; i++)
		n += (unsigned)__builtin_popcount(bits[i]);
	return n <= 4;
}

fg_regex *fg_regex_compile(const char *pattern, unsigned flags, char *err, size_t errlen)
{
	uint32_t ng = 0;
	pcre2_code *code = compile(pattern, flags, &ng, err, errlen);
	if (!code)
		return NULL;
	fg_regex *re = fg_xcalloc(1, sizeof(*re));
	re->skip_lits = finds_start_itself(code);
	atomic_init(&re->code, code);
	atomic_init(&re->jitted, (flags & FG_RE_JIT) != 0);
	re->pattern = fg_xstrdup(pattern);
	re->flags = flags;
	re->ngroups = ng;
	return re;
}

fg_regex *fg_regex_lazy(const char *pattern, unsigned flags)
{
	fg_regex *re = fg_xcalloc(1, sizeof(*re));
	atomic_init(&re->code, NULL);
	atomic_init(&re->jitted, (flags & FG_RE_JIT) != 0);
	re->pattern = fg_xstrdup(pattern);
	re->flags = flags;
	return re;
}

/* The compiled code, compiling a lazy pattern once (under a lock: workers share it). */
static pcre2_code *code_of(const fg_regex *cre)
{
	fg_regex *re = (fg_regex *)cre;
	pcre2_code *code = atomic_load(&re->code);
	if (code || re->failed)
		return code;
	pthread_mutex_lock(&compile_lock);
	code = atomic_load(&re->code);
	if (!code && !re->failed) {
		char err[256];
		code = compile(re->pattern, re->flags, &re->ngroups, err, sizeof(err));
		if (!code) {
			/* only the embedded rules are lazy, and `make test` compiles them all */
			fprintf(stderr, "foundry-guard: internal: a built-in pattern does not compile (%s)\n", err);
			re->failed = true;
		} else {
			re->skip_lits = finds_start_itself(code);
			atomic_store(&re->code, code);
		}
	}
	pthread_mutex_unlock(&compile_lock);
	return code;
}

bool fg_regex_check(const fg_regex *re, char *err, size_t errlen)
{
	if (atomic_load(&re->code))
		return true;
	uint32_t ng;
	pcre2_code *code = compile(re->pattern, re->flags, &ng, err, errlen);
	if (!code)
		return false;
	pcre2_code_free(code);
	return true;
}

/* A hot pattern: swap in a JIT-compiled copy (the copy is private until published). */
static pcre2_code *promote(fg_regex *re, pcre2_code *code)
{
	pthread_mutex_lock(&compile_lock);
	pcre2_code *now = atomic_load(&re->code);
	if (now == code && !re->interpreted) {
		pcre2_code *jit = pcre2_code_copy(code);
		if (jit && pcre2_jit_compile(jit, PCRE2_JIT_COMPLETE) == 0) {
			re->interpreted = code;
			atomic_store(&re->code, jit);
			now = jit;
		} else if (jit) {
			pcre2_code_free(jit);
		}
	}
	atomic_store_explicit(&re->jitted, true, memory_order_relaxed);
	pthread_mutex_unlock(&compile_lock);
	return now;
}

void fg_regex_prepare(const fg_regex *cre)
{
	fg_regex *re = (fg_regex *)cre;
	if (!re)
		return;
	fg_regex_prepare(re->rest);
	pcre2_code *code = code_of(re);
	if (code && !atomic_load(&re->jitted)) {
		/* no thread matches yet: the code is JIT-compiled in place */
		(void)pcre2_jit_compile(code, PCRE2_JIT_COMPLETE);
		atomic_store(&re->jitted, true);
	}
}

bool fg_regex_ready(const fg_regex *re)
{
	return atomic_load(&re->code) && atomic_load(&re->jitted);
}

static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/*
 * A literal whose bytes beyond ASCII are general punctuation (U+2000-U+203F:
 * the quotes of "n’t"), which has no other case: compared byte for byte.
 */
static bool plain_literal(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x80)
			continue;
		if (c != 0xE2 || i + 2 >= len || (unsigned char)s[i + 1] != 0x80 ||
		    ((unsigned char)s[i + 2] & 0xC0) != 0x80)
			return false;
		i += 2;
	}
	return true;
}

static void litset_free(litset *l)
{
	if (!l)
		return;
	for (size_t i = 0; i < l->n; i++)
		free(l->lit[i]);
	free(l->lit);
	free(l->len);
	free(l->word);
	free(l->next);
	free(l->fp);
	free(l);
}

static void pair_set(uint64_t *bits, unsigned char a, unsigned char b)
{
	unsigned idx = (unsigned)a | (unsigned)b << 8;
	bits[idx >> 6] |= 1ull << (idx & 63);
}

static bool pair_has(const uint64_t *bits, const unsigned char *s)
{
	unsigned idx = (unsigned)s[0] | (unsigned)s[1] << 8;
	return (bits[idx >> 6] >> (idx & 63)) & 1u;
}

/* Both cases of an ASCII letter (else the byte alone). */
static unsigned cases(unsigned char c, unsigned char out[2])
{
	out[0] = c;
	if (c >= 'a' && c <= 'z') {
		out[1] = (unsigned char)(c - 32);
		return 2;
	}
	return 1;
}

/*
 * The set's fingerprint filter: literals with the same first letter share a
 * bucket (eight buckets, given in turn), and the two characters that fold
 * to a letter (ſ, the Kelvin sign) have their first two bytes in one.
 */
static fg_fingerprints *fingerprints(const litset *l)
{
	fg_fingerprints *fp = fg_xcalloc(1, sizeof(*fp));
	int bucket_of[256];
	unsigned used = 0;
	for (int b = 0; b < 256; b++)
		bucket_of[b] = -1;
	for (size_t i = 0; i < l->n; i++) {
		unsigned char f = (unsigned char)l->lit[i][0];
		if (bucket_of[f] < 0)
			bucket_of[f] = (int)(used++ % 8);
		for (unsigned k = 0; k < FG_FP_BYTES; k++) {
			unsigned char v[2];
			unsigned nv = cases((unsigned char)l->lit[i][k], v);
			for (unsigned x = 0; x < nv; x++)
				fg_fp_add(fp, (unsigned)bucket_of[f], k, v[x]);
		}
	}
	unsigned fb = used % 8;
	fg_fp_add(fp, fb, 0, 0xC5);
	fg_fp_add(fp, fb, 1, 0xBF);
	fg_fp_add(fp, fb, 0, 0xE2);
	fg_fp_add(fp, fb, 1, 0x84);
	fg_fp_add_any(fp, fb, 2);
	return fp;
}

void fg_regex_set_literals(fg_regex *re, char *const *lits, size_t n, bool exact)
{
	litset_free(re->lits);
	re->lits = NULL;
	re->lits_exact = exact;
	if (!n || n > 0xFFFEu)
		return;
	for (size_t i = 0; i < n; i++)
		if (strlen(lits[i]) < 3 || !plain_literal(lits[i], strlen(lits[i])))
			return; /* too short to be worth it, or a character with other cases */
	litset *l = fg_xcalloc(1, sizeof(*l));
	l->lit = fg_xcalloc(n, sizeof(char *));
	l->len = fg_xcalloc(n, sizeof(size_t));
	l->next = fg_xcalloc(n, sizeof(uint16_t));
	l->n = n;
	l->minlen = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(lits[i]);
		char *c = fg_xmalloc(len + 1);
		for (size_t k = 0; k <= len; k++)
			c[k] = (char)fold((unsigned char)lits[i][k]);
		l->lit[i] = c;
		l->len[i] = len;
		l->minlen = len < l->minlen ? len : l->minlen;
		unsigned char ca[2], cb[2], cc[2];
		unsigned na = cases((unsigned char)c[0], ca), nb = cases((unsigned char)c[1], cb);
		unsigned nc = cases((unsigned char)c[2], cc);
		for (unsigned x = 0; x < na; x++)
			l->first[ca[x]] = true;
		for (unsigned y = 0; y < nb; y++) {
			for (unsigned x = 0; x < na; x++)
				pair_set(l->pair, ca[x], cb[y]);
			for (unsigned z = 0; z < nc; z++)
				pair_set(l->next_pair, cb[y], cc[z]);
		}
		unsigned char f = (unsigned char)c[0];
		l->next[i] = l->head[f];
		l->head[f] = (uint16_t)(i + 1);
	}
	/* U+017F (long s) and U+212A (Kelvin sign) match s and k caselessly: such a subject is left to the pattern */
	pair_set(l->pair, 0xC5, 0xBF);
	pair_set(l->pair, 0xE2, 0x84);
	l->first[0xC5] = l->first[0xE2] = true;
	if (n <= FG_FP_MAX_LITERALS && fg_fp_usable())
		l->fp = fingerprints(l);
	re->lits = l;
}

/*
 * What s[0,len) holds: none of the literals (LIT_NONE), one (LIT_FOUND), or
 * a character that folds to one's letter (LIT_FOLDS); for a split pattern's
 * set, LIT_WORD when one is a plain-word branch (searched for to the end
 * once another literal was found).
 */
enum { LIT_NONE, LIT_FOUND, LIT_FOLDS, LIT_WORD };

/*
 * Position i of s (i + 1 < len): 0 when no literal starts there, LIT_FOLDS
 * at a character that folds to a literal's letter, else the chain of
 * literals (index + 1) to compare.
 */
static inline int litset_at(const litset *l, const unsigned char *s, size_t len, size_t i, uint16_t *chain)
{
	if (!l->first[s[i]] || !pair_has(l->pair, s + i))
		return 0;
	if (s[i] == 0xC5 || (s[i] == 0xE2 && i + 2 < len && s[i + 2] == 0xAA))
		return LIT_FOLDS; /* ſ, or the Kelvin sign */
	if (i + 2 >= len || !pair_has(l->next_pair, s + i + 1))
		return 0; /* every literal has three bytes or more */
	*chain = l->head[fold(s[i])];
	return *chain ? 1 : 0;
}

/* The first position from i where litset_at may be nonzero (the fingerprint filter's), or i. */
static inline size_t litset_next(const litset *l, const unsigned char *s, size_t len, size_t i)
{
	bool found;
	return l->fp ? fg_fp_skip(l->fp, s, len, i, &found) : i;
}

/* Does literal k (index + 1) start at s[i]? */
static inline bool litset_is_at(const litset *l, const unsigned char *s, size_t len, size_t i, uint16_t k)
{
	const char *lit = l->lit[k - 1];
	size_t ll = l->len[k - 1];
	if (ll > len - i)
		return false;
	size_t j = 1;
	while (j < ll && fold(s[i + j]) == (unsigned char)lit[j])
		j++;
	return j == ll;
}

static int litset_scan(const litset *l, const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	if (len < l->minlen)
		return LIT_NONE;
	uint16_t k = 0;
	for (size_t i = litset_next(l, s, len, 0); i + 1 < len; i = litset_next(l, s, len, i + 1)) {
		int at = litset_at(l, s, len, i, &k);
		if (at == LIT_FOLDS)
			return LIT_FOLDS;
		for (; at && k; k = l->next[k - 1])
			if (litset_is_at(l, s, len, i, k))
				return LIT_FOUND;
	}
	return LIT_NONE;
}

/* litset_scan for a split pattern's set (words and the other branches' literals). */
static int litset_scan_words(const litset *l, const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	int found = LIT_NONE;
	if (len < l->minlen)
		return LIT_NONE;
	uint16_t k = 0;
	for (size_t i = litset_next(l, s, len, 0); i + 1 < len; i = litset_next(l, s, len, i + 1)) {
		int at = litset_at(l, s, len, i, &k);
		if (at == LIT_FOLDS)
			return LIT_FOLDS;
		for (; at && k; k = l->next[k - 1]) {
			if (!litset_is_at(l, s, len, i, k))
				continue;
			if (l->word[k - 1])
				return LIT_WORD;
			found = LIT_FOUND;
		}
	}
	return found;
}

void fg_regex_set_split(fg_regex *re, char *const *words, size_t n, fg_regex *rest)
{
	/* the words, and the literals the other branches need: one pass tells which of them a text holds */
	const litset *rl = rest ? rest->lits : NULL;
	size_t total = n + (rl ? rl->n : 0);
	char **all = fg_xcalloc(total + 1, sizeof(char *));
	for (size_t i = 0; i < n; i++)
		all[i] = words[i];
	for (size_t i = 0; rl && i < rl->n; i++)
		all[n + i] = rl->lit[i];
	fg_regex tmp;
	memset(&tmp, 0, sizeof(tmp));
	fg_regex_set_literals(&tmp, all, total, true);
	free(all);
	if (!tmp.lits) {
		fg_regex_free(rest); /* words the pass cannot take: the pattern runs whole */
		return;
	}
	litset *l = tmp.lits;
	l->word = fg_xcalloc(l->n, sizeof(bool));
	for (size_t i = 0; i < l->n; i++)
		for (size_t k = 0; k < n && !l->word[i]; k++)
			l->word[i] = !strcmp(l->lit[i], words[k]);
	l->rest_known = rl != NULL;
	re->words = l;
	re->rest = rest;
}

struct fg_litmask {
	litset *set;      /* every pattern's literals; part[k]: whose */
	uint8_t *part;
	fg_litbits always; /* patterns without a literal pre-test */
};

/* The literals a text must hold for re to match (set: *n of them in out), or false: none known. */
static bool needed_literals(const fg_regex *re, char ***out, size_t *n)
{
	const litset *l = re->words ? (re->words->rest_known || !re->rest ? re->words : NULL) : re->lits;
	if (!l)
		return false;
	*out = l->lit;
	*n = l->n;
	return true;
}

fg_litmask *fg_litmask_new(fg_regex *const *res, size_t n)
{
	fg_litmask *lm = fg_xcalloc(1, sizeof(*lm));
	size_t total = 0;
	for (size_t i = 0; i < n && i < FG_LITMASK_MAX; i++) {
		char **l;
		size_t k;
		if (res[i] && needed_literals(res[i], &l, &k))
			total += k;
	}
	char **all = fg_xcalloc(total + 1, sizeof(char *));
	uint8_t *owner = fg_xcalloc(total + 1, 1);
	size_t at = 0;
	for (size_t i = 0; i < n && i < FG_LITMASK_MAX; i++) {
		char **l;
		size_t k;
		if (!res[i] || !needed_literals(res[i], &l, &k)) {
			lm->always.w[i / 64] |= 1ull << (i % 64);
			continue;
		}
		for (size_t j = 0; j < k; j++) {
			all[at] = l[j];
			owner[at++] = (uint8_t)i;
		}
	}
	fg_regex tmp;
	memset(&tmp, 0, sizeof(tmp));
	fg_regex_set_literals(&tmp, all, at, true);
	lm->set = tmp.lits;
	if (lm->set) {
		/* the set keeps the order it was given: literal k is owner[k]'s */
		lm->part = owner;
	} else {
		free(owner);
		for (size_t i = 0; i < n && i < FG_LITMASK_MAX; i++)
			lm->always.w[i / 64] |= 1ull << (i % 64);
	}
	free(all);
	return lm;
}

void fg_litmask_free(fg_litmask *lm)
{
	if (!lm)
		return;
	litset_free(lm->set);
	free(lm->part);
	free(lm);
}

void fg_litmask_scan(const fg_litmask *lm, const char *text, size_t len, fg_litbits *out)
{
	*out = lm->always;
	const litset *l = lm->set;
	const unsigned char *s = (const unsigned char *)text;
	if (!l || len < l->minlen)
		return;
	uint16_t k = 0;
	for (size_t i = litset_next(l, s, len, 0); i + 1 < len; i = litset_next(l, s, len, i + 1)) {
		int at = litset_at(l, s, len, i, &k);
		if (at == LIT_FOLDS) {
			/* a letter without its literal: every pattern may match */
			memset(out->w, 0xFF, sizeof(out->w));
			return;
		}
		for (; at && k; k = l->next[k - 1])
			if (litset_is_at(l, s, len, i, k))
				out->w[lm->part[k - 1] / 64] |= 1ull << (lm->part[k - 1] % 64);
	}
}

void fg_regex_free(fg_regex *re)
{
	if (!re)
		return;
	litset_free(re->words);
	fg_regex_free(re->rest);
	litset_free(re->lits);
	pcre2_code_free(re->interpreted);
	pcre2_code_free(atomic_load(&re->code));
	free(re->pattern);
	free(re);
}

const char *fg_regex_pattern(const fg_regex *re)
{
	return re->pattern;
}

fg_matcher *fg_matcher_new(void)
{
	fg_matcher *m = fg_xcalloc(1, sizeof(*m));
	m->md = pcre2_match_data_create(32, NULL);
	m->mctx = pcre2_match_context_create(NULL);
	if (!m->md || !m->mctx) {
		fputs("foundry-guard: out of memory\n", stderr);
		exit(2);
	}
	pcre2_set_match_limit(m->mctx, FG_RE_MATCH_LIMIT);
	pcre2_set_depth_limit(m->mctx, FG_RE_DEPTH_LIMIT);
	m->jit = pcre2_jit_stack_create(32 * 1024, FG_RE_JIT_STACK, NULL);
	if (m->jit)
		pcre2_jit_stack_assign(m->mctx, NULL, m->jit);
	return m;
}

void fg_matcher_free(fg_matcher *m)
{
	if (!m)
		return;
	pcre2_match_data_free(m->md);
	pcre2_match_context_free(m->mctx);
	if (m->jit)
		pcre2_jit_stack_free(m->jit);
	free(m);
}

unsigned fg_matcher_limit_hits(const fg_matcher *m)
{
	return m->limit_hits;
}

int fg_regex_search(const fg_regex *re, fg_matcher *m, const char *subject, size_t len,
		    size_t start, size_t *mstart, size_t *mend, size_t *gstart, size_t *gend)
{
	if (start > len)
		return 0;
	pcre2_code *code = code_of(re);
	if (!code)
		return 0;
	/* a subject without any of the literals every match contains: no match, at a fraction of the cost */
	if (re->lits && !re->skip_lits && len - start >= FG_RE_LITERAL_MIN_SUBJECT &&
	    litset_scan(re->lits, subject + start, len - start) == LIT_NONE)
		return 0;
	if ((re->flags & FG_RE_JIT_WHEN_HOT) && !atomic_load_explicit(&re->jitted, memory_order_relaxed) &&
	    atomic_fetch_add_explicit(&((fg_regex *)re)->uses, 1, memory_order_relaxed) + 1 == FG_RE_HOT_USES)
		code = promote((fg_regex *)re, code);
	int rc = pcre2_match(code, (PCRE2_SPTR)subject, len, start, 0, m->md, m->mctx);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		m->limit_hits++;
		return -1;
	}
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	uint32_t n = pcre2_get_ovector_count(m->md);
	size_t s = ov[0], e = ov[1];
	if (e < s) /* \K tricks; keep the span sane */
		e = s;
	*mstart = *gstart = s;
	*mend = *gend = e;
	if (n > 1 && re->ngroups >= 1 && ov[2] != PCRE2_UNSET && ov[3] >= ov[2]) {
		*gstart = ov[2];
		*gend = ov[3];
	}
	return 1;
}

bool fg_regex_test(const fg_regex *re, fg_matcher *m, const char *subject, size_t len)
{
	size_t s, e, gs, ge;
	if (re->lits && re->lits_exact) {
		/* an alternation of literals: the pass is the answer (unless a character folds to a letter) */
		int r = litset_scan(re->lits, subject, len);
		if (r != LIT_FOLDS)
			return r == LIT_FOUND;
	} else if (re->words && len >= FG_RE_LITERAL_MIN_SUBJECT) {
		/*
		 * One of the plain-word branches is a match; without one, only the
		 * other branches can match, and only with one of their literals.
		 */
		int r = litset_scan_words(re->words, subject, len);
		if (r == LIT_WORD)
			return true;
		if (r == LIT_NONE && re->words->rest_known)
			return false;
		if (r != LIT_FOLDS)
			return re->rest && fg_regex_test(re->rest, m, subject, len);
	}
	return fg_regex_search(re, m, subject, len, 0, &s, &e, &gs, &ge) == 1;
}
