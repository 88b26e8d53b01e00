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
#include "code.h"
#include "../resolve/index.h"

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

/* `self.x`, `this.x`, `cls.x`, `@x`: the member x (one level only), else NULL. */
static const char *member_of(const char *lhs)
{
	static const char *const recv[] = { "self.", "this.", "cls.", "@", NULL };
	for (int i = 0; recv[i]; i++) {
		size_t l = strlen(recv[i]);
		if (!strncmp(lhs, recv[i], l) && lhs[l] && !strpbrk(lhs + l, ".,[("))
			return lhs + l;
	}
	return NULL;
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

void fg__facts_extract(code *c)
{
	fg_facts *F = c->a->w->facts;
	if (!F)
		return;
	bool wanted = c->wants_index;
	for (size_t i = 0; i < c->nimports; i++)
		fg_facts_add_import(F, c->imports[i].local, c->imports[i].module, c->imports[i].name);
	for (size_t i = 0; i < c->nclasses; i++)
		fg_facts_add_class(F, c->classes[i].name, c->classes[i].base, fg__line(c->a, c->classes[i].start));
	for (size_t i = 0; i < c->nassigns; i++) {
		const assign *as = &c->assigns[i];
		if (!classifiable(as->rhs))
			continue;
		uint32_t pos = fg_node_start(as->lhs);
		const class_rec *k = fg__class_at(c, pos);
		const char *member = member_of(as->lhs_text);
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
			continue;
		}
		fg_facts_add_symbol(F, cls, name, (int)kind, fg__line(c->a, ev ? ev : pos));
		if (cls && (kind == CK_FOUNDRY || kind == CK_WRAPS_FOUNDRY))
			fg_facts_add_symbol(F, NULL, cls, CK_WRAPS_FOUNDRY, fg__line(c->a, ev ? ev : pos));
	}
	for (size_t i = 0; i < c->nscopes; i++) {
		const fn_scope *s = &c->scopes[i];
		if (!s->name || !s->name_len)
			continue;
		char *name = fg_xstrndup(s->name, s->name_len);
		const class_rec *k = fg__class_at(c, s->start);
		uint32_t ev = 0;
		client_kind kind = plain_name(name) ? fg__classify_function(c, (int)i, &ev) : CK_UNKNOWN;
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
	const fg_index *ix = c->a->w->index;
	if (!ix) {
		c->wants_index = true;
		return CK_UNKNOWN;
	}
	char *first = fg_xstrndup(name, fl);
	fg_resolved r = { 0 };
	bool ok = fg_index_imported(ix, c->a->path, first, dot ? dot + 1 : NULL, &r);
	free(first);
	return from_index(c, ok, &r, false);
}

client_kind fg__resolve_member(code *c, uint32_t pos, const char *member, bool down)
{
	const class_rec *k = fg__class_at(c, pos);
	if (!k || (!down && !k->base))
		return CK_UNKNOWN;
	const fg_index *ix = c->a->w->index;
	if (!ix) {
		c->wants_index = true;
		return CK_UNKNOWN;
	}
	fg_resolved r = { 0 };
	bool ok = fg_index_member(ix, c->a->path, k->name, member, down, &r);
	return from_index(c, ok, &r, down);
}

bool fg__foundry_env_in(code *c, const char *t, size_t len)
{
	const fg_index *ix = c->a->w->index;
	if (!ix) {
		/* an environment read: the index knows which names the repository sets to Foundry */
		if (memmem(t, len, "env", 3) || memmem(t, len, "ENV", 3) || memmem(t, len, "Environment", 11))
			c->wants_index = true;
		return false;
	}
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
