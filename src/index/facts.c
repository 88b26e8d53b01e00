/*
 * facts.c - the analyzer's side of the repository index.
 *
 * First pass: what this file gives the index (its imports, classes, and the
 * client kind of each module-level binding, function and class member).
 * Second pass: names this file cannot settle itself - an imported name, a
 * member set in a base class elsewhere, or one a subclass overrides - are
 * asked of the index.  In the first pass such a question marks the file to
 * be analysed again once the index exists (wants_index).
 */
#include "../analyze/code.h"
#include "index.h"

#include <ctype.h>

const class_rec *fg__class_at(const code *c, uint32_t pos)
{
	const class_rec *best = NULL;
	for (size_t i = 0; i < c->nclasses; i++) {
		const class_rec *k = &c->classes[i];
		if (k->start <= pos && pos < k->end && (!best || k->start > best->start))
			best = k;
	}
	return best;
}

/* `self.x`, `this.x`, `cls.x`, `@x` (the language's receivers): the member x (one level only), else NULL. */
static const char *member_of(const code *c, const char *lhs)
{
	size_t l = fg__receiver_len(c, lhs);
	return l && lhs[l] && !strpbrk(lhs + l, ".,[(") ? lhs + l : NULL;
}

static bool plain_name(const char *s)
{
	if (!*s)
		return false;
	for (const char *p = s; *p; p++)
		if (!(*p == '_' || *p == '$' || (*p >= '0' && *p <= '9') || ((*p | 32) >= 'a' && (*p | 32) <= 'z')))
			return false;
	return true;
}

/* Worth indexing: a construction, call or name, or a string (a model id); not a dict or lambda. */
static bool classifiable(fg_node n)
{
	fg_node u = fg__unwrap(n);
	fg_kind k = fg_node_kind(u);
	return k == FG_K_CALL || k == FG_K_NEW || k == FG_K_IDENT || k == FG_K_ATTR || k == FG_K_COND ||
	       k == FG_K_BINARY || k == FG_K_LIST || fg__is_plain_string(u);
}

/* The index stores the analyzer's client kinds as they are. */
_Static_assert((int)CK_FOUNDRY == FG_SYM_FOUNDRY && (int)CK_OTHER == FG_SYM_OTHER &&
		       (int)CK_WRAPS_FOUNDRY == FG_SYM_WRAPS && (int)CK_OPENAI_AZURE == FG_SYM_OPENAI_AZURE &&
		       (int)CK_CLAUDE_MODEL == FG_SYM_CLAUDE_MODEL,
	       "client kinds and index kinds differ");

static const import_rec *import_of(const code *c, const char *local, size_t len)
{
	for (size_t i = 0; i < c->nimports; i++)
		if (c->imports[i].local && strlen(c->imports[i].local) == len && !strncmp(c->imports[i].local, local, len))
			return &c->imports[i];
	return NULL;
}

/*
 * `client = make_client()` or `client = other_client` with the right side
 * imported: the binding is whatever the imported name is (a factory's
 * symbol is the kind it returns), so the index records it as a re-export.
 */
static void alias_import(code *c, fg_facts *F, const char *name, fg_node rhs)
{
	fg_node v = fg__unwrap(rhs);
	fg_kind k = fg_node_kind(v);
	if (k == FG_K_CALL || k == FG_K_NEW)
		v = fg_node_role(v, FG_R_CALLEE);
	else if (k != FG_K_IDENT && k != FG_K_ATTR)
		return;
	if (fg_node_is_null(v))
		return;
	char *t = fg__compact_text(c, v);
	const char *dot = strchr(t, '.');
	size_t fl = dot ? (size_t)(dot - t) : strlen(t);
	const import_rec *im = import_of(c, t, fl);
	if (im && (!dot || (!im->name && !strchr(dot + 1, '.'))))
		fg_facts_add_import(F, name, im->module, dot ? dot + 1 : im->name);
	free(t);
}

/*
 * A DI registration: the kind of what its factory builds, and the factory's
 * text (a base address read from configuration is decided by whoever asks,
 * once the index knows the configuration files).
 */
