/*
 * clients.c - what a call is made on: a Foundry client, another provider's
 * client, or unknown.  Follows names to their assignments, factories to
 * their returns, and URLs to the text they are built from.
 */
#include "../analyze/code.h"
#include "../index/index.h"

#include <ctype.h>

static void gather_names(code *c, fg_node n, int scope, fg_buf *out, int hops, unsigned *budget);


static void gather_text_hops(code *c, fg_node n, int scope, fg_buf *out, int hops, unsigned *budget)
{
	size_t len;
	const char *t = fg__ntext(c, n, &len);
	if (out->len > 16384)
		return;
	fg_buf_add(out, t, FG_MIN(len, (size_t)2000));
	fg_buf_putc(out, '\n');
	gather_names(c, n, scope, out, hops, budget);
}


/*
 * The text around a declaration of `name` that the queries do not record:
 * `const URL = '...'` (PHP class constants), or a field with no initialiser
 * whose value is injected (`@Value("${url:https://...}") private String url;`):
 * the declaring line and the two lines above it.
 */
static bool find_declaration(code *c, const char *name, size_t *from, size_t *n)
{
	const char *src = c->a->src;
	size_t len = c->a->len, nl = strlen(name);
	for (const char *p = src; (p = memmem(p, (size_t)(src + len - p), name, nl)) != NULL; p += nl) {
		bool word = (p == src || !(isalnum((unsigned char)p[-1]) || p[-1] == '_' || p[-1] == '$')) &&
			    !(isalnum((unsigned char)p[nl]) || p[nl] == '_');
		if (!word)
			continue;
		const char *q = p + nl;
		while (q < src + len && (*q == ' ' || *q == '\t'))
			q++;
		if (q < src + len && *q == ':' && (q + 1 >= src + len || q[1] != ':')) {
			/* Kotlin, TypeScript: name: Type = value */
			while (q < src + len && *q != '=' && *q != '\n' && *q != ';')
				q++;
		}
		if (q >= src + len || (*q != '=' && *q != ';') || (*q == '=' && q + 1 < src + len && q[1] == '='))
			continue;
		/* a declaration: a modifier before the name on its line, no call around it (not a keyword argument) */
		const char *ls = p;
		while (ls > src && ls[-1] != '\n')
			ls--;
		bool decl = false, paren = false;
		for (const char *k = ls; k < p; k++)
			if (*k == '(')
				paren = true;
		const char *mods = fg_ruleset_lang_words(c->a->rs, c->lang, FG_LW_MODIFIER);
		for (const char *m = mods; *m && !decl; m += strlen(m) + 1) {
			/* the modifier as a word of its own, a space after it */
			size_t ml = strlen(m);
			for (const char *hit = ls; !decl && (hit = memmem(hit, (size_t)(p - hit), m, ml)) != NULL; hit++)
				decl = (hit == ls || !isalnum((unsigned char)hit[-1])) && (hit[ml] == ' ' || hit[ml] == '\t');
		}
		if (!decl || paren)
			continue;
		/*
		 * From the lines above that annotate it (at most two: `@Value(...)`,
		 * `#[Inject]`) to the end of this line; a line above that ends a
		 * statement or a block is another declaration, not part of this one.
		 */
		const char *s = ls;
		for (int lines = 0; s > src && lines < 2; lines++) {
			const char *pe = s - 1; /* the '\n' ending the line above */
			const char *t = pe;
			while (t > src && (t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\r'))
				t--;
			if (t == src || t[-1] == ';' || t[-1] == '{' || t[-1] == '}' || t[-1] == '\n')
				break;
			s = pe;
			while (s > src && s[-1] != '\n')
				s--;
		}
		const char *e = memchr(q, '\n', (size_t)(src + len - q));
		if (!e)
			e = src + len;
		*from = (size_t)(s - src);
		*n = FG_MIN((size_t)(e - s), (size_t)1000);
		return true;
	}
	return false;
}

typedef struct decl_memo {
	char *name; /* NULL: a free slot */
	bool found;
	size_t from, n;
} decl_memo;

static uint64_t name_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/*
 * declaration_text's search covers the whole file for every occurrence of
 * the name; a file asks it about the same names many times (every URL and
 * argument gathered), so each name's answer is kept for the file.
 */
static bool declaration_text(code *c, const char *name, fg_buf *out)
{
	if (strlen(name) < 3)
		return false;
	if ((c->ndecls + 1) * 2 > c->decls_cap) {
		size_t cap = c->decls_cap ? c->decls_cap * 2 : 64;
		decl_memo *tab = fg_xcalloc(cap, sizeof(*tab)), *old = c->decls;
		for (size_t i = 0; i < c->decls_cap; i++) {
			if (!old[i].name)
				continue;
			size_t k = name_hash(old[i].name) & (cap - 1);
			while (tab[k].name)
				k = (k + 1) & (cap - 1);
			tab[k] = old[i];
		}
		free(old);
		c->decls = tab;
		c->decls_cap = cap;
	}
	decl_memo *tab = c->decls;
	size_t k = name_hash(name) & (c->decls_cap - 1);
	while (tab[k].name && strcmp(tab[k].name, name))
		k = (k + 1) & (c->decls_cap - 1);
	if (!tab[k].name) {
		tab[k].name = fg_xstrdup(name);
		tab[k].found = find_declaration(c, name, &tab[k].from, &tab[k].n);
		c->ndecls++;
	}
	if (!tab[k].found)
		return false;
	fg_buf_add(out, c->a->src + tab[k].from, tab[k].n);
	fg_buf_putc(out, '\n');
	return true;
}

/*
 * The declaration of the parameter `name` of function scope (its type and
 * annotations: Spring's @Value("${key}"), .NET's [FromKeyedServices("x")]).
 */
static bool parameter_text(code *c, int scope, const char *name, fg_buf *out)
{
	if (scope < 0 || (size_t)scope >= c->nscopes)
		return false;
	fg_node params = fg_node_role(c->scopes[scope].node, FG_R_PARAMS);
	if (fg_node_is_null(params))
		return false;
	size_t nl = strlen(name);
	uint32_t np = fg_node_named_count(params);
	for (uint32_t i = 0; i < np && i < 64; i++) {
		fg_node p = fg_node_named_child(params, i);
		size_t l;
		const char *t = fg__ntext(c, p, &l);
		/* the name as the declaration's last word (`Type name`), or before its type (`name: Type`) */
		for (const char *q = t; (q = memmem(q, (size_t)(t + l - q), name, nl)) != NULL; q += nl) {
			bool start = q == t || !(isalnum((unsigned char)q[-1]) || q[-1] == '_' || q[-1] == '$');
			bool end = q + nl == t + l || !(isalnum((unsigned char)q[nl]) || q[nl] == '_');
			if (start && end && (q + nl == t + l || q[nl] == ':' || q[nl] == ' ' || q[nl] == '=')) {
				fg_buf_add(out, t, FG_MIN(l, (size_t)1000));
				fg_buf_putc(out, '\n');
				return true;
			}
		}
	}
	return false;
}

/* The value of key k (length kl) in dict literal d, or a null node. */
static fg_node dict_value(code *c, fg_node d, const char *k, size_t kl)
{
	uint32_t np = fg_node_named_count(d);
	for (uint32_t p = 0; p < np && p < 256; p++) {
		fg_node pr = fg_node_named_child(d, p);
		if (fg_node_kind(pr) != FG_K_PAIR)
			continue;
		const char *kn;
		size_t kn_len;
		fg__key_name(c, fg__unwrap(fg_node_role(pr, FG_R_KEY)), &kn, &kn_len);
		if (kn_len == kl && !strncmp(kn, k, kl))
			return fg_node_role(pr, FG_R_VALUE);
	}
	return fg__null_node();
}


/*
 * obj.key where obj is bound to an object literal: the text of the key's
 * value (true), so that one setting of a config object is not read as all
 * of them.  False when obj is not such a literal or has no such key.
 */
static bool config_member(code *c, fg_node attr, int scope, fg_buf *out, int hops, unsigned *budget)
{
	fg_node obj = fg_node_role(attr, FG_R_OBJECT), mem = fg_node_role(attr, FG_R_MEMBER);
	if (fg_node_is_null(obj) || fg_node_is_null(mem) || fg_node_kind(obj) != FG_K_IDENT)
		return false;
	size_t ml;
	const char *mt = fg__ntext(c, mem, &ml);
	char *on = fg__compact_text(c, obj);
	size_t lo, hi;
	bool hit = false, dict = false;
	fg__assign_range(c, on, &lo, &hi);
	for (size_t i = lo; i < hi && !hit; i++) {
		const assign *as = &c->assigns[i];
		if (strcmp(as->lhs_text, on) != 0 || (as->scope != scope && as->scope != -1))
			continue;
		fg_node d = fg__unwrap(as->rhs);
		if (fg_node_kind(d) != FG_K_DICT)
			continue;
		dict = true;
		fg_node v = dict_value(c, d, mt, ml);
		if (!fg_node_is_null(v)) {
			gather_text_hops(c, v, as->scope, out, hops + 1, budget);
			hit = true;
		}
	}
	free(on);
	return hit || dict;
}

static void gather_names(code *c, fg_node n, int scope, fg_buf *out, int hops, unsigned *budget)
{
	if (*budget == 0 || !fg__spend(c->a))
		return;
	(*budget)--;
	fg_kind k = fg_node_kind(n);
	if (k == FG_K_IDENT || k == FG_K_ATTR) {
		if (hops >= 3)
			return;
		char *nm = fg__compact_text(c, n);
		bool found = false;
		size_t lo, hi;
		fg__assign_range(c, nm, &lo, &hi);
		for (size_t i = lo; i < hi; i++) {
			const assign *as = &c->assigns[i];
			if ((as->scope == scope || as->scope == -1) && fg__lhs_names(as->lhs_text, nm)) {
				gather_text_hops(c, as->rhs, as->scope, out, hops + 1, budget);
				found = true;
			}
		}
		/* a field used without `this.` (Java, C#): its first assignment in a constructor (sorted: self. first) */
		for (int r = 0; r < 2 && !found && k == FG_K_IDENT; r++) {
			fg_buf key = FG_BUF_INIT;
			fg_buf_printf(&key, "%s.%s", r ? "this" : "self", nm);
			size_t flo, fhi;
			fg__assign_range(c, key.ptr, &flo, &fhi);
			if (flo < fhi && !strcmp(c->assigns[flo].lhs_text, key.ptr)) {
				gather_text_hops(c, c->assigns[flo].rhs, c->assigns[flo].scope, out, hops + 1, budget);
				found = true;
			}
			fg_buf_release(&key);
		}
		/* a field assigned in another method (C#: _endpoint = ... in the constructor) */
		for (size_t i = lo; !found && i < hi; i++)
			if (fg__lhs_names(c->assigns[i].lhs_text, nm))
				gather_text_hops(c, c->assigns[i].rhs, c->assigns[i].scope, out, hops + 1, budget);
		/* self::URL, static::URL, this.url: a class constant or field by its own name */
		if (!found && (!strncmp(nm, "self.", 5) || !strncmp(nm, "this.", 5) || !strncmp(nm, "static.", 7))) {
			const char *bare = nm + (nm[1] == 't' && nm[2] == 'a' ? 7 : 5);
			fg__assign_range(c, bare, &lo, &hi);
			for (size_t i = lo; i < hi; i++)
				if (fg__lhs_names(c->assigns[i].lhs_text, bare)) {
					gather_text_hops(c, c->assigns[i].rhs, c->assigns[i].scope, out, hops + 1, budget);
					found = true;
				}
			if (!found)
				found = declaration_text(c, bare, out);
		}
		/* a parameter of the enclosing function: its annotations (@Value("${foundry.endpoint}") String endpoint) */
		if (!found && k == FG_K_IDENT)
			found = parameter_text(c, scope, nm, out);
		/* a constant or an injected field the queries do not list: its declaration's text */
		if (!found && !strchr(nm, '.'))
			found = declaration_text(c, nm, out);
		/* http.BaseAddress = new Uri(...) / client.base_url = ...: where a client sends relative paths */
		fg_buf dotted = FG_BUF_INIT;
		fg_buf_printf(&dotted, "%s.", nm);
		fg__assign_range(c, dotted.ptr, &lo, &hi);
		for (size_t i = lo; i < hi; i++) {
			const char *key = c->assigns[i].lhs_text + dotted.len;
			if (!strchr(key, '.') && fg__flow_is_str(c, FG_FLOW_BASE_URL_KEY, key))
				gather_text_hops(c, c->assigns[i].rhs, c->assigns[i].scope, out, hops + 1, budget);
		}
		fg_buf_release(&dotted);
		free(nm);
		if (k == FG_K_IDENT)
			return;
		/* CONFIG.GATEWAY_URL with CONFIG = { GATEWAY_URL: ..., OTHER_URL: ... }: that member only */
		if (!found && config_member(c, n, scope, out, hops, budget))
			return;
	}
	if (k == FG_K_CALL && hops < 3) {
		/* a helper in this file that returns the URL: foundryURL() */
		char *ct = fg__callee_text(c, n);
		int sc = strchr(ct, '.') ? -1 : fg__scope_by_name(c, ct, strlen(ct));
		free(ct);
		for (size_t i = 0; sc >= 0 && i < c->nrets; i++)
			if (c->rets[i].scope == sc)
				gather_text_hops(c, c->rets[i].value, sc, out, hops + 1, budget);
	}
	uint32_t cnt = fg_node_named_count(n);
	for (uint32_t i = 0; i < cnt && i < 256; i++)
		gather_names(c, fg_node_named_child(n, i), scope, out, hops, budget);
}


void fg__gather_text(code *c, fg_node n, int scope, fg_buf *out, int depth)
{
	unsigned budget = 4096;
	(void)depth;
	gather_text_hops(c, n, scope, out, 0, &budget);
}


/*
 * Where a client's arguments point: 1 a Foundry endpoint, -1 only other
 * hosts (a URL is written out and none is Foundry's), 0 not known.
 */
static int args_point_to_foundry(code *c, fg_node call, int scope)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	if (fg_node_is_null(args))
		return 0;
	fg_buf t = FG_BUF_INIT;
	fg__gather_text(c, args, scope, &t, 0);
	const char *tt = t.ptr ? t.ptr : "";
	int where = fg__flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, tt, t.len) ? 1 : strstr(tt, "://") ? -1 : 0;
	fg_buf_release(&t);
	return where;
}


