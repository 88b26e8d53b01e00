/*
 * syntax.c - what the request analyzer reads from a parsed file: calls,
 * assignments, scopes and returns (from rules/queries), imports of Foundry
 * modules, and text helpers that see `->`, `::` and `?.` as `.`.
 */
#include "code.h"

#include <stddef.h>
#include <strings.h>

/* ---- text helpers ---- */

bool fg__calls_scope(const code *c, const callsite *cs, int sc)
{
	const fn_scope *s = &c->scopes[sc];
	size_t ll;
	const char *last = fg__last_name(cs->callee, &ll);
	return cs->scope != sc && s->name && ll == s->name_len && !strncmp(last, s->name, ll);
}

int fg__enclosing_scope(const code *c, int sc)
{
	if (sc < 0 || (size_t)sc >= c->nscopes)
		return -1;
	const fn_scope *in = &c->scopes[sc];
	int up = -1;
	for (size_t k = 0; k < c->nscopes; k++) {
		const fn_scope *o = &c->scopes[k];
		if ((int)k != sc && o->start <= in->start && in->end <= o->end && !(o->start == in->start && o->end == in->end) &&
		    (up < 0 || o->start >= c->scopes[up].start))
			up = (int)k;
	}
	return up;
}

size_t fg__receiver_len(const code *c, const char *text)
{
	return fg_ruleset_lang_prefix(c->a->rs, c->lang, FG_LW_RECEIVER, text, strlen(text));
}

const char *fg__ntext(const code *c, fg_node n, size_t *len)
{
	uint32_t s = fg_node_start(n), e = fg_node_end(n);
	*len = e - s;
	return c->a->src + s;
}


/*
 * Source text with whitespace removed and member operators written as '.'
 * (`->`, `::`, `?.`, `&.`, `!!.`), so that `$client->messages->create`,
 * `Anthropic::Client.new` and `client?.messages` compare like Python's dots.
 */
static char *compact_span(const code *c, uint32_t start, uint32_t end)
{
	const char *s = c->a->src + start;
	size_t len = end > start ? end - start : 0;
	fg_buf b = FG_BUF_INIT;
	for (size_t i = 0; i < len && b.len < 400; i++) {
		char ch = s[i];
		if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
			continue;
		if (i + 1 < len && ((ch == '-' && s[i + 1] == '>') || (ch == ':' && s[i + 1] == ':') ||
				    ((ch == '?' || ch == '&') && s[i + 1] == '.'))) {
			fg_buf_putc(&b, '.');
			i++;
			continue;
		}
		if (i + 2 < len && ch == '!' && s[i + 1] == '!' && s[i + 2] == '.') {
			fg_buf_putc(&b, '.');
			i += 2;
			continue;
		}
		fg_buf_putc(&b, ch);
	}
	return fg_buf_detach(&b);
}


char *fg__compact_text(const code *c, fg_node n)
{
	return compact_span(c, fg_node_start(n), fg_node_end(n));
}


fg_node fg__null_node(void)
{
	fg_node n;
	memset(&n, 0, sizeof(n));
	return n;
}


/*
 * A call's parts.  Most grammars have a callee expression (`a.b.f` in
 * `a.b.f(x)`); Java, Ruby and PHP method calls instead have a receiver and
 * a method name on the call node itself.
 */
fg_node fg__call_object(fg_node call)
{
	fg_node callee = fg_node_role(call, FG_R_CALLEE);
	if (!fg_node_is_null(callee))
		return fg_node_kind(callee) == FG_K_ATTR ? fg_node_role(callee, FG_R_OBJECT) : fg__null_node();
	return fg_node_role(call, FG_R_OBJECT);
}


fg_node fg__call_member(fg_node call)
{
	fg_node callee = fg_node_role(call, FG_R_CALLEE);
	if (!fg_node_is_null(callee))
		return fg_node_kind(callee) == FG_K_ATTR ? fg_node_role(callee, FG_R_MEMBER) : callee;
	return fg_node_role(call, FG_R_MEMBER);
}


