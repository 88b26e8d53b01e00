/*
 * values.c - value detectors and their validators (checksums and
 * structural checks that turn a pattern hit into a real value).
 */
#include "internal.h"
#include <ctype.h>

bool fg_valid_luhn(const char *s, size_t len)
{
	int digits[32];
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (isdigit((unsigned char)s[i])) {
			if (n == FG_ARRAY_SIZE(digits))
				return false;
			digits[n++] = s[i] - '0';
		} else if (s[i] != ' ' && s[i] != '-') {
			return false;
		}
	}
	if (n < 13 || n > 19)
		return false;
	int sum = 0;
	for (size_t i = 0; i < n; i++) {
		int d = digits[n - 1 - i];
		if (i % 2 == 1) {
			d *= 2;
			if (d > 9)
				d -= 9;
		}
		sum += d;
	}
	/* All the same digit (0000 0000 ...) passes Luhn but is no card. */
	bool same = true;
	for (size_t i = 1; i < n; i++)
		if (digits[i] != digits[0])
			same = false;
	return sum % 10 == 0 && !same;
}

bool fg_valid_iban(const char *s, size_t len)
{
	char c[40];
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == ' ' || s[i] == '-')
			continue;
		if (!isalnum((unsigned char)s[i]) || n == sizeof(c))
			return false;
		c[n++] = (char)toupper((unsigned char)s[i]);
	}
	if (n < 15 || n > 34 || !isalpha((unsigned char)c[0]) || !isalpha((unsigned char)c[1]) ||
	    !isdigit((unsigned char)c[2]) || !isdigit((unsigned char)c[3]))
		return false;
	/* mod 97 over the rearranged string, letters as 10..35 */
	unsigned rem = 0;
	for (size_t k = 0; k < n; k++) {
		char ch = c[(k + 4) % n];
		if (isdigit((unsigned char)ch)) {
			rem = (rem * 10 + (unsigned)(ch - '0')) % 97;
		} else {
			unsigned v = (unsigned)(ch - 'A') + 10;
			rem = (rem * 100 + v) % 97;
		}
	}
	return rem == 1;
}

bool fg_valid_ssn(const char *s, size_t len)
{
	char d[9];
	size_t n = 0;
	for (size_t i = 0; i < len; i++) {
		if (isdigit((unsigned char)s[i])) {
			if (n == 9)
				return false;
			d[n++] = s[i];
		} else if (s[i] != '-' && s[i] != ' ') {
			return false;
		}
	}
	if (n != 9)
		return false;
	int area = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
	int group = (d[3] - '0') * 10 + (d[4] - '0');
	int serial = (d[5] - '0') * 1000 + (d[6] - '0') * 100 + (d[7] - '0') * 10 + (d[8] - '0');
	if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
		return false;
	/* Numbers published as examples (e.g. on a sample card) are not personal data. */
	if (memcmp(d, "078051120", 9) == 0 || memcmp(d, "219099999", 9) == 0 ||
	    memcmp(d, "123456789", 9) == 0)
		return false;
	return true;
}

bool fg_valid_email(const char *s, size_t len)
{
	const char *at = memchr(s, '@', len);
	if (!at || at == s)
		return false;
	const char *dom = at + 1;
	size_t dl = len - (size_t)(dom - s);
	const char *dot = NULL;
	for (size_t i = 0; i < dl; i++)
		if (dom[i] == '.')
			dot = dom + i;
	if (!dot || dot == dom)
		return false;
	size_t tl = dl - (size_t)(dot + 1 - dom);
	if (tl < 2)
		return false;
	for (size_t i = 0; i < tl; i++)
		if (!isalpha((unsigned char)dot[1 + i]))
			return false;
	return true;
}

bool fg_valid_phone(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (isdigit((unsigned char)s[i]))
			n++;
	return n >= 10 && n <= 15;
}

static int b64url_val(char c)
{
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 26;
	if (c >= '0' && c <= '9')
		return c - '0' + 52;
	if (c == '-' || c == '+')
		return 62;
	if (c == '_' || c == '/')
		return 63;
	return -1;
}