/* What a registration's factory builds: what it returns, or an expression body's value. */
static client_kind di_kind(code *c, const di_rec *d, int depth, uint32_t *ev)
{
	if (d->client || fg_node_is_null(d->factory))
		return CK_UNKNOWN;
	int sc = fg__scope_at(c, d->factory);
	client_kind k = sc >= 0 ? fg__classify_function(c, sc, ev) : CK_UNKNOWN;
	fg_node body = fg_node_role(d->factory, FG_R_BODY);
	if (k == CK_UNKNOWN && !fg_node_is_null(body))
		k = fg__classify(c, body, sc, depth + 1, ev);
	return k;
}

/* What a registration in the index builds, its configuration now known. */
static client_kind registered_kind(code *c, const fg_di *r)
{
	if (r->kind != FG_SYM_OPENAI_CONFIG)
		return (client_kind)r->kind;
	return r->text && fg__config_in(c, r->text, strlen(r->text), FG_CONFIG_FOUNDRY | FG_CONFIG_AZURE_AI)
		       ? CK_OPENAI_AZURE
		       : CK_OTHER;
}

/* The repository index, or NULL in the first pass (the file then asks to be analysed again with it). */
static const fg_index *index_or_want(code *c)
{
	const fg_index *ix = c->a->w->index;
	if (!ix)
		c->wants_index = true;
	return ix;
}

client_kind fg__resolve_service(code *c, const char *type, int depth, uint32_t *evidence)
{
	const char *want = strrchr(type, '.') ? strrchr(type, '.') + 1 : type;
	for (size_t i = 0; i < c->ndis; i++) {
		const di_rec *d = &c->dis[i];
		const char *svc = strrchr(d->service, '.') ? strrchr(d->service, '.') + 1 : d->service;
		if (!d->client && !strcmp(svc, want)) {
			client_kind k = di_kind(c, d, depth, evidence);
			if (k != CK_UNKNOWN)
				return k;
		}
	}
	const fg_index *ix = index_or_want(c);
	fg_di r;
	if (!ix)
		return CK_UNKNOWN;
	if (!fg_index_di(ix, type, NULL, false, &r))
		return CK_UNKNOWN;
	client_kind k = registered_kind(c, &r);
	if (k == CK_UNKNOWN)
		return CK_UNKNOWN;
	c->xref.path = r.path;
	c->xref.line = r.line;
	c->xref.inherited = false;
	c->xref.text = r.text;
	return k;
}

static void di_fact(code *c, fg_facts *F, const di_rec *d)
{
	int kind = CK_UNKNOWN;
	fg_buf t = FG_BUF_INIT;
	if (!fg_node_is_null(d->factory)) {
		uint32_t ev = 0;
		c->openai_config = false;
		kind = di_kind(c, d, 0, &ev);
		if (kind == CK_UNKNOWN && c->openai_config)
			kind = FG_SYM_OPENAI_CONFIG;
		/* its own text: following its names would also follow `c.BaseAddress` into every other registration */
		size_t fl;
		const char *ft = fg__ntext(c, d->factory, &fl);
		fg_buf_add(&t, ft, fl);
	}
	if (t.len > 4000)
		t.len = 4000;
	/* AddHttpClient<IClaude, ClaudeClient>(...): the client is handed to the implementation */
	bool to_impl = d->client && d->impl;
	fg_facts_add_di(F, to_impl ? d->impl : d->service, to_impl ? NULL : d->impl, d->name, d->client, kind,
			t.len ? fg_buf_cstr(&t) : NULL, fg__line(c->a, d->pos));
	fg_buf_release(&t);
}

/* The position of parameter `name` among the parameters of function scope sc (Go's `a, b string` count two), or -1. */
int fg__param_index(code *c, int sc, const char *name)
{
	fg_node params = fg_node_role(c->scopes[sc].node, FG_R_PARAMS);
	uint32_t np = fg_node_is_null(params) ? 0 : fg_node_named_count(params);
	int at = 0;
	for (uint32_t i = 0; i < np && i < 64; i++) {
		fg_node names[8];
		int nn = fg__param_names(fg_node_named_child(params, i), names, 8);
		for (int k = 0; k < nn; k++, at++) {
			size_t l;
			const char *t = fg__ntext(c, names[k], &l);
			if (l == strlen(name) && !strncmp(t, name, l))
				return at;
		}
	}
	return -1;
}

