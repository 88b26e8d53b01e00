/*
 * requests.c - find Claude-on-Foundry requests in a parsed file and follow
 * the data in their content arguments back, inside the function, to
 * sensitive names, values, whole records, environment dumps and secret
 * files.
 *
 * The syntax comes from rules/queries/<lang>/code.scm (calls, assignments,
 * scopes, returns); what SDKs, HTTP clients and data-handling calls look
 * like comes from rules/flow.tsv.  Nothing here is specific to a language
 * beyond the node kinds parser/ provides.
 */
#include "internal.h"

/* Bounds: flows deeper than this are not followed; a file with more
 * syntax than this is analysed up to the bound. */
#define FLOW_MAX_DEPTH 24
#define MAX_VALUE_HITS 16

typedef struct fn_scope {
	uint32_t start, end;
	const char *name;
	size_t name_len;
	fg_node node;
} fn_scope;

typedef struct assign {
	fg_node lhs, rhs;
	int scope;
	char *lhs_text; /* whitespace removed */
	bool is_field;  /* class field declaration: name = value in a class body */
} assign;

typedef struct ret {
	fg_node value;
	int scope;
} ret;

typedef struct callsite {
	fg_node node;
	int scope;
	char *callee; /* whitespace removed */
} callsite;

/*
 * CK_WRAPS_FOUNDRY: a framework object (agent, chat model) built around a
 * Foundry client; its run/invoke methods are requests, its other methods
 * are not.
 */
typedef enum client_kind { CK_UNKNOWN = 0, CK_FOUNDRY, CK_OTHER, CK_WRAPS_FOUNDRY } client_kind;

typedef struct code {
	fg_analysis *a;
	fg_lang_id lang;
	fn_scope *scopes;
	size_t nscopes;
	assign *assigns;
	size_t nassigns;
	ret *rets;
	size_t nrets;
	callsite *calls;
	size_t ncalls;
	/* local names of Foundry client classes imported from a Foundry module */
	char *foundry_names[16];
	size_t nfoundry_names;
	/* factory results: per scope, -1 unknown yet */
	int *factory_kind;
	int resolving; /* recursion guard for client resolution */
} code;

typedef struct step {
	uint32_t pos;
	char *what;
} step;

typedef struct flow {
	code *c;
	int scope;
	const callsite *request;
	const char *evidence;
	uint32_t evidence_pos;  /* where the client was built, or 0 */
	unsigned cats;          /* data categories that reach the request (bit per category) */
	step steps[FLOW_MAX_DEPTH + 1];
	int nsteps;
	uint32_t visiting[FLOW_MAX_DEPTH + 1];
	int nvisiting;
	int calls_up; /* how many helper calls the flow went back through (bounded) */
} flow;

typedef enum vmode {
	VM_VALUE = 0,  /* an ordinary value */
	VM_PARAMS,     /* the request's own parameters: non-content keys are skipped */
	VM_REST_OPTS,  /* fetch/axios options object: only body keys count */
	VM_NO_RECORD,  /* inside an unknown call: whole records are not reported */
} vmode;

/* ---- text helpers ---- */

static const char *ntext(const code *c, fg_node n, size_t *len)
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

static char *compact_text(const code *c, fg_node n)
{
	return compact_span(c, fg_node_start(n), fg_node_end(n));
}

static fg_node null_node(void)
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
static fg_node call_object(fg_node call)
{
	fg_node callee = fg_node_role(call, FG_R_CALLEE);
	if (!fg_node_is_null(callee))
		return fg_node_kind(callee) == FG_K_ATTR ? fg_node_role(callee, FG_R_OBJECT) : null_node();
	return fg_node_role(call, FG_R_OBJECT);
}

static fg_node call_member(fg_node call)
{
	fg_node callee = fg_node_role(call, FG_R_CALLEE);
	if (!fg_node_is_null(callee))
		return fg_node_kind(callee) == FG_K_ATTR ? fg_node_role(callee, FG_R_MEMBER) : callee;
	return fg_node_role(call, FG_R_MEMBER);
}

/* What a call calls, as normalised text: "client.messages.create", "json.dumps", "foundry.NewClient". */
static char *callee_text(const code *c, fg_node call)
{
	fg_node callee = fg_node_role(call, FG_R_CALLEE);
	if (!fg_node_is_null(callee))
		return compact_text(c, callee);
	fg_node m = fg_node_role(call, FG_R_MEMBER);
	if (fg_node_is_null(m))
		return fg_xstrdup("");
	return compact_span(c, fg_node_start(call), fg_node_end(m));
}

/* Last dotted component of a callee ("json.dumps" -> "dumps"). */
static const char *last_name(const char *s, size_t *len)
{
	const char *dot = strrchr(s, '.');
	const char *p = dot ? dot + 1 : s;
	*len = strlen(p);
	return p;
}

static bool flow_is(code *c, fg_flow_key k, const char *s, size_t len)
{
	return fg__flow_test(c->a, k, s, len);
}

static bool flow_is_str(code *c, fg_flow_key k, const char *s)
{
	return flow_is(c, k, s, strlen(s));
}

/* Is the callee (or its last name) in the list? */
static bool callee_is(code *c, fg_flow_key k, const char *callee)
{
	size_t ll;
	const char *last = last_name(callee, &ll);
	return flow_is_str(c, k, callee) || flow_is(c, k, last, ll);
}

