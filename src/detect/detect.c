#include "detect.h"
#include <strings.h>

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

static bool ext_in(const char *ext, const char *const *list)
{
	for (; *list; list++)
		if (strcasecmp(ext, *list) == 0)
			return true;
	return false;
}

/* intro.sh.template, settings.py.example, config.yaml.dist: read as the file they stand for. */
static const char *const template_exts[] = { ".template", ".tmpl", ".tpl", ".example", ".sample", ".dist",
					     ".in", ".j2", ".jinja", ".orig", NULL };

static fg_filetype detect_type(const char *path);

fg_filetype fg_detect_type(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	const char *dot = strrchr(base, '.');
	if (dot && dot != base && ext_in(dot, template_exts)) {
		char inner[512];
		size_t n = (size_t)(dot - path);
		if (n < sizeof(inner)) {
			memcpy(inner, path, n);
			inner[n] = '\0';
			const char *ib = strrchr(inner, '/');
			ib = ib ? ib + 1 : inner;
			if (strchr(ib + 1, '.') || !strncmp(ib, ".env", 4) || !strcmp(ib, "Dockerfile")) {
				fg_filetype t = detect_type(inner);
				if (t.lang != FG_LANG_NONE || t.text != FG_TEXT_NONE)
					return t;
			}
		}
	}
	return detect_type(path);
}

static fg_filetype detect_type(const char *path)
{
	static const char *const prose[] = { ".md", ".markdown", ".mdx", ".rst", ".txt", ".adoc", ".html", ".htm", NULL };
	static const char *const hash[] = { ".yml", ".yaml", ".toml", ".ini", ".cfg", ".conf", ".env",
					    ".properties", ".tf", ".hcl", ".pl", ".r",
					    ".example", ".sample", NULL };
	static const char *const clike[] = { ".scala", ".c", ".h", ".cc", ".cpp", ".hpp", ".rs", ".swift",
					     ".dart", ".groovy", ".gradle", ".bicep", ".jsonc", ".proto", NULL };
	fg_filetype t = { FG_LANG_NONE, FG_TEXT_NONE };
	t.lang = fg_lang_from_path(path);
	if (t.lang != FG_LANG_NONE) {
		t.text = FG_TEXT_CODE;
		return t;
	}
	const char *base = base_name(path);
	if (strncmp(base, ".env", 4) == 0 || strcmp(base, "Dockerfile") == 0 ||
	    strncmp(base, "Dockerfile.", 11) == 0 || strcmp(base, "Makefile") == 0 || strcmp(base, "makefile") == 0 ||
	    strcmp(base, "GNUmakefile") == 0 || strstr(base, ".dockerfile") || strstr(base, ".mk") ||
	    strcmp(base, ".gitlab-ci.yml") == 0) {
		t.text = FG_TEXT_HASH;
		return t;
	}
	if (strcasecmp(base, "README") == 0 || strcasecmp(base, "NOTICE") == 0) {
		t.text = FG_TEXT_PROSE;
		return t;
	}
	const char *dot = strrchr(base, '.');
	if (!dot || dot == base)
		return t;
	if (!strcasecmp(dot, ".ipynb")) {
		t.text = FG_TEXT_NOTEBOOK;
		return t;
	}
	if (!strcasecmp(dot, ".sql"))
		t.text = FG_TEXT_SQL;
	else if (ext_in(dot, prose))
		t.text = FG_TEXT_PROSE;
	else if (ext_in(dot, hash))
		t.text = FG_TEXT_HASH;
	else if (ext_in(dot, clike))
		t.text = FG_TEXT_CLIKE;
	return t;
}

