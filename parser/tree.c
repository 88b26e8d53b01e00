/*
 * tree.c - parsing, node access by kind and role, and queries with
 * predicate evaluation (tree-sitter's C library parses predicates but does
 * not apply them).
 */
#include "lang.h"
#include "../src/regex/regex.h"
#include <assert.h>

/*
 * A pathological file must not stall a pre-commit hook.  Build with
 * -DFG_PARSE_TIMEOUT_US=0u (no limit) to compare instruction counts under
 * valgrind, where large files would run into the limit.
 */
#ifndef FG_PARSE_TIMEOUT_US
#define FG_PARSE_TIMEOUT_US (5u * 1000u * 1000u)
#endif
#define FG_QUERY_MATCH_LIMIT 4096u

_Static_assert(sizeof(fg_node) == sizeof(TSNode), "fg_node mirrors TSNode");

static TSNode to_ts(fg_node n)
{
	TSNode t;
	memcpy(&t, &n, sizeof(t));
	return t;
}

static fg_node from_ts(TSNode t)
{
	fg_node n;
	memcpy(&n, &t, sizeof(n));
	return n;
}

struct fg_parser {
	TSParser *ts;
};

struct fg_tree {
	TSTree *ts;
	fg_lang_id lang;
	const char *src;
	size_t nodes; /* visible nodes, counted by fg_tree_deeper_than (0: not counted) */
	void *derived;                 /* what an analysis derived from the tree (fg_tree_keep_derived) */
	void (*derived_free)(void *);
};

fg_parser *fg_parser_new(void)
{
	fg_parser *p = fg_xcalloc(1, sizeof(*p));
	p->ts = ts_parser_new();
	ts_parser_set_timeout_micros(p->ts, FG_PARSE_TIMEOUT_US);
	return p;
}

void fg_parser_free(fg_parser *p)
{
	if (!p)
		return;
	ts_parser_delete(p->ts);
	free(p);
}

fg_tree *fg_parser_parse(fg_parser *p, fg_lang_id lang, const char *src, size_t len)
{
	const fg_lang *l = fg_lang_get(lang);
	if (!l || len > UINT32_MAX)
		return NULL;
	if (!ts_parser_set_language(p->ts, l->ts))
		return NULL;
	TSTree *t = ts_parser_parse_string(p->ts, NULL, src, (uint32_t)len);
	if (!t) {
		ts_parser_reset(p->ts);
		return NULL;
	}
	fg_tree *tree = fg_xcalloc(1, sizeof(*tree));
	tree->ts = t;
	tree->lang = lang;
	tree->src = src;
	return tree;
}

void fg_tree_free(fg_tree *t)
{
	if (!t)
		return;
	if (t->derived && t->derived_free)
		t->derived_free(t->derived);
	ts_tree_delete(t->ts);
	free(t);
}

void fg_tree_keep_derived(fg_tree *t, void *derived, void (*derived_free)(void *))
{
	if (t->derived && t->derived_free)
		t->derived_free(t->derived);
	t->derived = derived;
	t->derived_free = derived_free;
}

void *fg_tree_take_derived(fg_tree *t)
{
	void *d = t->derived;
	t->derived = NULL;
	t->derived_free = NULL;
	return d;
}

fg_node fg_tree_root(const fg_tree *t)
{
	return from_ts(ts_tree_root_node(t->ts));
}

bool fg_tree_deeper_than(const fg_tree *t, uint32_t max)
{
	/* iterative: a hostile file's nesting must not reach our own stack */
	TSTreeCursor cur = ts_tree_cursor_new(ts_tree_root_node(t->ts));
	uint32_t depth = 0;
	size_t nodes = 1;
	bool deep = false;
	for (;;) {
		if (depth < max && ts_tree_cursor_goto_first_child(&cur)) {
			depth++;
			nodes++;
			continue;
		}
		if (depth >= max && ts_node_child_count(ts_tree_cursor_current_node(&cur)) > 0) {
			deep = true;
			break;
		}
		while (!ts_tree_cursor_goto_next_sibling(&cur)) {
			if (!ts_tree_cursor_goto_parent(&cur))
				goto out;
			depth--;
		}
		nodes++;
	}
out:
	ts_tree_cursor_delete(&cur);
	((fg_tree *)t)->nodes = deep ? 0 : nodes;
	return deep;
}

size_t fg_tree_nodes(const fg_tree *t)
{
	return t->nodes;
}

void fg_tree_set_source(fg_tree *t, const char *src)
{
	t->src = src;
}

fg_lang_id fg_tree_lang(const fg_tree *t)
{
	return t->lang;
}

const char *fg_tree_source(const fg_tree *t)
{
	return t->src;
}

bool fg_node_is_null(fg_node n)
{
	return ts_node_is_null(to_ts(n));
}