/* Contents of a string literal node without quotes and prefixes. */
static void string_content(const code *c, fg_node n, const char **s, size_t *len)
{
	size_t l;
	const char *t = ntext(c, n, &l);
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
static void key_name(const code *c, fg_node key, const char **s, size_t *len)
{
	fg_kind k = fg_node_kind(key);
	if (k == FG_K_STRING)
		string_content(c, key, s, len);
	else
		*s = ntext(c, key, len);
}

static bool is_plain_string(fg_node n)
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

static fg_node unwrap(fg_node n)
{
	for (int i = 0; i < 8 && fg_node_kind(n) == FG_K_WRAP; i++) {
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

static void collect(code *c, const fg_tree *tree)
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
		for (uint32_t i = 0; i < n; i++) {
			int id = (int)caps[i].id;
			if (id == id_scope) { sc = caps[i].node; has_sc = true; }
			else if (id == id_scope_name) { nm = caps[i].node; has_nm = true; }
			else if (id == id_lhs) { lhs = caps[i].node; has_lhs = true; }
			else if (id == id_rhs) { rhs = caps[i].node; has_rhs = true; }
			else if (id == id_call) {
				c->calls = fg_xrealloc(c->calls, (c->ncalls + 1) * sizeof(callsite));
				callsite *cs = &c->calls[c->ncalls++];
				cs->node = caps[i].node;
				cs->scope = -1;
				cs->callee = callee_text(c, caps[i].node);
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
						c->scopes[k].name = ntext(c, nm, &c->scopes[k].name_len);
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
					s->name = ntext(c, nm, &s->name_len);
			}
		}
		if (has_lhs && has_rhs) {
			c->assigns = fg_xrealloc(c->assigns, (c->nassigns + 1) * sizeof(assign));
			assign *as = &c->assigns[c->nassigns++];
			as->lhs = lhs;
			as->rhs = rhs;
			as->scope = -1;
			as->lhs_text = compact_text(c, lhs);
			const char *pt = fg_node_type(fg_node_parent(lhs));
			as->is_field = strcmp(pt, "public_field_definition") == 0 || strcmp(pt, "field_definition") == 0;
		}
	}
	for (size_t i = 0; i < c->ncalls; i++)
		c->calls[i].scope = scope_of(c, fg_node_start(c->calls[i].node));
	for (size_t i = 0; i < c->nassigns; i++) {
		/* A class field belongs to the class, seen from every method. */
		c->assigns[i].scope = c->assigns[i].is_field ? -1 : scope_of(c, fg_node_start(c->assigns[i].lhs));
	}
	for (size_t i = 0; i < c->nrets; i++)
		c->rets[i].scope = scope_of(c, fg_node_start(c->rets[i].value));
	c->factory_kind = fg_xmalloc((c->nscopes + 1) * sizeof(int));
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
static void collect_foundry_imports(code *c)
{
	const char *src = c->a->src;
	size_t len = c->a->len;
	const fg_regex *mod = c->a->rs->flow[FG_FLOW_FOUNDRY_MODULE];
	if (!mod)
		return;
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

/* ---- client resolution ---- */

static client_kind classify(code *c, fg_node n, int scope, int depth, uint32_t *evidence);

/* Does an assignment's left side name `name`?  `x`, or the first of `x, err` (Go). */
static bool lhs_names(const char *lhs, const char *name)
{
	size_t n = strlen(name);
	return strncmp(lhs, name, n) == 0 && (lhs[n] == '\0' || lhs[n] == ',');
}

static int scope_by_name(const code *c, const char *name, size_t len);

/*
 * Text of a node plus, recursively, the right-hand sides of the names it
 * uses (three hops at most, bounded in size): enough to see that a URL
 * built from variables is a Foundry endpoint.
 */
static void gather_names(code *c, fg_node n, int scope, fg_buf *out, int hops, unsigned *budget);

static void gather_text_hops(code *c, fg_node n, int scope, fg_buf *out, int hops, unsigned *budget)
{
	size_t len;
	const char *t = ntext(c, n, &len);
	if (out->len > 16384)
		return;
	fg_buf_add(out, t, FG_MIN(len, (size_t)2000));
	fg_buf_putc(out, '\n');
	gather_names(c, n, scope, out, hops, budget);
}

static void gather_names(code *c, fg_node n, int scope, fg_buf *out, int hops, unsigned *budget)
{
	if (*budget == 0)
		return;
	(*budget)--;
	fg_kind k = fg_node_kind(n);
	if (k == FG_K_IDENT || k == FG_K_ATTR) {
		if (hops >= 3)
			return;
		char *nm = compact_text(c, n);
		bool found = false;
		for (size_t i = 0; i < c->nassigns; i++) {
			const assign *as = &c->assigns[i];
			if ((as->scope == scope || as->scope == -1) && lhs_names(as->lhs_text, nm)) {
				gather_text_hops(c, as->rhs, as->scope, out, hops + 1, budget);
				found = true;
			}
		}
		/* a field used without `this.` (Java, C#): its assignment in a constructor */
		for (size_t i = 0; !found && k == FG_K_IDENT && i < c->nassigns; i++) {
			const char *lt = c->assigns[i].lhs_text;
			if ((!strncmp(lt, "this.", 5) || !strncmp(lt, "self.", 5)) && !strcmp(lt + 5, nm))
				gather_text_hops(c, c->assigns[i].rhs, c->assigns[i].scope, out, hops + 1, budget);
		}
		free(nm);
		if (k == FG_K_IDENT)
			return;
	}
	if (k == FG_K_CALL && hops < 3) {
		/* a helper in this file that returns the URL: foundryURL() */
		char *ct = callee_text(c, n);
		int sc = strchr(ct, '.') ? -1 : scope_by_name(c, ct, strlen(ct));
		free(ct);
		for (size_t i = 0; sc >= 0 && i < c->nrets; i++)
			if (c->rets[i].scope == sc)
				gather_text_hops(c, c->rets[i].value, sc, out, hops + 1, budget);
	}
	uint32_t cnt = fg_node_named_count(n);
	for (uint32_t i = 0; i < cnt && i < 256; i++)
		gather_names(c, fg_node_named_child(n, i), scope, out, hops, budget);
}

static void gather_text(code *c, fg_node n, int scope, fg_buf *out, int depth)
{
	unsigned budget = 4096;
	(void)depth;
	gather_text_hops(c, n, scope, out, 0, &budget);
}

static bool args_point_to_foundry(code *c, fg_node call, int scope)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	if (fg_node_is_null(args))
		return false;
	fg_buf t = FG_BUF_INIT;
	gather_text(c, args, scope, &t, 0);
	bool hit = flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, t.ptr ? t.ptr : "", t.len);
	fg_buf_release(&t);
	return hit;
}

static bool args_have_base_url(code *c, fg_node call)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	if (fg_node_is_null(args))
		return false;
	size_t len;
	const char *t = ntext(c, args, &len);
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

static int scope_by_name(const code *c, const char *name, size_t len)
{
	for (size_t i = 0; i < c->nscopes; i++)
		if (c->scopes[i].name && c->scopes[i].name_len == len && strncmp(c->scopes[i].name, name, len) == 0)
			return (int)i;
	return -1;
}

static client_kind classify_factory(code *c, int sc, int depth, uint32_t *evidence)
{
	if (c->factory_kind[sc] >= 0)
		return (client_kind)c->factory_kind[sc];
	c->factory_kind[sc] = CK_UNKNOWN; /* recursion guard */
	client_kind best = CK_UNKNOWN;
	bool any = false, all_other = true;
	for (size_t i = 0; i < c->nrets; i++) {
		if (c->rets[i].scope != sc)
			continue;
		client_kind k = classify(c, c->rets[i].value, sc, depth + 1, evidence);
		any = true;
		if (k == CK_FOUNDRY || (k == CK_WRAPS_FOUNDRY && best != CK_FOUNDRY))
			best = k;
		if (k != CK_OTHER)
			all_other = false;
	}
	if (best == CK_UNKNOWN && any && all_other)
		best = CK_OTHER;
	c->factory_kind[sc] = best;
	return best;
}

static client_kind classify_ctor(code *c, fg_node call, int scope, int depth, uint32_t *evidence)
{
	char *ct = callee_text(c, call);
	if (!*ct) {
		free(ct);
		return CK_UNKNOWN;
	}
	size_t ll;
	const char *last = last_name(ct, &ll);
	/* Foundry entry points recognised anywhere in the call: FoundryBackend in a builder chain... */
	char *whole = compact_text(c, call);
	bool foundry_text = flow_is_str(c, FG_FLOW_CLIENT_FOUNDRY_TEXT, whole);
	free(whole);
	client_kind k = CK_UNKNOWN;
	bool imported_foundry = false;
	for (size_t i = 0; i < c->nfoundry_names; i++)
		if (strlen(c->foundry_names[i]) == ll && strncmp(c->foundry_names[i], last, ll) == 0)
			imported_foundry = true;
	if (imported_foundry || foundry_text || flow_is(c, FG_FLOW_CLIENT_FOUNDRY, last, ll) ||
	    flow_is_str(c, FG_FLOW_CLIENT_FOUNDRY, ct)) {
		k = CK_FOUNDRY;
		*evidence = fg_node_start(call);
	} else if (flow_is(c, FG_FLOW_CLIENT_ANTHROPIC, last, ll) || flow_is_str(c, FG_FLOW_CLIENT_ANTHROPIC, ct)) {
		if (args_point_to_foundry(c, call, scope)) {
			k = CK_FOUNDRY;
			*evidence = fg_node_start(call);
		} else if (args_have_base_url(c, call)) {
			k = CK_UNKNOWN;
		} else {
			k = CK_OTHER;
		}
	} else if (flow_is_str(c, FG_FLOW_CLIENT_OTHER, ct) || flow_is(c, FG_FLOW_CLIENT_OTHER, last, ll)) {
		k = CK_OTHER;
	} else {
		int sc = scope_by_name(c, last, ll);
		if (sc >= 0 && depth < 8)
			k = classify_factory(c, sc, depth, evidence);
		if (k == CK_UNKNOWN && depth < 8) {
			/*
			 * A framework object built around a Foundry client is one too:
			 * Agent(AnthropicModel(..., provider=AnthropicProvider(anthropic_client=AsyncAnthropicFoundry())))
			 */
			fg_node args = fg_node_role(call, FG_R_ARGS);
			uint32_t cnt = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
			for (uint32_t i = 0; i < cnt && i < 32 && k == CK_UNKNOWN; i++) {
				fg_node a = fg_node_named_child(args, i);
				if (fg_node_kind(a) == FG_K_KWARG || fg_node_kind(a) == FG_K_PAIR)
					a = fg_node_role(a, FG_R_VALUE);
				fg_kind ak = fg_node_kind(unwrap(a));
				client_kind inner = (ak == FG_K_CALL || ak == FG_K_NEW || ak == FG_K_IDENT)
							    ? classify(c, a, scope, depth + 1, evidence) : CK_UNKNOWN;
				if (inner == CK_FOUNDRY || inner == CK_WRAPS_FOUNDRY)
					k = CK_WRAPS_FOUNDRY;
			}
		}
	}
	free(ct);
	return k;
}

/* Resolve a name or attribute used in `scope` to the kinds of what was assigned to it. */
static client_kind classify_name(code *c, const char *name, int scope, int depth, uint32_t *evidence)
{
	bool is_member = strncmp(name, "self.", 5) == 0 || strncmp(name, "this.", 5) == 0 ||
			 strncmp(name, "cls.", 4) == 0;
	const char *member = is_member ? strchr(name, '.') + 1 : NULL;
	bool found = false, any_foundry = false, any_wraps = false, all_other = true;
	for (int pass = 0; pass < 3 && !found; pass++) {
		for (size_t i = 0; i < c->nassigns; i++) {
			const assign *as = &c->assigns[i];
			bool match;
			if (is_member) {
				/* self.x anywhere in the file, or a class field x */
				const char *lt = as->lhs_text;
				const char *dot = strchr(lt, '.');
				match = (dot && (strncmp(lt, "self.", 5) == 0 || strncmp(lt, "this.", 5) == 0 ||
						 strncmp(lt, "cls.", 4) == 0) && strcmp(dot + 1, member) == 0) ||
					(as->is_field && strcmp(lt, member) == 0) ||
					(as->is_field && lt[0] == '#' && strcmp(lt + 1, member) == 0);
				if (pass > 0)
					break;
			} else if (pass == 0) {
				match = as->scope == scope && lhs_names(as->lhs_text, name);
			} else if (pass == 1) {
				match = as->scope == -1 && lhs_names(as->lhs_text, name);
			} else {
				/* `global name` assignments inside functions */
				match = lhs_names(as->lhs_text, name);
			}
			if (!match)
				continue;
			found = true;
			client_kind k = classify(c, as->rhs, as->scope, depth + 1, evidence);
			if (k == CK_FOUNDRY)
				any_foundry = true;
			if (k == CK_WRAPS_FOUNDRY)
				any_wraps = true;
			if (k != CK_OTHER)
				all_other = false;
		}
	}
	if (!found)
		return CK_UNKNOWN;
	if (any_foundry)
		return CK_FOUNDRY;
	if (any_wraps)
		return CK_WRAPS_FOUNDRY;
	return all_other ? CK_OTHER : CK_UNKNOWN;
}

static client_kind classify(code *c, fg_node n, int scope, int depth, uint32_t *evidence)
{
	if (depth > 10 || fg_node_is_null(n))
		return CK_UNKNOWN;
	n = unwrap(n);
	/* Go: `client, err := foundry.NewClient(...)` has a one-element expression list on the right */
	if (fg_node_kind(n) == FG_K_LIST && fg_node_named_count(n) == 1)
		n = unwrap(fg_node_named_child(n, 0));
	fg_kind k = fg_node_kind(n);
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
			client_kind r = classify(c, ch, scope, depth + 1, evidence);
			any = true;
			if (r == CK_FOUNDRY || r == CK_WRAPS_FOUNDRY)
				return r;
			if (r == CK_UNKNOWN)
				res = CK_UNKNOWN;
		}
		return any ? res : CK_UNKNOWN;
	}
	case FG_K_IDENT:
	case FG_K_ATTR: {
		char *nm = compact_text(c, n);
		client_kind r = classify_name(c, nm, scope, depth, evidence);
		free(nm);
		return r;
	}
	default:
		return CK_UNKNOWN;
	}
}

