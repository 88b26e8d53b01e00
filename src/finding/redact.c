/*
 * redact.c - the one redactor (see redact.h).
 *
 * It works on a mask, one byte per input byte: KEEP, VALUE (a detector hit
 * or a known value: printed as a short prefix and the marker) or HIDE (a
 * literal or token no detector knows: printed as the marker alone).  The
 * mask is filled in order of certainty -- known values, detector hits,
 * string literals, long tokens -- and printed once.
 */
#include "redact.h"
#include "finding.h"
#include <ctype.h>

enum { KEEP = 0, VALUE, VALUE_START, HIDE };

#define MAX_HITS 64
#define LONG_TOKEN 16 /* a token this long is a value unless it reads as an identifier */
#define LONG_NUMBER 9 /* a number this long is a value (account, phone, card digits) */

static bool is_sep(char c)
{
	return c == '_' || c == '$' || c == '.' || c == '/' || c == '@' || c == '~' || c == ':' || c == '+' || c == '-';
}

/* One piece of an identifier (between separators). */
static bool piece_ok(const char *s, size_t n)
{
	size_t digits = 0, first_digit = n;
	bool letter_after_digit = false;
	for (size_t i = 0; i < n; i++) {
		if (isdigit((unsigned char)s[i])) {
			digits++;
			if (first_digit == n)
				first_digit = i;
		} else if (first_digit < n) {
			letter_after_digit = true;
		}
	}
	if (digits == n)
		return n <= 8; /* a version, a year, a date part */
	if (letter_after_digit)
		return n <= 4; /* k8s, e2e, 4o */
	if (digits)
		return digits <= 4; /* sha256, utf8, v2 */
	/* letters only: camelCase words; random case (wJalrXUtn) makes one-letter words */
	size_t singles = 0, wlen = 0, words = 0;
	for (size_t i = 0; i < n; i++) {
		bool up = isupper((unsigned char)s[i]);
		bool boundary = i > 0 && up &&
				(islower((unsigned char)s[i - 1]) ||
				 (i + 1 < n && islower((unsigned char)s[i + 1]) && isupper((unsigned char)s[i - 1])));
		if (boundary) {
			if (wlen == 1 && words > 0)
				singles++;
			words++;
			wlen = 0;
		}
		wlen++;
	}
	if (wlen == 1 && words > 0)
		singles++;
	return singles < 2;
}

bool fg_redact_is_identifier(const char *s, size_t len)
{
	if (len == 0)
		return true;
	if (isdigit((unsigned char)s[0])) {
		/* a date or a version (2023-06-01, 1.2.3): at most three short numbers, eight digits */
		size_t digits = 0, pieces = 1, run = 0;
		for (size_t i = 0; i < len; i++) {
			if (isdigit((unsigned char)s[i])) {
				digits++;
				if (++run > 4)
					return false;
			} else if (strchr("-.:/", s[i]) && run) {
				pieces++;
				run = 0;
			} else {
				return false;
			}
		}
		return run && pieces <= 3 && digits <= 8;
	}
	for (size_t i = 0; i < len; i++)
		if (!isalnum((unsigned char)s[i]) && !is_sep(s[i]))
			return false;
	size_t p = 0;
	while (p <= len) {
		size_t e = p;
		while (e < len && !is_sep(s[e]))
			e++;
		if (!piece_ok(s + p, e - p))
			return false;
		p = e + 1;
	}
	return true;
}

static bool token_char(char c)
{
	return isalnum((unsigned char)c) || c == '+' || c == '/' || c == '_' || c == '-' || c == '.' || c == '~';
}

static void mark(unsigned char *m, size_t start, size_t end, unsigned char how)
{
	for (size_t i = start; i < end; i++)
		if (m[i] == KEEP)
			m[i] = how;
}

