/*
 * config.c - .foundry-guard.yml through libyaml's document API.
 */
#include "config.h"
#include "glob.h"
#include "../core/buf.h"
#include "../core/fs.h"
#include <errno.h>
#include <stdarg.h>
#include <yaml.h>

typedef struct cparse {
	yaml_document_t *doc;
	const char *origin;
	char *err;
	size_t errlen;
	unsigned visited;
} cparse;

static int fail(cparse *p, const yaml_node_t *n, const char *fmt, ...) FG_PRINTF(3, 4);
static int fail(cparse *p, const yaml_node_t *n, const char *fmt, ...)
{
	char msg[400];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (n)
		snprintf(p->err, p->errlen, "%s:%zu:%zu: %s", p->origin, n->start_mark.line + 1,
			 n->start_mark.column + 1, msg);
	else
		snprintf(p->err, p->errlen, "%s: %s", p->origin, msg);
	return -1;
}

static yaml_node_t *node(cparse *p, int id)
{
	if (++p->visited > FG_CONFIG_MAX_NODES)
		return NULL;
	return yaml_document_get_node(p->doc, id);
}

static const char *scalar(const yaml_node_t *n)
{
	return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static int want_string(cparse *p, yaml_node_t *n, const char *what, char **out)
{
	const char *s = scalar(n);
	if (!s)
		return fail(p, n, "%s must be a string", what);
	free(*out);
	*out = fg_xstrdup(s);
	return 0;
}

static int want_bool(cparse *p, yaml_node_t *n, const char *what, int *out)
{
	const char *s = scalar(n);
	if (s && (!strcmp(s, "true") || !strcmp(s, "yes") || !strcmp(s, "on")))
		*out = 1;
	else if (s && (!strcmp(s, "false") || !strcmp(s, "no") || !strcmp(s, "off")))
		*out = 0;
	else
		return fail(p, n, "%s must be true or false", what);
	return 0;
}

static int want_severity(cparse *p, yaml_node_t *n, int *out)
{
	const char *s = scalar(n);
	if (s && !strcmp(s, "error"))
		*out = 2;
	else if (s && !strcmp(s, "warning"))
		*out = 1;
	else if (s && !strcmp(s, "note"))
		*out = 0;
	else
		return fail(p, n, "severity must be error, warning or note");
	return 0;
}

/* Iterates a mapping: fn(key, value). */
typedef int (*pair_fn)(cparse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ctx);

static int each_pair(cparse *p, yaml_node_t *map, const char *what, pair_fn fn, void *ctx)
{
	if (!map || map->type != YAML_MAPPING_NODE)
		return fail(p, map, "%s must be a mapping (key: value)", what);
	for (yaml_node_pair_t *pr = map->data.mapping.pairs.start; pr < map->data.mapping.pairs.top; pr++) {
		yaml_node_t *k = node(p, pr->key), *v = node(p, pr->value);
		if (!k || !v)
			return fail(p, map, "too many YAML nodes (more than %d; aliases?)", FG_CONFIG_MAX_NODES);
		const char *ks = scalar(k);
		if (!ks)
			return fail(p, k, "keys in %s must be plain strings", what);
		/* YAML keeps the last of two equal keys: one of the two settings would be lost unseen */
		for (yaml_node_pair_t *q = map->data.mapping.pairs.start; q < pr; q++) {
			const yaml_node_t *qk = yaml_document_get_node(p->doc, q->key);
			const char *qs = scalar(qk);
			if (qs && !strcmp(qs, ks))
				return fail(p, k, "duplicate key '%s' (first given at line %zu); keep one", ks,
					    qk->start_mark.line + 1);
		}
		if (fn(p, ks, k, v, ctx) < 0)
			return -1;
	}
	return 0;
}

typedef int (*item_fn)(cparse *p, yaml_node_t *item, void *ctx);

static int each_item(cparse *p, yaml_node_t *seq, const char *what, item_fn fn, void *ctx)
{
	if (!seq || seq->type != YAML_SEQUENCE_NODE)
		return fail(p, seq, "%s must be a list", what);
	for (yaml_node_item_t *it = seq->data.sequence.items.start; it < seq->data.sequence.items.top; it++) {
		yaml_node_t *n = node(p, *it);
		if (!n)
			return fail(p, seq, "too many YAML nodes (more than %d; aliases?)", FG_CONFIG_MAX_NODES);
		if (fn(p, n, ctx) < 0)
			return -1;
	}
	return 0;
}

/* ---- sections ---- */

static int exclude_item(cparse *p, yaml_node_t *n, void *ctx)
{
	fg_config *c = ctx;
	char *s = NULL;
	if (want_string(p, n, "an exclude entry", &s) < 0)
		return -1;
	c->exclude = fg_xrealloc(c->exclude, (c->nexclude + 1) * sizeof(char *));
	c->exclude[c->nexclude++] = s;
	return 0;
}

static int rule_pair(cparse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ctx)
{
	(void)k;
	fg_config_rule *r = ctx;
	if (!strcmp(key, "enabled"))
		return want_bool(p, v, "enabled", &r->enabled);
	if (!strcmp(key, "severity"))
		return want_severity(p, v, &r->severity);
	return fail(p, k, "unknown key '%s' in a rule (expected enabled, severity)", key);
}

static int rules_pair(cparse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ctx)
{
	fg_config *c = ctx;
	fg_config_rule r = { fg_xstrdup(key), -1, -1, (unsigned)k->start_mark.line + 1, (unsigned)k->start_mark.column + 1 };
	int rc;
	const char *s = scalar(v);
	if (s) { /* shorthand: `rule: off` or `rule: error` */
		if (!strcmp(s, "off") || !strcmp(s, "false"))
			r.enabled = 0, rc = 0;
		else if (!strcmp(s, "on") || !strcmp(s, "true"))
			r.enabled = 1, rc = 0;
		else
			rc = want_severity(p, v, &r.severity);
	} else {
		rc = each_pair(p, v, "a rule", rule_pair, &r);
	}
	if (rc < 0) {
		free(r.id);
		return -1;
	}
	c->rules = fg_xrealloc(c->rules, (c->nrules + 1) * sizeof(r));
	c->rules[c->nrules++] = r;
	return 0;
}

typedef struct name_ctx {
	fg_config_name n;
	int exclude;
} name_ctx;

static int name_pair(cparse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ctx)
{
	name_ctx *nc = ctx;
	if (!strcmp(key, "name"))
		return want_string(p, v, "name", &nc->n.name);
	if (!strcmp(key, "category"))
		return want_string(p, v, "category", &nc->n.category);
	if (!strcmp(key, "exclude"))
		return want_bool(p, v, "exclude", &nc->exclude);
	return fail(p, k, "unknown key '%s' in a sensitive name (expected name, category, exclude)", key);
}

static const char *const categories[] = { "personal", "sensitive-personal", "health", "payment",
					  "government-id", "credential", NULL };

static bool known_category(const char *c)
{
	for (int i = 0; categories[i]; i++)
		if (!strcmp(categories[i], c))
			return true;
	return false;
}

static int names_item(cparse *p, yaml_node_t *n, void *ctx)
{
	fg_config *c = ctx;
	name_ctx nc = { { NULL, NULL }, 0 };
	if (each_pair(p, n, "a sensitive name", name_pair, &nc) < 0)
		goto bad;
	if (!nc.n.name) {
		fail(p, n, "a sensitive name needs `name:`");
		goto bad;
	}
	if (nc.exclude) {
		free(nc.n.category);
		nc.n.category = NULL;
	} else if (!nc.n.category || !known_category(nc.n.category)) {
		fail(p, n, "`category:` must be one of personal, sensitive-personal, health, payment, government-id, "
			   "credential (or set exclude: true)");
		goto bad;
	}
	c->names = fg_xrealloc(c->names, (c->nnames + 1) * sizeof(fg_config_name));
	c->names[c->nnames++] = nc.n;
	return 0;
bad:
	free(nc.n.name);
	free(nc.n.category);
	return -1;
}

static int detector_pair(cparse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ctx)
{
	fg_config_detector *d = ctx;
	if (!strcmp(key, "id"))
		return want_string(p, v, "id", &d->id);
	if (!strcmp(key, "category"))
		return want_string(p, v, "category", &d->category);
	if (!strcmp(key, "pattern"))
		return want_string(p, v, "pattern", &d->pattern);
	if (!strcmp(key, "validator"))
		return want_string(p, v, "validator", &d->validator);
	if (!strcmp(key, "severity"))
		return want_severity(p, v, &d->severity);
	return fail(p, k, "unknown key '%s' in a detector (expected id, category, severity, pattern, validator)", key);
}

static int detectors_item(cparse *p, yaml_node_t *n, void *ctx)
{
	fg_config *c = ctx;
	fg_config_detector d = { 0 };
	d.severity = -1;
	d.line = (unsigned)n->start_mark.line + 1;
	if (each_pair(p, n, "a detector", detector_pair, &d) < 0)
		goto bad;
	if (!d.id || !d.pattern || !d.category) {
		fail(p, n, "a detector needs id, category and pattern");
		goto bad;
	}
	if (!known_category(d.category)) {
		fail(p, n, "detector '%s': unknown category '%s'", d.id, d.category);
		goto bad;
	}
	c->detectors = fg_xrealloc(c->detectors, (c->ndetectors + 1) * sizeof(d));
	c->detectors[c->ndetectors++] = d;
	return 0;
bad:
	free(d.id);
	free(d.category);
	free(d.pattern);
	free(d.validator);
	return -1;
}

static int allow_pair(cparse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ctx)
{
	fg_config_allow *a = ctx;
	if (!strcmp(key, "value"))
		return want_string(p, v, "value", &a->value);
	if (!strcmp(key, "path"))
		return want_string(p, v, "path", &a->path);
	if (!strcmp(key, "rule"))
		return want_string(p, v, "rule", &a->rule);
	return fail(p, k, "unknown key '%s' in an allow entry (expected value, path, rule)", key);
}

static int allow_item(cparse *p, yaml_node_t *n, void *ctx)
{
	fg_config *c = ctx;
	fg_config_allow a = { 0 };
	a.line = (unsigned)n->start_mark.line + 1;
	if (each_pair(p, n, "an allow entry", allow_pair, &a) < 0 || (!a.value && !a.path)) {
		if (!a.value && !a.path && !p->err[0])
			fail(p, n, "an allow entry needs value: REGEX, or path: GLOB (with an optional rule:)");
		free(a.value);
		free(a.path);
		free(a.rule);
		return -1;
	}
	c->allow = fg_xrealloc(c->allow, (c->nallow + 1) * sizeof(a));
	c->allow[c->nallow++] = a;
	return 0;
}

/* `baseline: FILE`: a path inside the repository, relative to its root (CI reads it from a commit). */
static int baseline_path(cparse *p, yaml_node_t *v, fg_config *c)
{
	const char *s = scalar(v);
	bool up = false; /* a `..` component */
	for (const char *q = s; q && *q;) {
		size_t n = strcspn(q, "/");
		up = up || (n == 2 && q[0] == '.' && q[1] == '.');
		q += n + (q[n] == '/');
	}
	if (!s || !*s || s[0] == '/' || up || s[strlen(s) - 1] == '/')
		return fail(p, v, "baseline must be a file path relative to the repository root, inside it "
				  "(e.g. .foundry-guard-baseline.tsv)");
	c->baseline_line = (unsigned)v->start_mark.line + 1;
	return want_string(p, v, "baseline", &c->baseline);
}

static int top_pair(cparse *p, const char *key, yaml_node_t *k, yaml_node_t *v, void *ctx)
{
	fg_config *c = ctx;
	if (!strcmp(key, "version")) {
		const char *s = scalar(v);
		if (!s || strcmp(s, "1") != 0)
			return fail(p, v, "version must be 1");
		c->version = 1;
		return 0;
	}
	if (!strcmp(key, "exclude"))
		return each_item(p, v, "exclude", exclude_item, c);
	if (!strcmp(key, "rules"))
		return each_pair(p, v, "rules", rules_pair, c);
	if (!strcmp(key, "sensitive-names"))
		return each_item(p, v, "sensitive-names", names_item, c);
	if (!strcmp(key, "detectors"))
		return each_item(p, v, "detectors", detectors_item, c);
	if (!strcmp(key, "allow"))
		return each_item(p, v, "allow", allow_item, c);
	if (!strcmp(key, "foundry-context")) {
		const char *s = scalar(v);
		if (s && !strcmp(s, "auto"))
			c->foundry_context = -1;
		else if (s && !strcmp(s, "always"))
			c->foundry_context = 1;
		else if (s && !strcmp(s, "never"))
			c->foundry_context = 0;
		else
			return fail(p, v, "foundry-context must be auto, always or never");
		return 0;
	}
	if (!strcmp(key, "max-file-size")) {
		const char *s = scalar(v);
		char *end = NULL;
		long long n = s ? strtoll(s, &end, 10) : -1;
		if (!s || *end || n <= 0)
			return fail(p, v, "max-file-size must be a positive number of bytes");
		c->max_file_size = n;
		return 0;
	}
	if (!strcmp(key, "doc-snippets")) {
		const char *s = scalar(v);
		if (s && !strcmp(s, "off")) {
			c->doc_snippets = -1;
			return 0;
		}
		if (!s || (strcmp(s, "note") && strcmp(s, "warning") && strcmp(s, "error")))
			return fail(p, v, "doc-snippets must be note, warning, error or off");
		return want_severity(p, v, &c->doc_snippets);
	}
	if (!strcmp(key, "vendored")) {
		const char *s = scalar(v);
		if (s && !strcmp(s, "skip"))
			c->vendored = 0;
		else if (s && !strcmp(s, "scan"))
			c->vendored = 1;
		else
			return fail(p, v, "vendored must be skip or scan");
		return 0;
	}
	if (!strcmp(key, "baseline"))
		return baseline_path(p, v, c);
	return fail(p, k,
		    "unknown key '%s' (expected version, exclude, rules, sensitive-names, detectors, allow, "
		    "foundry-context, max-file-size, doc-snippets, vendored, baseline)",
		    key);
}

void fg_config_init(fg_config *c)
{
	memset(c, 0, sizeof(*c));
	c->foundry_context = -2;
	c->max_file_size = -1;
	c->doc_snippets = -2;
	c->vendored = -1;
}

/* Flow-style nesting deeper than the bound is refused before libyaml sees it. */
static bool too_deep(const char *t, size_t len)
{
	int depth = 0;
	char q = 0;
	for (size_t i = 0; i < len; i++) {
		char ch = t[i];
		if (q) {
			if (ch == q)
				q = 0;
		} else if (ch == '"' || ch == '\'') {
			q = ch;
		} else if (ch == '[' || ch == '{') {
			if (++depth > FG_CONFIG_MAX_DEPTH)
				return true;
		} else if ((ch == ']' || ch == '}') && depth > 0) {
			depth--;
		} else if (ch == '\n') {
			q = 0;
		}
	}
	return false;
}

int fg_config_parse(fg_config *c, const char *origin, const char *text, size_t len, char *err, size_t errlen)
{
	cparse p = { 0 };
	p.origin = origin;
	p.err = err;
	p.errlen = errlen;
	err[0] = '\0';
	free(c->path);
	c->path = fg_xstrdup(origin);
	if (len > FG_CONFIG_MAX_BYTES)
		return fail(&p, NULL, "larger than %u bytes; a configuration file is small", FG_CONFIG_MAX_BYTES);
	if (too_deep(text, len))
		return fail(&p, NULL, "nested deeper than %d levels", FG_CONFIG_MAX_DEPTH);
	yaml_parser_t parser;
	yaml_document_t doc;
	if (!yaml_parser_initialize(&parser))
		return fail(&p, NULL, "cannot initialise the YAML parser");
	yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
	if (!yaml_parser_load(&parser, &doc)) {
		snprintf(err, errlen, "%s:%zu:%zu: YAML error: %s%s%s", origin, parser.problem_mark.line + 1,
			 parser.problem_mark.column + 1, parser.problem ? parser.problem : "invalid",
			 parser.context ? " " : "", parser.context ? parser.context : "");
		yaml_parser_delete(&parser);
		return -1;
	}
	p.doc = &doc;
	int rc = 0;
	yaml_node_t *root = yaml_document_get_root_node(&doc);
	if (root && !(root->type == YAML_SCALAR_NODE && root->data.scalar.length == 0))
		rc = each_pair(&p, root, "the configuration", top_pair, c);
	yaml_document_delete(&doc);
	if (rc == 0) {
		/* a second document (after ---) would be ignored: its settings must not be lost unseen */
		yaml_document_t next;
		if (!yaml_parser_load(&parser, &next)) {
			snprintf(err, errlen, "%s:%zu:%zu: YAML error: %s", origin, parser.problem_mark.line + 1,
				 parser.problem_mark.column + 1, parser.problem ? parser.problem : "invalid");
			rc = -1;
		} else {
			yaml_node_t *r2 = yaml_document_get_root_node(&next);
			if (r2 && !(r2->type == YAML_SCALAR_NODE && r2->data.scalar.length == 0)) {
				snprintf(err, errlen, "%s:%zu:%zu: a second YAML document; the configuration is one "
						      "document (remove the `---` and merge the settings)",
					 origin, next.start_mark.line + 1, next.start_mark.column + 1);
				rc = -1;
			}
			yaml_document_delete(&next);
		}
	}
	yaml_parser_delete(&parser);
	return rc;
}

int fg_config_load(fg_config *c, const char *path, char *err, size_t errlen)
{
	fg_buf b = FG_BUF_INIT;
	if (fg_read_file(path, FG_CONFIG_MAX_BYTES, &b) < 0) {
		if (errno == EFBIG)
			snprintf(err, errlen, "%s: larger than %u bytes; a configuration file is small", path,
				 FG_CONFIG_MAX_BYTES);
		else
			snprintf(err, errlen, "%s: cannot read: %s", path, strerror(errno));
		fg_buf_release(&b);
		return -1;
	}
	int rc = fg_config_parse(c, path, b.ptr ? b.ptr : "", b.len, err, errlen);
	fg_buf_release(&b);
	return rc;
}

void fg_config_release(fg_config *c)
{
	for (size_t i = 0; i < c->nexclude; i++)
		free(c->exclude[i]);
	free(c->exclude);
	for (size_t i = 0; i < c->nrules; i++)
		free(c->rules[i].id);
	free(c->rules);
	for (size_t i = 0; i < c->nnames; i++) {
		free(c->names[i].name);
		free(c->names[i].category);
	}
	free(c->names);
	for (size_t i = 0; i < c->ndetectors; i++) {
		free(c->detectors[i].id);
		free(c->detectors[i].category);
		free(c->detectors[i].pattern);
		free(c->detectors[i].validator);
	}
	free(c->detectors);
	for (size_t i = 0; i < c->nallow; i++) {
		free(c->allow[i].value);
		free(c->allow[i].path);
		free(c->allow[i].rule);
	}
	free(c->allow);
	free(c->path);
	free(c->base);
	free(c->baseline);
	fg_config_init(c);
}

bool fg_config_excluded(const fg_config *c, const char *path)
{
	if (c->base && *c->base) {
		size_t bl = strlen(c->base);
		if (strncmp(path, c->base, bl) != 0 || path[bl] != '/')
			return false;
		path += bl + 1;
	}
	for (size_t i = 0; i < c->nexclude; i++)
		if (fg_glob_match_path(c->exclude[i], path))
			return true;
	return false;
}
