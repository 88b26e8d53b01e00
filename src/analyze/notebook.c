/*
 * notebook.c - Jupyter notebooks (.ipynb): code cells are analysed as one
 * Python module (a notebook's top-level cells count as one function),
 * markdown cells as prose for claims; outputs are ignored.  Findings are
 * reported at the notebook file's own line: each source line of a cell is
 * a JSON string on its own line in the file.
 */
#include "internal.h"

/* Bounds against hostile notebooks: nesting depth and cell count. */
#define NB_MAX_DEPTH 64
#define NB_MAX_CELLS 20000

typedef struct nbtext {
	fg_buf text;       /* the virtual source */
	uint32_t *lines;   /* file line (1-based) of each virtual line */
	size_t nlines, cap;
} nbtext;

typedef struct jp {
	const char *s, *end;
	const char *base;
	int depth;
	bool bad;
} jp;

static void ws(jp *p)
{
	while (p->s < p->end && (*p->s == ' ' || *p->s == '\n' || *p->s == '\r' || *p->s == '\t'))
		p->s++;
}

static uint32_t file_line(const jp *p, const char *at)
{
	uint32_t l = 1;
	for (const char *q = p->base; q < at; q++)
		if (*q == '\n')
			l++;
	return l;
}

/* Parses a JSON string at p->s into out (when not NULL). */
static bool jstring(jp *p, fg_buf *out)
{
	if (p->s >= p->end || *p->s != '"')
		return false;
	p->s++;
	while (p->s < p->end && *p->s != '"') {
		char ch = *p->s++;
		if (ch != '\\') {
			if (out)
				fg_buf_putc(out, ch);
			continue;
		}
		if (p->s >= p->end)
			return false;
		char e = *p->s++;
		unsigned cp = 0;
		switch (e) {
		case 'n': cp = '\n'; break;
		case 't': cp = '\t'; break;
		case 'r': cp = '\r'; break;
		case 'b': cp = '\b'; break;
		case 'f': cp = '\f'; break;
		case 'u':
			if (p->end - p->s < 4)
				return false;
			for (int i = 0; i < 4; i++) {
				char h = *p->s++;
				cp = cp * 16 + (unsigned)(h >= '0' && h <= '9' ? h - '0' : (h | 32) - 'a' + 10);
			}
			break;
		default: cp = (unsigned char)e; break;
		}
		if (out)
			fg_buf_put_utf8(out, cp);
	}
	if (p->s >= p->end)
		return false;
	p->s++;
	return true;
}

static bool jskip(jp *p);

static bool jskip_container(jp *p, char close)
{
	if (++p->depth > NB_MAX_DEPTH)
		return false;
	p->s++;
	ws(p);
	if (p->s < p->end && *p->s == close) {
		p->s++;
		p->depth--;
		return true;
	}
	for (;;) {
		ws(p);
		if (close == '}') {
			if (!jstring(p, NULL))
				return false;
			ws(p);
			if (p->s >= p->end || *p->s != ':')
				return false;
			p->s++;
		}
		if (!jskip(p))
			return false;
		ws(p);
		if (p->s < p->end && *p->s == ',') {
			p->s++;
			continue;
		}
		if (p->s < p->end && *p->s == close) {
			p->s++;
			p->depth--;
			return true;
		}
		return false;
	}
}

static bool jskip(jp *p)
{
	ws(p);
	if (p->s >= p->end)
		return false;
	char c = *p->s;
	if (c == '"')
		return jstring(p, NULL);
	if (c == '{')
		return jskip_container(p, '}');
	if (c == '[')
		return jskip_container(p, ']');
	while (p->s < p->end && *p->s != ',' && *p->s != '}' && *p->s != ']' && *p->s != ' ' && *p->s != '\n')
		p->s++;
	return true;
}

/* Appends one source string (maybe several lines) at its file line. */
static void add_source(nbtext *t, const char *text, size_t len, uint32_t line, bool code)
{
	size_t i = 0;
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - text) : len;
		/* IPython magics and shell escapes are not Python: keep the line as a comment */
		bool magic = code && (text[i] == '%' || text[i] == '!');
		if (magic)
			fg_buf_putc(&t->text, '#');
		fg_buf_add(&t->text, text + i, e - i);
		if (nl) {
			fg_buf_putc(&t->text, '\n');
			if (t->nlines == t->cap) {
				t->cap = t->cap ? t->cap * 2 : 256;
				t->lines = fg_xrealloc(t->lines, t->cap * sizeof(uint32_t));
			}
			t->lines[t->nlines++] = line;
		}
		i = e + (nl ? 1 : 0);
	}
}

static void end_cell(nbtext *t, uint32_t line)
{
	/* a cell ends its last line, and a blank line keeps cells apart */
	for (int k = 0; k < 2; k++) {
		if (t->text.len && t->text.ptr[t->text.len - 1] == '\n' && k == 0)
			continue;
		fg_buf_putc(&t->text, '\n');
		if (t->nlines == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 256;
			t->lines = fg_xrealloc(t->lines, t->cap * sizeof(uint32_t));
		}
		t->lines[t->nlines++] = line;
	}
}

/* `"key":` of an object member; leaves p at the value. */
static bool member_key(jp *p, fg_buf *key)
{
	fg_buf_clear(key);
	if (!jstring(p, key))
		return false;
	ws(p);
	if (p->s >= p->end || *p->s != ':')
		return false;
	p->s++;
	ws(p);
	return true;
}