/* What a call calls, as normalised text: "client.messages.create", "json.dumps", "foundry.NewClient". */
char *fg__callee_text(const code *c, fg_node call)
{
	fg_node callee = fg_node_role(call, FG_R_CALLEE);
	if (!fg_node_is_null(callee))
		return fg__compact_text(c, callee);
	fg_node m = fg_node_role(call, FG_R_MEMBER);
	if (fg_node_is_null(m))
		return fg_xstrdup("");
	return compact_span(c, fg_node_start(call), fg_node_end(m));
}


/* Last dotted component of a callee ("json.dumps" -> "dumps"). */
const char *fg__last_name(const char *s, size_t *len)
{
	const char *dot = strrchr(s, '.');
	const char *p = dot ? dot + 1 : s;
	*len = strlen(p);
	return p;
}


bool fg__flow_is(code *c, fg_flow_key k, const char *s, size_t len)
{
	return fg__flow_test(c->a, k, s, len);
}


bool fg__flow_is_str(code *c, fg_flow_key k, const char *s)
{
	return fg__flow_is(c, k, s, strlen(s));
}


/* Is the callee (or its last name) in the list? */
bool fg__callee_is(code *c, fg_flow_key k, const char *callee)
{
	size_t ll;
	const char *last = fg__last_name(callee, &ll);
	return fg__flow_is_str(c, k, callee) || fg__flow_is(c, k, last, ll);
}


/* Contents of a string literal node without quotes and prefixes. */
void fg__string_content(const code *c, fg_node n, const char **s, size_t *len)
{
	size_t l;
	const char *t = fg__ntext(c, n, &l);
	size_t i = 0;
	while (i < l && t[i] != '"' && t[i] != '\'' && t[i] != '`')
		i++; /* prefixes: f, r, b, u */
	size_t q = 0;
	while (i + q < l && q < 3 && t[i + q] == t[i])
		q++;
	if (q == 2 && l - i == 2) { /* "" */
		*s = t + i + 1;
		*len = 0;
		return;
	}
	if (q != 3)
		q = q ? 1 : 0;
	size_t start = i + q, end = l >= q ? l - q : l;
	if (end < start)
		end = start;
	*s = t + start;
	*len = end - start;
}


/* The name a key node stands for: identifier text or string content. */
void fg__key_name(const code *c, fg_node key, const char **s, size_t *len)
{
	fg_kind k = fg_node_kind(key);
	if (k == FG_K_STRING)
		fg__string_content(c, key, s, len);
	else
		*s = fg__ntext(c, key, len);
	if (fg_lang_has(c->lang, FG_LT_NAMED_PARAMS) && *len > 1 && (**s == '-' || **s == '$')) {
		(*s)++; /* -Body (a parameter), $name */
		(*len)--;
	}
}

bool fg__arg_bound(const code *c, fg_node args, uint32_t i)
{
	if (!fg_lang_has(c->lang, FG_LT_NAMED_PARAMS))
		return false;
	fg_node a = fg_node_named_child(args, i);
	if (fg_node_kind(a) == FG_K_COMMENT)
		return true; /* the space between arguments */
	while (i-- > 0) {
		fg_node p = fg_node_named_child(args, i);
		fg_kind pk = fg_node_kind(p);
		if (pk == FG_K_COMMENT)
			continue;
		return pk == FG_K_KWARG && fg_node_eq(fg_node_role(p, FG_R_VALUE), a);
	}
	return false;
}

bool fg__same_param(const code *c, const char *a, size_t al, const char *b, size_t bl)
{
	if (!fg_lang_has(c->lang, FG_LT_NAMED_PARAMS))
		return al == bl && !strncmp(a, b, al);
	/* -Text, $Text, Text: one name, any case */
	if (al && (*a == '-' || *a == '$'))
		a++, al--;
	if (bl && (*b == '-' || *b == '$'))
		b++, bl--;
	return al == bl && !strncasecmp(a, b, al);
}