/*
 * Constructor injection without a container: `&Relocations{planner: planner}`
 * in NewRelocations sets the member from parameter 1; `NewRelocations(st,
 * assistant)` passes `assistant` there.  The index joins the two.
 */
static void wiring_facts(code *c, fg_facts *F)
{
	for (size_t i = 0; i < c->ninjects; i++) {
		const inject_rec *r = &c->injects[i];
		int sc = -1;
		for (size_t k = 0; k < c->nscopes; k++)
			if (c->scopes[k].start <= r->pos && r->pos < c->scopes[k].end && c->scopes[k].name &&
			    (sc < 0 || c->scopes[k].start > c->scopes[sc].start))
				sc = (int)k;
		int at = sc >= 0 ? fg__param_index(c, sc, r->value) : -1;
		if (at < 0)
			continue;
		char *fn = fg_xstrndup(c->scopes[sc].name, c->scopes[sc].name_len);
		fg_facts_add_inject(F, r->cls, r->field, fn, at);
		free(fn);
	}
	for (size_t i = 0; i < c->nwires; i++) {
		const wire_rec *r = &c->wires[i];
		size_t ll;
		const char *last = fg__last_name(r->callee, &ll);
		char *fn = fg_xstrndup(last, ll);
		uint32_t na = fg_node_named_count(r->args);
		for (uint32_t k = 0; k < na && k < 16; k++) {
			fg_node arg = fg__unwrap(fg_node_named_child(r->args, k));
			if (fg_node_kind(arg) != FG_K_IDENT)
				continue;
			char *name = fg__compact_text(c, arg);
			fg_facts_add_wire(F, fn, (int)k, name);
			free(name);
		}
		free(fn);
	}
}

/* (PHP) `name = new X(...)` with no endpoint among the arguments: X's default client, if X is not the repository's. */
static void built_fact(code *c, fg_facts *F, const char *cls, const char *name, fg_node rhs, int scope)
{
	fg_node v = fg__unwrap(rhs);
	if (!fg__names_global(c) || fg_node_kind(v) != FG_K_NEW || !fg__default_endpoint_args(c, v, scope))
		return;
	char *ct = fg__callee_text(c, v);
	if (*ct && !strpbrk(ct, ".("))
		fg_facts_add_built(F, cls, name, ct);
	free(ct);
}

/*
 * A configuration object in code: `module.exports = { azureAnthropic: {
 * endpoint: process.env.AZURE_ANTHROPIC_ENDPOINT } }` or `const CONFIG = {
 * AZURE_ENDPOINT: ... }`.  Each key path whose value is a Claude on Foundry
 * endpoint (a URL, or a setting named for one) is recorded like a key of a
 * configuration file, so `config.azureAnthropic.endpoint` in another module
 * resolves (index.c matches a key path at the end of a dotted name).
 */
#define CONFIG_OBJECT_DEPTH 3
static void config_object(code *c, fg_facts *F, fg_node dict, fg_buf *path, int depth)
{
	uint32_t n = fg_node_named_count(dict);
	for (uint32_t i = 0; i < n && i < 256; i++) {
		fg_node pair = fg_node_named_child(dict, i);
		if (fg_node_kind(pair) != FG_K_PAIR)
			continue;
		const char *ks;
		size_t kl;
		fg__key_name(c, fg_node_role(pair, FG_R_KEY), &ks, &kl);
		if (!kl || kl > 64)
			continue;
		size_t at = path->len;
		if (at)
			fg_buf_putc(path, '.');
		fg_buf_add(path, ks, kl);
		fg_node v = fg__unwrap(fg_node_role(pair, FG_R_VALUE));
		if (fg_node_kind(v) == FG_K_DICT) {
			if (depth < CONFIG_OBJECT_DEPTH)
				config_object(c, F, v, path, depth + 1);
		} else if (memchr(path->ptr, '.', path->len) || memchr(path->ptr, '_', path->len)) {
			fg_buf t = FG_BUF_INIT;
			fg__gather_text(c, v, -1, &t, 0);
			const char *tt = fg_buf_cstr(&t);
			if (fg__flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, tt, t.len) && !strstr(tt, "/openai/"))
				fg_facts_add_config(F, path->ptr, path->len, FG_CONFIG_FOUNDRY);
			fg_buf_release(&t);
		}
		path->len = at;
		if (path->ptr)
			path->ptr[at] = '\0';
	}
}

