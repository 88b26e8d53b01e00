/*
 * ruleset.c - load rules/ into an immutable fg_ruleset.
 *
 * Every file is plain text: TSV lists of PCRE2 patterns, a stanza file of
 * rule texts, and tree-sitter queries.  Errors name the file and line.
 */
#include "ruleset.h"
#include "literals.h"
#include "../core/buf.h"
#include "../core/fs.h"
#include <pthread.h>
#include <stdarg.h>

/* Bound on any single rules file read from --rules DIR. */
#define FG_RULES_MAX_FILE (4u * 1024u * 1024u)

typedef struct loader {
	const char *dir;
	bool only_dir;
	char *err;
	size_t errlen;
	/*
	 * The file last read: the --rules DIR copy starts at byte user_at (SIZE_MAX:
	 * none), after user_line0 lines of the embedded copy; errors there name
	 * user_name and the line in it.
	 */
	size_t user_at;
	unsigned user_line0;
	char *user_name;
} loader;

/* The file and line a user sees for line `lineno` (at byte `off`) of the text last read. */
static const char *where(const loader *ld, const char *file, size_t off, unsigned *lineno)
{
	if (off < ld->user_at)
		return file;
	*lineno -= ld->user_line0;
	return ld->user_name;
}

static void set_err(loader *ld, const char *fmt, ...) FG_PRINTF(2, 3);
static void set_err(loader *ld, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(ld->err, ld->errlen, fmt, ap);
	va_end(ap);
}

const char *fg_severity_name(fg_severity s)
{
	switch (s) {
	case FG_SEV_ERROR: return "error";
	case FG_SEV_WARNING: return "warning";
	default: return "note";
	}
}

int fg_severity_parse(const char *s, fg_severity *out)
{
	if (strcmp(s, "error") == 0)
		*out = FG_SEV_ERROR;
	else if (strcmp(s, "warning") == 0)
		*out = FG_SEV_WARNING;
	else if (strcmp(s, "note") == 0)
		*out = FG_SEV_NOTE;
	else
		return -1;
	return 0;
}

static int read_embedded(const char *rel, fg_buf *out)
{
	for (size_t i = 0; i < fg_embedded_rules_count; i++) {
		if (strcmp(fg_embedded_rules[i].path, rel) == 0) {
			fg_buf_add(out, fg_embedded_rules[i].data, fg_embedded_rules[i].len);
			return 1;
		}
	}
	return 0;
}

/*
 * Reads rules file `rel`: the embedded copy, then the --rules DIR copy
 * appended (or alone with --rules-only).  Returns 1 found, 0 absent.
 */
static int read_rules_file(loader *ld, const char *rel, fg_buf *out)
{
	fg_buf_clear(out);
	ld->user_at = SIZE_MAX;
	int found = 0;
	if (!ld->dir || !ld->only_dir)
		found = read_embedded(rel, out);
	if (!ld->dir)
		return found;
	fg_buf path = FG_BUF_INIT, extra = FG_BUF_INIT;
	fg_buf_printf(&path, "%s/%s", ld->dir, rel);
	if (fg_read_file(path.ptr, FG_RULES_MAX_FILE, &extra) == 0) {
		const char *nul = extra.len ? memchr(extra.ptr, '\0', extra.len) : NULL;
		if (nul) {
			unsigned line = 1;
			for (const char *q = extra.ptr; q < nul; q++)
				line += *q == '\n';
			set_err(ld, "%s:%u: a NUL byte; rules files are text (UTF-8)", path.ptr, line);
			found = -1;
		} else {
			/* the user's file starts a line (and a stanza) of its own */
			if (out->len && out->ptr[out->len - 1] != '\n')
				fg_buf_putc(out, '\n');
			ld->user_at = out->len;
			ld->user_line0 = 0;
			for (size_t i = 0; i < out->len; i++)
				ld->user_line0 += out->ptr[i] == '\n';
			free(ld->user_name);
			ld->user_name = fg_xstrdup(path.ptr);
			fg_buf_add(out, extra.ptr ? extra.ptr : "", extra.len);
			found = 1;
		}
	}
	fg_buf_release(&path);
	fg_buf_release(&extra);
	return found;
}

static int need_file(loader *ld, const char *rel, fg_buf *out)
{
	int rc = read_rules_file(ld, rel, out);
	if (rc == 0)
		set_err(ld, "%s/%s: missing rules file; reinstall foundry-guard or pass --rules DIR",
			ld->dir ? ld->dir : "embedded rules", rel);
	return rc == 1 ? 0 : -1;
}

/* Calls fn(line, lineno) for each non-blank, non-comment line (trailing \r stripped). */
typedef int (*line_fn)(loader *ld, const char *file, unsigned lineno, char *line, void *ctx);

static int each_line(loader *ld, const char *file, fg_buf *text, line_fn fn, void *ctx)
{
	char *p = text->ptr ? text->ptr : (char *)"";
	unsigned lineno = 0;
	while (*p) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		size_t n = strlen(p);
		if (n && p[n - 1] == '\r')
			p[n - 1] = '\0';
		const char *q = p;
		while (*q == ' ' || *q == '\t')
			q++;
		unsigned at = lineno;
		const char *name = where(ld, file, (size_t)(p - text->ptr), &at);
		if (*q && *q != '#' && fn(ld, name, at, p, ctx) < 0)
			return -1;
		if (!nl)
			break;
		p = nl + 1;
	}
	return 0;
}

/* Pattern accumulation: lines OR'd into one alternation per slot. */
#define PATACC_SLOTS 96 /* keys of one file */
_Static_assert((int)FG_FLOW__COUNT <= PATACC_SLOTS && (int)FG_CLAIM__COUNT <= PATACC_SLOTS, "more keys than slots");

typedef struct patacc {
	fg_buf pat[PATACC_SLOTS];
	unsigned first_line[PATACC_SLOTS];
} patacc;

/* An empty pattern matches everything: an error, not a rule that fires on every name. */
static bool empty_pattern(loader *ld, const char *file, unsigned lineno, const char *re)
{
	const char *q = re;
	while (*q == ' ' || *q == '\t' || *q == '\r')
		q++;
	if (*q)
		return false;
	set_err(ld, "%s:%u: empty pattern; give a pattern after the TAB or remove the line", file, lineno);
	return true;
}

static void acc_add(patacc *a, int slot, const char *re, unsigned lineno)
{
	if (a->pat[slot].len)
		fg_buf_putc(&a->pat[slot], '|');
	else
		a->first_line[slot] = lineno;
	fg_buf_printf(&a->pat[slot], "(?:%s)", re);
}