static bool args_have_base_url(code *c, fg_node call)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	if (fg_node_is_null(args))
		return false;
	size_t len;
	const char *t = fg__ntext(c, args, &len);
	/* Any base-url-like key in the argument text (keyword or property). */
	const fg_regex *re = c->a->rs->flow[FG_FLOW_BASE_URL_KEY];
	if (!re)
		return false;
	/* Scan identifiers in the text and test each. */
	for (size_t i = 0; i < len;) {
		if ((t[i] | 32) >= 'a' && (t[i] | 32) <= 'z') {
			size_t j = i;
			while (j < len && (t[j] == '_' || ((t[j] | 32) >= 'a' && (t[j] | 32) <= 'z') ||
					   (t[j] >= '0' && t[j] <= '9')))
				j++;
			if (fg_regex_test(re, c->a->w->matcher, t + i, j - i))
				return true;
			i = j;
		} else {
			i++;
		}
	}
	return false;
}


/* Does the text the call's arguments resolve to match one of the flow keys? */
static bool args_text_is(code *c, fg_node call, int scope, const fg_flow_key *keys, size_t nkeys)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	if (fg_node_is_null(args))
		return false;
	fg_buf t = FG_BUF_INIT;
	fg__gather_text(c, args, scope, &t, 0);
	const char *tt = fg_buf_cstr(&t);
	bool hit = false;
	for (size_t i = 0; i < nkeys && !hit && t.len; i++)
		hit = fg__flow_is(c, keys[i], tt, t.len);
	fg_buf_release(&t);
	return hit;
}