/* Decodes the first bytes of a base64url segment; true when it starts with '{'. */
static bool segment_is_json(const char *s, size_t len)
{
	if (len < 4)
		return false;
	int a = b64url_val(s[0]), b = b64url_val(s[1]);
	if (a < 0 || b < 0)
		return false;
	unsigned char first = (unsigned char)((a << 2) | (b >> 4));
	return first == '{';
}

bool fg_valid_jwt(const char *s, size_t len)
{
	const char *d1 = memchr(s, '.', len);
	if (!d1)
		return false;
	const char *d2 = memchr(d1 + 1, '.', len - (size_t)(d1 + 1 - s));
	if (!d2)
		return false;
	return segment_is_json(s, (size_t)(d1 - s)) && segment_is_json(d1 + 1, (size_t)(d2 - d1 - 1));
}

bool fg_is_placeholder(fg_worker *w, const char *s, size_t len)
{
	if (!w->rs->placeholders)
		return false;
	return fg_regex_test(w->rs->placeholders, w->matcher, s, len);
}

static bool validate(const fg_detector *d, const char *s, size_t len)
{
	switch (d->validator) {
	case FG_VAL_LUHN: return fg_valid_luhn(s, len);
	case FG_VAL_IBAN: return fg_valid_iban(s, len);
	case FG_VAL_SSN: return fg_valid_ssn(s, len);
	case FG_VAL_EMAIL: return fg_valid_email(s, len);
	case FG_VAL_PHONE: return fg_valid_phone(s, len);
	case FG_VAL_JWT: return fg_valid_jwt(s, len);
	default: return true;
	}
}

size_t fg_values_scan(fg_worker *w, const char *text, size_t len, fg_value_match *out, size_t max)
{
	size_t n = 0;
	const fg_ruleset *rs = w->rs;
	for (size_t i = 0; i < rs->ndetectors && n < max; i++) {
		const fg_detector *d = &rs->detectors[i];
		size_t pos = 0;
		/* Bounded: at most 64 hits of one detector in one literal. */
		for (int guard = 0; guard < 64 && pos <= len && n < max; guard++) {
			size_t ms, me, gs, ge;
			if (fg_regex_search(d->re, w->matcher, text, len, pos, &ms, &me, &gs, &ge) != 1)
				break;
			pos = me > ms ? me : ms + 1;
			if (ge <= gs)
				continue;
			/* a CI secret expression looks like a template, but the runner substitutes the secret */
			if (!validate(d, text + gs, ge - gs) ||
			    (d->validator != FG_VAL_CI_SECRET && fg_is_placeholder(w, text + gs, ge - gs)))
				continue;
			if (rs->allow_values && fg_regex_test(rs->allow_values, w->matcher, text + gs, ge - gs))
				continue;
			/* One value, one finding: skip spans overlapping an earlier hit. */
			bool overlap = false;
			for (size_t k = 0; k < n; k++)
				if (gs < out[k].end && out[k].start < ge)
					overlap = true;
			if (overlap)
				continue;
			out[n].det = d;
			out[n].start = gs;
			out[n].end = ge;
			n++;
		}
	}
	return n;
}

size_t fg_values_spans(fg_worker *w, const char *text, size_t len, fg_value_match *out, size_t max)
{
	size_t n = 0;
	const fg_ruleset *rs = w->rs;
	/* every pattern hit, validated or not: used to keep values out of output */
	for (size_t i = 0; i < rs->ndetectors && n < max; i++) {
		size_t pos = 0;
		for (int guard = 0; guard < 64 && pos <= len && n < max; guard++) {
			size_t ms, me, gs, ge;
			if (fg_regex_search(rs->detectors[i].re, w->matcher, text, len, pos, &ms, &me, &gs, &ge) != 1)
				break;
			pos = me > ms ? me : ms + 1;
			if (ge <= gs)
				continue;
			out[n].det = &rs->detectors[i];
			out[n].start = gs;
			out[n].end = ge;
			n++;
		}
	}
	return n;
}

void fg_redact_text(fg_worker *w, const char *text, size_t len, fg_buf *out)
{
	fg_redactor r;
	fg_worker_redactor(w, &r);
	fg_redact_prose(&r, text, len, out);
}