/* One cell object: its type and its source strings. */
static bool cell(jp *p, nbtext *code, nbtext *md)
{
	ws(p);
	if (p->s >= p->end || *p->s != '{')
		return jskip(p);
	p->s++;
	fg_buf type = FG_BUF_INIT, key = FG_BUF_INIT;
	const char *src_at = NULL;
	bool ok = true;
	for (;;) {
		ws(p);
		if (p->s < p->end && *p->s == '}') {
			p->s++;
			break;
		}
		if (!member_key(p, &key)) {
			ok = false;
			break;
		}
		if (!strcmp(fg_buf_cstr(&key), "cell_type")) {
			fg_buf_clear(&type);
			ok = jstring(p, &type);
		} else if (!strcmp(fg_buf_cstr(&key), "source")) {
			src_at = p->s;
			ok = jskip(p);
		} else {
			ok = jskip(p);
		}
		if (!ok)
			break;
		ws(p);
		if (p->s < p->end && *p->s == ',')
			p->s++;
	}
	if (ok && src_at) {
		const char *kind = fg_buf_cstr(&type);
		nbtext *t = !strcmp(kind, "code") ? code : !strcmp(kind, "markdown") ? md : NULL;
		if (t) {
			jp q = *p;
			q.s = src_at;
			fg_buf one = FG_BUF_INIT;
			uint32_t line = file_line(p, src_at);
			if (*q.s == '"') {
				jstring(&q, &one);
				add_source(t, one.ptr ? one.ptr : "", one.len, line, t == code);
			} else if (*q.s == '[') {
				q.s++;
				for (;;) {
					ws(&q);
					if (q.s >= q.end || *q.s == ']')
						break;
					fg_buf_clear(&one);
					line = file_line(p, q.s);
					if (!jstring(&q, &one))
						break;
					add_source(t, one.ptr ? one.ptr : "", one.len, line, t == code);
					ws(&q);
					if (q.s < q.end && *q.s == ',')
						q.s++;
				}
			}
			end_cell(t, line);
			fg_buf_release(&one);
		}
	}
	fg_buf_release(&type);
	fg_buf_release(&key);
	return ok;
}

/* Finds "cells": [...] at the top level and walks it. */
static bool notebook(jp *p, nbtext *code, nbtext *md)
{
	ws(p);
	if (p->s >= p->end || *p->s != '{')
		return false;
	p->s++;
	fg_buf key = FG_BUF_INIT;
	bool ok = true;
	for (;;) {
		ws(p);
		if (p->s < p->end && *p->s == '}')
			break;
		if (!member_key(p, &key)) {
			ok = false;
			break;
		}
		if (!strcmp(fg_buf_cstr(&key), "cells") && p->s < p->end && *p->s == '[') {
			p->s++;
			for (int n = 0; n < NB_MAX_CELLS; n++) {
				ws(p);
				if (p->s >= p->end || *p->s == ']')
					break;
				if (!cell(p, code, md)) {
					ok = false;
					break;
				}
				ws(p);
				if (p->s < p->end && *p->s == ',')
					p->s++;
			}
			break;
		}
		if (!jskip(p)) {
			ok = false;
			break;
		}
		ws(p);
		if (p->s < p->end && *p->s == ',')
			p->s++;
	}
	fg_buf_release(&key);
	return ok;
}

static void remap(fg_findings *out, size_t first, const nbtext *t)
{
	for (size_t i = first; i < out->len; i++) {
		fg_finding *f = &out->items[i];
		uint32_t l = f->line;
		f->line = l >= 1 && l <= t->nlines ? t->lines[l - 1] : 1;
		f->end_line = f->line;
		for (size_t s = 0; s < f->nflow; s++) {
			uint32_t fl = f->flow[s].line, fe = f->flow[s].end_line;
			f->flow[s].line = fl >= 1 && fl <= t->nlines ? t->lines[fl - 1] : 1;
			f->flow[s].end_line = fe >= 1 && fe <= t->nlines ? t->lines[fe - 1] : f->flow[s].line;
		}
	}
}

void fg_analyze_notebook(fg_worker *w, const char *path, const char *data, size_t len, bool repo_foundry,
			 fg_findings *out, fg_analysis_stats *stats)
{
	jp p = { data, data + len, data, 0, false };
	nbtext code = { FG_BUF_INIT, NULL, 0, 0 }, md = { FG_BUF_INIT, NULL, 0, 0 };
	if (notebook(&p, &code, &md)) {
		fg_filetype py = { FG_LANG_PYTHON, FG_TEXT_CODE }, prose = { FG_LANG_NONE, FG_TEXT_PROSE };
		size_t first = out->len;
		fg_analysis_stats st = { 0 };
		fg__analyze_mapped(w, path, py, code.text.ptr ? code.text.ptr : "", code.text.len, repo_foundry, code.lines,
				   code.nlines, out, &st);
		remap(out, first, &code);
		stats->parsed = st.parsed;
		stats->unresolved = st.unresolved;
		stats->wants_index = st.wants_index;
		stats->foundry = st.foundry;
		fg__stats_add_work(stats, &st);
		first = out->len;
		memset(&st, 0, sizeof(st));
		fg__analyze_mapped(w, path, prose, md.text.ptr ? md.text.ptr : "", md.text.len,
				   repo_foundry || stats->foundry, md.lines, md.nlines, out, &st);
		fg__analyze_fences(w, path, md.text.ptr ? md.text.ptr : "", md.text.len, repo_foundry || stats->foundry,
				   true, md.lines, md.nlines, out, &st);
		remap(out, first, &md);
		fg__stats_add_work(stats, &st);
	} else {
		stats->parse_failed = true;
	}
	fg_buf_release(&code.text);
	fg_buf_release(&md.text);
	free(code.lines);
	free(md.lines);
}
