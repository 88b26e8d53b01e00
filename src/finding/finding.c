#include "finding.h"
#include "../core/buf.h"

fg_finding *fg_findings_add(fg_findings *fs)
{
	if (fs->len == fs->cap) {
		fs->cap = fs->cap ? fs->cap * 2 : 16;
		fs->items = fg_xrealloc(fs->items, fs->cap * sizeof(fg_finding));
	}
	fg_finding *f = &fs->items[fs->len++];
	memset(f, 0, sizeof(*f));
	return f;
}

fg_finding *fg_findings_new(fg_findings *fs, const fg_rule *rule, const char *path, uint32_t line, uint32_t col,
			    uint32_t end_line, uint32_t end_col, const char *message, const char *category)
{
	fg_finding *f = fg_findings_add(fs);
	f->rule = rule;
	f->severity = rule->severity;
	f->path = fg_xstrdup(path);
	f->line = line;
	f->col = col;
	f->end_line = end_line;
	f->end_col = end_col;
	f->message = fg_xstrdup(message ? message : "");
	f->category = fg_xstrdup(category ? category : "");
	return f;
}

void fg_findings_append(fg_findings *dst, fg_findings *src)
{
	for (size_t i = 0; i < src->len; i++) {
		fg_finding *f = fg_findings_add(dst);
		*f = src->items[i];
	}
	free(src->items);
	src->items = NULL;
	src->len = src->cap = 0;
}

void fg_finding_release(fg_finding *f)
{
	free(f->path);
	free(f->message);
	free(f->snippet);
	free(f->category);
	free(f->fingerprint);
	free(f->line_hash);
	for (size_t i = 0; i < f->nflow; i++)
		free(f->flow[i].what);
	free(f->flow);
	free(f->suppress_kind);
	free(f->justification);
	free(f->evidence);
}

void fg_findings_release(fg_findings *fs)
{
	for (size_t i = 0; i < fs->len; i++)
		fg_finding_release(&fs->items[i]);
	free(fs->items);
	fs->items = NULL;
	fs->len = fs->cap = 0;
}

void fg_finding_add_step(fg_finding *f, uint32_t line, uint32_t col, const char *what)
{
	f->flow = fg_xrealloc(f->flow, (f->nflow + 1) * sizeof(fg_flow_step));
	f->flow[f->nflow].line = line;
	f->flow[f->nflow].col = col;
	f->flow[f->nflow].end_line = line;
	f->flow[f->nflow].what = fg_xstrdup(what);
	f->nflow++;
}

int fg_finding_cmp_location(const fg_finding *x, const fg_finding *y)
{
	int c = strcmp(x->path, y->path);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return strcmp(x->rule->id, y->rule->id);
}

static int cmp_finding(const void *a, const void *b)
{
	const fg_finding *x = a, *y = b;
	int c = fg_finding_cmp_location(x, y);
	if (c)
		return c;
	return x->fp_seed < y->fp_seed ? -1 : x->fp_seed > y->fp_seed;
}

