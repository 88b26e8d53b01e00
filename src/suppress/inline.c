/*
 * inline.c - `foundry-guard: ignore[RULE, CATEGORY] reason until=YYYY-MM-DD`
 * in a comment on the finding's line, or alone on the line above.  The
 * marker counts only inside a comment of the file's syntax (not inside a
 * string literal).  A reason is required; `ignore[*]` and an `until=` that
 * is not a real date are not honoured (a warning says so); an ignore past
 * its `until` date no longer applies.
 */
#include "suppress.h"
#include "../core/buf.h"
#include <ctype.h>

#define MARKER "foundry-guard: ignore["

typedef struct ignore {
	uint32_t line, col;
	char *rules;  /* comma separated, spaces removed */
	char *reason; /* may be empty */
	char until[11];
	bool expired;
	const char *invalid; /* why it is not honoured (reported), or NULL */
	bool used;
	bool own_line; /* only comment syntax before it: it also covers the next line */
} ignore;

static void trim_reason(fg_buf *r)
{
	/* comment closers and surrounding space */
	static const char *const closers[] = { "*/", "-->", "#}", "%>", "\"\"\"", "'''", NULL };
	bool again = true;
	while (again && r->len) {
		again = false;
		while (r->len && isspace((unsigned char)r->ptr[r->len - 1]))
			r->ptr[--r->len] = '\0';
		for (int i = 0; closers[i]; i++) {
			size_t n = strlen(closers[i]);
			if (r->len >= n && !memcmp(r->ptr + r->len - n, closers[i], n)) {
				r->len -= n;
				r->ptr[r->len] = '\0';
				again = true;
			}
		}
	}
	size_t s = 0;
	while (s < r->len && (isspace((unsigned char)r->ptr[s]) || r->ptr[s] == ':' || r->ptr[s] == '-'))
		s++;
	memmove(r->ptr ? r->ptr : (char *)"", r->ptr ? r->ptr + s : "", r->len - s + (r->ptr ? 1 : 0));
	r->len -= s;
}

/* ---- where the comments are ---- */

typedef struct cspan {
	size_t start, end;
} cspan;

typedef struct csyntax {
	const char *line[2];             /* line comment openers */
	const char *open[2], *close[2];  /* block comments */
	const char *quotes;              /* string delimiters */
	bool triple;                     /* """ and ''' strings */
	bool docstrings;                 /* a triple-quoted string at a statement's start is a comment */
} csyntax;

static const csyntax *syntax_of(fg_comment_style st)
{
	static const csyntax hash = { { "#", NULL }, { NULL, NULL }, { NULL, NULL }, "\"'", false, false };
	static const csyntax py = { { "#", NULL }, { NULL, NULL }, { NULL, NULL }, "\"'", true, true };
	static const csyntax clike = { { "//", NULL }, { "/*", NULL }, { "*/", NULL }, "\"'`", true, false };
	static const csyntax php = { { "//", "#" }, { "/*", NULL }, { "*/", NULL }, "\"'", false, false };
	static const csyntax sql = { { "--", NULL }, { "/*", NULL }, { "*/", NULL }, "'\"", false, false };
	/* the notebook's JSON quotes everything: its comments are found without strings */
	static const csyntax nb = { { "#", "//" }, { "<!--", NULL }, { "-->", NULL }, "", false, false };
	switch (st) {
	case FG_COMMENTS_HASH: return &hash;
	case FG_COMMENTS_PYTHON: return &py;
	case FG_COMMENTS_CLIKE: return &clike;
	case FG_COMMENTS_PHP: return &php;
	case FG_COMMENTS_SQL: return &sql;
	case FG_COMMENTS_NOTEBOOK: return &nb;
	default: return NULL;
	}
}

static bool at(const char *p, const char *end, const char *w)
{
	size_t n = w ? strlen(w) : 0;
	return n && (size_t)(end - p) >= n && !memcmp(p, w, n);
}

/* The end of a string that starts at p with delimiter q (q3: tripled), past its closing delimiter. */
static const char *string_end(const char *p, const char *end, char q, bool q3)
{
	size_t open = q3 ? 3 : 1;
	for (p += open; p < end; p++) {
		if (*p == '\\') {
			p++;
			continue;
		}
		if (*p == '\n' && !q3 && q != '`')
			return p; /* an unterminated one-line string ends with its line */
		if (*p == q && (!q3 || (end - p >= 3 && p[1] == q && p[2] == q)))
			return p + open;
	}
	return end;
}