/* Module-level objects: exported whole (`module.exports =`, `export default`) their keys are the path; bound to a name, the name leads it. */
static void config_objects(code *c, fg_facts *F)
{
	for (size_t i = 0; i < c->nassigns; i++) {
		const assign *as = &c->assigns[i];
		fg_node v = fg__unwrap(as->rhs);
		if (as->scope != -1 || as->is_field || fg_node_kind(v) != FG_K_DICT || fg__class_at(c, fg_node_start(as->lhs)))
			continue;
		fg_buf path = FG_BUF_INIT;
		const char *lhs = as->lhs_text;
		if (strcmp(lhs, "module.exports") != 0 && strcmp(lhs, "exports") != 0 && plain_name(lhs))
			fg_buf_puts(&path, lhs);
		config_object(c, F, v, &path, 0);
		fg_buf_release(&path);
	}
}

void fg__facts_extract(code *c)
{
	fg_facts *F = c->a->w->facts;
	if (!F)
		return;
	bool wanted = c->wants_index;
	for (size_t i = 0; i < c->nimports; i++)
		fg_facts_add_import(F, c->imports[i].local, c->imports[i].module, c->imports[i].name);
	for (size_t i = 0; i < c->nclasses; i++) {
		fg_facts_add_class(F, c->classes[i].name, c->classes[i].base, fg__line(c->a, c->classes[i].start));
		/* a client class of the repository on the direct API: what it builds is another provider's client */
		bool first = true;
		for (size_t k = 0; k < i && first; k++)
			first = c->classes[k].start != c->classes[i].start;
		if (first && fg__class_direct_api(c, &c->classes[i]))
			fg_facts_add_symbol(F, NULL, c->classes[i].name, CK_OTHER, fg__line(c->a, c->classes[i].start));
	}
	for (size_t i = 0; i < c->nassigns; i++) {
		const assign *as = &c->assigns[i];
		if (!classifiable(as->rhs))
			continue;
		uint32_t pos = fg_node_start(as->lhs);
		const class_rec *k = fg__class_at(c, pos);
		const char *member = member_of(c, as->lhs_text);
		const char *cls = NULL, *name = NULL;
		if (k && (member || as->is_field)) {
			cls = k->name;
			name = member ? member : as->lhs_text;
		} else if (!k && as->scope == -1 && !as->is_field) {
			name = as->lhs_text;
		}
		if (!name || !plain_name(name))
			continue;
		fg_node sv = fg__unwrap(as->rhs);
		if (!cls && fg__is_plain_string(sv)) {
			/* CLAUDE_MODEL = "claude-sonnet-4-5": a model id other modules import */
			const char *vs;
			size_t vl;
			fg__string_content(c, sv, &vs, &vl);
			if (fg__flow_is(c, FG_FLOW_CLAUDE_MODEL, vs, vl))
				fg_facts_add_symbol(F, NULL, name, CK_CLAUDE_MODEL, fg__line(c->a, pos));
			continue;
		}
		uint32_t ev = 0;
		client_kind kind = fg__classify(c, as->rhs, as->scope, 0, &ev);
		if (kind == CK_UNKNOWN) {
			if (!cls)
				alias_import(c, F, name, as->rhs);
			built_fact(c, F, cls, name, as->rhs, as->scope);
			continue;
		}
		fg_facts_add_symbol(F, cls, name, (int)kind, fg__line(c->a, ev ? ev : pos));
		if (cls && (kind == CK_FOUNDRY || kind == CK_WRAPS_FOUNDRY))
			fg_facts_add_symbol(F, NULL, cls, CK_WRAPS_FOUNDRY, fg__line(c->a, ev ? ev : pos));
	}
	if (fg_index_resolves_imports(c->lang))
		config_objects(c, F);
	if (c->ns)
		fg_facts_set_namespace(F, c->ns);
	for (size_t i = 0; i < c->ntyped; i++) {
		const class_rec *k = fg__class_at(c, c->typed[i].pos);
		fg_facts_add_typed(F, k ? k->name : NULL, c->typed[i].name, c->typed[i].type);
	}
	for (size_t i = 0; i < c->ndis; i++)
		di_fact(c, F, &c->dis[i]);
	wiring_facts(c, F);
	for (size_t i = 0; i < c->nscopes; i++) {
		const fn_scope *s = &c->scopes[i];
		if (!s->name || !s->name_len)
			continue;
		char *name = fg_xstrndup(s->name, s->name_len);
		const class_rec *k = fg__class_at(c, s->start);
		uint32_t ev = 0;
		client_kind kind = plain_name(name) ? fg__classify_function(c, (int)i, &ev) : CK_UNKNOWN;
		if (kind == CK_UNKNOWN && plain_name(name) && fg__names_global(c)) {
			/* returns `new X(...)` on every path: what X builds by default, once the index knows X */
			fg_node only = fg__null_node();
			size_t n = 0;
			bool all = true;
			for (size_t r = 0; r < c->nrets && all; r++)
				if (c->rets[r].scope == (int)i) {
					n++;
					all = fg_node_kind(fg__unwrap(c->rets[r].value)) == FG_K_NEW;
					only = c->rets[r].value;
				}
			if (n && all) {
				fg_buf m = FG_BUF_INIT;
				fg_buf_printf(&m, "%s()", name);
				built_fact(c, F, k ? k->name : NULL, m.ptr, only, (int)i);
				fg_buf_release(&m);
			}
		}
		if (kind != CK_UNKNOWN) {
			if (k) {
				fg_buf m = FG_BUF_INIT;
				fg_buf_printf(&m, "%s()", name);
				fg_facts_add_symbol(F, k->name, m.ptr, (int)kind, fg__line(c->a, ev ? ev : s->start));
				fg_buf_release(&m);
				if (kind == CK_FOUNDRY || kind == CK_WRAPS_FOUNDRY)
					fg_facts_add_symbol(F, NULL, k->name, CK_WRAPS_FOUNDRY, fg__line(c->a, ev ? ev : s->start));
			} else {
				fg_facts_add_symbol(F, NULL, name, (int)kind, fg__line(c->a, ev ? ev : s->start));
			}
		}
		free(name);
	}
	c->wants_index = wanted;
}