bool fg__is_plain_string(fg_node n)
{
	fg_kind k = fg_node_kind(n);
	if (k != FG_K_STRING && k != FG_K_TEMPLATE)
		return false;
	uint32_t cnt = fg_node_named_count(n);
	for (uint32_t i = 0; i < cnt; i++)
		if (fg_node_kind(fg_node_named_child(n, i)) != FG_K_STRFRAG)
			return false;
	return true;
}


fg_node fg__unwrap(fg_node n)
{
	for (int i = 0; i < 24 && fg_node_kind(n) == FG_K_WRAP; i++) {
		fg_node v = fg_node_role(n, FG_R_VALUE);
		if (fg_node_is_null(v))
			break;
		n = v;
	}
	return n;
}


/* ---- collecting the file's syntax ---- */

static int scope_of(const code *c, uint32_t pos)
{
	int best = -1;
	uint32_t best_len = UINT32_MAX;
	for (size_t i = 0; i < c->nscopes; i++) {
		const fn_scope *s = &c->scopes[i];
		if (s->start <= pos && pos < s->end && s->end - s->start < best_len) {
			best = (int)i;
			best_len = s->end - s->start;
		}
	}
	return best;
}

int fg__scope_at(const code *c, fg_node n)
{
	return scope_of(c, fg_node_start(n));
}


static int cmp_assign(const void *x, const void *y)
{
	const assign *a = x, *b = y;
	int r = strcmp(a->lhs_text, b->lhs_text);
	if (r)
		return r;
	uint32_t sa = fg_node_start(a->lhs), sb = fg_node_start(b->lhs);
	return sa < sb ? -1 : sa > sb;
}

static int cmp_call(const void *x, const void *y)
{
	const callsite *a = x, *b = y;
	int r = strcmp(a->callee, b->callee);
	if (r)
		return r;
	uint32_t sa = fg_node_start(a->node), sb = fg_node_start(b->node);
	return sa < sb ? -1 : sa > sb;
}