/* The comments of src, in order; NULL (with *n = 0) when the whole text counts. */
static cspan *comment_spans(const char *src, size_t len, fg_comment_style style, size_t *n)
{
	const csyntax *sy = syntax_of(style);
	*n = 0;
	if (!sy)
		return NULL;
	cspan *v = NULL;
	const char *p = src, *end = src + len;
	while (p < end) {
		const char *from = p;
		if (at(p, end, sy->line[0]) || at(p, end, sy->line[1])) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			p = nl ? nl : end;
		} else if (at(p, end, sy->open[0])) {
			const char *c = memmem(p + strlen(sy->open[0]), (size_t)(end - p - (ptrdiff_t)strlen(sy->open[0])),
					      sy->close[0], strlen(sy->close[0]));
			p = c ? c + strlen(sy->close[0]) : end;
		} else if (*p && strchr(sy->quotes, *p)) {
			bool q3 = sy->triple && end - p >= 3 && p[1] == *p && p[2] == *p;
			/* a docstring: only indentation before it on its line */
			bool doc = q3 && sy->docstrings;
			for (const char *q = p; doc && q > src && q[-1] != '\n'; q--)
				doc = q[-1] == ' ' || q[-1] == '\t';
			p = string_end(p, end, *p, q3);
			if (!doc)
				continue;
		} else {
			p++;
			continue;
		}
		if (*n % 64 == 0)
			v = fg_xrealloc(v, (*n + 64) * sizeof(cspan));
		v[*n].start = (size_t)(from - src);
		v[*n].end = (size_t)(p - src);
		(*n)++;
	}
	return v;
}

static int atoi_n(const char *d, size_t n)
{
	int v = 0;
	for (size_t i = 0; i < n; i++)
		v = v * 10 + (d[i] - '0');
	return v;
}

/* until=YYYY-MM-DD: a real date? */
static bool valid_date(const char *d, size_t n)
{
	if (n != 10 || d[4] != '-' || d[7] != '-')
		return false;
	for (size_t i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)d[i]))
			return false;
	int y = atoi_n(d, 4), m = atoi_n(d + 5, 2), day = atoi_n(d + 8, 2);
	static const int mdays[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (y < 1970 || m < 1 || m > 12 || day < 1 || day > mdays[m - 1])
		return false;
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return !(m == 2 && day == 29 && !leap);
}

static size_t parse_ignores(const char *src, size_t len, fg_comment_style style, const char *today, ignore **out)
{
	size_t nspans, span = 0;
	cspan *spans = comment_spans(src, len, style, &nspans);
	bool anywhere = !syntax_of(style);
	size_t n = 0;
	*out = NULL;
	const char *p = src, *end = src + len;
	uint32_t line = 1;
	const char *line_start = src;
	while (p < end) {
		const char *hit = memmem(p, (size_t)(end - p), MARKER, strlen(MARKER));
		if (!hit)
			break;
		for (const char *q = p; q < hit; q++)
			if (*q == '\n') {
				line++;
				line_start = q + 1;
			}
		const char *rs = hit + strlen(MARKER);
		const char *nl = memchr(rs, '\n', (size_t)(end - rs));
		const char *le = nl ? nl : end;
		const char *close = memchr(rs, ']', (size_t)(le - rs));
		p = le;
		if (!close)
			continue;
		/* in a comment, not a string literal: spans and markers both come in order */
		size_t off = (size_t)(hit - src);
		while (span < nspans && spans[span].end <= off)
			span++;
		if (!anywhere && !(span < nspans && spans[span].start <= off))
			continue;
		ignore ig = { 0 };
		ig.line = line;
		ig.col = (uint32_t)(hit - line_start) + 1;
		ig.own_line = true;
		for (const char *q = line_start; q < hit; q++)
			if (!isspace((unsigned char)*q) && !strchr("#/*-;<!{%'\"", *q))
				ig.own_line = false; /* after code: this line only */
		fg_buf rules = FG_BUF_INIT, reason = FG_BUF_INIT;
		for (const char *q = rs; q < close; q++)
			if (!isspace((unsigned char)*q))
				fg_buf_putc(&rules, *q);
		/* the rest of the line: reason words, and an optional until=DATE */
		const char *q = close + 1;
		while (q < le) {
			while (q < le && isspace((unsigned char)*q))
				q++;
			const char *w = q;
			while (q < le && !isspace((unsigned char)*q))
				q++;
			size_t wl = (size_t)(q - w);
			if (wl >= 6 && !strncmp(w, "until=", 6)) {
				snprintf(ig.until, sizeof(ig.until), "%.*s", (int)FG_MIN(wl - 6, (size_t)10), w + 6);
				if (!valid_date(w + 6, wl - 6))
					ig.invalid = "its `until=` is not a date (YYYY-MM-DD)";
			} else if (wl) {
				if (reason.len)
					fg_buf_putc(&reason, ' ');
				fg_buf_add(&reason, w, wl);
			}
		}
		trim_reason(&reason);
		if (strchr(fg_buf_cstr(&rules), '*'))
			ig.invalid = "`*` is not accepted: name the rules or categories it covers";
		ig.rules = fg_buf_detach(&rules);
		ig.reason = fg_buf_detach(&reason);
		ig.expired = ig.until[0] && today && strcmp(today, ig.until) > 0;
		*out = fg_xrealloc(*out, (n + 1) * sizeof(ignore));
		(*out)[n++] = ig;
	}
	free(spans);
	return n;
}