bool fg_node_eq(fg_node a, fg_node b)
{
	return ts_node_eq(to_ts(a), to_ts(b));
}

static const fg_lang *node_lang(TSNode t)
{
	return fg_lang_for_ts(ts_tree_language(t.tree));
}

fg_kind fg_node_kind(fg_node n)
{
	TSNode t = to_ts(n);
	if (ts_node_is_null(t))
		return FG_K_OTHER;
	const fg_lang *l = node_lang(t);
	TSSymbol s = ts_node_symbol(t);
	if (!l || s >= l->nsymbols)
		return FG_K_OTHER;
	uint8_t k = l->kinds[s];
	if (k & FG_KIND_CHAIN)
		return ts_node_named_child_count(t) == 1 ? FG_K_WRAP : (fg_kind)(k & ~FG_KIND_CHAIN);
	return (fg_kind)k;
}

const char *fg_node_type(fg_node n)
{
	return ts_node_is_null(to_ts(n)) ? "" : ts_node_type(to_ts(n));
}

uint32_t fg_node_start(fg_node n)
{
	return ts_node_start_byte(to_ts(n));
}

uint32_t fg_node_end(fg_node n)
{
	return ts_node_end_byte(to_ts(n));
}

uint32_t fg_node_named_count(fg_node n)
{
	return ts_node_named_child_count(to_ts(n));
}

fg_node fg_node_named_child(fg_node n, uint32_t i)
{
	return from_ts(ts_node_named_child(to_ts(n), i));
}

fg_node fg_node_parent(fg_node n)
{
	return from_ts(ts_node_parent(to_ts(n)));
}

/* The first named descendant of type `type`, at most depth levels down (depth first). */
static TSNode find_type(TSNode t, const char *type, int depth)
{
	TSNode none = { { 0, 0, 0, 0 }, NULL, NULL };
	uint32_t n = ts_node_named_child_count(t);
	for (uint32_t i = 0; depth > 0 && i < n && i < 16; i++) {
		TSNode c = ts_node_named_child(t, i);
		if (strcmp(ts_node_type(c), type) == 0)
			return c;
		TSNode d = find_type(c, type, depth - 1);
		if (!ts_node_is_null(d))
			return d;
	}
	return none;
}

fg_node fg_node_role(fg_node node, fg_role role)
{
	TSNode t = to_ts(node);
	TSNode none = { { 0, 0, 0, 0 }, NULL, NULL };
	if (ts_node_is_null(t))
		return from_ts(none);
	const fg_lang *l = node_lang(t);
	fg_kind k = fg_node_kind(node);
	if (!l)
		return from_ts(none);
	const fg_lang_role *r = &l->roles[k][role];
	for (int i = 0; i < 2 && r->field[i]; i++) {
		TSNode c = ts_node_child_by_field_id(t, r->field[i]);
		if (!ts_node_is_null(c))
			return from_ts(c);
	}
	uint32_t n = ts_node_named_child_count(t);
	switch (r->how) {
	case FG_HOW_SELF:
		return from_ts(t);
	case FG_HOW_FIRST:
	case FG_HOW_SECOND: {
		/* comments inside ( ... ) are extras, not the value */
		uint32_t want = r->how == FG_HOW_FIRST ? 0 : 1;
		for (uint32_t i = 0; i < n; i++) {
			TSNode c = ts_node_named_child(t, i);
			if (ts_node_is_extra(c))
				continue;
			if (want-- == 0)
				return from_ts(c);
		}
		return from_ts(none);
	}
	case FG_HOW_LAST:
		for (uint32_t i = n; i > 0; i--) {
			TSNode c = ts_node_named_child(t, i - 1);
			if (!ts_node_is_extra(c))
				return from_ts(c);
		}
		return from_ts(none);
	case FG_HOW_TYPE:
		for (uint32_t i = 0; i < n; i++) {
			TSNode c = ts_node_named_child(t, i);
			if (strcmp(ts_node_type(c), r->type) == 0)
				return from_ts(c);
		}
		return from_ts(none);
	case FG_HOW_FIRSTVAL:
		for (uint32_t i = 0; i < n; i++) {
			fg_node c = from_ts(ts_node_named_child(t, i));
			fg_kind ck = fg_node_kind(c);
			if (ck != FG_K_STRFRAG && ck != FG_K_COMMENT)
				return c;
		}
		return from_ts(none);
	case FG_HOW_FIND:
		return from_ts(find_type(t, r->type, 3));
	case FG_HOW_NEXT: {
		TSNode c = ts_node_next_named_sibling(t);
		while (!ts_node_is_null(c) && l->sep && ts_node_symbol(c) == l->sep)
			c = ts_node_next_named_sibling(c);
		if (ts_node_is_null(c) || ts_node_symbol(c) == ts_node_symbol(t))
			return from_ts(none);
		return from_ts(c);
	}
	default:
		return from_ts(none);
	}
}