/*
 * compile_checked: also derive the literals every match contains, for the
 * regex's pre-pass (patterns that run over long texts: claim families, flow
 * searches).  Not a fg_regex flag; the derivation costs ~1 ms per pattern.
 */
#define WANT_LITERALS (1u << 30)

static fg_regex *compile_checked(loader *ld, const char *file, unsigned lineno, const char *re,
				 unsigned flags)
{
	bool want_literals = (flags & WANT_LITERALS) != 0;
	flags &= ~WANT_LITERALS;
	char e[256];
	/* The embedded rules compile on first use (make test checks every one); a rules folder now. */
	fg_regex *r = !ld->dir ? fg_regex_lazy(re, flags) : fg_regex_compile(re, flags, e, sizeof(e));
	if (!r) {
		set_err(ld, "%s:%u: bad pattern %s", file, lineno, e);
		return NULL;
	}
	if (!want_literals)
		return r;
	/* the literals every match contains: a subject without them is passed over in one cheap pass */
	char *lits[64];
	size_t n = fg_required_literals(re, lits, FG_ARRAY_SIZE(lits), 3);
	fg_regex_set_literals(r, lits, n, false);
	for (size_t i = 0; i < n; i++)
		free(lits[i]);
	/* plain-word branches (the prefilter's "claude", "anthropic"...): the literal pass answers for them */
	fg_buf rest = FG_BUF_INIT;
	n = fg_split_words(re, (flags & FG_RE_CASELESS) != 0, lits, FG_ARRAY_SIZE(lits), 3, &rest);
	if (n) {
		fg_regex *rr = NULL;
		if (rest.len) {
			rr = !ld->dir ? fg_regex_lazy(rest.ptr, flags) : fg_regex_compile(rest.ptr, flags, e, sizeof(e));
			char *rl[64];
			size_t k = rr ? fg_required_literals(rest.ptr, rl, FG_ARRAY_SIZE(rl), 3) : 0;
			if (rr)
				fg_regex_set_literals(rr, rl, k, false);
			for (size_t i = 0; i < k; i++)
				free(rl[i]);
		}
		if (!rest.len || rr)
			fg_regex_set_split(r, lits, n, rr);
		for (size_t i = 0; i < n; i++)
			free(lits[i]);
	}
	fg_buf_release(&rest);
	return r;
}

/*
 * Each line of a rules folder is compiled alone first, so an error names its
 * own line.  The embedded rules are checked by `make test` instead.
 */
static int check_line_pattern(loader *ld, const char *file, unsigned lineno, const char *re)
{
	if (!ld->dir)
		return 0;
	fg_regex *r = compile_checked(ld, file, lineno, re, 0);
	if (!r)
		return -1;
	fg_regex_free(r);
	return 0;
}

static fg_regex *acc_compile(loader *ld, patacc *a, int slot, const char *file, bool anchored,
			     unsigned flags)
{
	if (!a->pat[slot].len)
		return NULL;
	fg_buf full = FG_BUF_INIT;
	if (anchored)
		fg_buf_printf(&full, "^(?:%s)$", a->pat[slot].ptr);
	else
		fg_buf_puts(&full, a->pat[slot].ptr);
	fg_regex *r = compile_checked(ld, file, a->first_line[slot], full.ptr, flags);
	fg_buf_release(&full);
	return r;
}

static void acc_release(patacc *a)
{
	for (size_t i = 0; i < FG_ARRAY_SIZE(a->pat); i++)
		fg_buf_release(&a->pat[i]);
}

/* ---- keyed TSV files (flow.tsv, claims/patterns.tsv) ---- */

typedef struct keyed_ctx {
	const char *const *keys;
	size_t nkeys;
	patacc acc;
} keyed_ctx;

static int keyed_line(loader *ld, const char *file, unsigned lineno, char *line, void *vctx)
{
	keyed_ctx *k = vctx;
	char *tab = strchr(line, '\t');
	if (!tab) {
		set_err(ld, "%s:%u: expected KEY<TAB>pattern", file, lineno);
		return -1;
	}
	*tab = '\0';
	char *re = tab + 1;
	while (*re == '\t')
		re++;
	if (empty_pattern(ld, file, lineno, re))
		return -1;
	for (size_t i = 0; i < k->nkeys; i++) {
		if (strcmp(line, k->keys[i]) == 0) {
			if (check_line_pattern(ld, file, lineno, re) < 0)
				return -1;
			acc_add(&k->acc, (int)i, re, lineno);
			return 0;
		}
	}
	set_err(ld, "%s:%u: unknown key '%s'", file, lineno, line);
	return -1;
}

static const char *const flow_keys[FG_FLOW__COUNT] = {
	"foundry-evidence", "foundry-endpoint", "client-foundry", "client-anthropic", "client-other",
	"foundry-module", "base-url-key", "request-method", "rest-call", "rest-body-key",
	"non-content-arg", "passthrough-method", "serializer", "names-only", "getter", "env-object",
	"env-dump-call", "file-read", "sensitive-file", "client-foundry-text", "rest-shell", "rest-data-flag",
	"framework-method", "model-call", "model-foundry", "prefilter", "prefilter-context", "prefilter-azure", "mutator", "env-dump-noarg",
	"keyed-lookup", "writer-call", "schema-type", "schema-call", "schema-key", "higher-order", "header-key", "row-selection", "auth-header", "foundry-url-name",
	"anthropic-type", "shape-model", "shape-body", "messages-verb", "read-method",
	"client-openai", "azure-ai-endpoint", "openai-method", "claude-model",
	"evidence-project", "evidence-claude-id",
	"wrapper-method", "di-lookup",
	"cli-claude", "cli-foundry-on", "cli-foundry-off", "cli-print-flag", "cli-value-flag", "cli-subcommand",
	"cli-action", "cli-foundry-command",
	"client-foundry-named", "collection-call", "direct-endpoint", "resource-accessor", "env-dump-command",
	"model-foundry-endpoint", "messages-path", "local-host", "request-param",
};
/* Keys matched as searches; the rest must match the whole text. */
static bool flow_key_is_search(int k)
{
	return k == FG_FLOW_FOUNDRY_EVIDENCE || k == FG_FLOW_FOUNDRY_ENDPOINT || k == FG_FLOW_SENSITIVE_FILE ||
	       k == FG_FLOW_CLIENT_FOUNDRY_TEXT || k == FG_FLOW_FOUNDRY_MODULE || k == FG_FLOW_MODEL_FOUNDRY ||
	       k == FG_FLOW_PREFILTER || k == FG_FLOW_PREFILTER_CONTEXT || k == FG_FLOW_PREFILTER_AZURE ||
	       k == FG_FLOW_FOUNDRY_URL_NAME || k == FG_FLOW_ANTHROPIC_TYPE ||
	       k == FG_FLOW_SHAPE_MODEL || k == FG_FLOW_SHAPE_BODY || k == FG_FLOW_AZURE_AI_ENDPOINT ||
	       k == FG_FLOW_CLAUDE_MODEL || k == FG_FLOW_EVIDENCE_PROJECT || k == FG_FLOW_EVIDENCE_CLAUDE_ID ||
	       k == FG_FLOW_CLI_FOUNDRY_ON || k == FG_FLOW_CLI_FOUNDRY_OFF || k == FG_FLOW_DIRECT_ENDPOINT ||
	       k == FG_FLOW_MESSAGES_PATH || k == FG_FLOW_LOCAL_HOST;
}