/* A client named for Claude on Azure is built with an endpoint or a Claude model id. */
static bool named_foundry_args(code *c, fg_node call, int scope)
{
	static const fg_flow_key keys[] = { FG_FLOW_AZURE_AI_ENDPOINT, FG_FLOW_CLAUDE_MODEL };
	return args_have_base_url(c, call) || args_text_is(c, call, scope, keys, FG_ARRAY_SIZE(keys));
}

/*
 * The kind of a value that is one of several (a factory's returns, a key's
 * values across branches): a Foundry one wins, then a framework object on
 * one; otherwise the kind all of them share, else unknown.
 */
typedef struct kind_vote {
	client_kind best, same;
	bool any, all_same;
} kind_vote;

static void vote(kind_vote *v, client_kind k)
{
	if (k == CK_FOUNDRY || (k == CK_WRAPS_FOUNDRY && v->best != CK_FOUNDRY))
		v->best = k;
	if (v->any && k != v->same)
		v->all_same = false;
	v->same = k;
	v->any = true;
}

static client_kind vote_result(const kind_vote *v)
{
	return v->best != CK_UNKNOWN ? v->best : v->any && v->all_same ? v->same : CK_UNKNOWN;
}

/* factory_kind: -1 not yet, else the kind, with FACTORY_WANTED when it needed the repository index */
#define FACTORY_WANTED 0x10
/* ...and FACTORY_OPENAI when it returns an OpenAI-compatible client whose endpoint its own text does not name */
#define FACTORY_OPENAI 0x20

static client_kind classify_factory(code *c, int sc, int depth, uint32_t *evidence)
{
	if (c->factory_kind[sc] >= 0) {
		if (c->factory_kind[sc] & FACTORY_WANTED)
			c->wants_index = true; /* the answer may change once the index exists */
		if (c->factory_kind[sc] & FACTORY_OPENAI)
			c->openai_elsewhere = true;
		if (c->factory_ev[sc])
			*evidence = c->factory_ev[sc];
		if (c->factory_xpath[sc]) {
			c->xref.path = c->factory_xpath[sc];
			c->xref.line = c->factory_xline[sc];
			c->xref.inherited = false;
		}
		return (client_kind)(c->factory_kind[sc] & 0x0f);
	}
	c->factory_kind[sc] = CK_UNKNOWN; /* recursion guard */
	bool wanted0 = c->wants_index, elsewhere0 = c->openai_elsewhere;
	const char *xpath0 = c->xref.path;
	c->wants_index = false;
	c->openai_elsewhere = false;
	uint32_t ev0 = *evidence;
	kind_vote v = { CK_UNKNOWN, CK_UNKNOWN, false, true };
	for (size_t i = 0; i < c->nrets; i++)
		if (c->rets[i].scope == sc)
			vote(&v, fg__classify(c, c->rets[i].value, sc, depth + 1, evidence));
	/* every return the same kind: another client, or an OpenAI-compatible client of an Azure endpoint */
	client_kind best = vote_result(&v);
	c->factory_kind[sc] = (int)best | (c->wants_index ? FACTORY_WANTED : 0) |
			      (best == CK_OTHER && c->openai_elsewhere ? FACTORY_OPENAI : 0);
	c->openai_elsewhere = (best == CK_OTHER && c->openai_elsewhere) || elsewhere0;
	c->factory_ev[sc] = best != CK_UNKNOWN && *evidence != ev0 ? *evidence : 0;
	c->factory_xpath[sc] = best != CK_UNKNOWN && c->xref.path != xpath0 ? c->xref.path : NULL;
	c->factory_xline[sc] = c->xref.line;
	c->wants_index = c->wants_index || wanted0;
	return best;
}


client_kind fg__classify_function(code *c, int scope, uint32_t *evidence)
{
	return classify_factory(c, scope, 0, evidence);
}