/* ---- findings ---- */

static void describe_request(flow *f, fg_buf *b)
{
	fg_analysis *a = f->c->a;
	uint32_t line = fg__line(a, fg_node_start(f->request->node));
	const char *callee = f->request->callee;
	size_t cl = strlen(callee);
	if (cl > 60)
		fg_buf_printf(b, "%.*s\xE2\x80\xA6 (line %u)", 60, callee, line);
	else
		fg_buf_printf(b, "%s (line %u)", callee, line);
}

static void expr_label(code *c, fg_node n, fg_buf *b)
{
	char *t = compact_text(c, n);
	size_t len = strlen(t);
	if (len > 60)
		fg_buf_printf(b, "%.57s...", t);
	else
		fg_buf_puts(b, t);
	free(t);
}

static const char *const categories[] = { "personal", "sensitive-personal", "health", "payment",
					  "government-id", "credential" };

static void note_category(flow *f, const char *cat)
{
	for (size_t i = 0; cat && i < FG_ARRAY_SIZE(categories); i++)
		if (!strcmp(categories[i], cat))
			f->cats |= 1u << i;
}

static void emit(flow *f, fg_node at, const char *rule_id, const char *category, const char *what,
		 uint64_t seed)
{
	code *c = f->c;
	fg_analysis *a = c->a;
	if (a->rs->allow_values) {
		/* allow: the configuration says this expression is fine */
		char *t = compact_text(c, at);
		bool allowed = fg_regex_test(a->rs->allow_values, a->w->matcher, t, strlen(t));
		free(t);
		if (allowed)
			return;
	}
	note_category(f, category);
	fg_buf msg = FG_BUF_INIT;
	fg_buf_printf(&msg, "%s is sent to Claude on Foundry in ", what);
	describe_request(f, &msg);
	fg_buf_puts(&msg, ". Anthropic processes it as a third-party processor and may keep it for "
			  "about a week to a month (Azure zero data retention does not apply): remove, "
			  "redact or pseudonymise it.");
	fg_finding *fd = fg__emit(a, rule_id, category, fg_node_start(at), fg_node_end(at), msg.ptr, seed);
	fg_buf_release(&msg);
	if (!fd)
		return;
	/* The flow: sensitive expression, each assignment on the way, the request, the evidence. */
	fg_buf s = FG_BUF_INIT;
	fg_buf_printf(&s, "sensitive: %s", what);
	fg_finding_add_step(fd, fd->line, fd->col, s.ptr);
	for (int i = f->nsteps - 1; i >= 0; i--)
		fg_finding_add_step(fd, fg_lineindex_line(&a->li, f->steps[i].pos),
				    fg_lineindex_col(&a->li, f->steps[i].pos), f->steps[i].what);
	fg_buf_clear(&s);
	fg_buf_puts(&s, "request: ");
	describe_request(f, &s);
	uint32_t rp = fg_node_start(f->request->node);
	fg_finding_add_step(fd, fg_lineindex_line(&a->li, rp), fg_lineindex_col(&a->li, rp), s.ptr);
	fg_finding_add_step(fd, fg_lineindex_line(&a->li, rp), fg_lineindex_col(&a->li, rp), f->evidence);
	fg_buf_release(&s);
}

static uint64_t seed_of(code *c, fg_node n, const char *extra)
{
	char *t = compact_text(c, n);
	uint64_t h = fg_hash64(t, strlen(t), 0x5eed);
	if (extra)
		h = fg_hash64(extra, strlen(extra), h);
	free(t);
	return h;
}