/* Patterns that run over whole files are JIT-compiled. */
static bool flow_key_jit(int k)
{
	return k == FG_FLOW_PREFILTER || k == FG_FLOW_PREFILTER_CONTEXT || k == FG_FLOW_PREFILTER_AZURE ||
	       k == FG_FLOW_FOUNDRY_EVIDENCE || k == FG_FLOW_EVIDENCE_PROJECT || k == FG_FLOW_EVIDENCE_CLAUDE_ID ||
	       k == FG_FLOW_WRAPPER_METHOD; /* tried on most calls a client is looked for in */
}

/* CLAIM and AZURE are tried on every comment block that holds a claim literal. */
static bool claim_key_jit(int k)
{
	return k == FG_CLAIM_CLAIM || k == FG_CLAIM_AZURE;
}

static const char *const claim_keys[FG_CLAIM__COUNT] = {
	"CLAIM", "CAVEAT", "HEDGE", "OFF", "CLAUDE", "AZURE", "OTHER",
	"TRAFFIC", "OWN", "MODEL", "ANAPHOR", "RESIDENCY", "RETENTION", "TENANT",
};

static int load_keyed(loader *ld, const char *file, const char *const *keys, size_t nkeys,
		      fg_regex **out, bool (*is_search)(int), unsigned flags, bool (*jit)(int))
{
	fg_buf text = FG_BUF_INIT;
	keyed_ctx k = { .keys = keys, .nkeys = nkeys };
	int rc = need_file(ld, file, &text);
	if (rc == 0)
		rc = each_line(ld, file, &text, keyed_line, &k);
	for (size_t i = 0; rc == 0 && i < nkeys; i++) {
		if (!k.acc.pat[i].len)
			continue;
		bool search = is_search && is_search((int)i);
		out[i] = acc_compile(ld, &k.acc, (int)i, file, is_search ? !search : false,
				     flags | (jit && jit((int)i) ? FG_RE_JIT : 0) | (search ? WANT_LITERALS : 0));
		if (!out[i])
			rc = -1;
	}
	acc_release(&k.acc);
	fg_buf_release(&text);
	return rc;
}

/*
 * claims/patterns.tsv: each family split into parts of at most
 * CLAIM_PART_LINES lines, so no single pattern grows past PCRE2's size limit.
 * One line a part: each line has its own literal pre-test (the words it
 * cannot match without), so a text runs only the lines whose words it holds,
 * and an anchored line stays anchored; a family's answer is the OR of its
 * parts (and its first match, the earliest of theirs), as with one pattern.
 */
#define CLAIM_PART_LINES 1

typedef struct claims_ctx {
	patacc acc[FG_CLAIM_PARTS];
	unsigned nlines[FG_CLAIM__COUNT];
} claims_ctx;

static int claims_line(loader *ld, const char *file, unsigned lineno, char *line, void *vctx)
{
	claims_ctx *k = vctx;
	char *tab = strchr(line, '\t');
	if (!tab) {
		set_err(ld, "%s:%u: expected FAMILY<TAB>pattern", file, lineno);
		return -1;
	}
	*tab = '\0';
	char *re = tab + 1;
	while (*re == '\t')
		re++;
	if (empty_pattern(ld, file, lineno, re))
		return -1;
	for (int i = 0; i < FG_CLAIM__COUNT; i++) {
		if (strcmp(line, claim_keys[i]) != 0)
			continue;
		unsigned part = k->nlines[i]++ / CLAIM_PART_LINES;
		if (part >= FG_CLAIM_PARTS) {
			set_err(ld, "%s:%u: too many %s patterns (at most %d)", file, lineno, line,
				FG_CLAIM_PARTS * CLAIM_PART_LINES);
			return -1;
		}
		if (check_line_pattern(ld, file, lineno, re) < 0)
			return -1;
		acc_add(&k->acc[part], i, re, lineno);
		return 0;
	}
	set_err(ld, "%s:%u: unknown family '%s'", file, lineno, line);
	return -1;
}

/* The predicates (patterns.tsv) and the subjects, scopes and exclusions (subjects.tsv) share the families. */
static int load_claims(loader *ld, fg_ruleset *rs)
{
	static const char *const files[] = { "claims/patterns.tsv", "claims/subjects.tsv" };
	const char *file = files[0];
	fg_buf text = FG_BUF_INIT;
	claims_ctx *k = fg_xcalloc(1, sizeof(*k));
	int rc = 0;
	for (size_t f = 0; rc == 0 && f < FG_ARRAY_SIZE(files); f++) {
		file = files[f];
		rc = need_file(ld, file, &text);
		if (rc == 0)
			rc = each_line(ld, file, &text, claims_line, k);
	}
	for (int part = 0; rc == 0 && part < FG_CLAIM_PARTS; part++) {
		for (int i = 0; rc == 0 && i < FG_CLAIM__COUNT; i++) {
			if (!k->acc[part].pat[i].len)
				continue;
			rs->claims[i][part] = acc_compile(ld, &k->acc[part], i, file, false,
							  FG_RE_CASELESS | WANT_LITERALS |
								  (claim_key_jit(i) ? FG_RE_JIT : FG_RE_JIT_WHEN_HOT));
			if (!rs->claims[i][part])
				rc = -1;
		}
	}
	_Static_assert(FG_CLAIM_PARTS <= FG_LITMASK_MAX, "a family's parts fit one literal mask");
	for (int i = 0; rc == 0 && i < FG_CLAIM__COUNT; i++)
		rs->claim_masks[i] = fg_litmask_new(rs->claims[i], FG_CLAIM_PARTS);
	/* the literal pre-test, from the CLAIM patterns themselves (no literal shorter than 3 bytes) */
	const char *claim_parts[FG_CLAIM_PARTS];
	size_t nparts = 0;
	for (int part = 0; part < FG_CLAIM_PARTS; part++)
		if (k->acc[part].pat[FG_CLAIM_CLAIM].len)
			claim_parts[nparts++] = k->acc[part].pat[FG_CLAIM_CLAIM].ptr;
	char *lits = rc == 0 && nparts ? fg_literal_alternation(claim_parts, nparts, 3) : NULL;
	if (lits) {
		rs->claim_literals = compile_checked(ld, files[0], 0, lits, FG_RE_CASELESS | FG_RE_JIT);
		if (!rs->claim_literals)
			rc = -1;
		/* nothing but the literals: the regex's literal pass answers alone */
		char *each[256];
		size_t n = rs->claim_literals ? fg_required_literals(lits, each, FG_ARRAY_SIZE(each), 3) : 0;
		if (rs->claim_literals)
			fg_regex_set_literals(rs->claim_literals, each, n, true);
		for (size_t i = 0; i < n; i++)
			free(each[i]);
		free(lits);
	}
	for (int part = 0; part < FG_CLAIM_PARTS; part++)
		acc_release(&k->acc[part]);
	free(k);
	fg_buf_release(&text);
	return rc;
}