/* FNV-1a, 64 bit. */
uint64_t fg_hash64(const void *data, size_t len, uint64_t seed)
{
	const unsigned char *p = data;
	uint64_t h = 0xcbf29ce484222325ULL ^ seed;
	for (size_t i = 0; i < len; i++) {
		h ^= p[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

void fg_findings_finish(fg_findings *fs)
{
	if (fs->len > 1)
		qsort(fs->items, fs->len, sizeof(fg_finding), cmp_finding);
	/*
	 * Occurrence index: findings with the same (rule, path, seed) get 1, 2...
	 * in file order, so identical expressions stay distinguishable without
	 * using line numbers.
	 */
	for (size_t i = 0; i < fs->len; i++) {
		fg_finding *f = &fs->items[i];
		unsigned occ = 1;
		for (size_t j = 0; j < i; j++) {
			const fg_finding *g = &fs->items[j];
			if (g->fp_seed == f->fp_seed && g->rule == f->rule && strcmp(g->path, f->path) == 0)
				occ++;
		}
		uint64_t h = fg_hash64(f->rule->id, strlen(f->rule->id), f->fp_seed);
		h = fg_hash64(f->path, strlen(f->path), h);
		fg_buf b = FG_BUF_INIT;
		fg_buf_printf(&b, "%016llx:%u", (unsigned long long)h, occ);
		free(f->fingerprint);
		f->fingerprint = fg_buf_detach(&b);
	}
}

char *fg_redact(const char *value, size_t len)
{
	/* Count code points so the prefix never splits a UTF-8 sequence. */
	size_t cps = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)value[i] & 0xC0) != 0x80)
			cps++;
	size_t keep = FG_MIN((size_t)4, cps / 4);
	size_t bytes = 0, seen = 0;
	while (bytes < len && seen < keep) {
		bytes++;
		while (bytes < len && ((unsigned char)value[bytes] & 0xC0) == 0x80)
			bytes++;
		seen++;
	}
	fg_buf b = FG_BUF_INIT;
	fg_buf_add(&b, value, bytes);
	fg_buf_puts(&b, "\xE2\x80\xA6[redacted]");
	return fg_buf_detach(&b);
}

#define FG_SNIPPET_MAX 240

void fg_finding_set_line(fg_finding *f, const fg_redactor *r, const char *line, size_t len,
			 const fg_text_span *known, size_t nknown, size_t at)
{
	fg_buf b = FG_BUF_INIT;
	size_t pos = FG_MIN(at, len);
	fg_redact_code(r, line, len, known, nknown, &pos, &b);
	if (!b.ptr)
		fg_buf_puts(&b, "");
	/* the line hash: the redacted line without blanks */
	uint64_t h = 0x6c68;
	for (size_t k = 0; k < b.len; k++)
		if (b.ptr[k] != ' ' && b.ptr[k] != '\t' && b.ptr[k] != '\r')
			h = fg_hash64(b.ptr + k, 1, h);
	fg_buf lh = FG_BUF_INIT;
	fg_buf_printf(&lh, "%016llx", (unsigned long long)h);
	free(f->line_hash);
	f->line_hash = fg_buf_detach(&lh);
	/* byte offset -> code point column */
	uint32_t cp = 1;
	for (size_t k = 0; k < pos && k < b.len; k++)
		if (((unsigned char)b.ptr[k] & 0xC0) != 0x80)
			cp++;
	f->snippet_col = cp;
	if (b.len > FG_SNIPPET_MAX) {
		size_t cut = FG_SNIPPET_MAX;
		while (cut > 0 && ((unsigned char)b.ptr[cut] & 0xC0) == 0x80)
			cut--;
		b.len = cut;
		b.ptr[b.len] = '\0';
		fg_buf_puts(&b, "\xE2\x80\xA6");
	}
	for (size_t k = 0; k < b.len; k++)
		if (b.ptr[k] == '\t')
			b.ptr[k] = ' ';
	free(f->snippet);
	f->snippet = fg_buf_detach(&b);
}

static void seal_str(char **s, const fg_redactor *r)
{
	if (!*s)
		return;
	char *red = fg_redact_prose_str(r, *s);
	free(*s);
	*s = red;
}

void fg_finding_seal(fg_finding *f, const fg_redactor *r)
{
	seal_str(&f->message, r);
	seal_str(&f->justification, r);
	for (size_t i = 0; i < f->nflow; i++)
		seal_str(&f->flow[i].what, r);
}

void fg_findings_seal(fg_findings *fs, size_t first, const fg_redactor *r)
{
	for (size_t i = first; i < fs->len; i++)
		fg_finding_seal(&fs->items[i], r);
}

uint64_t fg_finding_seed(const fg_redactor *r, const char *text, size_t len, const char *extra, uint64_t salt)
{
	fg_buf b = FG_BUF_INIT;
	fg_redact_code(r, text, len, NULL, 0, NULL, &b);
	uint64_t h = fg_hash64(b.ptr ? b.ptr : "", b.len, salt);
	if (extra)
		h = fg_hash64(extra, strlen(extra), h);
	fg_buf_release(&b);
	return h;
}