/* [lo, hi) of the entries whose key (a char * at offset off) starts with prefix; sorted by key. */
static void prefix_range(const void *base, size_t n, size_t size, size_t off, const char *prefix, size_t *lo,
			 size_t *hi)
{
#define KEY_AT(i) (*(char *const *)((const char *)base + (i) * size + off))
	size_t pl = strlen(prefix), a = 0, b = n;
	while (a < b) {
		size_t m = a + (b - a) / 2;
		if (strncmp(KEY_AT(m), prefix, pl) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = b = a;
	while (b < n && strncmp(KEY_AT(b), prefix, pl) == 0)
		b++;
	*hi = b;
#undef KEY_AT
}

void fg__assign_range(const code *c, const char *prefix, size_t *lo, size_t *hi)
{
	prefix_range(c->assigns, c->nassigns, sizeof *c->assigns, offsetof(assign, lhs_text), prefix, lo, hi);
}

void fg__call_range(const code *c, const char *prefix, size_t *lo, size_t *hi)
{
	prefix_range(c->calls, c->ncalls, sizeof *c->calls, offsetof(callsite, callee), prefix, lo, hi);
}

/* One imported name: from module imod, name iname (or all of it, or its default export) as ialias. */
static void add_import(code *c, fg_node imod, fg_node iname, fg_node ialias, bool star, bool dflt)
{
	c->imports = fg_xrealloc(c->imports, (c->nimports + 1) * sizeof(import_rec));
	import_rec *ir = &c->imports[c->nimports++];
	ir->module = fg__compact_text(c, imod);
	ir->name = star ? fg_xstrdup("*") : dflt ? fg_xstrdup("default")
			   : fg_node_is_null(iname) ? NULL : fg__compact_text(c, iname);
	ir->local = !fg_node_is_null(ialias) ? fg__compact_text(c, ialias)
		    : ir->name && !star ? fg_xstrdup(ir->name) : star ? NULL : fg_xstrdup(ir->module);
	if (ir->local && !ir->name && strchr(ir->local, '/') && fg_node_is_null(ialias)) {
		/* an import path ("github.com/acme/svc/internal/claude") is known by its last element */
		char *last = fg_xstrdup(strrchr(ir->local, '/') + 1);
		free(ir->local);
		ir->local = last;
	}
}

/* One record per (class, base); a class without bases has one with base NULL. */
static void add_class(code *c, fg_node cls, fg_node cname, fg_node cbase)
{
	uint32_t start = fg_node_start(cls);
	char *bt = fg_node_is_null(cbase) ? NULL : fg__compact_text(c, cbase);
	for (size_t k = 0; k < c->nclasses; k++) {
		class_rec *cr = &c->classes[k];
		if (cr->start != start)
			continue;
		if (!bt || (cr->base && !strcmp(cr->base, bt))) {
			free(bt);
			return;
		}
		if (!cr->base) {
			cr->base = bt;
			return;
		}
	}
	c->classes = fg_xrealloc(c->classes, (c->nclasses + 1) * sizeof(class_rec));
	class_rec *cr = &c->classes[c->nclasses++];
	cr->start = start;
	cr->end = fg_node_end(cls);
	cr->name = fg__compact_text(c, cname);
	cr->base = bt;
}

/* Capture ids of the index's declarations (rules/queries/<lang>/index.scm). */
typedef struct decl_ids {
	int ns, qualified, tname, ttype, tcall, tfunction, service, impl, client, factory, name;
	int icls, ifield, ivalue, wcallee, wargs;
} decl_ids;

static void decl_ids_of(const fg_query *q, decl_ids *d)
{
	static const char *const names[] = { "namespace", "import.qualified", "typed.name", "typed.type", "typed.call",
					     "typed.function", "di.service", "di.impl", "di.client", "di.factory",
					     "di.name", "inject.class", "inject.field", "inject.value", "wire.callee",
					     "wire.args" };
	int *slots[] = { &d->ns, &d->qualified, &d->tname, &d->ttype, &d->tcall, &d->tfunction, &d->service, &d->impl,
			 &d->client, &d->factory, &d->name, &d->icls, &d->ifield, &d->ivalue, &d->wcallee, &d->wargs };
	for (size_t k = 0; k < FG_ARRAY_SIZE(names); k++)
		*slots[k] = -1;
	uint32_t ncap = fg_query_capture_count(q);
	for (uint32_t i = 0; i < ncap; i++)
		for (size_t k = 0; k < FG_ARRAY_SIZE(names); k++)
			if (!strcmp(fg_query_capture_name(q, i), names[k]))
				*slots[k] = (int)i;
}

/* A type as the index compares it: `IOptions<X>?` -> IOptions, `*llm.Client` -> llm.Client. */
static char *type_name(const code *c, fg_node n)
{
	char *t = fg__compact_text(c, n);
	size_t o = 0;
	for (size_t i = 0; t[i]; i++) {
		if (t[i] == '<' || t[i] == '[' || t[i] == '?' || t[i] == '(')
			break;
		if (t[i] != '*' && t[i] != '&')
			t[o++] = t[i];
	}
	t[o] = '\0';
	if (!strncmp(t, "global::", 8))
		memmove(t, t + 8, strlen(t + 8) + 1);
	return t;
}

/* One query match's declarations: the namespace, a qualified import, a typed name, a DI registration. */
static void collect_decls(code *c, const decl_ids *d, const fg_capture *caps, uint32_t n)
{
	fg_node none = fg__null_node(), tname = none, ttype = none, svc = none, impl = none, fac = none, dname = none;
	fg_node icls = none, ifield = none, ivalue = none, wcallee = none, wargs = none;
	bool client = false, tcall = false, tfunction = false;
	for (uint32_t i = 0; i < n; i++) {
		int id = (int)caps[i].id;
		fg_node nd = caps[i].node;
		if (id == d->ns && !c->ns) {
			c->ns = fg__compact_text(c, nd);
		} else if (id == d->qualified) {
			/* com.acme.llm.ClaudeGateway: the name ClaudeGateway of module com.acme.llm */
			char *q = fg__compact_text(c, nd);
			char *dot = strrchr(q, '.');
			if (dot) {
				c->imports = fg_xrealloc(c->imports, (c->nimports + 1) * sizeof(import_rec));
				import_rec *ir = &c->imports[c->nimports++];
				ir->module = fg_xstrndup(q, (size_t)(dot - q));
				ir->name = fg_xstrdup(dot + 1);
				ir->local = fg_xstrdup(dot + 1);
			}
			free(q);
		} else if (id == d->tname) {
			tname = nd;
		} else if (id == d->ttype || id == d->tcall) {
			ttype = nd;
			tcall = id == d->tcall;
		} else if (id == d->tfunction) {
			tfunction = true;
		} else if (id == d->service || id == d->client) {
			svc = nd;
			client = id == d->client;
		} else if (id == d->impl) {
			impl = nd;
		} else if (id == d->factory) {
			fac = nd;
		} else if (id == d->name) {
			dname = nd;
		} else if (id == d->icls) {
			icls = nd;
		} else if (id == d->ifield) {
			ifield = nd;
		} else if (id == d->ivalue) {
			ivalue = nd;
		} else if (id == d->wcallee) {
			wcallee = nd;
		} else if (id == d->wargs) {
			wargs = nd;
		}
	}
	if (!fg_node_is_null(icls) && !fg_node_is_null(ifield) && !fg_node_is_null(ivalue)) {
		c->injects = fg_xrealloc(c->injects, (c->ninjects + 1) * sizeof(inject_rec));
		inject_rec *r = &c->injects[c->ninjects++];
		r->pos = fg_node_start(ivalue);
		r->cls = type_name(c, icls);
		r->field = fg__compact_text(c, ifield);
		r->value = fg__compact_text(c, ivalue);
	}
	if (!fg_node_is_null(wcallee) && !fg_node_is_null(wargs)) {
		c->wires = fg_xrealloc(c->wires, (c->nwires + 1) * sizeof(wire_rec));
		wire_rec *r = &c->wires[c->nwires++];
		r->callee = fg__compact_text(c, wcallee);
		r->args = wargs;
	}
	if (!fg_node_is_null(tname) && !fg_node_is_null(ttype)) {
		c->typed = fg_xrealloc(c->typed, (c->ntyped + 1) * sizeof(typed_rec));
		typed_rec *t = &c->typed[c->ntyped++];
		t->pos = fg_node_start(tname);
		t->name = fg__compact_text(c, tname);
		t->type = type_name(c, ttype);
		/*
		 * A function's result type is recorded as the type of `name()`; a name
		 * bound to a call (`x := llm.New(cfg)`) has the type `llm.New()`: what
		 * that function returns, resolved by the index.
		 */
		if (tfunction || tcall) {
			char *w = fg_xmalloc(strlen(tfunction ? t->name : t->type) + 3);
			sprintf(w, "%s()", tfunction ? t->name : t->type);
			free(tfunction ? t->name : t->type);
			*(tfunction ? &t->name : &t->type) = w;
		}
	}
	if (!fg_node_is_null(svc)) {
		c->dis = fg_xrealloc(c->dis, (c->ndis + 1) * sizeof(di_rec));
		di_rec *r = &c->dis[c->ndis++];
		r->pos = fg_node_start(svc);
		r->service = type_name(c, svc);
		r->impl = fg_node_is_null(impl) ? NULL : type_name(c, impl);
		r->name = fg_node_is_null(dname) ? NULL : fg__compact_text(c, dname);
		r->client = client;
		r->factory = fac;
	}
}

void fg__collect(code *c, const fg_tree *tree)
{
	fg_worker *w = c->a->w;
	const fg_query *q = fg_ruleset_query(c->a->rs, c->lang);
	if (!q)
		return;
	uint32_t ncap = fg_query_capture_count(q);
	int id_call = -1, id_lhs = -1, id_rhs = -1, id_scope = -1, id_scope_name = -1, id_ret = -1;
	for (uint32_t i = 0; i < ncap; i++) {
		const char *nm = fg_query_capture_name(q, i);
		if (strcmp(nm, "call") == 0) id_call = (int)i;
		else if (strcmp(nm, "assign.lhs") == 0) id_lhs = (int)i;
		else if (strcmp(nm, "assign.rhs") == 0) id_rhs = (int)i;
		else if (strcmp(nm, "scope") == 0) id_scope = (int)i;
		else if (strcmp(nm, "scope.name") == 0) id_scope_name = (int)i;
		else if (strcmp(nm, "return.value") == 0) id_ret = (int)i;
	}
	int id_imod = -1, id_iname = -1, id_ialias = -1, id_iclause = -1, id_istar = -1, id_idefault = -1, id_class = -1,
	    id_cname = -1, id_cbase = -1;
	for (uint32_t i = 0; i < ncap; i++) {
		const char *nm = fg_query_capture_name(q, i);
		if (strcmp(nm, "import.module") == 0) id_imod = (int)i;
		else if (strcmp(nm, "import.name") == 0) id_iname = (int)i;
		else if (strcmp(nm, "import.alias") == 0) id_ialias = (int)i;
		else if (strcmp(nm, "import.clause") == 0) id_iclause = (int)i;
		else if (strcmp(nm, "import.star") == 0) id_istar = (int)i;
		else if (strcmp(nm, "import.default") == 0) id_idefault = (int)i;
		else if (strcmp(nm, "class") == 0) id_class = (int)i;
		else if (strcmp(nm, "class.name") == 0) id_cname = (int)i;
		else if (strcmp(nm, "class.base") == 0) id_cbase = (int)i;
	}
	int id_comment = -1, id_doc = -1;
	for (uint32_t i = 0; i < ncap; i++) {
		const char *nm = fg_query_capture_name(q, i);
		if (strcmp(nm, "comment") == 0)
			id_comment = (int)i;
		else if (strcmp(nm, "docstring") == 0)
			id_doc = (int)i;
	}
	fg_analysis *a = c->a;
	size_t comments_cap = 0;
	decl_ids dids;
	decl_ids_of(q, &dids);
	/* First pass: scopes (needed to place everything else). */
	FG_UNUSED size_t guard = 0;
	fg_query_exec(w->cursor, q, tree);
	const fg_capture *caps;
	uint32_t n;
	while (fg_query_next(w->cursor, &caps, &n)) {
		fg_node sc = { { 0 }, NULL, NULL }, nm = { { 0 }, NULL, NULL };
		bool has_sc = false, has_nm = false;
		fg_node lhs = sc, rhs = sc;
		bool has_lhs = false, has_rhs = false;
		/* index facts: an import, or a class with one base */
		fg_node imod = sc, iname = sc, ialias = sc, iclause = sc, cls = sc, cname = sc, cbase = sc;
		bool star = false, dflt = false;
		for (uint32_t i = 0; i < n; i++) {
			int id = (int)caps[i].id;
			if (id == id_imod) imod = caps[i].node;
			else if (id == id_iname) iname = caps[i].node;
			else if (id == id_ialias) ialias = caps[i].node;
			else if (id == id_iclause) iclause = caps[i].node;
			else if (id == id_istar) star = true;
			else if (id == id_idefault) { ialias = caps[i].node; dflt = true; }
			else if (id == id_class) cls = caps[i].node;
			else if (id == id_cname) cname = caps[i].node;
			else if (id == id_cbase) cbase = caps[i].node;
		}
		if (!fg_node_is_null(imod) && !fg_node_is_null(iclause)) {
			/* a list of imported names: each entry's name and alias (one match for the whole list) */
			uint32_t cnt = fg_node_named_count(iclause);
			for (uint32_t k = 0; k < cnt; k++) {
				fg_node spec = fg_node_named_child(iclause, k), sname = fg_node_field(spec, "name");
				if (!fg_node_is_null(sname))
					add_import(c, imod, sname, fg_node_field(spec, "alias"), false, false);
			}
		} else if (!fg_node_is_null(imod)) {
			add_import(c, imod, iname, ialias, star, dflt);
		}
		if (!fg_node_is_null(cls) && !fg_node_is_null(cname))
			add_class(c, cls, cname, cbase);
		collect_decls(c, &dids, caps, n);
		bool first_comment = true;
		for (uint32_t i = 0; i < n; i++) {
			int id = (int)caps[i].id;
			if (id == id_comment || id == id_doc) {
				/* for the claims analysis (fg__analyze_claims_tree), in query order */
				if (a->ncomments == comments_cap) {
					comments_cap = comments_cap ? comments_cap * 2 : 32;
					a->comments = fg_xrealloc(a->comments, comments_cap * sizeof(*a->comments));
				}
				struct fg_comment_capture *cc = &a->comments[a->ncomments++];
				cc->start = fg_node_start(caps[i].node);
				cc->end = fg_node_end(caps[i].node);
				cc->doc = id == id_doc;
				cc->new_match = first_comment;
				first_comment = false;
			}
			if (id == id_scope) { sc = caps[i].node; has_sc = true; }
			else if (id == id_scope_name) { nm = caps[i].node; has_nm = true; }
			else if (id == id_lhs) { lhs = caps[i].node; has_lhs = true; }
			else if (id == id_rhs) { rhs = caps[i].node; has_rhs = true; }
			else if (id == id_call) {
				c->calls = fg_xrealloc(c->calls, (c->ncalls + 1) * sizeof(callsite));
				callsite *cs = &c->calls[c->ncalls++];
				cs->node = caps[i].node;
				cs->scope = -1;
				cs->callee = fg__callee_text(c, caps[i].node);
			} else if (id == id_ret) {
				c->rets = fg_xrealloc(c->rets, (c->nrets + 1) * sizeof(ret));
				c->rets[c->nrets].value = caps[i].node;
				c->rets[c->nrets].scope = -1;
				c->nrets++;
			}
		}
		if (has_sc) {
			/* A named arrow function: the scope is the function, the name the variable. */
			bool dup = false;
			for (size_t k = 0; k < c->nscopes; k++)
				if (c->scopes[k].start == fg_node_start(sc) && c->scopes[k].end == fg_node_end(sc)) {
					dup = true;
					if (has_nm && !c->scopes[k].name)
						c->scopes[k].name = fg__ntext(c, nm, &c->scopes[k].name_len);
				}
			if (!dup) {
				c->scopes = fg_xrealloc(c->scopes, (c->nscopes + 1) * sizeof(fn_scope));
				fn_scope *s = &c->scopes[c->nscopes++];
				s->start = fg_node_start(sc);
				s->end = fg_node_end(sc);
				s->node = sc;
				s->name = NULL;
				s->name_len = 0;
				if (has_nm)
					s->name = fg__ntext(c, nm, &s->name_len);
			}
		}
		if (has_lhs && has_rhs) {
			c->assigns = fg_xrealloc(c->assigns, (c->nassigns + 1) * sizeof(assign));
			assign *as = &c->assigns[c->nassigns++];
			as->lhs = lhs;
			as->rhs = rhs;
			as->scope = -1;
			as->lhs_text = fg__compact_text(c, lhs);
			const char *pt = fg_node_type(fg_node_parent(lhs));
			as->is_field = strcmp(pt, "public_field_definition") == 0 || strcmp(pt, "field_definition") == 0;
		}
	}
	a->comments_known = true;
	for (size_t i = 0; i < c->ncalls; i++)
		c->calls[i].scope = scope_of(c, fg_node_start(c->calls[i].node));
	for (size_t i = 0; i < c->nassigns; i++) {
		/* A class field belongs to the class, seen from every method. */
		c->assigns[i].scope = c->assigns[i].is_field ? -1 : scope_of(c, fg_node_start(c->assigns[i].lhs));
	}
	for (size_t i = 0; i < c->nrets; i++)
		c->rets[i].scope = scope_of(c, fg_node_start(c->rets[i].value));
	/* Sorted by name, so a name's assignments and method calls are a binary search away. */
	if (c->nassigns > 1)
		qsort(c->assigns, c->nassigns, sizeof(assign), cmp_assign);
	if (c->ncalls > 1)
		qsort(c->calls, c->ncalls, sizeof(callsite), cmp_call);
	c->factory_kind = fg_xmalloc((c->nscopes + 1) * sizeof(int));
	c->factory_ev = fg_xcalloc(c->nscopes + 1, sizeof(uint32_t));
	c->factory_xpath = fg_xcalloc(c->nscopes + 1, sizeof(const char *));
	c->factory_xline = fg_xcalloc(c->nscopes + 1, sizeof(uint32_t));
	for (size_t i = 0; i < c->nscopes; i++)
		c->factory_kind[i] = -1;
}


/*
 * Names imported from a module whose classes are Foundry clients:
 *   import Foundry, { AnthropicFoundry as F } from "@anthropic-ai/foundry-sdk";
 *   const { AnthropicFoundry } = require("@anthropic-ai/foundry-sdk");
 *   from agno.models.azure import Claude
 * Every identifier of such an import line, except keywords and the module
 * path itself, names a Foundry client class.
 */
void fg__collect_foundry_imports(code *c)
{
	const char *src = c->a->src;
	size_t len = c->a->len;
	const fg_regex *mod = c->a->rs->flow[FG_FLOW_FOUNDRY_MODULE];
	if (!mod)
		return;
	if (c->nimports) {
		/* the language's index queries name each import's local binding exactly */
		for (size_t i = 0; i < c->nimports && c->nfoundry_names < FG_ARRAY_SIZE(c->foundry_names); i++) {
			const import_rec *ir = &c->imports[i];
			if (ir->local && ir->name && fg_regex_test(mod, c->a->w->matcher, ir->module, strlen(ir->module)))
				c->foundry_names[c->nfoundry_names++] = fg_xstrdup(ir->local);
		}
		return;
	}
	static const char *const skip[] = { "import", "from", "const", "let", "var", "require", "type", "as",
					    "default", "using", "static", "use", NULL };
	size_t pos = 0;
	while (pos < len && c->nfoundry_names < FG_ARRAY_SIZE(c->foundry_names)) {
		const char *nl = memchr(src + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - src) : len;
		const char *line = src + pos;
		size_t ll = end - pos;
		size_t ms, me, gs, ge;
		if ((memmem(line, ll, "import", 6) || memmem(line, ll, "require", 7) || memmem(line, ll, "using", 5)) &&
		    fg_regex_search(mod, c->a->w->matcher, line, ll, 0, &ms, &me, &gs, &ge) == 1) {
			for (size_t i = 0; i < ll;) {
				char ch = line[i];
				bool start = ch == '_' || ch == '$' || ((ch | 32) >= 'a' && (ch | 32) <= 'z');
				if (!start) {
					i++;
					continue;
				}
				size_t j = i;
				while (j < ll && (line[j] == '_' || line[j] == '$' || ((line[j] | 32) >= 'a' && (line[j] | 32) <= 'z') ||
						  (line[j] >= '0' && line[j] <= '9')))
					j++;
				size_t wl = j - i;
				bool kw = i >= ms && j <= me; /* part of the module path */
				for (int k = 0; !kw && skip[k]; k++)
					kw = strlen(skip[k]) == wl && strncmp(skip[k], line + i, wl) == 0;
				if (!kw && c->nfoundry_names < FG_ARRAY_SIZE(c->foundry_names))
					c->foundry_names[c->nfoundry_names++] = fg_xstrndup(line + i, wl);
				i = j;
			}
		}
		pos = end + 1;
	}
}


/* Does an assignment's left side name `name`?  `x`, or the first of `x, err` (Go). */
bool fg__lhs_names(const char *lhs, const char *name)
{
	size_t n = strlen(name);
	return strncmp(lhs, name, n) == 0 && (lhs[n] == '\0' || lhs[n] == ',');
}


int fg__scope_by_name(const code *c, const char *name, size_t len)
{
	for (size_t i = 0; i < c->nscopes; i++)
		if (c->scopes[i].name && c->scopes[i].name_len == len && strncmp(c->scopes[i].name, name, len) == 0)
			return (int)i;
	return -1;
}