/* ---- one-pattern-per-line lists ---- */

static int list_line(loader *ld, const char *file, unsigned lineno, char *line, void *vctx)
{
	patacc *a = vctx;
	if (check_line_pattern(ld, file, lineno, line) < 0)
		return -1;
	acc_add(a, 0, line, lineno);
	return 0;
}

static int load_list(loader *ld, const char *file, fg_regex **out, unsigned flags)
{
	fg_buf text = FG_BUF_INIT;
	patacc a = { 0 };
	int rc = need_file(ld, file, &text);
	if (rc == 0)
		rc = each_line(ld, file, &text, list_line, &a);
	if (rc == 0 && a.pat[0].len) {
		*out = acc_compile(ld, &a, 0, file, false, flags);
		if (!*out)
			rc = -1;
	}
	acc_release(&a);
	fg_buf_release(&text);
	return rc;
}

/* ---- names.tsv ---- */

static int names_line(loader *ld, const char *file, unsigned lineno, char *line, void *vctx)
{
	fg_ruleset *rs = vctx;
	char *tab = strchr(line, '\t');
	if (!tab) {
		set_err(ld, "%s:%u: expected category<TAB>pattern", file, lineno);
		return -1;
	}
	*tab = '\0';
	char *re = tab + 1;
	while (*re == '\t')
		re++;
	if (empty_pattern(ld, file, lineno, re))
		return -1;
	fg_regex *r = compile_checked(ld, file, lineno, re, 0);
	if (!r)
		return -1;
	rs->names = fg_xrealloc(rs->names, (rs->nnames + 1) * sizeof(*rs->names));
	rs->names[rs->nnames].category = fg_xstrdup(line);
	rs->names[rs->nnames].re = r;
	rs->nnames++;
	return 0;
}

/* ---- rules.txt ---- */

typedef struct stanza_kv {
	char *key;
	fg_buf val;
} stanza_kv;

typedef struct stanza {
	stanza_kv kv[16];
	size_t n;
	unsigned line;
	const char *file; /* where the stanza starts, as a user sees it */
} stanza;

static const char *stanza_get(const stanza *s, const char *key)
{
	for (size_t i = 0; i < s->n; i++)
		if (strcmp(s->kv[i].key, key) == 0)
			return fg_buf_cstr(&s->kv[i].val);
	return NULL;
}

static void stanza_clear(stanza *s)
{
	for (size_t i = 0; i < s->n; i++) {
		free(s->kv[i].key);
		fg_buf_release(&s->kv[i].val);
	}
	s->n = 0;
}

typedef struct defs {
	char *name[32];
	char *text[32];
	size_t n;
} defs;

static char *resolve_text(const defs *d, const char *v)
{
	if (!v)
		return NULL;
	if (v[0] == '@')
		for (size_t i = 0; i < d->n; i++)
			if (strcmp(d->name[i], v + 1) == 0)
				return fg_xstrdup(d->text[i]);
	return fg_xstrdup(v);
}

/* The next ';'-separated item of *v, trimmed of spaces (the caller frees it); *v moves past it. */
static char *next_item(const char **v)
{
	size_t n = strcspn(*v, ";");
	char *item = fg_xstrndup(*v, n), *t = item, *e = item + n;
	while (*t == ' ')
		t++;
	while (e > t && e[-1] == ' ')
		e--;
	memmove(item, t, (size_t)(e - t));
	item[e - t] = '\0';
	*v += n + ((*v)[n] == ';');
	return item;
}

/* `sources`: items separated by ';', each "TITLE <URL>" or @NAME (a define holding such items). */
static char *resolve_sources(const defs *d, const char *v)
{
	fg_buf out = FG_BUF_INIT;
	while (v && *v) {
		char *item = next_item(&v);
		char *text = *item == '@' ? resolve_text(d, item) : fg_xstrdup(item);
		if (*text)
			fg_buf_printf(&out, "%s%s", out.len ? "; " : "", text);
		free(text);
		free(item);
	}
	return out.ptr ? fg_buf_detach(&out) : fg_xstrdup("");
}

int fg_rule_each_source(const char *sources, fg_rule_source_fn fn, void *ctx)
{
	for (int pass = 0; pass < 2; pass++) { /* check every item, then call fn */
		int n = 0;
		for (const char *v = sources; v && *v;) {
			char *item = next_item(&v);
			char *lt = strchr(item, '<'), *gt = lt ? strchr(lt, '>') : NULL, *te = lt;
			while (te && te > item && te[-1] == ' ')
				te--;
			bool ok = gt && te > item && !strncmp(lt + 1, "https://", 8) && !gt[1] &&
				  !memchr(lt + 1, ' ', (size_t)(gt - lt - 1));
			if (ok && pass) {
				*te = *gt = '\0';
				fn(ctx, item, lt + 1);
			}
			bool bad = !ok && *item;
			free(item);
			if (bad)
				return -1;
			n += ok;
		}
		if (pass || !fn)
			return n;
	}
	return 0;
}