void fg__facts_release(code *c)
{
	for (size_t i = 0; i < c->nimports; i++) {
		free(c->imports[i].local);
		free(c->imports[i].module);
		free(c->imports[i].name);
	}
	for (size_t i = 0; i < c->nclasses; i++) {
		free(c->classes[i].name);
		free(c->classes[i].base);
	}
	free(c->imports);
	free(c->classes);
	for (size_t i = 0; i < c->ntyped; i++) {
		free(c->typed[i].name);
		free(c->typed[i].type);
	}
	free(c->typed);
	for (size_t i = 0; i < c->ndis; i++) {
		free(c->dis[i].service);
		free(c->dis[i].impl);
		free(c->dis[i].name);
	}
	free(c->dis);
	for (size_t i = 0; i < c->ninjects; i++) {
		free(c->injects[i].cls);
		free(c->injects[i].field);
		free(c->injects[i].value);
	}
	free(c->injects);
	for (size_t i = 0; i < c->nwires; i++)
		free(c->wires[i].callee);
	free(c->wires);
	free(c->ns);
}


static client_kind from_index(code *c, bool ok, const fg_resolved *r, bool inherited)
{
	if (!ok || r->kind == FG_SYM_UNKNOWN)
		return CK_UNKNOWN;
	c->xref.path = r->path;
	c->xref.line = r->line;
	c->xref.inherited = inherited;
	return (client_kind)r->kind;
}