static void emit_name(flow *f, fg_node at, const char *category, fg_node label)
{
	char rule[96];
	snprintf(rule, sizeof(rule), "sensitive-data/%s-field", category);
	fg_buf what = FG_BUF_INIT;
	fg_buf_printf(&what, "%s field `", category);
	expr_label(f->c, label, &what);
	fg_buf_putc(&what, '`');
	what.ptr[0] = (char)(what.ptr[0] >= 'a' && what.ptr[0] <= 'z' ? what.ptr[0] - 32 : what.ptr[0]);
	emit(f, at, rule, category, what.ptr, seed_of(f->c, at, f->request->callee));
	fg_buf_release(&what);
}

static void emit_simple(flow *f, fg_node at, const char *rule, const char *category, const char *prefix)
{
	fg_buf what = FG_BUF_INIT;
	fg_buf_printf(&what, "%s `", prefix);
	expr_label(f->c, at, &what);
	fg_buf_putc(&what, '`');
	emit(f, at, rule, category, what.ptr, seed_of(f->c, at, f->request->callee));
	fg_buf_release(&what);
}

/* Value detectors over the literal parts of a string (between interpolations). */
static void scan_string_values(flow *f, fg_node str)
{
	code *c = f->c;
	fg_analysis *a = c->a;
	uint32_t s = fg_node_start(str), e = fg_node_end(str);
	uint32_t cnt = fg_node_named_count(str);
	uint32_t p = s;
	for (uint32_t i = 0; i <= cnt; i++) {
		uint32_t gap_end = e;
		fg_node ch = { { 0 }, NULL, NULL };
		if (i < cnt) {
			ch = fg_node_named_child(str, i);
			if (fg_node_kind(ch) == FG_K_STRFRAG)
				continue; /* literal text: part of the gap */
			gap_end = fg_node_start(ch);
		}
		if (gap_end > p) {
			fg_value_match hits[MAX_VALUE_HITS];
			size_t nh = fg_values_scan(a->w, a->src + p, gap_end - p, hits, MAX_VALUE_HITS);
			for (size_t h = 0; h < nh; h++) {
				uint32_t vs = p + (uint32_t)hits[h].start, ve = p + (uint32_t)hits[h].end;
				fg__add_redaction(a, vs, ve);
				note_category(f, hits[h].det->category);
				char *red = fg_redact(a->src + vs, ve - vs);
				char rule[96];
				snprintf(rule, sizeof(rule), "sensitive-data/%s", hits[h].det->name);
				fg_buf what = FG_BUF_INIT;
				fg_buf_printf(&what, "%s value `%s` (%s)", hits[h].det->name, red, hits[h].det->category);
				uint64_t seed = fg_hash64(a->src + vs, ve - vs, 0x7a1e);
				seed = fg_hash64(f->request->callee, strlen(f->request->callee), seed);
				/* emit() takes a node; value spans inside strings are reported by hand. */
				fg_buf msg = FG_BUF_INIT;
				fg_buf_printf(&msg, "%s is sent to Claude on Foundry in ", what.ptr);
				describe_request(f, &msg);
				fg_buf_puts(&msg, ". Anthropic processes it as a third-party processor and may keep "
						  "it for about a week to a month (Azure zero data retention does "
						  "not apply): remove, redact or pseudonymise it.");
				fg_finding *fd = fg__emit(a, rule, hits[h].det->category, vs, ve, msg.ptr, seed);
				if (fd) {
					fg_buf st = FG_BUF_INIT;
					fg_buf_printf(&st, "sensitive: %s", what.ptr);
					fg_finding_add_step(fd, fd->line, fd->col, st.ptr);
					for (int k = f->nsteps - 1; k >= 0; k--)
						fg_finding_add_step(fd, fg_lineindex_line(&a->li, f->steps[k].pos),
								    fg_lineindex_col(&a->li, f->steps[k].pos),
								    f->steps[k].what);
					fg_buf_clear(&st);
					fg_buf_puts(&st, "request: ");
					describe_request(f, &st);
					uint32_t rp = fg_node_start(f->request->node);
					fg_finding_add_step(fd, fg_lineindex_line(&a->li, rp), fg_lineindex_col(&a->li, rp), st.ptr);
					fg_finding_add_step(fd, fg_lineindex_line(&a->li, rp), fg_lineindex_col(&a->li, rp),
							    f->evidence);
					fg_buf_release(&st);
				}
				fg_buf_release(&msg);
				fg_buf_release(&what);
				free(red);
			}
		}
		if (i < cnt)
			p = fg_node_end(ch);
	}
}

static void visit(flow *f, fg_node n, vmode mode, int depth);

static bool push_step(flow *f, uint32_t pos, const char *what)
{
	if (f->nsteps >= FLOW_MAX_DEPTH)
		return false;
	f->steps[f->nsteps].pos = pos;
	f->steps[f->nsteps].what = fg_xstrdup(what);
	f->nsteps++;
	return true;
}

static void pop_step(flow *f)
{
	f->nsteps--;
	free(f->steps[f->nsteps].what);
}

static bool is_env_object(code *c, fg_node n)
{
	char *t = compact_text(c, n);
	bool r = flow_is_str(c, FG_FLOW_ENV_OBJECT, t);
	free(t);
	return r;
}