static void rule_release(fg_rule *r)
{
	free(r->id);
	free(r->short_desc);
	free(r->fact);
	free(r->fix);
	free(r->tags);
	free(r->security_severity);
	free(r->precision);
	free(r->category);
	free(r->help);
	free(r->sources);
}

static int finish_stanza(loader *ld, fg_ruleset *rs, defs *d, stanza *s)
{
	if (!s->n)
		return 0;
	const char *def = stanza_get(s, "define");
	if (def) {
		const char *text = stanza_get(s, "text");
		if (!text || d->n == FG_ARRAY_SIZE(d->name)) {
			set_err(ld, "%s:%u: define needs text", s->file, s->line);
			return -1;
		}
		d->name[d->n] = fg_xstrdup(def);
		d->text[d->n++] = fg_xstrdup(text);
		stanza_clear(s);
		return 0;
	}
	const char *id = stanza_get(s, "id");
	const char *sev = stanza_get(s, "severity");
	fg_rule r = { 0 };
	if (!id || !sev || fg_severity_parse(sev, &r.severity) < 0 || !stanza_get(s, "short") ||
	    !stanza_get(s, "fact") || !stanza_get(s, "fix")) {
		set_err(ld, "%s:%u: a rule needs id, severity (error|warning|note), short, fact, fix", s->file,
			s->line);
		return -1;
	}
	r.id = fg_xstrdup(id);
	r.short_desc = fg_xstrdup(stanza_get(s, "short"));
	r.fact = resolve_text(d, stanza_get(s, "fact"));
	r.fix = resolve_text(d, stanza_get(s, "fix"));
	r.tags = fg_xstrdup(stanza_get(s, "tags") ? stanza_get(s, "tags") : "");
	r.security_severity = fg_xstrdup(stanza_get(s, "security-severity") ? stanza_get(s, "security-severity") : "5.0");
	r.precision = fg_xstrdup(stanza_get(s, "precision") ? stanza_get(s, "precision") : "medium");
	r.help = fg_xstrdup(stanza_get(s, "help") ? stanza_get(s, "help") : "");
	r.sources = resolve_sources(d, stanza_get(s, "sources"));
	bool bad_help = r.help[0] && r.help[0] != '#' && strncmp(r.help, "https://", 8);
	if (bad_help || fg_rule_each_source(r.sources, NULL, NULL) < 0) {
		set_err(ld, "%s:%u: rule %s: %s", s->file, s->line, r.id,
			bad_help ? "help must be an https:// URL or a #anchor of the project's README"
				 : "sources must be `TITLE <https://URL>` items separated by ';' (or @NAME of a define)");
		rule_release(&r);
		return -1;
	}
	for (size_t i = 0; i < rs->nrules; i++) {
		if (strcmp(rs->rules[i].id, r.id) == 0) {
			/* a later stanza (from --rules DIR) replaces the rule's text */
			fg_rule *old = &rs->rules[i];
			rule_release(old);
			*old = r;
			stanza_clear(s);
			return 0;
		}
	}
	rs->rules = fg_xrealloc(rs->rules, (rs->nrules + 1) * sizeof(fg_rule));
	rs->rules[rs->nrules++] = r;
	stanza_clear(s);
	return 0;
}

static int load_rule_texts(loader *ld, fg_ruleset *rs)
{
	fg_buf text = FG_BUF_INIT;
	if (need_file(ld, "rules.txt", &text) < 0) {
		fg_buf_release(&text); /* the embedded part was read before the user's copy failed */
		return -1;
	}
	stanza s = { 0 };
	defs d = { 0 };
	int rc = 0;
	char *p = text.ptr;
	unsigned lineno = 0;
	while (p && *p && rc == 0) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		size_t n = strlen(p);
		if (n && p[n - 1] == '\r')
			p[n - 1] = '\0';
		size_t off = (size_t)(p - text.ptr);
		unsigned at = lineno;
		const char *file = where(ld, "rules.txt", off, &at);
		if (off == ld->user_at)
			rc = finish_stanza(ld, rs, &d, &s); /* the user's first stanza is a stanza of its own */
		if (rc < 0) {
			/* the embedded stanza before it was bad */
		} else if (p[0] == '#') {
			/* comment */
		} else if (p[0] == '\0') {
			rc = finish_stanza(ld, rs, &d, &s);
		} else if (p[0] == '\t' || p[0] == ' ') {
			if (!s.n) {
				set_err(ld, "%s:%u: continuation line outside a stanza", file, at);
				rc = -1;
			} else {
				while (*p == '\t' || *p == ' ')
					p++;
				fg_buf_putc(&s.kv[s.n - 1].val, ' ');
				fg_buf_puts(&s.kv[s.n - 1].val, p);
			}
		} else {
			char *colon = strstr(p, ": ");
			if (!colon || s.n == FG_ARRAY_SIZE(s.kv)) {
				set_err(ld, "%s:%u: expected 'key: value'", file, at);
				rc = -1;
			} else {
				*colon = '\0';
				if (stanza_get(&s, p)) {
					/* a second `severity:` must not hide behind the first */
					set_err(ld, "%s:%u: '%s' given twice in one stanza; stanzas are separated by a blank line",
						file, at, p);
					rc = -1;
				} else {
					if (!s.n) {
						s.line = at;
						s.file = file;
					}
					s.kv[s.n].key = fg_xstrdup(p);
					fg_buf_init_str(&s.kv[s.n].val, colon + 2);
					s.n++;
				}
			}
		}
		p = nl ? nl + 1 : NULL;
	}
	if (rc == 0)
		rc = finish_stanza(ld, rs, &d, &s);
	stanza_clear(&s);
	for (size_t i = 0; i < d.n; i++) {
		free(d.name[i]);
		free(d.text[i]);
	}
	fg_buf_release(&text);
	return rc;
}

/* ---- detectors.tsv ---- */

static const struct {
	const char *name;
	fg_validator v;
} validators[] = {
	{ "none", FG_VAL_NONE }, { "luhn", FG_VAL_LUHN }, { "iban", FG_VAL_IBAN }, { "ssn", FG_VAL_SSN },
	{ "email", FG_VAL_EMAIL }, { "phone", FG_VAL_PHONE }, { "jwt", FG_VAL_JWT }, { "ci-secret", FG_VAL_CI_SECRET },
};

int fg_validator_parse(const char *name, fg_validator *out)
{
	for (size_t i = 0; i < FG_ARRAY_SIZE(validators); i++)
		if (!strcmp(validators[i].name, name)) {
			*out = validators[i].v;
			return 0;
		}
	return -1;
}