client_kind fg__resolve_imported(code *c, const char *name, uint32_t *evidence)
{
	(void)evidence;
	const char *dot = strchr(name, '.');
	size_t fl = dot ? (size_t)(dot - name) : strlen(name);
	if (!import_of(c, name, fl))
		return CK_UNKNOWN;
	const fg_index *ix = index_or_want(c);
	if (!ix)
		return CK_UNKNOWN;
	char *first = fg_xstrndup(name, fl);
	fg_resolved r = { 0 };
	bool ok = fg_index_imported(ix, c->a->path, first, dot ? dot + 1 : NULL, &r);
	free(first);
	return from_index(c, ok, &r, false);
}

bool fg__names_global(const code *c)
{
	return fg_index_global_names(c->lang);
}

static const char *declared_type(const code *c, const char *name, uint32_t pos);

client_kind fg__resolve_global(code *c, const char *callee, bool ctor, uint32_t pos)
{
	if (!fg_index_global_names(c->lang))
		return CK_UNKNOWN;
	const fg_index *ix = index_or_want(c);
	if (!ix)
		return CK_UNKNOWN;
	fg_resolved r = { 0 };
	/* $helpers->client() with $helpers = new Helpers(): the method of that class */
	const char *dot = strchr(callee, '.');
	const char *type = NULL;
	if (!ctor && dot && !strchr(dot + 1, '.')) {
		char *var = fg_xstrndup(callee, (size_t)(dot - callee));
		type = declared_type(c, var, pos);
		free(var);
	}
	bool ok;
	if (type) {
		fg_buf m = FG_BUF_INIT;
		fg_buf_printf(&m, "%s%s", type, dot);
		ok = fg_index_global(ix, c->a->path, m.ptr, false, &r);
		fg_buf_release(&m);
	} else {
		ok = fg_index_global(ix, c->a->path, callee, ctor, &r);
	}
	return from_index(c, ok, &r, false);
}

bool fg__class_external(code *c, const char *name, size_t len)
{
	const fg_index *ix = index_or_want(c);
	if (!ix)
		return false;
	char *n = fg_xstrndup(name, len);
	bool defined = fg_index_defines_class(ix, n);
	free(n);
	return !defined;
}

client_kind fg__resolve_member(code *c, uint32_t pos, const char *member, bool down)
{
	const class_rec *k = fg__class_at(c, pos);
	if (!k || (!down && !k->base))
		return CK_UNKNOWN;
	const fg_index *ix = index_or_want(c);
	if (!ix)
		return CK_UNKNOWN;
	fg_resolved r = { 0 };
	bool ok = fg_index_member(ix, c->a->path, k->name, member, down, &r);
	return from_index(c, ok, &r, down);
}

/*
 * A configuration key in the text that a configuration file of the
 * repository sets to a value of the classes (FG_CONFIG_*); asked before the
 * index exists, a text that reads a key marks the file for the second pass.
 */
bool fg__config_in(code *c, const char *t, size_t len, unsigned classes)
{
	const fg_index *ix = c->a->w->index;
	if (!ix) {
		if (fg_config_key_path_in(t, len))
			c->wants_index = true;
		return false;
	}
	return fg_index_config_in(ix, t, len, classes);
}

/* `config.azure.endpoint` with config imported: a member of another module's object. */
static bool imported_member_in(const code *c, const char *t, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if (i && (isalnum((unsigned char)t[i - 1]) || t[i - 1] == '_' || t[i - 1] == '$' || t[i - 1] == '.'))
			continue;
		size_t j = i;
		while (j < len && (isalnum((unsigned char)t[j]) || t[j] == '_' || t[j] == '$'))
			j++;
		if (j > i && j < len && t[j] == '.' && import_of(c, t + i, j - i))
			return true;
	}
	return false;
}