static void mark_value(unsigned char *m, size_t len, size_t start, size_t end)
{
	if (start >= end || start >= len)
		return;
	end = FG_MIN(end, len);
	if (m[start] == KEEP)
		m[start] = VALUE_START;
	mark(m, start + 1, end, VALUE);
}

/* Long tokens that do not read as identifiers, and long numbers. */
static void mark_tokens(const char *s, size_t len, unsigned char *m)
{
	size_t i = 0;
	while (i < len) {
		if (!token_char(s[i])) {
			i++;
			continue;
		}
		size_t e = i;
		bool digits = true;
		while (e < len && token_char(s[e])) {
			if (!isdigit((unsigned char)s[e]))
				digits = false;
			e++;
		}
		while (e < len && s[e] == '=') /* base64 padding */
			e++;
		size_t n = e - i;
		if ((digits && n >= LONG_NUMBER) || (n >= LONG_TOKEN && !fg_redact_is_identifier(s + i, n)))
			mark(m, i, e, HIDE);
		i = e;
	}
}

/* A word without the punctuation around it: [*ws, *we) of s. */
static void trim_punct(const char *s, size_t *ws, size_t *we)
{
	while (*we > *ws && strchr(",.;:!?)\"'", s[*we - 1]))
		(*we)--;
	while (*we > *ws && strchr("(\"'", s[*ws]))
		(*ws)++;
}

/* A word of prose: letters (and ' -), punctuation around it allowed. */
static bool is_alpha_word(const char *w, size_t n)
{
	size_t ws = 0, we = n;
	trim_punct(w, &ws, &we);
	if (we - ws < 2)
		return false;
	for (size_t i = ws; i < we; i++)
		if (!isalpha((unsigned char)w[i]) && w[i] != '\'' && w[i] != '-')
			return false;
	return true;
}

/*
 * Interpolations in a literal: {expr}, ${expr}, #{expr}, $(command); returns
 * where the one at i ends, or i.
 */
static size_t interp_end(const char *s, size_t cs, size_t i, size_t end)
{
	char open = s[i], close = open == '{' ? '}' : ')';
	if (open != '{' && !(open == '(' && i > cs && s[i - 1] == '$'))
		return i;
	int depth = 0;
	for (size_t k = i; k < end; k++) {
		if (s[k] == open)
			depth++;
		else if (s[k] == close && --depth == 0)
			return k + 1;
	}
	return i;
}

/* The name a literal is given to: `password = "`, `"password": "`, `password=`, `(password, "`. */
static bool secret_context(const fg_redactor *r, const char *s, size_t q)
{
	if (!r || !r->secret_name)
		return false;
	size_t k = q;
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	size_t ops = 0;
	while (k > 0 && strchr("=:>+,([", s[k - 1]) && ops < 3) {
		k--;
		ops++;
	}
	if (!ops)
		return false;
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	size_t e = k;
	if (k > 0 && (s[k - 1] == '"' || s[k - 1] == '\'')) {
		/* a quoted key */
		char qc = s[k - 1];
		e = k - 1;
		k = e;
		while (k > 0 && s[k - 1] != qc)
			k--;
	} else {
		while (k > 0 && (isalnum((unsigned char)s[k - 1]) || s[k - 1] == '_' || s[k - 1] == '-'))
			k--;
	}
	return e > k && r->secret_name(r->ctx, s + k, e - k);
}

/*
 * Word breaks in a literal: blanks, values already masked, escapes (\n),
 * and the separators of queries and key=value lists (? & = ; ,).
 */
static bool blank(const char *s, const unsigned char *m, size_t i)
{
	if (isspace((unsigned char)s[i]) || m[i] != KEEP || strchr("\\?&=;,", s[i]))
		return true;
	return i > 0 && s[i - 1] == '\\' && strchr("ntr0", s[i]); /* the letter of an escape */
}