/* A key: value pair (dict entry, object property, keyword argument). */
static void visit_pair(flow *f, fg_node key, fg_node value, vmode mode, int depth)
{
	code *c = f->c;
	const char *kn;
	size_t kl;
	/* a positional argument or a list element written like a pair (PHP, Kotlin) */
	if (fg_node_is_null(key) || fg_node_eq(key, value)) {
		if (!fg_node_is_null(value))
			visit(f, value, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
		return;
	}
	key = unwrap(key);
	key_name(c, key, &kn, &kl);
	if (mode == VM_PARAMS && flow_is(c, FG_FLOW_NON_CONTENT_ARG, kn, kl))
		return;
	if (mode == VM_REST_OPTS) {
		if (flow_is(c, FG_FLOW_REST_BODY_KEY, kn, kl) && !fg_node_is_null(value))
			visit(f, value, VM_VALUE, depth + 1);
		return;
	}
	const char *cat = fg_name_category(c->a->w, kn, kl);
	if (cat && !fg_node_is_null(value)) {
		fg_node v = unwrap(value);
		fg_kind vk = fg_node_kind(v);
		if (vk == FG_K_LITERAL)
			return;
		if (is_plain_string(v)) {
			const char *s;
			size_t sl;
			string_content(c, v, &s, &sl);
			if (sl == 0 || fg_is_placeholder(c->a->w, s, sl))
				return;
			fg__add_redaction(c->a, (uint32_t)(s - c->a->src), (uint32_t)(s - c->a->src + sl));
		}
		if (vk == FG_K_CALL) {
			char *ct = callee_text(c, v);
			size_t ll;
			const char *last = last_name(ct, &ll);
			bool clean = c->a->rs->sanitizers && fg_regex_test(c->a->rs->sanitizers, c->a->w->matcher, last, ll);
			free(ct);
			if (clean)
				return;
		}
		emit_name(f, key, cat, key);
		return;
	}
	if (!fg_node_is_null(value))
		visit(f, value, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
}

static void visit_children(flow *f, fg_node n, vmode mode, int depth)
{
	uint32_t cnt = fg_node_named_count(n);
	for (uint32_t i = 0; i < cnt && i < 256; i++)
		visit(f, fg_node_named_child(n, i), mode, depth + 1);
}

static void visit_args(flow *f, fg_node args, vmode mode, int depth)
{
	if (fg_node_is_null(args))
		return;
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 0; i < cnt && i < 256; i++) {
		fg_node a = fg_node_named_child(args, i);
		if (fg_node_kind(a) == FG_K_KWARG)
			visit_pair(f, fg_node_role(a, FG_R_KEY), fg_node_role(a, FG_R_VALUE), mode, depth + 1);
		else
			visit(f, a, mode, depth + 1);
	}
}

/* Whole-record and environment checks for a serialised or interpolated value. */
static bool check_whole(flow *f, fg_node v)
{
	code *c = f->c;
	v = unwrap(v);
	fg_kind k = fg_node_kind(v);
	if (k != FG_K_IDENT && k != FG_K_ATTR)
		return false;
	if (is_env_object(c, v)) {
		emit_simple(f, v, "sensitive-data/environment-dump", "credential", "Process environment");
		return true;
	}
	fg_node nm = k == FG_K_ATTR ? fg_node_role(v, FG_R_MEMBER) : v;
	size_t len;
	const char *t = ntext(c, nm, &len);
	if (fg_name_is_record(c->a->w, t, len)) {
		emit_simple(f, v, "sensitive-data/whole-record", "personal", "Whole person record");
		return true;
	}
	return false;
}

/* Follow a local name to what was assigned to it (and appended to it) before `pos`. */
/* The name a parameter node declares: its `name` field, else its first identifier. */
static fg_node param_name(fg_node p)
{
	fg_node n = fg_node_field(p, "name");
	if (!fg_node_is_null(n) && fg_node_kind(n) == FG_K_IDENT)
		return n;
	if (fg_node_kind(p) == FG_K_IDENT)
		return p;
	uint32_t cnt = fg_node_named_count(p);
	for (uint32_t i = 0; i < cnt && i < 8; i++) {
		fg_node r = param_name(fg_node_named_child(p, i));
		if (!fg_node_is_null(r))
			return r;
	}
	return null_node();
}

/*
 * A parameter of the function the flow is in: follow it to the arguments
 * of the calls of that function in this file (a helper that builds the
 * prompt from what its callers pass).  Bounded to two calls up.
 */
#define FLOW_MAX_CALLS_UP 2
#define FLOW_MAX_CALLERS 8

static bool follow_parameter(flow *f, const char *name, int depth)
{
	code *c = f->c;
	if (f->scope < 0 || f->calls_up >= FLOW_MAX_CALLS_UP)
		return false;
	const fn_scope *sc = &c->scopes[f->scope];
	if (!sc->name || !sc->name_len)
		return false;
	fg_node params = fg_node_role(sc->node, FG_R_PARAMS);
	if (fg_node_is_null(params))
		return false;
	int index = -1, offset = 0;
	uint32_t np = fg_node_kind(params) == FG_K_IDENT ? 1 : fg_node_named_count(params);
	for (uint32_t i = 0; i < np && i < 64; i++) {
		fg_node pn = param_name(np == 1 && fg_node_kind(params) == FG_K_IDENT ? params : fg_node_named_child(params, i));
		if (fg_node_is_null(pn))
			continue;
		size_t len;
		const char *t = ntext(c, pn, &len);
		if (i == 0 && ((len == 4 && !strncmp(t, "self", 4)) || (len == 3 && !strncmp(t, "cls", 3)))) {
			offset = 1; /* a method: callers pass the receiver before the arguments */
			continue;
		}
		if (len == strlen(name) && !strncmp(t, name, len)) {
			index = (int)i - offset;
			break;
		}
	}
	if (index < 0)
		return false;
	bool any = false;
	int callers = 0;
	for (size_t k = 0; k < c->ncalls && callers < FLOW_MAX_CALLERS; k++) {
		const callsite *cs = &c->calls[k];
		size_t ll;
		const char *last = last_name(cs->callee, &ll);
		if (ll != sc->name_len || strncmp(last, sc->name, ll) != 0 || cs->scope == f->scope)
			continue;
		fg_node args = fg_node_role(cs->node, FG_R_ARGS);
		uint32_t na = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
		fg_node arg = null_node();
		int pos = 0;
		for (uint32_t i = 0; i < na && fg_node_is_null(arg); i++) {
			fg_node a = fg_node_named_child(args, i);
			if (fg_node_kind(a) == FG_K_KWARG) {
				fg_node key = fg_node_role(a, FG_R_KEY);
				size_t kl;
				const char *kt = fg_node_is_null(key) ? NULL : ntext(c, key, &kl);
				if (kt && kl == strlen(name) && !strncmp(kt, name, kl))
					arg = fg_node_role(a, FG_R_VALUE);
				else if (!kt && pos++ == index)
					arg = fg_node_role(a, FG_R_VALUE);
			} else if (pos++ == index) {
				arg = a;
			}
		}
		if (fg_node_is_null(arg))
			continue;
		callers++;
		any = true;
		fg_buf st = FG_BUF_INIT;
		fg_buf_printf(&st, "passed as `%.40s` to %.*s()", name, (int)sc->name_len, sc->name);
		if (push_step(f, fg_node_start(arg), st.ptr)) {
			int saved = f->scope;
			f->scope = cs->scope;
			f->calls_up++;
			visit(f, arg, VM_VALUE, depth + 1);
			f->calls_up--;
			f->scope = saved;
			pop_step(f);
		}
		fg_buf_release(&st);
	}
	return any;
}

static void follow_name(flow *f, const char *name, uint32_t pos, vmode mode, int depth)
{
	code *c = f->c;
	size_t nl = strlen(name);
	bool local = false;
	bool any_module = false;
	for (int pass = 0; pass < 2; pass++) {
		int want = pass == 0 ? f->scope : -1;
		if (pass == 1 && (local || f->scope == -1))
			break;
		for (size_t i = 0; i < c->nassigns; i++) {
			const assign *as = &c->assigns[i];
			if (as->scope != want)
				continue;
			uint32_t at = fg_node_start(as->lhs);
			if (want != -1 && at >= pos)
				continue;
			const char *lt = as->lhs_text;
			if (lhs_names(lt, name)) {
				local = pass == 0;
				any_module = any_module || pass == 1;
				uint32_t rs = fg_node_start(as->rhs);
				bool cycle = false;
				for (int v = 0; v < f->nvisiting; v++)
					if (f->visiting[v] == rs)
						cycle = true;
				if (cycle || f->nvisiting >= FLOW_MAX_DEPTH)
					continue;
				fg_buf st = FG_BUF_INIT;
				fg_buf_printf(&st, "assigned to `%.60s`", name);
				if (push_step(f, at, st.ptr)) {
					f->visiting[f->nvisiting++] = rs;
					visit(f, as->rhs, mode, depth + 1);
					f->nvisiting--;
					pop_step(f);
				}
				fg_buf_release(&st);
			} else if (strncmp(lt, name, nl) == 0 && (lt[nl] == '[' || lt[nl] == '.')) {
				/* name[k] = v / name.k = v: a field added to the object */
				local = local || pass == 0;
				fg_node lhs = as->lhs;
				fg_kind lk = fg_node_kind(lhs);
				fg_node key = lk == FG_K_SUBSCRIPT ? fg_node_role(lhs, FG_R_INDEX) :
					      lk == FG_K_ATTR ? fg_node_role(lhs, FG_R_MEMBER) : lhs;
				if (!fg_node_is_null(key))
					visit_pair(f, key, as->rhs, VM_VALUE, depth + 1);
			}
		}
		/* name.append(x), name.push(x), name.extend(x)...: arguments flow into name */
		for (size_t i = 0; i < c->ncalls; i++) {
			const callsite *cs = &c->calls[i];
			if (cs->scope != want || fg_node_start(cs->node) >= pos)
				continue;
			const char *ct = cs->callee;
			if (strncmp(ct, name, nl) != 0 || ct[nl] != '.')
				continue;
			const char *m = ct + nl + 1;
			if (strcmp(m, "append") && strcmp(m, "extend") && strcmp(m, "push") && strcmp(m, "insert") &&
			    strcmp(m, "add") && strcmp(m, "update") && strcmp(m, "unshift") && strcmp(m, "write") &&
			    strcmp(m, "appendleft") && strcmp(m, "setdefault"))
				continue;
			local = local || pass == 0;
			visit_args(f, fg_node_role(cs->node, FG_R_ARGS), VM_VALUE, depth + 1);
		}
	}
	if (!local && !any_module && !strchr(name, '.'))
		(void)follow_parameter(f, name, depth);
}

static void visit_call(flow *f, fg_node n, vmode mode, int depth)
{
	code *c = f->c;
	fg_analysis *a = c->a;
	fg_node args = fg_node_role(n, FG_R_ARGS);
	char *ct = callee_text(c, n);
	if (!*ct)
		goto done;
	size_t ll;
	const char *last = last_name(ct, &ll);
	fg_node object = call_object(n);
	bool is_method = !fg_node_is_null(object);
	uint32_t nargs = fg_node_is_null(args) ? 0 : fg_node_named_count(args);

	if (fg_node_kind(n) == FG_K_NEW) {
		/* new T(args) { Field = value }: arguments and initializer are data */
		visit_args(f, args, VM_NO_RECORD, depth + 1);
		fg_node body = fg_node_role(n, FG_R_BODY);
		if (!fg_node_is_null(body))
			visit(f, body, mode == VM_PARAMS ? VM_PARAMS : VM_VALUE, depth + 1);
		goto done;
	}
	if (a->rs->sanitizers && (fg_regex_test(a->rs->sanitizers, a->w->matcher, last, ll)))
		goto done;
	if (callee_is(c, FG_FLOW_NAMES_ONLY, ct))
		goto done;
	if (callee_is(c, FG_FLOW_ENV_DUMP_CALL, ct)) {
		emit_simple(f, n, "sensitive-data/environment-dump", "credential", "Environment file contents");
		goto done;
	}
	if (callee_is(c, FG_FLOW_FILE_READ, ct)) {
		size_t tl;
		const char *t = ntext(c, n, &tl);
		if (flow_is(c, FG_FLOW_SENSITIVE_FILE, t, tl)) {
			emit_simple(f, n, "sensitive-data/secret-file", "credential", "Contents of the secret file");
			goto done;
		}
	}
	if (callee_is(c, FG_FLOW_GETTER, ct) && nargs > 0) {
		fg_node k0 = fg_node_named_child(args, 0);
		if (is_plain_string(unwrap(k0))) {
			const char *s;
			size_t sl;
			string_content(c, unwrap(k0), &s, &sl);
			const char *cat = fg_name_category(a->w, s, sl);
			if (cat) {
				emit_name(f, n, cat, n);
				goto done;
			}
			if (is_method && is_env_object(c, object))
				goto done; /* os.environ.get("HOME"): one harmless setting */
		}
	}
	/* user.ssn() / getSsn() / Ruby's user.ssn: an accessor named like the data */
	if (is_method && nargs == 0) {
		fg_node m = call_member(n);
		if (!fg_node_is_null(m)) {
			size_t ml;
			const char *mt = ntext(c, unwrap(m), &ml);
			const char *cat = fg_name_category(a->w, mt, ml);
			if (cat) {
				emit_name(f, n, cat, n);
				goto done;
			}
		}
	}
	if (callee_is(c, FG_FLOW_SERIALIZER, ct)) {
		if (is_method && check_whole(f, object))
			goto done;
		for (uint32_t i = 0; i < nargs && i < 64; i++) {
			fg_node arg = fg_node_named_child(args, i);
			if (fg_node_kind(arg) == FG_K_KWARG) {
				/* dict(ssn=...), also harmless options such as indent=2 */
				visit_pair(f, fg_node_role(arg, FG_R_KEY), fg_node_role(arg, FG_R_VALUE),
					   mode == VM_NO_RECORD ? VM_VALUE : mode, depth + 1);
				continue;
			}
			if (!check_whole(f, arg))
				visit(f, arg, mode == VM_NO_RECORD ? VM_VALUE : mode, depth + 1);
		}
		if (is_method && fg_node_kind(object) != FG_K_IDENT)
			visit(f, object, VM_VALUE, depth + 1);
		goto done;
	}
	if (is_method && callee_is(c, FG_FLOW_PASSTHROUGH, ct)) {
		visit(f, object, mode, depth + 1);
		visit_args(f, args, mode, depth + 1);
		goto done;
	}
	/*
	 * An unknown call: its arguments may carry data into its result.  In a
	 * builder chain (Params.builder().model(m).addUserMessage(text).build())
	 * every link is data too, except links that set options (model, headers).
	 */
	if (!flow_is(c, FG_FLOW_NON_CONTENT_ARG, last, ll))
		visit_args(f, args, VM_NO_RECORD, depth + 1);
	{
		fg_node o = unwrap(object);
		fg_kind ok = fg_node_kind(o);
		if (is_method && (ok == FG_K_CALL || ok == FG_K_NEW || ok == FG_K_ATTR || ok == FG_K_IDENT))
			visit(f, o, VM_NO_RECORD, depth + 1);
	}
done:
	free(ct);
}

static void visit(flow *f, fg_node n, vmode mode, int depth)
{
	code *c = f->c;
	fg_analysis *a = c->a;
	if (depth > FLOW_MAX_DEPTH * 4 || fg_node_is_null(n))
		return;
	switch (fg_node_kind(n)) {
	case FG_K_WRAP:
	case FG_K_SPREAD:
	case FG_K_INTERP:
	case FG_K_RETURN: {
		fg_node v = fg_node_role(n, FG_R_VALUE);
		if (!fg_node_is_null(v)) {
			if ((fg_node_kind(n) == FG_K_INTERP || fg_node_kind(n) == FG_K_SPREAD) && mode != VM_NO_RECORD &&
			    check_whole(f, v))
				return;
			visit(f, v, mode, depth + 1);
		}
		return;
	}
	case FG_K_LITERAL:
	case FG_K_FUNC:
	case FG_K_CLASS:
	case FG_K_COMMENT:
		return;
	case FG_K_SHORTHAND:
	case FG_K_IDENT: {
		size_t len;
		const char *t = ntext(c, n, &len);
		const char *cat = fg_name_category(a->w, t, len);
		if (cat) {
			emit_name(f, n, cat, n);
			return;
		}
		if (mode != VM_NO_RECORD && fg_node_kind(n) == FG_K_IDENT && check_whole(f, n))
			return;
		char *name = fg_xstrndup(t, FG_MIN(len, (size_t)200));
		follow_name(f, name, fg_node_start(n), mode == VM_PARAMS ? VM_PARAMS : mode, depth);
		free(name);
		return;
	}
	case FG_K_ATTR: {
		if (is_env_object(c, n)) {
			emit_simple(f, n, "sensitive-data/environment-dump", "credential", "Process environment");
			return;
		}
		fg_node m = fg_node_role(n, FG_R_MEMBER);
		if (fg_node_is_null(m))
			return;
		size_t len;
		const char *t = ntext(c, m, &len);
		const char *cat = fg_name_category(a->w, t, len);
		if (cat) {
			emit_name(f, n, cat, n);
			return;
		}
		/* self.prompt / this.body: follow the attribute's own assignments */
		char *full = compact_text(c, n);
		follow_name(f, full, fg_node_start(n), mode, depth);
		free(full);
		return;
	}
	case FG_K_SUBSCRIPT: {
		fg_node idx = fg_node_role(n, FG_R_INDEX);
		fg_node obj = fg_node_role(n, FG_R_OBJECT);
		if (!fg_node_is_null(idx) && is_plain_string(idx)) {
			const char *s;
			size_t sl;
			string_content(c, idx, &s, &sl);
			const char *cat = fg_name_category(a->w, s, sl);
			if (cat)
				emit_name(f, n, cat, n);
			return;
		}
		if (!fg_node_is_null(obj))
			visit(f, obj, mode, depth + 1);
		return;
	}
	case FG_K_CALL:
	case FG_K_NEW:
		visit_call(f, n, mode, depth);
		return;
	case FG_K_STRING:
	case FG_K_TEMPLATE:
		scan_string_values(f, n);
		visit_children(f, n, mode == VM_PARAMS ? VM_VALUE : mode, depth);
		return;
	case FG_K_STRFRAG:
		return;
	case FG_K_DICT: {
		uint32_t cnt = fg_node_named_count(n);
		for (uint32_t i = 0; i < cnt && i < 512; i++) {
			fg_node ch = fg_node_named_child(n, i);
			fg_kind k = fg_node_kind(ch);
			if (k == FG_K_PAIR)
				visit_pair(f, fg_node_role(ch, FG_R_KEY), fg_node_role(ch, FG_R_VALUE), mode, depth + 1);
			else if (mode != VM_REST_OPTS)
				visit(f, ch, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
		}
		return;
	}
	case FG_K_KWARG:
		visit_pair(f, fg_node_role(n, FG_R_KEY), fg_node_role(n, FG_R_VALUE), mode, depth + 1);
		return;
	case FG_K_COMPREHENSION: {
		fg_node body = fg_node_role(n, FG_R_VALUE);
		if (!fg_node_is_null(body))
			visit(f, body, mode, depth + 1);
		return;
	}
	case FG_K_PAIR:
	case FG_K_ASSIGN: /* C# initializers: Name = value */
		visit_pair(f, fg_node_role(n, FG_R_KEY), fg_node_role(n, FG_R_VALUE), mode, depth + 1);
		return;
	default:
		visit_children(f, n, mode == VM_PARAMS ? VM_VALUE : mode, depth);
		return;
	}
}

/* ---- requests ---- */

/* curl -d BODY / --data @file: the body, or the file it names. */
static void shell_body(flow *f, fg_node args)
{
	code *c = f->c;
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 1; i < cnt; i++) {
		fg_node a = fg_node_named_child(args, i);
		size_t al;
		const char *at = ntext(c, a, &al);
		fg_node body = null_node();
		size_t fl = 0;
		while (fl < al && at[fl] != '=' && at[fl] != '@')
			fl++;
		if (flow_is(c, FG_FLOW_REST_DATA_FLAG, at, al)) {
			if (i + 1 < cnt)
				body = fg_node_named_child(args, ++i);
		} else if (fl < al && flow_is(c, FG_FLOW_REST_DATA_FLAG, at, fl)) {
			body = a; /* --data=@file, -d@file */
		}
		if (fg_node_is_null(body))
			continue;
		size_t bl;
		const char *bt = ntext(c, body, &bl);
		const char *atsign = memchr(bt, '@', FG_MIN(bl, (size_t)64));
		if (atsign && (atsign == bt || atsign[-1] == '"' || atsign[-1] == '\'' || atsign[-1] == '=' ||
			       (fl < al && body.id == a.id))) {
			if (flow_is(c, FG_FLOW_SENSITIVE_FILE, atsign + 1, bl - (size_t)(atsign + 1 - bt)))
				emit_simple(f, body, "sensitive-data/secret-file", "credential", "Contents of the secret file");
			continue;
		}
		visit(f, body, VM_VALUE, 0);
	}
}

/* rest: 0 an SDK request, 1 an HTTP call, 2 a shell command (curl). */
/* `calls`: one note per request site, with its evidence and the data that reaches it. */
static void inventory(flow *f, int rest)
{
	code *c = f->c;
	fg_analysis *a = c->a;
	fg_buf msg = FG_BUF_INIT, cats = FG_BUF_INIT;
	for (size_t i = 0; i < FG_ARRAY_SIZE(categories); i++)
		if (f->cats & (1u << i))
			fg_buf_printf(&cats, "%s%s", cats.len ? ", " : "", categories[i]);
	static const char *const kinds[] = { "SDK request", "HTTP request", "shell request (curl)" };
	fg_buf_printf(&msg, "Claude on Foundry %s `%s`; %s; data sent: %s.", kinds[rest], f->request->callee, f->evidence,
		      cats.len ? cats.ptr : "none");
	uint32_t at = fg_node_start(f->request->node);
	fg_finding *fd = fg__emit_inventory(a, "inventory/foundry-request", cats.len ? cats.ptr : "none", at,
					    fg_node_end(f->request->node), msg.ptr,
					    fg_hash64(f->request->callee, strlen(f->request->callee), 0xca11));
	if (fd) {
		fg_buf st = FG_BUF_INIT;
		fg_buf_puts(&st, "request: ");
		describe_request(f, &st);
		fg_finding_add_step(fd, fd->line, fd->col, st.ptr);
		if (f->evidence_pos)
			fg_finding_add_step(fd, fg_lineindex_line(&a->li, f->evidence_pos),
					    fg_lineindex_col(&a->li, f->evidence_pos), "client: built here");
		fg_buf_release(&st);
	}
	fg_buf_release(&msg);
	fg_buf_release(&cats);
}

static void run_flow(code *c, const callsite *cs, const char *evidence, uint32_t evidence_pos, int rest)
{
	flow f = { 0 };
	c->a->has_request = true;
	f.c = c;
	f.scope = cs->scope;
	f.request = cs;
	f.evidence = evidence;
	f.evidence_pos = evidence_pos;
	fg_node args = fg_node_role(cs->node, FG_R_ARGS);
	if (fg_node_is_null(args)) {
		if (c->a->inventory)
			inventory(&f, rest);
		return;
	}
	if (rest == 2) {
		shell_body(&f, args);
		if (c->a->inventory)
			inventory(&f, rest);
		return;
	}
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 0; i < cnt && i < 64; i++) {
		fg_node arg = fg_node_named_child(args, i);
		fg_kind k = fg_node_kind(arg);
		if (!rest) {
			visit(&f, arg, VM_PARAMS, 0);
			continue;
		}
		if (k == FG_K_KWARG && !fg_node_is_null(fg_node_role(arg, FG_R_KEY))) {
			visit_pair(&f, fg_node_role(arg, FG_R_KEY), fg_node_role(arg, FG_R_VALUE), VM_REST_OPTS, 0);
			continue;
		}
		fg_node u = unwrap(k == FG_K_KWARG ? fg_node_role(arg, FG_R_VALUE) : arg);
		if (fg_node_kind(u) == FG_K_DICT) {
			/* fetch(url, {body}); axios.post(url, data, {headers}); axios({url, data}) */
			bool options = i == 0 || i >= 2 || strstr(cs->callee, "fetch");
			visit(&f, u, options ? VM_REST_OPTS : VM_VALUE, 0);
		} else {
			/* the URL is visited too: harmless, and a request object may hold both */
			visit(&f, u, VM_VALUE, 0);
		}
	}
	while (f.nsteps > 0)
		pop_step(&f);
	if (c->a->inventory)
		inventory(&f, rest);
}