static int detector_line(loader *ld, const char *file, unsigned lineno, char *line, void *vctx)
{
	fg_ruleset *rs = vctx;
	char *f[5];
	char *p = line;
	for (int i = 0; i < 4; i++) {
		char *tab = strchr(p, '\t');
		if (!tab) {
			set_err(ld, "%s:%u: expected id, category, severity, validator, pattern (TAB separated)",
				file, lineno);
			return -1;
		}
		*tab = '\0';
		f[i] = p;
		p = tab + 1;
		while (*p == '\t')
			p++;
	}
	f[4] = p;
	if (empty_pattern(ld, file, lineno, f[4]))
		return -1;
	fg_detector d = { 0 };
	fg_severity sev;
	if (fg_severity_parse(f[2], &sev) < 0) {
		set_err(ld, "%s:%u: severity must be error, warning or note", file, lineno);
		return -1;
	}
	if (fg_validator_parse(f[3], &d.validator) < 0) {
		set_err(ld, "%s:%u: unknown validator '%s' (none luhn iban ssn email phone jwt ci-secret)", file, lineno, f[3]);
		return -1;
	}
	d.re = compile_checked(ld, file, lineno, f[4], 0);
	if (!d.re)
		return -1;
	d.name = fg_xstrdup(f[0]);
	d.category = fg_xstrdup(f[1]);
	/* The rule: its own stanza if rules.txt has one, else the generic text. */
	fg_buf id = FG_BUF_INIT;
	fg_buf_printf(&id, "sensitive-data/%s", f[0]);
	if (!fg_ruleset_rule(rs, id.ptr)) {
		const fg_rule *gen = fg_ruleset_rule(rs, "sensitive-data/value");
		if (!gen) {
			set_err(ld, "rules.txt: the sensitive-data/value rule is missing");
			fg_buf_release(&id);
			return -1;
		}
		fg_rule r = { 0 };
		r.id = fg_buf_detach(&id);
		r.severity = sev;
		fg_buf sd = FG_BUF_INIT;
		fg_buf_printf(&sd, "%s (%s value) sent to Claude on Foundry", f[0], f[1]);
		r.short_desc = fg_buf_detach(&sd);
		r.fact = fg_xstrdup(gen->fact);
		r.fix = fg_xstrdup(gen->fix);
		fg_buf tags = FG_BUF_INIT;
		fg_buf_printf(&tags, "%s, %s", gen->tags, f[1]);
		r.tags = fg_buf_detach(&tags);
		r.security_severity = fg_xstrdup(sev == FG_SEV_ERROR ? "7.5" : "5.0");
		r.precision = fg_xstrdup(gen->precision);
		r.help = fg_xstrdup(gen->help);
		r.sources = fg_xstrdup(gen->sources);
		r.category = fg_xstrdup(f[1]);
		rs->rules = fg_xrealloc(rs->rules, (rs->nrules + 1) * sizeof(fg_rule));
		rs->rules[rs->nrules++] = r;
	}
	fg_buf_release(&id);
	rs->detectors = fg_xrealloc(rs->detectors, (rs->ndetectors + 1) * sizeof(fg_detector));
	rs->detectors[rs->ndetectors++] = d;
	return 0;
}

/* ---- languages.tsv and word lists ---- */

static const char *const lang_keys[FG_LW__COUNT] = { "receiver", "compare", "modifier" };

/* Appends the word w[0..n) to a "w1\0w2\0\0" list. */
static void list_append(char **list, const char *w, size_t n)
{
	size_t used = 0;
	if (*list)
		for (const char *p = *list; *p; p += strlen(p) + 1)
			used = (size_t)(p - *list) + strlen(p) + 1;
	char *grown = fg_xrealloc(*list, used + n + 2);
	memcpy(grown + used, w, n);
	grown[used + n] = '\0';
	grown[used + n + 1] = '\0';
	*list = grown;
}

static bool lang_named(fg_lang_id lang, const char *name);

static int languages_line(loader *ld, const char *file, unsigned lineno, char *line, void *vctx)
{
	fg_ruleset *rs = vctx;
	char *key = strchr(line, '\t');
	char *words = key ? strchr(key + 1, '\t') : NULL;
	if (!words) {
		set_err(ld, "%s:%u: expected LANGUAGE<TAB>KEY<TAB>WORDS", file, lineno);
		return -1;
	}
	*key++ = '\0';
	*words++ = '\0';
	int k = -1;
	for (int i = 0; i < FG_LW__COUNT; i++)
		if (!strcmp(key, lang_keys[i]))
			k = i;
	if (k < 0) {
		set_err(ld, "%s:%u: unknown key '%s' (receiver, compare, modifier)", file, lineno, key);
		return -1;
	}
	if (strspn(words, " \t") == strlen(words)) {
		set_err(ld, "%s:%u: no words", file, lineno);
		return -1;
	}
	bool any = false;
	for (int l = FG_LANG_NONE + 1; l < FG_LANG__COUNT; l++) {
		if (!lang_named((fg_lang_id)l, line))
			continue;
		for (const char *p = words; *p;) {
			size_t n = strcspn(p, " \t");
			if (n)
				list_append(&rs->lang_words[l][k], p, n);
			p += n;
			p += strspn(p, " \t");
		}
		any = true;
	}
	if (!any) {
		set_err(ld, "%s:%u: unknown language '%s' (a folder name of queries/)", file, lineno, line);
		return -1;
	}
	return 0;
}

/* " details": a word a sensitive name may end with, after a space. */
static int suffix_line(loader *ld, const char *file, unsigned lineno, char *line, void *vctx)
{
	const char *w = line + strspn(line, " \t");
	size_t n = strcspn(w, " \t");
	char word[64];
	if (n + 2 > sizeof(word)) {
		set_err(ld, "%s:%u: a word of at most %zu characters", file, lineno, sizeof(word) - 2);
		return -1;
	}
	word[0] = ' ';
	memcpy(word + 1, w, n);
	list_append(vctx, word, n + 1);
	return 0;
}

static int load_words(loader *ld, fg_ruleset *rs)
{
	fg_buf text = FG_BUF_INIT;
	int rc = need_file(ld, "languages.tsv", &text);
	if (rc == 0)
		rc = each_line(ld, "languages.tsv", &text, languages_line, rs);
	if (rc == 0 && (rc = need_file(ld, "lexicon/suffixes.txt", &text)) == 0)
		rc = each_line(ld, "lexicon/suffixes.txt", &text, suffix_line, &rs->name_suffixes);
	fg_buf_release(&text);
	return rc;
}