bool fg_detect_decode_utf16(fg_buf *b)
{
	bool le;
	size_t skip;
	if (!fg_text_is_utf16(b->ptr, b->len, &le, &skip))
		return false;
	const unsigned char *p = (const unsigned char *)b->ptr;
	fg_buf out = FG_BUF_INIT;
	for (size_t i = skip; i + 1 < b->len; i += 2) {
		unsigned u = fg_text_utf16_unit(p + i, le);
		if (u >= 0xD800 && u <= 0xDBFF && i + 3 < b->len) {
			unsigned lo = fg_text_utf16_unit(p + i + 2, le);
			if (lo >= 0xDC00 && lo <= 0xDFFF) {
				u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
				i += 2;
			}
		}
		fg_buf_put_utf8(&out, u == 0 ? 0xFFFD : u); /* a NUL would make it binary again */
	}
	fg_buf_clear(b);
	fg_buf_add(b, out.ptr ? out.ptr : "", out.len);
	fg_buf_release(&out);
	return true;
}

bool fg_detect_is_binary(const char *data, size_t len)
{
	return memchr(data, '\0', FG_MIN(len, (size_t)8192)) != NULL;
}

bool fg_detect_is_minified(const char *path, const char *data, size_t len)
{
	const char *base = base_name(path);
	if (strstr(base, ".min.js") || strstr(base, ".min.mjs") || strstr(base, ".min.css") || strstr(base, ".bundle.js"))
		return true;
	/* by content only where bundlers write: a Python file with a long base64 constant is still code */
	static const char *const bundled[] = { ".js", ".mjs", ".cjs", ".css", NULL };
	const char *dot = strrchr(base, '.');
	if (!data || len < 4096 || !dot || !ext_in(dot, bundled))
		return false;
	/* Average line longer than 500 bytes over the first 64 KiB. */
	size_t scan = FG_MIN(len, (size_t)65536), nl = 0;
	for (size_t i = 0; i < scan; i++)
		if (data[i] == '\n')
			nl++;
	return scan / (nl + 1) > 500;
}

fg_comment_style fg_detect_comment_style(fg_filetype t)
{
	switch (t.lang) {
	case FG_LANG_PYTHON: return FG_COMMENTS_PYTHON;
	case FG_LANG_RUBY:
	case FG_LANG_BASH:
	case FG_LANG_POWERSHELL: return FG_COMMENTS_HASH;
	case FG_LANG_PHP: return FG_COMMENTS_PHP;
	case FG_LANG_NONE: break;
	default: return FG_COMMENTS_CLIKE;
	}
	switch (t.text) {
	case FG_TEXT_HASH: return FG_COMMENTS_HASH;
	case FG_TEXT_SQL: return FG_COMMENTS_SQL;
	case FG_TEXT_CLIKE: return FG_COMMENTS_CLIKE;
	case FG_TEXT_NOTEBOOK: return FG_COMMENTS_NOTEBOOK;
	default: return FG_COMMENTS_ANYWHERE;
	}
}

bool fg_detect_evidence_file(const char *path)
{
	static const char *const more[] = { ".json", ".jsonc", ".xml", ".csproj", ".props", ".gradle", ".kts",
					    ".mod", ".tf", ".bicep", NULL };
	fg_filetype t = fg_detect_type(path);
	if (t.lang != FG_LANG_NONE || t.text != FG_TEXT_NONE)
		return true;
	const char *base = base_name(path);
	const char *dot = strrchr(base, '.');
	return dot && dot != base && ext_in(dot, more);
}

bool fg_detect_is_package_json(const char *path)
{
	const char *b = strrchr(path, '/');
	return strcmp(b ? b + 1 : path, "package.json") == 0;
}

char *fg_detect_package_name(const char *data, size_t len)
{
	const char *k = memmem(data, len, "\"name\"", 6);
	if (!k)
		return NULL;
	const char *p = k + 6, *end = data + len;
	while (p < end && (*p == ' ' || *p == '\t' || *p == ':' || *p == '\n' || *p == '\r'))
		p++;
	if (p >= end || *p != '"')
		return NULL;
	const char *q = memchr(p + 1, '"', (size_t)(end - p - 1));
	if (!q || q == p + 1 || q - p > 214)
		return NULL;
	return fg_xstrndup(p + 1, (size_t)(q - p - 1));
}