/* A string literal argument or keyword `model` of a call, as text (or NULL). */
static bool model_arg(code *c, fg_node call, const char **s, size_t *len, fg_node *value)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	uint32_t cnt = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
	for (uint32_t i = 0; i < cnt && i < 32; i++) {
		fg_node a = fg_node_named_child(args, i);
		fg_kind k = fg_node_kind(a);
		fg_node pairs[1] = { a };
		fg_node obj = unwrap(a);
		/* model="..." as a keyword, or { model: ... } in an options object */
		uint32_t np = fg_node_kind(obj) == FG_K_DICT ? fg_node_named_count(obj) : 1;
		for (uint32_t p = 0; p < np && p < 64; p++) {
			fg_node pr = fg_node_kind(obj) == FG_K_DICT ? fg_node_named_child(obj, p) : pairs[0];
			fg_kind pk = fg_node_kind(pr);
			if (pk != FG_K_KWARG && pk != FG_K_PAIR)
				continue;
			fg_node key = fg_node_role(pr, FG_R_KEY);
			if (fg_node_is_null(key))
				continue;
			const char *kn;
			size_t kl;
			key_name(c, unwrap(key), &kn, &kl);
			if (kl == 5 && !strncmp(kn, "model", 5)) {
				*value = fg_node_role(pr, FG_R_VALUE);
				if (is_plain_string(unwrap(*value)))
					string_content(c, unwrap(*value), s, len);
				else
					*s = NULL, *len = 0;
				return true;
			}
		}
		(void)k;
	}
	return false;
}