static bool self_call(const code *c, const char *ct, const char **member)
{
	size_t l = fg__receiver_len(c, ct);
	if (!l || !ct[l] || strchr(ct + l, '.'))
		return false;
	*member = ct + l;
	return true;
}

static bool strong_kind(client_kind k)
{
	return k == CK_FOUNDRY || k == CK_WRAPS_FOUNDRY;
}

static client_kind classify_name(code *c, const char *name, int scope, int depth, uint32_t *evidence);

/* A DI container lookup (di-lookup in flow.tsv): its service's registration, else unknown. */
static client_kind service_lookup(code *c, const char *ct, int depth, uint32_t *evidence)
{
	const fg_regex *re = c->a->rs->flow[FG_FLOW_DI_LOOKUP];
	size_t ctl = strlen(ct), ms, me, gs, ge;
	if (!re || !strchr(ct, '<') || fg_regex_search(re, c->a->w->matcher, ct, ctl, 0, &ms, &me, &gs, &ge) != 1 || ms != 0 || me != ctl ||
	    ge <= gs)
		return CK_UNKNOWN;
	char *type = fg_xstrndup(ct + gs, ge - gs);
	client_kind k = fg__resolve_service(c, type, depth + 1, evidence);
	free(type);
	return k;
}

/*
 * A client built by a class the repository does not define, with no endpoint
 * among its arguments (`new ClaudePhp(apiKey: $key)`, `VendorClient(api_key=k)`):
 * an SDK talking to its vendor's default endpoint, not to Foundry.  Classes of
 * the repository are left to resolution, and an argument that names an
 * endpoint, Azure or Foundry keeps the client unknown.
 */
static bool default_endpoint_ctor(code *c, fg_node call, const char *last, size_t ll, int scope)
{
	fg_kind k = fg_node_kind(call);
	if (ll < 2 || !(k == FG_K_NEW || (k == FG_K_CALL && isupper((unsigned char)last[0]))))
		return false;
	if (args_have_base_url(c, call))
		return false;
	for (size_t i = 0; i < c->nclasses; i++)
		if (strlen(c->classes[i].name) == ll && !strncmp(c->classes[i].name, last, ll))
			return false;
	static const fg_flow_key endpoint[] = { FG_FLOW_FOUNDRY_ENDPOINT, FG_FLOW_AZURE_AI_ENDPOINT, FG_FLOW_FOUNDRY_EVIDENCE };
	return !args_text_is(c, call, scope, endpoint, FG_ARRAY_SIZE(endpoint)) && fg__class_external(c, last, ll);
}

bool fg__default_endpoint_args(code *c, fg_node call, int scope)
{
	static const fg_flow_key endpoint[] = { FG_FLOW_FOUNDRY_ENDPOINT, FG_FLOW_AZURE_AI_ENDPOINT, FG_FLOW_FOUNDRY_EVIDENCE };
	return !args_have_base_url(c, call) && !args_text_is(c, call, scope, endpoint, FG_ARRAY_SIZE(endpoint));
}

/*
 * Is the unresolved receiver of a Messages-shaped call a client that some
 * SDK builds for its own default endpoint (default_endpoint_ctor)?  Every
 * assignment of the name seen from the call must be such a constructor.
 */
bool fg__vendor_default_client(code *c, fg_node recv, int scope)
{
	fg_node r = fg__unwrap(recv);
	fg_kind rk = fg_node_kind(r);
	fg_node ctors[8];
	size_t n = 0;
	if (rk == FG_K_CALL || rk == FG_K_NEW) {
		ctors[n++] = r;
	} else if (rk == FG_K_IDENT || rk == FG_K_ATTR) {
		char *name = fg__compact_text(c, r);
		bool member = !strncmp(name, "self.", 5) || !strncmp(name, "this.", 5) || !strncmp(name, "$this.", 6);
		size_t lo, hi;
		fg__assign_range(c, name, &lo, &hi);
		for (size_t i = lo; i < hi; i++) {
			const assign *as = &c->assigns[i];
			if (strcmp(as->lhs_text, name) != 0 || (!member && as->scope != scope && as->scope != -1))
				continue;
			fg_node v = fg__unwrap(as->rhs);
			fg_kind vk = fg_node_kind(v);
			if (n == FG_ARRAY_SIZE(ctors) || (vk != FG_K_CALL && vk != FG_K_NEW)) {
				n = 0;
				break;
			}
			ctors[n++] = v;
		}
		free(name);
	}
	if (!n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char *ct = fg__callee_text(c, ctors[i]);
		size_t ll;
		const char *last = fg__last_name(ct, &ll);
		bool vendor = *ct && !strchr(ct, '(') && fg__scope_by_name(c, last, ll) < 0 &&
			      default_endpoint_ctor(c, ctors[i], last, ll, scope);
		free(ct);
		if (!vendor)
			return false;
	}
	return true;
}

/* C#'s target-typed `OpenAIResponseClient client = new(...)`: the declared type, or NULL. */
static char *target_type(const code *c, fg_node n)
{
	if (strcmp(fg_node_type(n), "implicit_object_creation_expression") != 0)
		return NULL;
	fg_node p = fg_node_parent(n);
	for (int up = 0; up < 3 && !fg_node_is_null(p); up++, p = fg_node_parent(p)) {
		fg_node t = fg_node_field(p, "type");
		if (!fg_node_is_null(t) && strcmp(fg_node_type(t), "implicit_type") != 0)
			return fg__compact_text(c, t);
	}
	return NULL;
}

bool fg__class_direct_api(code *c, const class_rec *k)
{
	size_t nl = strlen(k->name);
	if (fg__flow_is(c, FG_FLOW_CLIENT_FOUNDRY, k->name, nl) || fg__flow_is(c, FG_FLOW_CLIENT_FOUNDRY_NAMED, k->name, nl) ||
	    strcasestr(k->name, "foundry") || strcasestr(k->name, "azure") ||
	    (k->base && (strcasestr(k->base, "foundry") || strcasestr(k->base, "azure"))))
		return false; /* a class named for Foundry or Azure */
	const char *t = c->a->src + k->start;
	size_t len = k->end > k->start ? k->end - k->start : 0;
	if (!fg__flow_is(c, FG_FLOW_DIRECT_ENDPOINT, t, len))
		return false;
	static const fg_flow_key foundry[] = { FG_FLOW_FOUNDRY_ENDPOINT, FG_FLOW_AZURE_AI_ENDPOINT, FG_FLOW_FOUNDRY_EVIDENCE };
	for (size_t i = 0; i < FG_ARRAY_SIZE(foundry); i++)
		if (fg__flow_is(c, foundry[i], t, len))
			return false;
	return true;
}