fg_node fg_node_field(fg_node n, const char *field)
{
	return from_ts(ts_node_child_by_field_name(to_ts(n), field, (uint32_t)strlen(field)));
}

char *fg_node_sexp(fg_node n)
{
	return ts_node_string(to_ts(n));
}

bool fg_node_is_fstring(fg_node n, const char *src)
{
	if (fg_node_kind(n) == FG_K_TEMPLATE)
		return true;
	uint32_t cnt = fg_node_named_count(n);
	for (uint32_t i = 0; i < cnt; i++)
		if (fg_node_kind(fg_node_named_child(n, i)) == FG_K_INTERP)
			return true;
	(void)src;
	return false;
}

/* ---- queries ---- */

typedef enum pred_op { P_EQ, P_NOT_EQ, P_MATCH, P_NOT_MATCH } pred_op;

typedef struct predicate {
	uint32_t pattern;
	pred_op op;
	uint32_t capture;
	uint32_t capture2; /* UINT32_MAX: compare to literal */
	char *literal;
	fg_regex *re;
} predicate;

struct fg_query {
	TSQuery *ts;
	predicate *preds;
	size_t npreds;
};

struct fg_query_cursor {
	TSQueryCursor *ts;
	const fg_query *q;
	const char *src;
	fg_matcher *matcher;
	fg_capture caps[32];
};

static const char *err_type_name(TSQueryError e)
{
	switch (e) {
	case TSQueryErrorSyntax: return "syntax error";
	case TSQueryErrorNodeType: return "unknown node type";
	case TSQueryErrorField: return "unknown field";
	case TSQueryErrorCapture: return "unknown capture";
	case TSQueryErrorStructure: return "impossible pattern structure";
	case TSQueryErrorLanguage: return "language mismatch";
	default: return "error";
	}
}

fg_query *fg_query_new(fg_lang_id lang, const char *source, size_t len, const char *origin,
		       char *err, size_t errlen)
{
	const fg_lang *l = fg_lang_get(lang);
	if (!l) {
		snprintf(err, errlen, "%s: unknown language", origin);
		return NULL;
	}
	uint32_t eoff = 0;
	TSQueryError etype = TSQueryErrorNone;
	TSQuery *tq = ts_query_new(l->ts, source, (uint32_t)len, &eoff, &etype);
	if (!tq) {
		unsigned line = 1, col = 1;
		for (uint32_t i = 0; i < eoff && i < len; i++, col++)
			if (source[i] == '\n') {
				line++;
				col = 0;
			}
		snprintf(err, errlen, "%s:%u:%u: %s (byte offset %u)", origin, line, col, err_type_name(etype), eoff);
		return NULL;
	}
	fg_query *q = fg_xcalloc(1, sizeof(*q));
	q->ts = tq;
	uint32_t npat = ts_query_pattern_count(tq);
	for (uint32_t p = 0; p < npat; p++) {
		uint32_t nsteps = 0;
		const TSQueryPredicateStep *st = ts_query_predicates_for_pattern(tq, p, &nsteps);
		uint32_t i = 0;
		while (i < nsteps) {
			uint32_t j = i;
			while (j < nsteps && st[j].type != TSQueryPredicateStepTypeDone)
				j++;
			/* steps i..j-1: name, arg1, arg2 */
			if (j - i != 3 || st[i].type != TSQueryPredicateStepTypeString ||
			    st[i + 1].type != TSQueryPredicateStepTypeCapture) {
				snprintf(err, errlen, "%s: pattern %u: predicates take a capture and one argument",
					 origin, p);
				fg_query_free(q);
				return NULL;
			}
			uint32_t nlen;
			const char *name = ts_query_string_value_for_id(tq, st[i].value_id, &nlen);
			predicate pr = { .pattern = p, .capture = st[i + 1].value_id, .capture2 = UINT32_MAX };
			if (strcmp(name, "eq?") == 0)
				pr.op = P_EQ;
			else if (strcmp(name, "not-eq?") == 0)
				pr.op = P_NOT_EQ;
			else if (strcmp(name, "match?") == 0)
				pr.op = P_MATCH;
			else if (strcmp(name, "not-match?") == 0)
				pr.op = P_NOT_MATCH;
			else {
				snprintf(err, errlen, "%s: pattern %u: unsupported predicate #%s", origin, p, name);
				fg_query_free(q);
				return NULL;
			}
			if (st[i + 2].type == TSQueryPredicateStepTypeCapture) {
				if (pr.op == P_MATCH || pr.op == P_NOT_MATCH) {
					snprintf(err, errlen, "%s: pattern %u: #%s needs a string", origin, p, name);
					fg_query_free(q);
					return NULL;
				}
				pr.capture2 = st[i + 2].value_id;
			} else {
				uint32_t alen;
				const char *arg = ts_query_string_value_for_id(tq, st[i + 2].value_id, &alen);
				pr.literal = fg_xstrndup(arg, alen);
				if (pr.op == P_MATCH || pr.op == P_NOT_MATCH) {
					char rerr[200];
					pr.re = fg_regex_compile(pr.literal, 0, rerr, sizeof(rerr));
					if (!pr.re) {
						snprintf(err, errlen, "%s: pattern %u: regex %s", origin, p, rerr);
						free(pr.literal);
						fg_query_free(q);
						return NULL;
					}
				}
			}
			q->preds = fg_xrealloc(q->preds, (q->npreds + 1) * sizeof(predicate));
			q->preds[q->npreds++] = pr;
			i = j + 1;
		}
	}
	return q;
}

