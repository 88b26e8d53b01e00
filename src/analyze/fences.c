/*
 * fences.c - fenced code blocks of Markdown, MDX and notebook markdown.
 *
 * A fence is code, not prose: the claim reader skips it (claims.c), and its
 * code is analysed here like a file of the fence's language.  The fences of
 * one language are cut out in place - everything else becomes spaces,
 * newlines stay - so a documentation page that builds its client in one
 * fence and sends in the next reads as one module, and findings land on the
 * Markdown file's own lines; a block that cannot hold a finding (the
 * prefilter) is left out.  Findings in documentation are marked: their
 * sensitive-data findings are notes by default (`doc-snippets` in the
 * configuration), and `calls` does not list documentation as request sites.
 */
#include "internal.h"

#include <ctype.h>
#include <strings.h>

bool fg__fence_line(const char *src, uint32_t p, uint32_t le, char *ch, uint32_t *count, uint32_t *info)
{
	uint32_t s = p;
	while (s < le && (src[s] == ' ' || src[s] == '\t' || src[s] == '>'))
		s++;
	if (s >= le || (src[s] != '`' && src[s] != '~'))
		return false;
	uint32_t n = 0;
	while (s + n < le && src[s + n] == src[s])
		n++;
	if (n < 3)
		return false;
	/* a backtick fence's info string holds no backtick: "```x```" is inline code */
	if (src[s] == '`' && memchr(src + s + n, '`', le - (s + n)))
		return false;
	*ch = src[s];
	*count = n;
	*info = s + n;
	return true;
}

/* The fence's info string ("```python title=x", "~~~ {.ts}") to a grammar. */
static fg_lang_id fence_lang(const char *src, uint32_t s, uint32_t le)
{
	static const struct {
		const char *name;
		const char *as; /* a file extension or grammar name it stands for */
	} alias[] = {
		{ "py3", "python" }, { "python3", "python" }, { "ipython", "python" }, { "ipython3", "python" },
		{ "pycon", "python" }, { "node", "javascript" }, { "js", "javascript" }, { "ts", "typescript" },
		{ "c#", "csharp" }, { "cs", "csharp" }, { "dotnet", "csharp" }, { "golang", "go" },
		{ "kt", "kotlin" }, { "rb", "ruby" }, { "sh", "bash" }, { "shell", "bash" }, { "zsh", "bash" },
		{ "console", "bash" }, { "shell-session", "bash" }, { "shellsession", "bash" }, { "terminal", "bash" },
	};
	while (s < le && (src[s] == ' ' || src[s] == '\t' || src[s] == '{' || src[s] == '.'))
		s++;
	char word[32];
	size_t n = 0;
	while (s < le && n + 1 < sizeof(word) && !isspace((unsigned char)src[s]) && src[s] != '}' &&
	       src[s] != ',' && src[s] != '{')
		word[n++] = (char)tolower((unsigned char)src[s++]);
	word[n] = '\0';
	if (!n)
		return FG_LANG_NONE;
	for (size_t i = 0; i < FG_ARRAY_SIZE(alias); i++)
		if (!strcmp(word, alias[i].name))
			return fg_lang_from_name(alias[i].as);
	fg_lang_id id = fg_lang_from_name(word);
	if (id != FG_LANG_NONE)
		return id;
	char path[40];
	snprintf(path, sizeof(path), "x.%s", word);
	return fg_lang_from_path(path);
}

static bool is_markdown(const char *path)
{
	const char *dot = strrchr(path, '.');
	const char *slash = strrchr(path, '/');
	if (!dot || (slash && dot < slash))
		return false;
	return !strcasecmp(dot, ".md") || !strcasecmp(dot, ".mdx") || !strcasecmp(dot, ".markdown");
}

void fg__blank_copy(fg_buf *b, const char *data, size_t len)
{
	fg_buf_clear(b);
	fg_buf_grow(b, len + 1);
	for (size_t i = 0; i < len; i++)
		b->ptr[i] = data[i] == '\n' ? '\n' : ' ';
	b->len = len;
	b->ptr[len] = '\0';
}

void fg__analyze_fences(fg_worker *w, const char *path, const char *data, size_t len, bool repo_foundry,
			bool markdown, const uint32_t *line_map, size_t nline_map, fg_findings *out,
			fg_analysis_stats *stats)
{
	if (!markdown && !is_markdown(path))
		return;
	/* one buffer per language, made on first use */
	fg_buf code[FG_LANG__COUNT];
	bool used[FG_LANG__COUNT] = { false };
	uint32_t p = 0, n = (uint32_t)len;
	bool in = false;
	char ch = 0;
	uint32_t count = 0, body = 0;
	fg_lang_id lang = FG_LANG_NONE;
	while (p <= n) {
		const char *nl = p < n ? memchr(data + p, '\n', n - p) : NULL;
		uint32_t le = nl ? (uint32_t)(nl - data) : n;
		char c = 0;
		uint32_t k = 0, info = 0;
		bool fence = p < n && fg__fence_line(data, p, le, &c, &k, &info);
		if (fence && !in) {
			in = true;
			ch = c;
			count = k;
			body = le + 1;
			lang = fence_lang(data, info, le);
		} else if (in && ((fence && c == ch && k >= count) || p == n)) {
			/* the closing fence, or the end of the text (an unclosed fence runs to it) */
			in = false;
			/* a block that names neither Claude, Anthropic nor a message call holds nothing to find */
			bool needs = false;
			bool wanted = lang != FG_LANG_NONE && body < p &&
				      fg_analyze_may_match(w, data + body, p - body, repo_foundry, &needs);
			stats->unresolved |= needs;
			if (wanted) {
				if (!used[lang]) {
					used[lang] = true;
					code[lang] = (fg_buf)FG_BUF_INIT;
					fg__blank_copy(&code[lang], data, len);
				}
				memcpy(code[lang].ptr + body, data + body, p - body);
			}
		}
		/* the last line without a newline: come back once at the end to close its fence */
		p = nl || p == n ? le + 1 : n;
	}
	bool inventory = w->inventory;
	w->inventory = false; /* documentation is not a request site */
	for (int l = 0; l < FG_LANG__COUNT; l++) {
		if (!used[l])
			continue;
		fg_filetype t = { (fg_lang_id)l, FG_TEXT_CODE };
		fg_analysis_stats st = { 0 };
		size_t first = out->len;
		fg__analyze_mapped(w, path, t, code[l].ptr, code[l].len, repo_foundry, line_map, nline_map, out, &st);
		for (size_t i = first; i < out->len; i++) {
			out->items[i].doc_snippet = true;
			if (!strncmp(out->items[i].rule->id, "sensitive-data/", 15))
				out->items[i].severity = FG_SEV_NOTE;
		}
		stats->parsed |= st.parsed;
		stats->unresolved |= st.unresolved;
		stats->limit_hits += st.limit_hits;
		fg_buf_release(&code[l]);
	}
	w->inventory = inventory;
}