/* The next word in [*i, end) as [*ws, *we); false at the end. */
static bool next_word(const char *s, const unsigned char *m, size_t *i, size_t end, size_t *ws, size_t *we)
{
	while (*i < end && blank(s, m, *i))
		(*i)++;
	*ws = *i;
	while (*i < end && !blank(s, m, *i))
		(*i)++;
	*we = *i;
	return *we > *ws;
}

/* Is the word [ws, we) a credential name, as in `password: x`, `Password=x`? */
static bool names_secret(const fg_redactor *r, const char *s, size_t ws, size_t we)
{
	while (we > ws && s[we - 1] == ':')
		we--;
	return r && r->secret_name && we > ws && r->secret_name(r->ctx, s + ws, we - ws);
}

#define MAX_SEGMENTS 32

/*
 * One string literal's content [cs, ce): what of it may be printed.  Its
 * own text (between interpolations) is judged word by word: words of
 * prose, identifiers, paths, versions and words of three characters or
 * fewer stay; any other word is hidden, and so is the word after a
 * credential name (`Password=...`) and the whole text of a literal given
 * to one (`password = "..."`).
 */
static void mark_literal(const fg_redactor *r, const char *s, size_t q, size_t cs, size_t ce, unsigned char *m)
{
	size_t seg[MAX_SEGMENTS][2], nseg = 0;
	size_t p = cs;
	for (size_t i = cs; i <= ce; i++) {
		size_t ie = i < ce ? interp_end(s, cs, i, ce) : i;
		if (i < ce && ie == i)
			continue;
		size_t te = i < ce && i > cs && (s[i - 1] == '$' || s[i - 1] == '#') ? i - 1 : i;
		if (te > p) {
			if (nseg == MAX_SEGMENTS) {
				mark(m, cs, ce, HIDE); /* too many pieces to judge: hide it all */
				return;
			}
			seg[nseg][0] = p;
			seg[nseg++][1] = te;
		}
		if (i == ce)
			break;
		p = ie;
		i = ie - 1;
	}
	if (secret_context(r, s, q)) {
		for (size_t k = 0; k < nseg; k++)
			mark(m, seg[k][0], seg[k][1], HIDE);
		return;
	}
	size_t ws, we, pws = 0, pwe = 0, pend = 0;
	for (size_t k = 0; k < nseg; k++) {
		for (size_t i = seg[k][0]; next_word(s, m, &i, seg[k][1], &ws, &we);) {
			size_t cw = ws, cwe = we;
			trim_punct(s, &cw, &cwe);
			char sep = s[ws - 1] == ' ' && pend ? s[pend - 1] : s[ws - 1];
			bool after_secret = (sep == '=' || sep == ':') && pwe > pws && names_secret(r, s, pws, pwe);
			pws = cw;
			pwe = cwe;
			pend = we;
			size_t n = cwe - cw;
			if (after_secret || (n > 3 && !is_alpha_word(s + cw, n) && !fg_redact_is_identifier(s + cw, n)))
				mark(m, cw, cwe, HIDE);
		}
	}
}

static bool is_quote_at(const char *s, size_t len, size_t i)
{
	char c = s[i];
	if (c != '"' && c != '\'' && c != '`')
		return false;
	if (c == '\'' && i > 0 && isalpha((unsigned char)s[i - 1]) && i + 1 < len && isalpha((unsigned char)s[i + 1])) {
		/* an apostrophe (don't), unless a Python prefix (f'...', rb'...') */
		size_t k = i;
		while (k > 0 && strchr("fFrRbBuU", s[k - 1]) && i - k < 2)
			k--;
		if (k == i || (k > 0 && (isalnum((unsigned char)s[k - 1]) || s[k - 1] == '_')))
			return false;
	}
	return true;
}