void fg_query_free(fg_query *q)
{
	if (!q)
		return;
	for (size_t i = 0; i < q->npreds; i++) {
		free(q->preds[i].literal);
		fg_regex_free(q->preds[i].re);
	}
	free(q->preds);
	ts_query_delete(q->ts);
	free(q);
}

uint32_t fg_query_capture_count(const fg_query *q)
{
	return ts_query_capture_count(q->ts);
}

const char *fg_query_capture_name(const fg_query *q, uint32_t id)
{
	uint32_t len;
	return ts_query_capture_name_for_id(q->ts, id, &len);
}

fg_query_cursor *fg_query_cursor_new(void)
{
	fg_query_cursor *c = fg_xcalloc(1, sizeof(*c));
	c->ts = ts_query_cursor_new();
	ts_query_cursor_set_match_limit(c->ts, FG_QUERY_MATCH_LIMIT);
	c->matcher = fg_matcher_new();
	return c;
}

void fg_query_cursor_free(fg_query_cursor *c)
{
	if (!c)
		return;
	ts_query_cursor_delete(c->ts);
	fg_matcher_free(c->matcher);
	free(c);
}

void fg_query_exec(fg_query_cursor *c, const fg_query *q, const fg_tree *t)
{
	c->q = q;
	c->src = t->src;
	ts_query_cursor_exec(c->ts, q->ts, ts_tree_root_node(t->ts));
}

static bool capture_text(const TSQueryMatch *m, uint32_t cap, const char *src, const char **s, size_t *n)
{
	for (uint16_t i = 0; i < m->capture_count; i++) {
		if (m->captures[i].index == cap) {
			uint32_t a = ts_node_start_byte(m->captures[i].node);
			uint32_t b = ts_node_end_byte(m->captures[i].node);
			*s = src + a;
			*n = b - a;
			return true;
		}
	}
	return false;
}

static bool match_passes(fg_query_cursor *c, const TSQueryMatch *m)
{
	const fg_query *q = c->q;
	for (size_t i = 0; i < q->npreds; i++) {
		const predicate *p = &q->preds[i];
		if (p->pattern != m->pattern_index)
			continue;
		const char *s;
		size_t n;
		if (!capture_text(m, p->capture, c->src, &s, &n))
			continue; /* optional capture absent: predicate does not apply */
		bool ok;
		if (p->op == P_MATCH || p->op == P_NOT_MATCH) {
			ok = fg_regex_test(p->re, c->matcher, s, n);
			if (p->op == P_NOT_MATCH)
				ok = !ok;
		} else {
			const char *s2;
			size_t n2;
			if (p->capture2 != UINT32_MAX) {
				if (!capture_text(m, p->capture2, c->src, &s2, &n2))
					continue;
			} else {
				s2 = p->literal;
				n2 = strlen(p->literal);
			}
			ok = n == n2 && memcmp(s, s2, n) == 0;
			if (p->op == P_NOT_EQ)
				ok = !ok;
		}
		if (!ok)
			return false;
	}
	return true;
}

bool fg_query_next(fg_query_cursor *c, const fg_capture **caps, uint32_t *ncaps)
{
	TSQueryMatch m;
	while (ts_query_cursor_next_match(c->ts, &m)) {
		if (!match_passes(c, &m))
			continue;
		uint32_t n = FG_MIN(m.capture_count, (uint32_t)FG_ARRAY_SIZE(c->caps));
		for (uint32_t i = 0; i < n; i++) {
			c->caps[i].id = m.captures[i].index;
			c->caps[i].node = from_ts(m.captures[i].node);
		}
		*caps = c->caps;
		*ncaps = n;
		return true;
	}
	return false;
}

bool fg_query_exceeded(const fg_query_cursor *c)
{
	return ts_query_cursor_did_exceed_match_limit(c->ts);
}