/*
 * A client class of the repository that defaults to the direct API, built
 * here: a Foundry client when its arguments name a Foundry endpoint, not
 * known when they name Azure or Foundry otherwise, else the direct API's.
 */
static client_kind direct_api_ctor(code *c, fg_node call, int scope, uint32_t *evidence)
{
	if (args_point_to_foundry(c, call, scope) > 0) {
		*evidence = fg_node_start(call);
		c->xref.path = NULL; /* built here, on that endpoint */
		return CK_FOUNDRY;
	}
	static const fg_flow_key azure[] = { FG_FLOW_AZURE_AI_ENDPOINT, FG_FLOW_FOUNDRY_EVIDENCE };
	return args_text_is(c, call, scope, azure, FG_ARRAY_SIZE(azure)) ? CK_UNKNOWN : CK_OTHER;
}

/*
 * A class of the repository built on a client of another provider (`new
 * Messages($client)` with $client on the direct API) and on no Foundry
 * one: a resource of that client, not a Foundry request's.
 */
static client_kind built_on_other(code *c, fg_node call, int scope, int depth)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	uint32_t cnt = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
	bool other = false;
	for (uint32_t i = 0; i < cnt && i < 32; i++) {
		fg_node a = fg_node_named_child(args, i);
		if (fg_node_kind(a) == FG_K_KWARG || fg_node_kind(a) == FG_K_PAIR)
			a = fg_node_role(a, FG_R_VALUE);
		fg_kind ak = fg_node_kind(fg__unwrap(a));
		if (ak != FG_K_CALL && ak != FG_K_NEW && ak != FG_K_IDENT && ak != FG_K_ATTR)
			continue;
		uint32_t ev = 0;
		client_kind inner = fg__classify(c, a, scope, depth + 1, &ev);
		if (inner != CK_UNKNOWN && inner != CK_OTHER)
			return CK_UNKNOWN;
		other = other || inner == CK_OTHER;
	}
	return other ? CK_OTHER : CK_UNKNOWN;
}

/* PHP: `Client::withCredentials` under `use Anthropic\\Foundry\\Client;`, as its namespace spells it (NULL: not imported). */
static char *qualified_callee(code *c, const char *ct)
{
	if (!fg__names_global(c))
		return NULL;
	size_t fl = strcspn(ct, ".(");
	for (size_t i = 0; i < c->nimports; i++) {
		const import_rec *ir = &c->imports[i];
		if (ir->local && ir->name && strlen(ir->local) == fl && !strncmp(ir->local, ct, fl)) {
			fg_buf q = FG_BUF_INIT;
			fg_buf_printf(&q, "%s\\%s%s", ir->module, ir->name, ct + fl);
			return fg_buf_detach(&q);
		}
	}
	return NULL;
}