const char *fg_ruleset_lang_words(const fg_ruleset *rs, fg_lang_id lang, fg_lang_key key)
{
	if (!rs || lang <= FG_LANG_NONE || lang >= FG_LANG__COUNT || key >= FG_LW__COUNT || !rs->lang_words[lang][key])
		return "";
	return rs->lang_words[lang][key];
}

size_t fg_ruleset_lang_prefix(const fg_ruleset *rs, fg_lang_id lang, fg_lang_key key, const char *s, size_t len)
{
	size_t best = 0;
	for (const char *w = fg_ruleset_lang_words(rs, lang, key); *w; w += strlen(w) + 1) {
		size_t n = strlen(w);
		if (n > best && n <= len && !memcmp(s, w, n))
			best = n;
	}
	return best;
}

bool fg_ruleset_lang_is(const fg_ruleset *rs, fg_lang_id lang, fg_lang_key key, const char *s, size_t len)
{
	for (const char *w = fg_ruleset_lang_words(rs, lang, key); *w; w += strlen(w) + 1)
		if (strlen(w) == len && !memcmp(s, w, len))
			return true;
	return false;
}

/* ---- queries ---- */

static const struct {
	fg_lang_id lang;
	const char *dirs[2];
} query_dirs[] = {
	{ FG_LANG_PYTHON, { "python", NULL } },
	{ FG_LANG_JAVASCRIPT, { "ecmascript", "javascript" } },
	{ FG_LANG_TYPESCRIPT, { "ecmascript", "typescript" } },
	{ FG_LANG_TSX, { "ecmascript", "typescript" } },
	{ FG_LANG_CSHARP, { "csharp", NULL } },
	{ FG_LANG_JAVA, { "java", NULL } },
	{ FG_LANG_GO, { "go", NULL } },
	{ FG_LANG_PHP, { "php", NULL } },
	{ FG_LANG_RUBY, { "ruby", NULL } },
	{ FG_LANG_BASH, { "bash", NULL } },
	{ FG_LANG_KOTLIN, { "kotlin", NULL } },
	{ FG_LANG_POWERSHELL, { "powershell", NULL } },
};

/* Whether `name` (a folder name of queries/) names lang. */
static bool lang_named(fg_lang_id lang, const char *name)
{
	for (size_t i = 0; i < FG_ARRAY_SIZE(query_dirs); i++)
		if (query_dirs[i].lang == lang)
			for (int d = 0; d < 2; d++)
				if (query_dirs[i].dirs[d] && !strcmp(query_dirs[i].dirs[d], name))
					return true;
	return false;
}

static const char *const query_files[] = { "code.scm", "comments.scm", "fields.scm", "index.scm" };

/* Nesting beyond any real query; tree-sitter's query compiler recurses on it. */
#define FG_QUERY_MAX_NESTING 64

/*
 * The --rules DIR part of a query file: refused when nested deeper than
 * FG_QUERY_MAX_NESTING (before tree-sitter sees it), then compiled alone so
 * that an error names the user's file, line and column.
 */
static int check_user_query(loader *ld, fg_lang_id lang, const fg_buf *text)
{
	if (ld->user_at == SIZE_MAX)
		return 0;
	const char *s = text->ptr + ld->user_at, *end = text->ptr + text->len;
	unsigned depth = 0, line = 1;
	for (const char *p = s; p < end; p++) {
		if (*p == '\n') {
			line++;
		} else if (*p == ';') { /* a comment, to the end of the line */
			while (p + 1 < end && p[1] != '\n')
				p++;
		} else if (*p == '"') {
			for (p++; p < end && *p != '"'; p++) {
				if (*p == '\\' && p + 1 < end)
					p++;
				else if (*p == '\n')
					line++;
			}
		} else if (*p == '(' || *p == '[') {
			if (++depth > FG_QUERY_MAX_NESTING) {
				set_err(ld, "%s:%u: query nested deeper than %d levels; flatten it", ld->user_name, line,
					FG_QUERY_MAX_NESTING);
				return -1;
			}
		} else if ((*p == ')' || *p == ']') && depth > 0) {
			depth--;
		}
	}
	fg_query *q = fg_query_new(lang, s, (size_t)(end - s), ld->user_name, ld->err, ld->errlen);
	if (!q)
		return -1;
	fg_query_free(q);
	return 0;
}

static int load_queries(loader *ld, fg_ruleset *rs)
{
	fg_buf all = FG_BUF_INIT, one = FG_BUF_INIT, rel = FG_BUF_INIT;
	int rc = 0;
	for (size_t i = 0; i < FG_ARRAY_SIZE(query_dirs) && rc == 0; i++) {
		fg_buf_clear(&all);
		for (int d = 0; d < 2 && query_dirs[i].dirs[d] && rc == 0; d++) {
			for (size_t f = 0; f < FG_ARRAY_SIZE(query_files) && rc == 0; f++) {
				fg_buf_clear(&rel);
				fg_buf_printf(&rel, "queries/%s/%s", query_dirs[i].dirs[d], query_files[f]);
				int found = read_rules_file(ld, rel.ptr, &one);
				if (found < 0 || (found == 1 && check_user_query(ld, query_dirs[i].lang, &one) < 0))
					rc = -1;
				else if (found == 1) {
					fg_buf_add(&all, one.ptr, one.len);
					fg_buf_putc(&all, '\n');
				}
			}
		}
		const char *lname = fg_lang_name(query_dirs[i].lang);
		if (rc < 0)
			break;
		if (!all.len) {
			set_err(ld, "queries for %s: no .scm files under rules/queries/", lname);
			rc = -1;
			break;
		}
		/* compiled when a file of this language is about to be analysed */
		rs->query_src[query_dirs[i].lang] = fg_buf_detach(&all);
	}
	fg_buf_release(&all);
	fg_buf_release(&one);
	fg_buf_release(&rel);
	return rc;
}