/*
 * Frameworks: LangChain/agno/pydantic-ai/Agent Framework objects built on a
 * Foundry client (invoke, run...), LiteLLM and any-llm completions whose
 * model names a Foundry deployment, Vercel AI SDK generateText with a
 * Foundry provider.  Returns true when the call was a request (and ran it).
 */
static bool framework_request(code *c, const callsite *cs, fg_buf *ev)
{
	fg_analysis *a = c->a;
	const char *ct = cs->callee;
	size_t ll;
	const char *last = last_name(ct, &ll);
	fg_node object = call_object(cs->node);
	uint32_t evpos = 0;
	if (!fg_node_is_null(object) && flow_is(c, FG_FLOW_FRAMEWORK_METHOD, last, ll)) {
		client_kind k = classify(c, object, cs->scope, 0, &evpos);
		if (k != CK_FOUNDRY && k != CK_WRAPS_FOUNDRY)
			return false;
		fg_buf_printf(ev, "Foundry client: built at line %u (framework)", fg__line(a, evpos));
		run_flow(c, cs, ev->ptr, evpos, 0);
		return true;
	}
	if (!flow_is(c, FG_FLOW_MODEL_CALL, last, ll))
		return false;
	const char *ms;
	size_t ml;
	fg_node mv;
	if (!model_arg(c, cs->node, &ms, &ml, &mv))
		return false;
	bool foundry = false;
	if (ms) {
		/* LiteLLM "azure_ai/claude-...", any-llm "azureanthropic/..."; "azure/claude-..." needs an /anthropic api_base */
		foundry = flow_is(c, FG_FLOW_MODEL_FOUNDRY, ms, ml);
		if (!foundry && ml > 12 && !strncmp(ms, "azure/claude", 12)) {
			fg_buf t = FG_BUF_INIT;
			gather_text(c, fg_node_role(cs->node, FG_R_ARGS), cs->scope, &t, 0);
			foundry = flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, t.ptr ? t.ptr : "", t.len);
			fg_buf_release(&t);
		}
		if (foundry)
			fg_buf_puts(ev, "Foundry deployment: the model names Claude on Azure AI Foundry");
	} else {
		/* generateText({ model: foundry('claude-...') }) with foundry = createAnthropic({ baseURL: <Foundry> }) */
		fg_node v = unwrap(mv);
		if (fg_node_kind(v) == FG_K_CALL) {
			fg_node callee = fg_node_role(v, FG_R_CALLEE);
			client_kind k = fg_node_is_null(callee) ? CK_UNKNOWN : classify(c, callee, cs->scope, 0, &evpos);
			foundry = k == CK_FOUNDRY || k == CK_WRAPS_FOUNDRY;
			if (foundry)
				fg_buf_printf(ev, "Foundry provider: built at line %u", fg__line(a, evpos));
		}
	}
	if (!foundry)
		return false;
	run_flow(c, cs, ev->ptr, evpos, 0);
	return true;
}