static client_kind classify_ctor(code *c, fg_node call, int scope, int depth, uint32_t *evidence)
{
	char *ct = fg__callee_text(c, call);
	if (!*ct) {
		char *tt = target_type(c, call);
		if (tt) {
			free(ct);
			ct = tt;
		}
	}
	if (!*ct) {
		free(ct);
		return CK_UNKNOWN;
	}
	size_t ll;
	const char *last = fg__last_name(ct, &ll);
	/* Foundry entry points recognised anywhere in the call: FoundryBackend in a builder chain... */
	char *whole = fg__compact_text(c, call);
	bool foundry_text = fg__flow_is_str(c, FG_FLOW_CLIENT_FOUNDRY_TEXT, whole);
	free(whole);
	client_kind k = CK_UNKNOWN;
	bool imported_foundry = false;
	for (size_t i = 0; i < c->nfoundry_names; i++)
		if (strlen(c->foundry_names[i]) == ll && strncmp(c->foundry_names[i], last, ll) == 0)
			imported_foundry = true;
	char *qualified = qualified_callee(c, ct);
	if (qualified && fg__flow_is_str(c, FG_FLOW_CLIENT_FOUNDRY, qualified))
		imported_foundry = true;
	free(qualified);
	if (imported_foundry || foundry_text || fg__flow_is(c, FG_FLOW_CLIENT_FOUNDRY, last, ll) ||
	    fg__flow_is_str(c, FG_FLOW_CLIENT_FOUNDRY, ct)) {
		k = CK_FOUNDRY;
		*evidence = fg_node_start(call);
	} else if (fg__flow_is(c, FG_FLOW_CLIENT_FOUNDRY_NAMED, last, ll) && named_foundry_args(c, call, scope)) {
		/* new AzureClaudeClient(endpoint: ..., modelId: ...): a client named for Claude on Azure */
		k = CK_FOUNDRY;
		*evidence = fg_node_start(call);
	} else if (fg__flow_is(c, FG_FLOW_CLIENT_ANTHROPIC, last, ll) || fg__flow_is_str(c, FG_FLOW_CLIENT_ANTHROPIC, ct)) {
		int where = args_point_to_foundry(c, call, scope);
		if (where > 0) {
			k = CK_FOUNDRY;
			*evidence = fg_node_start(call);
		} else if (args_have_base_url(c, call)) {
			k = where < 0 ? CK_OTHER : CK_UNKNOWN; /* another host's URL, or not known */
		} else {
			k = CK_OTHER;
		}
	} else if (fg__flow_is_str(c, FG_FLOW_CLIENT_OPENAI, ct) || fg__flow_is(c, FG_FLOW_CLIENT_OPENAI, last, ll)) {
		/* OpenAI-compatible: on a Foundry or Azure AI endpoint it can serve Claude */
		/* the whole call: a builder chain's links (.baseUrl(...)), the client a chat client comes from */
		fg_buf t = FG_BUF_INIT;
		fg_buf_puts(&t, ct);
		fg_buf_putc(&t, '\n');
		fg__gather_text(c, call, scope, &t, 0);
		/* ...also an endpoint read from a configuration key the repository sets to one */
		bool azure = fg__flow_is(c, FG_FLOW_AZURE_AI_ENDPOINT, t.ptr, t.len) ||
			     fg__config_in(c, t.ptr, t.len, FG_CONFIG_FOUNDRY | FG_CONFIG_AZURE_AI);
		k = azure ? CK_OPENAI_AZURE : CK_OTHER;
		c->openai_elsewhere = !azure;
		if (!azure && !c->a->w->index && fg_config_key_path_in(t.ptr, t.len)) {
			k = CK_UNKNOWN; /* decided once the index knows the configuration files */
			c->openai_config = true;
		}
		if (k == CK_OPENAI_AZURE)
			*evidence = fg_node_start(call);
		fg_buf_release(&t);
	} else if (fg__flow_is_str(c, FG_FLOW_CLIENT_OTHER, ct) || fg__flow_is(c, FG_FLOW_CLIENT_OTHER, last, ll)) {
		k = CK_OTHER;
	} else if (depth < 8 && fg__flow_is(c, FG_FLOW_WRAPPER_METHOD, last, ll)) {
		/* client.AsAIAgent(...): a framework object on its receiver */
		client_kind inner = fg__classify(c, fg__call_object(call), scope, depth + 1, evidence);
		k = strong_kind(inner) ? CK_WRAPS_FOUNDRY : inner == CK_OTHER ? CK_OTHER : CK_UNKNOWN;
	} else if (depth < 8 && fg__flow_is(c, FG_FLOW_RESOURCE_ACCESSOR, last, ll) &&
		   !fg_node_is_null(fg__call_object(call))) {
		/* $client->beta()->messages(): a resource of its client, what the client is */
		k = fg__classify(c, fg__call_object(call), scope, depth + 1, evidence);
	} else if (depth < 8 && (k = service_lookup(c, ct, depth, evidence)) != CK_UNKNOWN) {
		/* sp.GetRequiredService<T>(): what T's registration builds */
	} else {
		int sc = fg__scope_by_name(c, last, ll);
		bool elsewhere0 = c->openai_elsewhere;
		c->openai_elsewhere = false;
		if (sc >= 0 && depth < 8)
			k = classify_factory(c, sc, depth, evidence);
		static const fg_flow_key azure_ai[] = { FG_FLOW_AZURE_AI_ENDPOINT };
		if (k == CK_OTHER && c->openai_elsewhere && args_text_is(c, call, scope, azure_ai, 1)) {
			/* newClient(projectURL): an OpenAI-compatible client on the endpoint the caller passes */
			k = CK_OPENAI_AZURE;
			*evidence = fg_node_start(call);
		}
		c->openai_elsewhere = elsewhere0;
		if (k == CK_UNKNOWN && depth < 8 && sc < 0) {
			/* a provider called for a model: foundry('claude-...') with foundry = createAnthropic({ baseURL }) */
			fg_node callee = fg_node_role(call, FG_R_CALLEE);
			fg_kind ck = fg_node_is_null(callee) ? FG_K_OTHER : fg_node_kind(callee);
			if ((ck == FG_K_IDENT || ck == FG_K_ATTR) && !strchr(ct, '(')) {
				client_kind pk = classify_name(c, ct, scope, depth + 1, evidence);
				if (strong_kind(pk))
					k = CK_WRAPS_FOUNDRY;
			}
		}
		if (k == CK_UNKNOWN && depth < 8) {
			/*
			 * A framework object built around a Foundry client is one too:
			 * Agent(AnthropicModel(..., provider=AnthropicProvider(anthropic_client=AsyncAnthropicFoundry())))
			 */
			fg_node args = fg_node_role(call, FG_R_ARGS);
			uint32_t cnt = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
			/* ...also as an options object: new ToolLoopAgent({ model: foundry('claude-...') }) */
			fg_node opts = cnt ? fg__unwrap(fg_node_named_child(args, 0)) : fg__null_node();
			if (!fg_node_is_null(opts) && fg_node_kind(opts) == FG_K_DICT) {
				args = opts;
				cnt = fg_node_named_count(opts);
			}
			for (uint32_t i = 0; i < cnt && i < 32 && k == CK_UNKNOWN; i++) {
				fg_node a = fg_node_named_child(args, i);
				if (fg_node_kind(a) == FG_K_KWARG || fg_node_kind(a) == FG_K_PAIR)
					a = fg_node_role(a, FG_R_VALUE);
				fg_kind ak = fg_node_kind(fg__unwrap(a));
				client_kind inner = (ak == FG_K_CALL || ak == FG_K_NEW || ak == FG_K_IDENT)
							    ? fg__classify(c, a, scope, depth + 1, evidence) : CK_UNKNOWN;
				if (inner == CK_FOUNDRY || inner == CK_WRAPS_FOUNDRY)
					k = CK_WRAPS_FOUNDRY;
			}
		}
		const char *member;
		if (!strong_kind(k) && self_call(c, ct, &member)) {
			/* self.get_client(): overridden in a subclass, or defined in a base class elsewhere */
			fg_buf m = FG_BUF_INIT;
			fg_buf_printf(&m, "%s()", member);
			client_kind down = fg__resolve_member(c, fg_node_start(call), m.ptr, true);
			if (strong_kind(down))
				k = down;
			else if (k == CK_UNKNOWN && sc < 0)
				k = fg__resolve_member(c, fg_node_start(call), m.ptr, false);
			fg_buf_release(&m);
		} else if (k == CK_UNKNOWN && sc < 0) {
			k = fg__resolve_imported(c, ct, evidence);
			/* an imported direct-API client class given a base URL: where that URL points */
			if (k == CK_OTHER && args_have_base_url(c, call))
				k = direct_api_ctor(c, call, scope, evidence);
		}
		if (k == CK_UNKNOWN && sc < 0 && depth < 8 && !strchr(ct, '(')) {
			/* a class of the repository (defined here, or found by name), a function it requires */
			const class_rec *own = NULL;
			for (size_t i = 0; i < c->nclasses && !own; i++)
				if (strlen(c->classes[i].name) == ll && !strncmp(c->classes[i].name, last, ll))
					own = &c->classes[i];
			bool built = own || fg_node_kind(call) == FG_K_NEW, scoped = own || fg__names_global(c);
			int where = built && scoped ? args_point_to_foundry(c, call, scope) : 0;
			if (where > 0) {
				/* built on a Foundry endpoint: new DirectClaude(baseUrl: 'https://<resource>.services.ai.azure.com/anthropic') */
				k = CK_FOUNDRY;
				*evidence = fg_node_start(call);
			} else {
				k = own ? (fg__class_direct_api(c, own) ? CK_OTHER : CK_UNKNOWN) : fg__resolve_global(c, ct, built, fg_node_start(call));
				if (k == CK_OTHER && built)
					k = direct_api_ctor(c, call, scope, evidence);
				if (k == CK_UNKNOWN && built && scoped && where < 0 && args_have_base_url(c, call))
					k = CK_OTHER; /* built for another host's URL */
				if (k == CK_UNKNOWN && built && scoped)
					k = built_on_other(c, call, scope, depth);
			}
		}
	}
	free(ct);
	return k;
}


/* Resolve a name or attribute used in `scope` to the kinds of what was assigned to it. */
/*
 * Memo of classify_name per (name, scope): a name is resolved once per
 * file, and a name met again while it is being resolved (a cycle, or
 * self-referencing assignments) is unknown.  Without it, chains of
 * assignments that refer to each other are revisited exponentially.
 */