int fg_ruleset_load(fg_ruleset **out, const char *dir, bool only_dir, char *err, size_t errlen)
{
	loader ld = { .dir = dir, .only_dir = only_dir, .err = err, .errlen = errlen };
	fg_ruleset *rs = fg_xcalloc(1, sizeof(*rs));
	rs->origin = fg_xstrdup(dir ? dir : "embedded");
	fg_buf text = FG_BUF_INIT;
	int rc = load_rule_texts(&ld, rs);
	if (rc == 0 && (rc = need_file(&ld, "detectors.tsv", &text)) == 0)
		rc = each_line(&ld, "detectors.tsv", &text, detector_line, rs);
	if (rc == 0 && (rc = need_file(&ld, "lexicon/names.tsv", &text)) == 0)
		rc = each_line(&ld, "lexicon/names.tsv", &text, names_line, rs);
	if (rc == 0)
		rc = load_list(&ld, "lexicon/exclude.tsv", &rs->name_exclude, 0);
	if (rc == 0)
		rc = load_list(&ld, "lexicon/records.txt", &rs->records, 0);
	if (rc == 0)
		rc = load_list(&ld, "lexicon/sanitizers.txt", &rs->sanitizers, FG_RE_CASELESS);
	if (rc == 0)
		rc = load_list(&ld, "lexicon/placeholders.txt", &rs->placeholders, 0);
	if (rc == 0)
		rc = load_keyed(&ld, "flow.tsv", flow_keys, FG_FLOW__COUNT, rs->flow, flow_key_is_search, 0, flow_key_jit);
	if (rc == 0)
		rc = load_claims(&ld, rs);
	if (rc == 0)
		rc = load_words(&ld, rs);
	if (rc == 0)
		rc = load_queries(&ld, rs);
	fg_buf_release(&text);
	free(ld.user_name);
	if (rc < 0) {
		fg_ruleset_free(rs);
		return -1;
	}
	*out = rs;
	return 0;
}

/* Every pattern of the ruleset, once. */
static void each_regex(fg_ruleset *rs, void (*fn)(fg_regex *))
{
	for (size_t i = 0; i < rs->ndetectors; i++)
		fn(rs->detectors[i].re);
	for (size_t i = 0; i < rs->nnames; i++)
		fn(rs->names[i].re);
	fg_regex *single[] = { rs->name_exclude, rs->records, rs->sanitizers, rs->placeholders, rs->allow_values,
			       rs->claim_literals };
	for (size_t i = 0; i < FG_ARRAY_SIZE(single); i++)
		fn(single[i]);
	for (int i = 0; i < FG_FLOW__COUNT; i++)
		fn(rs->flow[i]);
	for (int i = 0; i < FG_CLAIM__COUNT; i++)
		for (int k = 0; k < FG_CLAIM_PARTS; k++)
			fn(rs->claims[i][k]);
}

static void prepare_one(fg_regex *re)
{
	fg_regex_prepare(re);
}

void fg_ruleset_prepare_regexes(fg_ruleset *rs)
{
	each_regex(rs, prepare_one);
}

void fg_ruleset_free(fg_ruleset *rs)
{
	if (!rs)
		return;
	each_regex(rs, fg_regex_free);
	for (int i = 0; i < FG_CLAIM__COUNT; i++)
		fg_litmask_free(rs->claim_masks[i]);
	for (size_t i = 0; i < rs->nrules; i++)
		rule_release(&rs->rules[i]);
	free(rs->rules);
	for (size_t i = 0; i < rs->ndetectors; i++) {
		free(rs->detectors[i].name);
		free(rs->detectors[i].category);
	}
	free(rs->detectors);
	for (size_t i = 0; i < rs->nnames; i++)
		free(rs->names[i].category);
	free(rs->names);
	for (int i = 0; i < FG_LANG__COUNT; i++) {
		fg_query_free(rs->queries[i]);
		free(rs->query_src[i]);
		for (int k = 0; k < FG_LW__COUNT; k++)
			free(rs->lang_words[i][k]);
	}
	free(rs->name_suffixes);
	for (size_t i = 0; i < rs->nextra_names; i++) {
		free(rs->extra_names[i].norm);
		free(rs->extra_names[i].category);
	}
	free(rs->extra_names);
	free(rs->origin);
	free(rs);
}

int fg_ruleset_prepare(fg_ruleset *rs, unsigned lang_mask, char *err, size_t errlen)
{
	for (int l = 1; l < FG_LANG__COUNT; l++) {
		if (!(lang_mask & (1u << l)) || rs->queries[l] || !rs->query_src[l])
			continue;
		fg_buf origin = FG_BUF_INIT;
		fg_buf_printf(&origin, "rules/queries (%s)", fg_lang_name((fg_lang_id)l));
		fg_query *q = fg_query_new((fg_lang_id)l, rs->query_src[l], strlen(rs->query_src[l]), origin.ptr, err,
					   errlen);
		fg_buf_release(&origin);
		if (!q)
			return -1;
		/* published whole: a worker that sees the pointer sees the compiled query */
		__atomic_store_n(&rs->queries[l], q, __ATOMIC_RELEASE);
	}
	return 0;
}

static pthread_mutex_t query_lock = PTHREAD_MUTEX_INITIALIZER;

const fg_query *fg_ruleset_query(const fg_ruleset *crs, fg_lang_id lang)
{
	if (lang <= FG_LANG_NONE || lang >= FG_LANG__COUNT)
		return NULL;
	fg_ruleset *rs = (fg_ruleset *)crs; /* the lazily compiled queries are the one mutable part */
	const fg_query *q = __atomic_load_n(&rs->queries[lang], __ATOMIC_ACQUIRE);
	if (q || !rs->query_src[lang])
		return q; /* every file after a language's first: no lock */
	pthread_mutex_lock(&query_lock);
	if (!rs->queries[lang]) {
		char err[256];
		(void)fg_ruleset_prepare(rs, 1u << lang, err, sizeof(err));
	}
	q = rs->queries[lang];
	pthread_mutex_unlock(&query_lock);
	return q;
}

static bool capture_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
	       c == '-';
}

bool fg_ruleset_query_captures(const fg_ruleset *rs, fg_lang_id lang, const char *name)
{
	if (lang <= FG_LANG_NONE || lang >= FG_LANG__COUNT || !rs->query_src[lang])
		return false;
	size_t nl = strlen(name);
	for (const char *p = rs->query_src[lang]; *p; p++) {
		if (*p == ';') { /* a comment, to the end of its line */
			while (p[1] && p[1] != '\n')
				p++;
		} else if (*p == '"') { /* a string: escapes kept inside */
			while (p[1] && p[1] != '"')
				p += p[1] == '\\' && p[2] ? 2 : 1;
			if (p[1])
				p++;
		} else if (*p == '@' && !strncmp(p + 1, name, nl) && !capture_char(p[1 + nl])) {
			return true;
		}
	}
	return false;
}

const fg_rule *fg_ruleset_rule(const fg_ruleset *rs, const char *id)
{
	for (size_t i = 0; i < rs->nrules; i++)
		if (strcmp(rs->rules[i].id, id) == 0)
			return &rs->rules[i];
	return NULL;
}