/* String literals in [start, end). */
static void mark_literals(const fg_redactor *r, const char *s, size_t start, size_t end, unsigned char *m)
{
	size_t i = start;
	while (i < end) {
		if (!is_quote_at(s, end, i)) {
			i++;
			continue;
		}
		char q = s[i];
		size_t k = i + 1;
		while (k < end && s[k] != q)
			k += s[k] == '\\' ? 2 : 1;
		k = FG_MIN(k, end);
		mark_literal(r, s, i, i + 1, k, m);
		i = k + 1;
	}
}

static void find_values(const fg_redactor *r, const char *s, size_t len, unsigned char *m)
{
	if (!r || !r->find)
		return;
	fg_text_span hits[MAX_HITS];
	size_t n = r->find(r->ctx, s, len, hits, MAX_HITS);
	for (size_t i = 0; i < n; i++)
		mark_value(m, len, hits[i].start, hits[i].end);
}

/* Prints s through its mask; *at (a byte offset in s) becomes one in out. */
static void emit(const char *s, size_t len, const unsigned char *m, size_t *at, fg_buf *out)
{
	size_t want = at ? *at : SIZE_MAX;
	bool placed = false;
	size_t i = 0;
	while (i < len) {
		size_t e = i + 1;
		if (m[i] == KEEP) {
			while (e < len && m[e] == KEEP)
				e++;
			if (!placed && want >= i && want < e) {
				fg_buf_add(out, s + i, want - i);
				*at = out->len;
				placed = true;
				fg_buf_add(out, s + want, e - want);
			} else {
				fg_buf_add(out, s + i, e - i);
			}
		} else if (m[i] == HIDE) {
			while (e < len && m[e] == HIDE)
				e++;
			if (!placed && want >= i && want < e) {
				*at = out->len;
				placed = true;
			}
			fg_buf_puts(out, FG_REDACTED);
		} else {
			while (e < len && m[e] == VALUE)
				e++;
			if (!placed && want >= i && want < e) {
				*at = out->len;
				placed = true;
			}
			if (m[i] == VALUE_START) {
				char *red = fg_redact(s + i, e - i);
				fg_buf_puts(out, red);
				free(red);
			} else {
				fg_buf_puts(out, FG_REDACTED);
			}
		}
		i = e;
	}
	if (at && !placed)
		*at = out->len;
}

void fg_redact_code(const fg_redactor *r, const char *s, size_t len, const fg_text_span *known, size_t nknown,
		    size_t *at, fg_buf *out)
{
	unsigned char *m = fg_xcalloc(len + 1, 1);
	for (size_t i = 0; i < nknown; i++)
		mark_value(m, len, known[i].start, known[i].end);
	find_values(r, s, len, m);
	mark_literals(r, s, 0, len, m);
	mark_tokens(s, len, m);
	emit(s, len, m, at, out);
	free(m);
}

void fg_redact_prose(const fg_redactor *r, const char *s, size_t len, fg_buf *out)
{
	unsigned char *m = fg_xcalloc(len + 1, 1);
	find_values(r, s, len, m);
	/* `code` spans are code: their literals are judged as in a source line */
	for (size_t i = 0; i < len; i++) {
		if (s[i] != '`')
			continue;
		const char *close = memchr(s + i + 1, '`', len - i - 1);
		if (!close)
			break;
		size_t e = (size_t)(close - s);
		mark_literals(r, s, i + 1, e, m);
		i = e;
	}
	mark_tokens(s, len, m);
	emit(s, len, m, NULL, out);
	free(m);
}

void fg_redact_values(const fg_redactor *r, const char *s, size_t len, fg_buf *out)
{
	unsigned char *m = fg_xcalloc(len + 1, 1);
	find_values(r, s, len, m);
	emit(s, len, m, NULL, out);
	free(m);
}

char *fg_redact_prose_str(const fg_redactor *r, const char *s)
{
	fg_buf b = FG_BUF_INIT;
	fg_redact_prose(r, s ? s : "", s ? strlen(s) : 0, &b);
	if (!b.ptr)
		return fg_xstrdup("");
	return fg_buf_detach(&b);
}