static bool ignore_selects(const ignore *ig, const char *rule_id)
{
	const char *p = ig->rules;
	while (*p) {
		const char *c = strchr(p, ',');
		size_t n = c ? (size_t)(c - p) : strlen(p);
		char sel[128];
		if (n && n < sizeof(sel)) {
			memcpy(sel, p, n);
			sel[n] = '\0';
			if (fg_rule_selected(sel, rule_id))
				return true;
		}
		p += n;
		if (*p == ',')
			p++;
	}
	return false;
}

static void note(fg_findings *fs, const fg_rule *rule, const char *path, const ignore *ig, const char *msg,
		 const char *src, size_t len, const fg_redactor *r)
{
	if (!rule)
		return;
	char *red = fg_redact_prose_str(r, msg);
	fg_finding *f = fg_findings_new(fs, rule, path, ig->line, ig->col, ig->line, ig->col + (uint32_t)strlen(MARKER),
					red, "suppression");
	free(red);
	f->fp_seed = fg_finding_seed(r, ig->rules, strlen(ig->rules), NULL, 0x1a0e);
	/* the comment line itself, as the snippet, with the caret on the marker */
	const char *s = src;
	for (uint32_t l = 1; l < ig->line && s < src + len; s++)
		if (*s == '\n')
			l++;
	const char *e = memchr(s, '\n', (size_t)(src + len - s));
	size_t n = e ? (size_t)(e - s) : (size_t)(src + len - s);
	fg_finding_set_line(f, r, s, n, NULL, 0, ig->col - 1);
}

void fg_suppress_inline(fg_findings *fs, size_t first, const char *path, const char *src, size_t len,
			fg_comment_style style, const fg_suppress_opts *o, const fg_redactor *r)
{
	if (!memmem(src, len, MARKER, strlen(MARKER)))
		return;
	ignore *igs;
	size_t n = parse_ignores(src, len, style, o->today, &igs);
	size_t end = fs->len;
	for (size_t i = first; i < end; i++) {
		fg_finding *f = &fs->items[i];
		for (size_t k = 0; k < n; k++) {
			ignore *ig = &igs[k];
			if (ig->line != f->line && !(ig->own_line && ig->line + 1 == f->line))
				continue;
			if (ig->invalid) {
				ig->used = true; /* reported below: the finding stays because the ignore is not valid */
				continue;
			}
			if (!ignore_selects(ig, f->rule->id))
				continue;
			if (!ig->reason[0]) {
				ig->used = true; /* reported below as missing its reason */
				continue;
			}
			ig->used = true;
			if (ig->expired) {
				fg_buf m = FG_BUF_INIT;
				fg_buf_printf(&m, "%s (ignore expired on %s)", f->message, ig->until);
				free(f->message);
				f->message = fg_buf_detach(&m);
				continue;
			}
			f->suppressed = true;
			free(f->suppress_kind);
			free(f->justification);
			f->suppress_kind = fg_xstrdup("inSource");
			f->justification = fg_redact_prose_str(r, ig->reason);
			break;
		}
	}
	for (size_t k = 0; k < n; k++) {
		ignore *ig = &igs[k];
		if (ig->invalid && ig->used) { /* a finding is reported because of it */
			fg_buf m = FG_BUF_INIT;
			fg_buf_printf(&m, "`foundry-guard: ignore[%s]` is not honoured: %s.", ig->rules, ig->invalid);
			note(fs, o->invalid, path, ig, m.ptr, src, len, r);
			fg_buf_release(&m);
		} else if (!ig->reason[0] && !ig->invalid) {
			fg_buf m = FG_BUF_INIT;
			fg_buf_printf(&m, "`foundry-guard: ignore[%s]` has no reason, so it is not honoured: write why "
					  "this is fine after the bracket.", ig->rules);
			note(fs, o->missing_reason, path, ig, m.ptr, src, len, r);
			fg_buf_release(&m);
		} else if (!ig->used && o->report_unused) {
			fg_buf m = FG_BUF_INIT;
			fg_buf_printf(&m, "`foundry-guard: ignore[%s]` matches no finding on this line or the next: "
					  "remove it.", ig->rules);
			note(fs, o->unused, path, ig, m.ptr, src, len, r);
			fg_buf_release(&m);
		}
		free(ig->rules);
		free(ig->reason);
	}
	free(igs);
}
