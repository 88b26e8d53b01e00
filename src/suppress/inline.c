/*
 * inline.c - `foundry-guard: ignore[RULE, CATEGORY] reason until=YYYY-MM-DD`
 * in a comment on the finding's line, or alone on the line above.  Any comment
 * syntax works: the marker is found in the line's text.  A reason is
 * required; an ignore past its `until` date no longer applies.
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

static size_t parse_ignores(const char *src, size_t len, const char *today, ignore **out)
{
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
			if (wl == 16 && !strncmp(w, "until=", 6)) {
				memcpy(ig.until, w + 6, 10);
				ig.until[10] = '\0';
			} else if (wl) {
				if (reason.len)
					fg_buf_putc(&reason, ' ');
				fg_buf_add(&reason, w, wl);
			}
		}
		trim_reason(&reason);
		ig.rules = fg_buf_detach(&rules);
		ig.reason = fg_buf_detach(&reason);
		ig.expired = ig.until[0] && today && strcmp(today, ig.until) > 0;
		*out = fg_xrealloc(*out, (n + 1) * sizeof(ignore));
		(*out)[n++] = ig;
	}
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
			if (!strcmp(sel, "*") || fg_rule_selected(sel, rule_id))
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
			const fg_suppress_opts *o, const fg_redactor *r)
{
	if (!memmem(src, len, MARKER, strlen(MARKER)))
		return;
	ignore *igs;
	size_t n = parse_ignores(src, len, o->today, &igs);
	size_t end = fs->len;
	for (size_t i = first; i < end; i++) {
		fg_finding *f = &fs->items[i];
		for (size_t k = 0; k < n; k++) {
			ignore *ig = &igs[k];
			if ((ig->line != f->line && !(ig->own_line && ig->line + 1 == f->line)) ||
			    !ignore_selects(ig, f->rule->id))
				continue;
			if (!ig->reason[0]) {
				ig->used = true; /* reported below as missing its reason */
				continue;
			}
			ig->used = true;
			if (ig->expired) {
				fg_buf m = FG_BUF_INIT;
				fg_buf_printf(&m, "%s (its ignore expired on %s)", f->message, ig->until);
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
		if (!ig->reason[0]) {
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
