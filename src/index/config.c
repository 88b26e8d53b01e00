/*
 * config.c - configuration files as facts (see config.h).
 *
 * A key is recorded with its whole path: `"Foundry": { "Endpoint": "https://
 * x.services.ai.azure.com/anthropic/" }` is Foundry:Endpoint, the YAML
 * `foundry:\n  endpoint: https://...` is foundry.endpoint, a properties line
 * `foundry.endpoint=https://...` the same; the index compares them in one
 * spelling (index.c, config_norm).
 */
#include "config.h"
#include "../core/buf.h"

/*
 * What a value is, by its text: a Claude on Foundry endpoint, another Azure
 * AI endpoint (a Foundry project's OpenAI-compatible route, Azure OpenAI),
 * or a Claude model id.  Configuration files naming none are not read.
 */
static const struct {
	const char *text;
	unsigned cls;
	bool prefix; /* the value starts with it (a model id), else contains it */
} marks[] = {
	{ ".azure.com/anthropic", FG_CONFIG_FOUNDRY, false },
	{ ".services.ai.azure.com", FG_CONFIG_AZURE_AI, false },
	{ ".openai.azure.com", FG_CONFIG_AZURE_AI, false },
	{ ".cognitiveservices.azure.com", FG_CONFIG_AZURE_AI, false },
	{ "claude-", FG_CONFIG_CLAUDE_MODEL, true },
};

static unsigned value_class(const char *v, size_t len)
{
	while (len && (*v == ' ' || *v == '"' || *v == '\'' || *v == '\t')) {
		v++;
		len--;
	}
	for (size_t i = 0; i < FG_ARRAY_SIZE(marks); i++) {
		size_t ml = strlen(marks[i].text);
		if (marks[i].prefix ? len >= ml && !strncmp(v, marks[i].text, ml) : memmem(v, len, marks[i].text, ml) != NULL)
			return marks[i].cls; /* the first fits: a Foundry endpoint before any Azure host */
	}
	return 0;
}

static bool names_a_mark(const char *data, size_t len)
{
	return memmem(data, len, ".azure.com", 10) || memmem(data, len, "claude-", 7);
}

#define MAX_DEPTH 32

static const char *base_of(const char *path)
{
	const char *b = strrchr(path, '/');
	return b ? b + 1 : path;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t sl = strlen(s), xl = strlen(suffix);
	return sl >= xl && !strcmp(s + sl - xl, suffix);
}

static fg_facts *facts_of(fg_facts **into, const char *path)
{
	if (!*into)
		*into = fg_facts_new(path, FG_LANG_NONE);
	return *into;
}

static void add_key(fg_facts **into, const char *path, const fg_buf *key, unsigned cls)
{
	if (key->len)
		fg_facts_add_config(facts_of(into, path), key->ptr, key->len, cls);
}

/* The end of the JSON string that starts at p (at its opening quote). */
static const char *json_string_end(const char *p, const char *end)
{
	for (p++; p < end && *p != '"'; p++)
		if (*p == '\\')
			p++;
	return p < end ? p : end;
}

static void json_keys(fg_facts **into, const char *path, const char *data, size_t len)
{
	const char *end = data + len;
	struct { const char *k; size_t l; } stack[MAX_DEPTH];
	int depth = 0;
	const char *pk = NULL; /* the pending key */
	size_t pl = 0;
	unsigned cls;
	for (const char *p = data; p < end; p++) {
		char ch = *p;
		if (ch == '"') {
			const char *e = json_string_end(p, end);
			const char *q = e + 1;
			while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
				q++;
			if (q < end && *q == ':') {
				pk = p + 1;
				pl = (size_t)(e - p - 1);
			} else if (pk && (cls = value_class(p + 1, (size_t)(e - p - 1))) != 0) {
				fg_buf key = FG_BUF_INIT;
				for (int i = 0; i < depth; i++)
					if (stack[i].l) {
						fg_buf_add(&key, stack[i].k, stack[i].l);
						fg_buf_putc(&key, ':');
					}
				fg_buf_add(&key, pk, pl);
				add_key(into, path, &key, cls);
				fg_buf_release(&key);
			}
			p = e;
		} else if (ch == '{' || ch == '[') {
			if (depth == MAX_DEPTH)
				return;
			stack[depth].k = pk;
			stack[depth].l = pk ? pl : 0;
			depth++;
			pk = NULL;
		} else if (ch == '}' || ch == ']') {
			if (depth)
				depth--;
			pk = NULL;
		} else if (ch == ',') {
			pk = NULL;
		}
	}
}