static void find_requests(code *c)
{
	fg_analysis *a = c->a;
	const fg_regex *req = a->rs->flow[FG_FLOW_REQUEST_METHOD];
	for (size_t i = 0; i < c->ncalls; i++) {
		const callsite *cs = &c->calls[i];
		const char *ct = cs->callee;
		size_t ctl = strlen(ct);
		if (!ctl)
			continue;
		size_t ms, me, gs, ge;
		fg_buf ev = FG_BUF_INIT;
		if (req && fg_regex_search(req, a->w->matcher, ct, ctl, 0, &ms, &me, &gs, &ge) == 1 && ms == 0 &&
		    me == ctl) {
			/* The receiver is a prefix of the callee text; find its node. */
			fg_node recv = call_object(cs->node);
			for (int up = 0; up < 8 && !fg_node_is_null(recv); up++) {
				char *rt = compact_text(c, recv);
				bool done = strlen(rt) <= ge - gs;
				free(rt);
				fg_kind rk = fg_node_kind(recv);
				if (done || (rk != FG_K_ATTR && rk != FG_K_CALL))
					break;
				recv = rk == FG_K_ATTR ? fg_node_role(recv, FG_R_OBJECT) : call_object(recv);
			}
			if (fg_node_is_null(recv)) {
				fg_buf_release(&ev);
				continue;
			}
			uint32_t evpos = 0;
			client_kind k = classify(c, recv, cs->scope, 0, &evpos);
			if (k == CK_UNKNOWN)
				a->unresolved = true;
			if (k == CK_OTHER || (k == CK_UNKNOWN && !a->repo_foundry)) {
				fg_buf_release(&ev);
				continue;
			}
			if (k == CK_WRAPS_FOUNDRY)
				k = CK_FOUNDRY;
			if (k == CK_FOUNDRY)
				fg_buf_printf(&ev, "Foundry client: built at line %u", fg__line(a, evpos));
			else
				fg_buf_puts(&ev, "Foundry: the client is not resolved in this file and the repository "
						 "configures Claude on Foundry");
			run_flow(c, cs, ev.ptr, k == CK_FOUNDRY ? evpos : 0, 0);
		} else if (framework_request(c, cs, &ev)) {
			/* run_flow done by framework_request */
		} else if (flow_is(c, FG_FLOW_REST_CALL, ct, ctl) || flow_is(c, FG_FLOW_REST_SHELL, ct, ctl)) {
			fg_node args = fg_node_role(cs->node, FG_R_ARGS);
			if (fg_node_is_null(args) || fg_node_named_count(args) == 0) {
				fg_buf_release(&ev);
				continue;
			}
			/* Where it goes: the arguments, and the receiver (httpx.Client(base_url=...)). */
			fg_buf t = FG_BUF_INIT;
			gather_text(c, args, cs->scope, &t, 0);
			fg_node obj = call_object(cs->node);
			if (!fg_node_is_null(obj))
				gather_text(c, obj, cs->scope, &t, 0);
			bool foundry = flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, t.ptr ? t.ptr : "", t.len) &&
				       !strstr(t.ptr ? t.ptr : "", "/openai/");
			fg_buf_release(&t);
			if (foundry) {
				fg_buf_puts(&ev, "Foundry endpoint: the request URL is a Claude on Foundry endpoint");
				run_flow(c, cs, ev.ptr, 0, flow_is(c, FG_FLOW_REST_SHELL, ct, ctl) ? 2 : 1);
			}
		}
		fg_buf_release(&ev);
	}
}

void fg__analyze_code(fg_analysis *a, const fg_tree *tree)
{
	code c = { 0 };
	c.a = a;
	c.lang = fg_tree_lang(tree);
	collect(&c, tree);
	collect_foundry_imports(&c);
	find_requests(&c);
	for (size_t i = 0; i < c.nassigns; i++)
		free(c.assigns[i].lhs_text);
	for (size_t i = 0; i < c.ncalls; i++)
		free(c.calls[i].callee);
	for (size_t i = 0; i < c.nfoundry_names; i++)
		free(c.foundry_names[i]);
	free(c.assigns);
	free(c.calls);
	free(c.scopes);
	free(c.rets);
	free(c.factory_kind);
}