typedef struct name_memo {
	char *name;
	int scope;
	bool done;
	client_kind kind;
	uint32_t evidence;
	const char *xpath, *xtext;
	uint32_t xline;
	bool xinherited;
	bool wanted; /* resolving it needed the repository index */
} name_memo;

static name_memo *name_memo_slot(code *c, const char *name, int scope, bool *fresh)
{
	if (c->nmemo * 2 >= c->memo_cap) {
		size_t cap = c->memo_cap ? c->memo_cap * 2 : 256;
		name_memo *t = fg_xcalloc(cap, sizeof(name_memo));
		for (size_t i = 0; i < c->memo_cap; i++) {
			name_memo *m = &((name_memo *)c->memo)[i];
			if (!m->name)
				continue;
			size_t h = (size_t)(fg_hash64(m->name, strlen(m->name), (uint64_t)(m->scope + 2))) & (cap - 1);
			while (t[h].name)
				h = (h + 1) & (cap - 1);
			t[h] = *m;
		}
		free(c->memo);
		c->memo = t;
		c->memo_cap = cap;
	}
	name_memo *tab = c->memo;
	size_t h = (size_t)(fg_hash64(name, strlen(name), (uint64_t)(scope + 2))) & (c->memo_cap - 1);
	while (tab[h].name) {
		if (tab[h].scope == scope && !strcmp(tab[h].name, name)) {
			*fresh = false;
			return &tab[h];
		}
		h = (h + 1) & (c->memo_cap - 1);
	}
	tab[h].name = fg_xstrdup(name);
	tab[h].scope = scope;
	c->nmemo++;
	*fresh = true;
	return &tab[h];
}

void fg__memo_release(code *c)
{
	name_memo *tab = c->memo;
	for (size_t i = 0; i < c->memo_cap; i++)
		free(tab[i].name);
	free(c->memo);
	c->memo = NULL;
	c->memo_cap = c->nmemo = 0;
	decl_memo *decls = c->decls;
	for (size_t i = 0; i < c->decls_cap; i++)
		free(decls[i].name);
	free(c->decls);
	c->decls = NULL;
	c->decls_cap = c->ndecls = 0;
}

static client_kind classify_name_uncached(code *c, const char *name, int scope, int depth, uint32_t *evidence);

static client_kind classify_name(code *c, const char *name, int scope, int depth, uint32_t *evidence)
{
	bool fresh;
	name_memo *m = name_memo_slot(c, name, scope, &fresh);
	if (!fresh) {
		if (!m->done)
			return CK_UNKNOWN; /* a cycle */
		if (m->wanted)
			c->wants_index = true; /* the answer may change once the index exists */
		if (m->kind != CK_UNKNOWN && m->evidence)
			*evidence = m->evidence;
		if (m->xpath) {
			c->xref.path = m->xpath;
			c->xref.line = m->xline;
			c->xref.inherited = m->xinherited;
			c->xref.text = m->xtext;
		}
		return m->kind;
	}
	const char *xpath0 = c->xref.path, *xtext0 = c->xref.text;
	c->xref.path = NULL;
	c->xref.text = NULL;
	bool wanted0 = c->wants_index;
	c->wants_index = false;
	uint32_t ev = 0;
	client_kind k = classify_name_uncached(c, name, scope, depth, &ev);
	bool wanted = c->wants_index;
	c->wants_index = wanted || wanted0;
	/* the table may have grown meanwhile: find the entry again */
	bool again;
	m = name_memo_slot(c, name, scope, &again);
	m->done = true;
	m->kind = k;
	m->evidence = ev;
	m->xpath = c->xref.path;
	m->xline = c->xref.line;
	m->xinherited = c->xref.inherited;
	m->xtext = c->xref.text;
	m->wanted = wanted;
	if (k != CK_UNKNOWN && ev)
		*evidence = ev;
	if (!c->xref.path) {
		c->xref.path = xpath0;
		c->xref.text = xtext0;
	}
	return k;
}

/* Is class a the same as b, or one of its bases (by name, in this file)? */
static bool base_or_self(const code *c, const class_rec *a, const class_rec *b)
{
	for (int hops = 0; b && hops < 8; hops++) {
		if (a == b)
			return true;
		const class_rec *up = NULL;
		for (size_t i = 0; b->base && i < c->nclasses && !up; i++)
			if (!strcmp(c->classes[i].name, b->base))
				up = &c->classes[i];
		b = up;
	}
	return false;
}

/*
 * `self.agent` read in a method of class k and set in a method of class a:
 * the same member unless the two classes are unrelated (two classes of one
 * file that each keep an `agent` of their own).
 */
static bool same_member_owner(const code *c, const class_rec *a, const class_rec *k)
{
	return !a || !k || base_or_self(c, a, k) || base_or_self(c, k, a);
}

