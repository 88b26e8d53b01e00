/*
 * tsconfig.c - the module aliases of a tsconfig.json / jsconfig.json:
 * `compilerOptions.paths` (with `baseUrl`) and `extends`, read from JSON
 * with comments and trailing commas.  Anything else in the file is skipped;
 * a file that is not such JSON yields what was read before the error.
 */
#include "index.h"
#include "../core/buf.h"

typedef struct rd {
	const char *p, *end;
	int depth;
} rd;

#define MAX_DEPTH 64

static void skip_ws(rd *r)
{
	while (r->p < r->end) {
		char c = *r->p;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':') {
			r->p++;
		} else if (c == '/' && r->p + 1 < r->end && r->p[1] == '/') {
			while (r->p < r->end && *r->p != '\n')
				r->p++;
		} else if (c == '/' && r->p + 1 < r->end && r->p[1] == '*') {
			const char *e = memmem(r->p + 2, (size_t)(r->end - r->p - 2), "*/", 2);
			r->p = e ? e + 2 : r->end;
		} else {
			return;
		}
	}
}

/* A string at r->p into out (escapes kept as the character after the backslash). */
static bool read_string(rd *r, fg_buf *out)
{
	skip_ws(r);
	if (r->p >= r->end || *r->p != '"')
		return false;
	r->p++;
	while (r->p < r->end && *r->p != '"') {
		if (*r->p == '\\' && r->p + 1 < r->end)
			r->p++;
		if (out && out->len < 1024)
			fg_buf_putc(out, *r->p);
		r->p++;
	}
	if (r->p >= r->end)
		return false;
	r->p++;
	return true;
}

static bool skip_value(rd *r)
{
	skip_ws(r);
	if (r->p >= r->end)
		return false;
	char c = *r->p;
	if (c == '"')
		return read_string(r, NULL);
	if (c == '{' || c == '[') {
		if (++r->depth > MAX_DEPTH)
			return false;
		char close = c == '{' ? '}' : ']';
		r->p++;
		for (;;) {
			skip_ws(r);
			if (r->p >= r->end)
				return false;
			if (*r->p == close) {
				r->p++;
				r->depth--;
				return true;
			}
			if (!skip_value(r))
				return false;
		}
	}
	/* true, false, null, a number */
	const char *s = r->p;
	while (r->p < r->end && *r->p != ',' && *r->p != '}' && *r->p != ']' && *r->p != '\n')
		r->p++;
	return r->p > s;
}

/* Calls each(key) for every key of the object at r->p; each reads or skips the value. */
static bool each_key(rd *r, bool (*each)(rd *, const char *, void *), void *ctx)
{
	skip_ws(r);
	if (r->p >= r->end || *r->p != '{' || ++r->depth > MAX_DEPTH)
		return false;
	r->p++;
	for (;;) {
		skip_ws(r);
		if (r->p >= r->end)
			return false;
		if (*r->p == '}') {
			r->p++;
			r->depth--;
			return true;
		}
		fg_buf key = FG_BUF_INIT;
		bool ok = read_string(r, &key) && each(r, fg_buf_cstr(&key), ctx);
		fg_buf_release(&key);
		if (!ok)
			return false;
	}
}

typedef struct opts {
	fg_facts *f;
	char *base_url;
	fg_buf paths; /* pattern \0 target \0 ... */
} opts;

/* One pattern (`@server/` and a star) and its targets in order. */
static bool path_entry(rd *r, const char *pattern, void *vctx)
{
	opts *o = vctx;
	skip_ws(r);
	if (r->p >= r->end || *r->p != '[')
		return skip_value(r);
	r->p++;
	for (;;) {
		skip_ws(r);
		if (r->p >= r->end)
			return false;
		if (*r->p == ']') {
			r->p++;
			return true;
		}
		fg_buf t = FG_BUF_INIT;
		bool ok = *r->p == '"' ? read_string(r, &t) : skip_value(r);
		if (ok && t.len && o->paths.len < 65536) {
			fg_buf_add(&o->paths, pattern, strlen(pattern) + 1);
			fg_buf_add(&o->paths, t.ptr, t.len);
			fg_buf_putc(&o->paths, '\0');
		}
		fg_buf_release(&t);
		if (!ok)
			return false;
	}
}

static bool compiler_option(rd *r, const char *key, void *vctx)
{
	opts *o = vctx;
	if (!strcmp(key, "paths"))
		return each_key(r, path_entry, o);
	if (!strcmp(key, "baseUrl")) {
		fg_buf b = FG_BUF_INIT;
		bool ok = read_string(r, &b);
		if (ok) {
			free(o->base_url);
			o->base_url = fg_buf_detach(&b);
		}
		fg_buf_release(&b);
		return ok;
	}
	return skip_value(r);
}

static bool top_key(rd *r, const char *key, void *vctx)
{
	opts *o = vctx;
	if (!strcmp(key, "compilerOptions"))
		return each_key(r, compiler_option, o);
	if (!strcmp(key, "extends")) {
		skip_ws(r);
		/* "extends": "./base.json" or ["./a.json", "./b.json"] (the last one wins in TypeScript: read all) */
		bool list = r->p < r->end && *r->p == '[';
		if (list)
			r->p++;
		do {
			skip_ws(r);
			if (list && r->p < r->end && *r->p == ']') {
				r->p++;
				break;
			}
			fg_buf e = FG_BUF_INIT;
			bool ok = read_string(r, &e);
			if (ok)
				fg_facts_add_extends(o->f, fg_buf_cstr(&e));
			fg_buf_release(&e);
			if (!ok)
				return false;
		} while (list);
		return true;
	}
	return skip_value(r);
}

bool fg_tsconfig_name(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	size_t n = strlen(b);
	return !strcmp(b, "jsconfig.json") ||
	       (n >= 13 && !strncmp(b, "tsconfig", 8) && !strcmp(b + n - 5, ".json") && (b[8] == '.'));
}

void fg_facts_read_tsconfig(fg_facts *f, const char *data, size_t len)
{
	rd r = { data, data + len, 0 };
	opts o = { f, NULL, FG_BUF_INIT };
	(void)each_key(&r, top_key, &o);
	/* targets are relative to baseUrl when it is set, else to the config's own folder */
	for (size_t i = 0; i < o.paths.len;) {
		const char *pattern = o.paths.ptr + i;
		const char *target = pattern + strlen(pattern) + 1;
		i = (size_t)(target - o.paths.ptr) + strlen(target) + 1;
		fg_buf t = FG_BUF_INIT;
		if (o.base_url && target[0] != '/')
			fg_buf_printf(&t, "%s/%s", o.base_url, target);
		else
			fg_buf_puts(&t, target);
		fg_facts_add_alias(f, pattern, fg_buf_cstr(&t));
		fg_buf_release(&t);
	}
	free(o.base_url);
	fg_buf_release(&o.paths);
}
