#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.h"
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

struct fg_regex {
	_Atomic(pcre2_code *) code; /* NULL until compiled (lazy patterns) */
	char *pattern;
	unsigned flags;
	uint32_t ngroups;
	bool failed;
	_Atomic unsigned uses;  /* FG_RE_JIT_WHEN_HOT: matches so far */
	_Atomic bool jitted;    /* JIT-compiled: no more counting (set before workers start, or on promotion) */
	pcre2_code *interpreted; /* the code the JIT copy replaced (other threads may still hold it) */
};

#define FG_RE_HOT_USES 256u

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

fg_regex *fg_regex_compile(const char *pattern, unsigned flags, char *err, size_t errlen)
{
	uint32_t ng = 0;
	pcre2_code *code = compile(pattern, flags, &ng, err, errlen);
	if (!code)
		return NULL;
	fg_regex *re = fg_xcalloc(1, sizeof(*re));
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

void fg_regex_free(fg_regex *re)
{
	if (!re)
		return;
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
	return fg_regex_search(re, m, subject, len, 0, &s, &e, &gs, &ge) == 1;
}