static client_kind classify_name_uncached(code *c, const char *name, int scope, int depth, uint32_t *evidence)
{
	bool is_member = strncmp(name, "self.", 5) == 0 || strncmp(name, "this.", 5) == 0 ||
			 strncmp(name, "$this.", 6) == 0 || strncmp(name, "cls.", 4) == 0;
	const char *member = is_member ? strchr(name, '.') + 1 : NULL;
	const class_rec *owner = is_member && scope >= 0 ? fg__class_at(c, c->scopes[scope].start) : NULL;
	bool found = false, any_foundry = false, any_wraps = false, all_other = true;
	client_kind special = CK_UNKNOWN;
	for (int pass = 0; pass < 3 && !found; pass++) {
		for (size_t i = 0; i < c->nassigns; i++) {
			const assign *as = &c->assigns[i];
			bool match;
			if (is_member) {
				/* self.x anywhere in the file, or a class field x */
				const char *lt = as->lhs_text;
				const char *dot = strchr(lt, '.');
				match = (dot && (strncmp(lt, "self.", 5) == 0 || strncmp(lt, "this.", 5) == 0 ||
						 strncmp(lt, "$this.", 6) == 0 || strncmp(lt, "cls.", 4) == 0) &&
					 strcmp(dot + 1, member) == 0) ||
					(as->is_field && strcmp(lt, member) == 0) ||
					(as->is_field && lt[0] == '#' && strcmp(lt + 1, member) == 0);
				match = match && same_member_owner(c, fg__class_at(c, fg_node_start(as->lhs)), owner);
				if (pass > 0)
					break;
			} else if (pass == 0) {
				match = as->scope == scope && fg__lhs_names(as->lhs_text, name);
			} else if (pass == 1) {
				match = as->scope == -1 && fg__lhs_names(as->lhs_text, name);
			} else {
				/* `global name` assignments inside functions */
				match = fg__lhs_names(as->lhs_text, name);
			}
			if (!match)
				continue;
			found = true;
			client_kind k = fg__classify(c, as->rhs, as->scope, depth + 1, evidence);
			if (k == CK_OPENAI_AZURE || k == CK_CLAUDE_MODEL)
				special = k; /* an OpenAI-compatible client of Azure AI, a Claude model id */
			if (k == CK_FOUNDRY)
				any_foundry = true;
			if (k == CK_WRAPS_FOUNDRY)
				any_wraps = true;
			if (k != CK_OTHER)
				all_other = false;
		}
	}
	client_kind local = !found ? CK_UNKNOWN : any_foundry ? CK_FOUNDRY : any_wraps ? CK_WRAPS_FOUNDRY
				    : special != CK_UNKNOWN ? special : all_other ? CK_OTHER : CK_UNKNOWN;
	if (is_member && !strong_kind(local) && !strchr(member, '.')) {
		/* self.client: set by a subclass that overrides it, or in a base class elsewhere */
		uint32_t pos = scope >= 0 ? c->scopes[scope].start : 0;
		client_kind down = fg__resolve_member(c, pos, member, true);
		if (strong_kind(down))
			return down;
		if (!found)
			return fg__resolve_member(c, pos, member, false);
	}
	if (!found && !is_member) {
		client_kind imp = fg__resolve_imported(c, name, evidence);
		if (imp != CK_UNKNOWN)
			return imp;
	}
	if (!found || (local == CK_UNKNOWN && is_member))
		return fg__resolve_typed(c, name, scope >= 0 ? c->scopes[scope].start : 0);
	return local;
}



/*
 * config["model_class"] with config a dict literal, or the result of a
 * function of this file that returns dict literals (a provider switch:
 * `return {"model_class": ChatAzureFoundryClaude, ...}` in one branch): the
 * kind of that key's values, a Foundry one winning as for a factory.
 */
static client_kind classify_keyed(code *c, fg_node n, int scope, int depth, uint32_t *evidence)
{
	fg_node obj = fg__unwrap(fg_node_role(n, FG_R_OBJECT)), idx = fg__unwrap(fg_node_role(n, FG_R_INDEX));
	if (fg_node_is_null(obj) || fg_node_is_null(idx) || fg_node_kind(obj) != FG_K_IDENT || !fg__is_plain_string(idx))
		return CK_UNKNOWN;
	const char *k;
	size_t kl;
	fg__string_content(c, idx, &k, &kl);
	char *on = fg__compact_text(c, obj);
	size_t lo, hi;
	fg__assign_range(c, on, &lo, &hi);
	free(on);
	kind_vote vk = { CK_UNKNOWN, CK_UNKNOWN, false, true };
	for (size_t i = lo; i < hi; i++) {
		const assign *as = &c->assigns[i];
		if (as->scope != scope && as->scope != -1)
			continue;
		fg_node v = fg__unwrap(as->rhs);
		/* the dicts it is: itself, or what a function of this file returns */
		fg_node dicts[8];
		int nd = 0, dscope = as->scope;
		if (fg_node_kind(v) == FG_K_DICT) {
			dicts[nd++] = v;
		} else if (fg_node_kind(v) == FG_K_CALL) {
			char *ct = fg__callee_text(c, v);
			int sc = strchr(ct, '.') ? -1 : fg__scope_by_name(c, ct, strlen(ct));
			free(ct);
			for (size_t r = 0; sc >= 0 && r < c->nrets && nd < 8; r++)
				if (c->rets[r].scope == sc && fg_node_kind(fg__unwrap(c->rets[r].value)) == FG_K_DICT)
					dicts[nd++] = fg__unwrap(c->rets[r].value);
			dscope = sc;
		}
		for (int d = 0; d < nd; d++) {
			fg_node val = dict_value(c, dicts[d], k, kl);
			if (fg_node_is_null(val))
				continue;
			vote(&vk, fg__classify(c, val, dscope, depth + 1, evidence));
		}
	}
	return vote_result(&vk);
}

client_kind fg__classify(code *c, fg_node n, int scope, int depth, uint32_t *evidence)
{
	if (depth > 10 || fg_node_is_null(n) || !fg__spend(c->a))
		return CK_UNKNOWN;
	n = fg__unwrap(n);
	/* C#'s `Type x = new(...)`: a construction of the declared type */
	bool target_typed = fg_node_kind(n) == FG_K_LIST && !strcmp(fg_node_type(n), "implicit_object_creation_expression");
	/* Go: `client, err := foundry.NewClient(...)` has a one-element expression list on the right */
	if (!target_typed && fg_node_kind(n) == FG_K_LIST && fg_node_named_count(n) == 1)
		n = fg__unwrap(fg_node_named_child(n, 0));
	fg_kind k = target_typed ? FG_K_NEW : fg_node_kind(n);
	switch (k) {
	case FG_K_CALL:
	case FG_K_NEW:
		return classify_ctor(c, n, scope, depth, evidence);
	case FG_K_BINARY:
	case FG_K_COND: {
		client_kind res = CK_OTHER;
		uint32_t cnt = fg_node_named_count(n);
		bool any = false;
		for (uint32_t i = 0; i < cnt; i++) {
			fg_node ch = fg_node_named_child(n, i);
			fg_kind ck = fg_node_kind(ch);
			if (ck == FG_K_LITERAL)
				continue;
			client_kind r = fg__classify(c, ch, scope, depth + 1, evidence);
			any = true;
			if (r == CK_FOUNDRY || r == CK_WRAPS_FOUNDRY)
				return r;
			if (r == CK_UNKNOWN)
				res = CK_UNKNOWN;
		}
		return any ? res : CK_UNKNOWN;
	}
	case FG_K_FUNC: {
		/* a function value (an arrow, a lambda) is what it returns: a provider of models */
		uint32_t st = fg_node_start(n), en = fg_node_end(n);
		for (size_t i = 0; i < c->nscopes; i++)
			if (c->scopes[i].start == st && c->scopes[i].end == en)
				return classify_factory(c, (int)i, depth, evidence);
		return CK_UNKNOWN;
	}
	case FG_K_IDENT:
	case FG_K_ATTR: {
		char *nm = fg__compact_text(c, n);
		client_kind r = classify_name(c, nm, scope, depth, evidence);
		free(nm);
		return r;
	}
	case FG_K_SUBSCRIPT:
		return classify_keyed(c, n, scope, depth, evidence);
	default:
		return CK_UNKNOWN;
	}
}