/* The key of a `key: value` / `key=value` line (after indentation and a list dash), or false. */
static bool line_key(const char *ls, const char *le, const char **ks, size_t *kl, size_t *indent)
{
	const char *p = ls;
	while (p < le && (*p == ' ' || *p == '\t'))
		p++;
	*indent = (size_t)(p - ls);
	if (p < le && (*p == '#' || *p == ';' || *p == '!'))
		return false;
	if (p + 1 < le && *p == '-' && p[1] == ' ')
		p += 2;
	if (le - p > 7 && !strncmp(p, "export ", 7))
		p += 7;
	if (p < le && (*p == '"' || *p == '\''))
		p++;
	const char *s = p;
	while (p < le && (((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9') || *p == '_' || *p == '.' ||
			  *p == '-'))
		p++;
	*ks = s;
	*kl = (size_t)(p - s);
	if (p < le && (*p == '"' || *p == '\''))
		p++;
	while (p < le && *p == ' ')
		p++;
	return *kl > 0 && p < le && (*p == ':' || *p == '=');
}

/* YAML: the key of a line whose value is a mark, and the keys of the lines it is nested under. */
static void yaml_keys(fg_facts **into, const char *path, const char *data, size_t len, bool nested)
{
	const char *end = data + len;
	for (const char *ls = data, *le; ls < end; ls = le + 1) {
		le = memchr(ls, '\n', (size_t)(end - ls));
		if (!le)
			le = end;
		const char *ks;
		size_t kl, indent;
		if (!line_key(ls, le, &ks, &kl, &indent))
			continue;
		const char *v = ks + kl;
		while (v < le && *v != ':' && *v != '=')
			v++;
		unsigned cls = v < le ? value_class(v + 1, (size_t)(le - v - 1)) : 0;
		if (!cls)
			continue;
		const char *parts[MAX_DEPTH];
		size_t lens[MAX_DEPTH];
		int np = 0;
		parts[np] = ks;
		lens[np++] = kl;
		/* up: each line less indented that opens a mapping is a parent */
		for (const char *pe = ls; nested && indent > 0 && pe > data && np < MAX_DEPTH;) {
			const char *ps = pe - 1;
			while (ps > data && ps[-1] != '\n')
				ps--;
			const char *pks;
			size_t pkl, pin;
			if (line_key(ps, pe - 1, &pks, &pkl, &pin) && pin < indent) {
				parts[np] = pks;
				lens[np++] = pkl;
				indent = pin;
			}
			pe = ps;
		}
		fg_buf key = FG_BUF_INIT;
		for (int i = np - 1; i >= 0; i--) {
			fg_buf_add(&key, parts[i], lens[i]);
			if (i)
				fg_buf_putc(&key, '.');
		}
		add_key(into, path, &key, cls);
		fg_buf_release(&key);
	}
}

/* go.mod: `module github.com/acme/svc` */
static void go_mod(fg_facts **into, const char *path, const char *data, size_t len)
{
	const char *end = data + len;
	for (const char *p = data; p < end;) {
		const char *le = memchr(p, '\n', (size_t)(end - p));
		if (!le)
			le = end;
		if (le - p > 7 && !strncmp(p, "module ", 7)) {
			const char *s = p + 7;
			while (s < le && (*s == ' ' || *s == '"'))
				s++;
			const char *e = s;
			while (e < le && *e != ' ' && *e != '"' && *e != '\r')
				e++;
			if (e > s) {
				char *m = fg_xstrndup(s, (size_t)(e - s));
				fg_facts_set_go_module(facts_of(into, path), m);
				free(m);
			}
			return;
		}
		p = le + 1;
	}
}

void fg_config_facts(fg_facts **into, const char *path, const char *data, size_t len)
{
	const char *b = base_of(path);
	if (!strcmp(b, "go.mod")) {
		go_mod(into, path, data, len);
		return;
	}
	/* by name first: most files are of no such kind, and the text search costs a pass over them */
	bool json = ends_with(b, ".json"), yaml = ends_with(b, ".yml") || ends_with(b, ".yaml");
	bool flat = ends_with(b, ".properties") || !strncmp(b, ".env", 4) || ends_with(b, ".env");
	if (!(json || yaml || flat) || !names_a_mark(data, len))
		return;
	if (json)
		json_keys(into, path, data, len);
	else
		yaml_keys(into, path, data, len, yaml);
}