bool fg__foundry_env_in(code *c, const char *t, size_t len)
{
	const fg_index *ix = c->a->w->index;
	if (!ix) {
		/* an environment read: the index knows which names the repository sets to Foundry */
		if (memmem(t, len, "env", 3) || memmem(t, len, "ENV", 3) || memmem(t, len, "Environment", 11) ||
		    fg_config_key_path_in(t, len) || imported_member_in(c, t, len))
			c->wants_index = true;
		return false;
	}
	if (fg_index_config_in(ix, t, len, FG_CONFIG_FOUNDRY))
		return true;
	for (size_t i = 0; i < len;) {
		if (t[i] < 'A' || t[i] > 'Z' || (i && (t[i - 1] == '_' || ((t[i - 1] | 32) >= 'a' && (t[i - 1] | 32) <= 'z')))) {
			i++;
			continue;
		}
		size_t j = i;
		while (j < len && ((t[j] >= 'A' && t[j] <= 'Z') || (t[j] >= '0' && t[j] <= '9') || t[j] == '_'))
			j++;
		if (j - i >= 3 && (j >= len || !((t[j] | 32) >= 'a' && (t[j] | 32) <= 'z')) &&
		    fg_index_foundry_env(ix, t + i, j - i))
			return true;
		i = j;
	}
	return false;
}

/* The declared type of name (a field, property or parameter) in the class around pos, or NULL. */
static const char *declared_type(const code *c, const char *name, uint32_t pos)
{
	const class_rec *k = fg__class_at(c, pos);
	const char *any = NULL;
	for (size_t i = 0; i < c->ntyped; i++) {
		if (strcmp(c->typed[i].name, name) != 0)
			continue;
		const class_rec *tk = fg__class_at(c, c->typed[i].pos);
		if (tk == k)
			return c->typed[i].type;
		if (!any)
			any = c->typed[i].type;
	}
	return any;
}

/* Does the registration's text point to a Foundry endpoint (1), somewhere else (-1)? */
static int di_points(code *c, const fg_di *d)
{
	if (d->kind == CK_FOUNDRY || d->kind == CK_WRAPS_FOUNDRY)
		return 1;
	if (!d->text)
		return 0;
	size_t l = strlen(d->text);
	if (fg__flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, d->text, l) || fg__foundry_env_in(c, d->text, l))
		return 1;
	return -1;
}

client_kind fg__resolve_typed(code *c, const char *name, uint32_t pos)
{
	if (!c->ntyped)
		return CK_UNKNOWN;
	const char *member = name;
	if (!strncmp(member, "this.", 5) || !strncmp(member, "self.", 5))
		member += 5;
	const char *type = strchr(member, '.') ? NULL : declared_type(c, member, pos);
	if (!type)
		return CK_UNKNOWN;
	const fg_index *ix = index_or_want(c);
	if (!ix)
		return CK_UNKNOWN;
	fg_di d;
	if (!fg_index_di(ix, type, member, false, &d))
		return CK_UNKNOWN;
	client_kind k = registered_kind(c, &d);
	if (k == CK_UNKNOWN && d.text && di_points(c, &d) > 0)
		k = CK_FOUNDRY; /* a client built on a Foundry endpoint from configuration */
	if (k != CK_UNKNOWN) {
		c->xref.path = d.path;
		c->xref.line = d.line;
		c->xref.inherited = false;
		c->xref.text = d.text;
	}
	return k;
}

int fg__registered_base(code *c, const char *recv, uint32_t pos, fg_buf *where)
{
	if (!c->ntyped)
		return 0; /* nothing declared with a type: nothing injected */
	const class_rec *k = fg__class_at(c, pos);
	const char *member = recv;
	if (!strncmp(member, "this.", 5) || !strncmp(member, "self.", 5))
		member += 5;
	const char *type = strchr(member, '.') ? NULL : declared_type(c, member, pos);
	if (!k && !type)
		return 0;
	const fg_index *ix = index_or_want(c);
	if (!ix)
		return 0;
	fg_di d;
	/* the HTTP client registered for this class (.NET typed clients), or the bean the receiver is */
	if (!(k && fg_index_di(ix, k->name, NULL, true, &d)) && !(type && fg_index_di(ix, type, member, false, &d)))
		return 0;
	int r = di_points(c, &d);
	if (r)
		fg_buf_printf(where, "%s:%u", d.path, d.line);
	return r;
}
