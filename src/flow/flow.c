/*
 * flow.c - from a request's content back to sensitive names, values,
 * whole records, environment dumps and secret files, inside the function
 * (and up to its callers in the same file); builds the findings.
 */
#include "../analyze/code.h"
#include "../index/index.h"


/* ---- findings ---- */

void fg__describe_request(flow *f, fg_buf *b)
{
	fg_analysis *a = f->c->a;
	uint32_t line = fg__line(a, fg_node_start(f->request->node));
	/* the callee as written can hold a value (`client_for("ana@example.org").messages.create`) */
	fg_buf red = FG_BUF_INIT;
	fg_redact_text(a->w, f->request->callee, strlen(f->request->callee), &red);
	if (red.len > 60)
		fg_buf_printf(b, "%.*s\xE2\x80\xA6 (line %u)", 60, red.ptr, line);
	else
		fg_buf_printf(b, "%s (line %u)", fg_buf_cstr(&red), line);
	fg_buf_release(&red);
}


/* The expression as written, each run of white space as one space (`cat .env`, not `cat.env`). */
static void expr_label(code *c, fg_node n, fg_buf *b)
{
	size_t len;
	const char *t = fg__ntext(c, n, &len);
	fg_buf one = FG_BUF_INIT;
	for (size_t i = 0; i < len && one.len < 64; i++) {
		bool sp = t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r';
		if (!sp)
			fg_buf_putc(&one, t[i]);
		else if (one.len && one.ptr[one.len - 1] != ' ')
			fg_buf_putc(&one, ' ');
	}
	while (one.len && one.ptr[one.len - 1] == ' ')
		one.len--;
	if (one.len > 60)
		fg_buf_printf(b, "%.57s...", fg_buf_cstr(&one));
	else
		fg_buf_add(b, one.ptr ? one.ptr : "", one.len);
	fg_buf_release(&one);
}


const char *const fg__categories[FG_NCATEGORIES] = { "personal", "sensitive-personal", "health", "payment",
					  "government-id", "credential" };

static void note_category(flow *f, const char *cat)
{
	for (size_t i = 0; cat && i < FG_ARRAY_SIZE(fg__categories); i++)
		if (!strcmp(fg__categories[i], cat))
			f->cats |= 1u << i;
}

static void emit(flow *f, fg_node at, const char *rule_id, const char *category, const char *what,
		 uint64_t seed)
{
	f->emitted++;
	code *c = f->c;
	fg_analysis *a = c->a;
	if (a->rs->allow_values) {
		/* allow: the configuration says this expression is fine */
		char *t = fg__compact_text(c, at);
		bool allowed = fg_regex_test(a->rs->allow_values, a->w->matcher, t, strlen(t));
		free(t);
		if (allowed)
			return;
	}
	note_category(f, category);
	fg_buf msg = FG_BUF_INIT;
	fg_buf_printf(&msg, "%s is sent to Claude on Foundry in ", what);
	fg__describe_request(f, &msg);
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
	fg__describe_request(f, &s);
	uint32_t rp = fg_node_start(f->request->node);
	fg_finding_add_step(fd, fg_lineindex_line(&a->li, rp), fg_lineindex_col(&a->li, rp), s.ptr);
	fd->flow[fd->nflow - 1].end_line = fg_lineindex_line(&a->li, fg_node_end(f->request->node));
	fg_finding_add_step(fd, fg_lineindex_line(&a->li, rp), fg_lineindex_col(&a->li, rp), f->evidence);
	fg_buf_release(&s);
}


/*
 * A finding's identity: the function the expression is in, the redacted
 * expression (or value) and the request's callee -- never a raw value.
 */
static uint64_t in_function(const flow *f, uint64_t h)
{
	const fn_scope *sc = f->scope >= 0 && (size_t)f->scope < f->c->nscopes ? &f->c->scopes[f->scope] : NULL;
	if (sc && sc->name)
		h = fg_hash64(sc->name, sc->name_len, h);
	return h;
}

static uint64_t seed_of(flow *f, fg_node n)
{
	char *t = fg__compact_text(f->c, n);
	uint64_t h = fg__seed(f->c->a, t, strlen(t), f->request->callee, 0x5eed);
	free(t);
	return in_function(f, h);
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
	emit(f, at, rule, category, what.ptr, seed_of(f, at));
	fg_buf_release(&what);
}


void fg__emit_simple(flow *f, fg_node at, const char *rule, const char *category, const char *prefix)
{
	fg_buf what = FG_BUF_INIT;
	fg_buf_printf(&what, "%s `", prefix);
	expr_label(f->c, at, &what);
	fg_buf_putc(&what, '`');
	emit(f, at, rule, category, what.ptr, seed_of(f, at));
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
				/* the detector and the redacted value, never the value: its hash could be brute-forced */
				uint64_t seed = fg_hash64(red, strlen(red), 0x7a1e);
				seed = fg_hash64(hits[h].det->name, strlen(hits[h].det->name), seed);
				seed = in_function(f, fg_hash64(f->request->callee, strlen(f->request->callee), seed));
				/* emit() takes a node; value spans inside strings are reported by hand. */
				fg_buf msg = FG_BUF_INIT;
				fg_buf_printf(&msg, "%s is sent to Claude on Foundry in ", what.ptr);
				fg__describe_request(f, &msg);
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
					fg__describe_request(f, &st);
					uint32_t rp = fg_node_start(f->request->node);
					fg_finding_add_step(fd, fg_lineindex_line(&a->li, rp), fg_lineindex_col(&a->li, rp), st.ptr);
					fd->flow[fd->nflow - 1].end_line =
						fg_lineindex_line(&a->li, fg_node_end(f->request->node));
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


static bool push_step(flow *f, uint32_t pos, const char *what)
{
	if (f->nsteps >= FLOW_MAX_DEPTH) {
		f->cuts++;
		fg__cut(f->c->a, "a data flow longer than the depth limit");
		return false;
	}
	f->steps[f->nsteps].pos = pos;
	f->steps[f->nsteps].what = fg_xstrdup(what);
	f->nsteps++;
	return true;
}


void fg__pop_step(flow *f)
{
	f->nsteps--;
	free(f->steps[f->nsteps].what);
}


static bool is_env_object(code *c, fg_node n)
{
	char *t = fg__compact_text(c, n);
	bool r = fg__flow_is_str(c, FG_FLOW_ENV_OBJECT, t);
	free(t);
	return r;
}


/* A key: value pair (dict entry, object property, keyword argument). */
/* A field's type description rather than its value: "string", {"type": "string"}, z.string().email(). */
static bool schema_value(code *c, fg_node v)
{
	fg_kind k = fg_node_kind(v);
	if (fg__is_plain_string(v)) {
		const char *s;
		size_t sl;
		fg__string_content(c, v, &s, &sl);
		return sl > 0 && fg__flow_is(c, FG_FLOW_SCHEMA_TYPE, s, sl);
	}
	if (k == FG_K_CALL) {
		char *ct = fg__callee_text(c, v);
		bool hit = fg__flow_is_str(c, FG_FLOW_SCHEMA_CALL, ct);
		free(ct);
		return hit;
	}
	if (k == FG_K_DICT) {
		uint32_t cnt = fg_node_named_count(v);
		for (uint32_t i = 0; i < cnt && i < 64; i++) {
			fg_node p = fg_node_named_child(v, i);
			if (fg_node_kind(p) != FG_K_PAIR)
				continue;
			const char *kn;
			size_t kl;
			fg__key_name(c, fg__unwrap(fg_node_role(p, FG_R_KEY)), &kn, &kl);
			if (kl && fg__flow_is(c, FG_FLOW_SCHEMA_KEY, kn, kl))
				return true;
		}
	}
	return false;
}

void fg__visit_pair(flow *f, fg_node key, fg_node value, vmode mode, int depth)
{
	code *c = f->c;
	const char *kn;
	size_t kl;
	/* a positional argument or a list element written like a pair (PHP, Kotlin) */
	if (fg_node_is_null(key) || fg_node_eq(key, value)) {
		if (!fg_node_is_null(value))
			fg__visit(f, value, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
		return;
	}
	key = fg__unwrap(key);
	fg__key_name(c, key, &kn, &kl);
	if (mode == VM_PARAMS && fg__flow_is(c, FG_FLOW_NON_CONTENT_ARG, kn, kl))
		return;
	if (fg__flow_is(c, FG_FLOW_HEADER_KEY, kn, kl)) {
		/* a request's headers are not content; a token written out in them still is a value */
		fg_node v = fg__unwrap(value);
		if (!fg_node_is_null(v) && fg__is_plain_string(v))
			scan_string_values(f, v);
		return;
	}
	if (mode == VM_REST_OPTS) {
		if (fg__flow_is(c, FG_FLOW_REST_BODY_KEY, kn, kl) && !fg_node_is_null(value))
			fg__visit(f, value, VM_VALUE, depth + 1);
		return;
	}
	const char *cat = fg_name_category(c->a->w, kn, kl);
	if (cat && !fg_node_is_null(value)) {
		fg_node v = fg__unwrap(value);
		fg_kind vk = fg_node_kind(v);
		if (vk == FG_K_LITERAL || schema_value(c, v))
			return;
		if (fg__is_plain_string(v)) {
			const char *s;
			size_t sl;
			fg__string_content(c, v, &s, &sl);
			if (sl == 0 || fg_is_placeholder(c->a->w, s, sl))
				return;
			fg__add_redaction(c->a, (uint32_t)(s - c->a->src), (uint32_t)(s - c->a->src + sl));
		}
		if (vk == FG_K_CALL) {
			char *ct = fg__callee_text(c, v);
			size_t ll;
			const char *last = fg__last_name(ct, &ll);
			bool clean = c->a->rs->sanitizers && fg_regex_test(c->a->rs->sanitizers, c->a->w->matcher, last, ll);
			free(ct);
			if (clean)
				return;
		}
		emit_name(f, key, cat, key);
		return;
	}
	if (!fg_node_is_null(value))
		fg__visit(f, value, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
}


static void visit_children(flow *f, fg_node n, vmode mode, int depth)
{
	uint32_t cnt = fg_node_named_count(n);
	for (uint32_t i = 0; i < cnt && i < 256; i++)
		fg__visit(f, fg_node_named_child(n, i), mode, depth + 1);
}


static void visit_args(flow *f, fg_node args, vmode mode, int depth)
{
	if (fg_node_is_null(args))
		return;
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 0; i < cnt && i < 256; i++) {
		fg_node a = fg_node_named_child(args, i);
		if (fg__arg_bound(f->c, args, i))
			continue;
		if (fg_node_kind(a) == FG_K_KWARG)
			fg__visit_pair(f, fg_node_role(a, FG_R_KEY), fg_node_role(a, FG_R_VALUE), mode, depth + 1);
		else
			fg__visit(f, a, mode, depth + 1);
	}
}


/* Whole-record and environment checks for a serialised or interpolated value. */
static bool check_whole(flow *f, fg_node v)
{
	code *c = f->c;
	v = fg__unwrap(v);
	fg_kind k = fg_node_kind(v);
	if (k != FG_K_IDENT && k != FG_K_ATTR)
		return false;
	if (is_env_object(c, v)) {
		fg__emit_simple(f, v, "sensitive-data/environment-dump", "credential", "Process environment");
		return true;
	}
	fg_node nm = k == FG_K_ATTR ? fg_node_role(v, FG_R_MEMBER) : v;
	size_t len;
	const char *t = fg__ntext(c, nm, &len);
	if (k == FG_K_ATTR && len == 8 && !memcmp(t, "__dict__", 8))
		return check_whole(f, fg_node_role(v, FG_R_OBJECT)); /* user.__dict__: the object's fields */
	if (fg_name_is_record(c->a->w, t, len)) {
		fg__emit_simple(f, v, "sensitive-data/whole-record", "personal", "Whole person record");
		return true;
	}
	return false;
}


/* Follow a local name to what was assigned to it (and appended to it) before `pos`. */
/* The name a parameter node declares: its `name` field, else its first identifier. */
static fg_node param_name(fg_node p)
{
	if (!strcmp(fg_node_type(p), "script_parameter")) {
		/* PowerShell: [Parameter(Mandatory)] [string]$Text - the variable, not the attribute's names */
		uint32_t cnt = fg_node_named_count(p);
		for (uint32_t i = 0; i < cnt && i < 8; i++)
			if (!strcmp(fg_node_type(fg_node_named_child(p, i)), "variable"))
				return fg_node_named_child(p, i);
	}
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
	return fg__null_node();
}


/*
 * Parameters declared together (Go's `system, prompt string`): their names,
 * when the node declares more than one; 0 otherwise.  A type or default
 * written as a plain name is not one of them.
 */
static int grouped_names(fg_node p, fg_node *out, int max)
{
	fg_node type = fg_node_field(p, "type"), value = fg_node_field(p, "value");
	int n = 0;
	uint32_t cnt = fg_node_named_count(p);
	for (uint32_t i = 0; i < cnt && n < max; i++) {
		fg_node ch = fg_node_named_child(p, i);
		if (fg_node_kind(ch) == FG_K_IDENT && !fg_node_eq(ch, type) && !fg_node_eq(ch, value))
			out[n++] = ch;
	}
	return n >= 2 ? n : 0;
}

int fg__param_names(fg_node p, fg_node *out, int max)
{
	int n = grouped_names(p, out, max);
	if (n)
		return n;
	out[0] = param_name(p);
	return fg_node_is_null(out[0]) || max < 1 ? 0 : 1;
}

/*
 * A parameter of the function the flow is in: follow it to the arguments
 * of the calls of that function in this file (a helper that builds the
 * prompt from what its callers pass).  Bounded to two calls up.
 */
#define FLOW_MAX_CALLS_UP 2
#define FLOW_MAX_CALLERS 8

size_t fg__param_args(code *c, fg_node call, int index, const char *name, const char *named, fg_node *out,
		      size_t max)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	uint32_t na = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
	size_t n = 0;
	int pos = 0;
	for (uint32_t i = 0; i < na && i < 64 && n < max; i++) {
		fg_node a = fg_node_named_child(args, i);
		fg_kind k = fg_node_kind(a);
		if (k == FG_K_SPREAD || fg__arg_bound(c, args, i))
			continue;
		fg_node key = k == FG_K_KWARG ? fg_node_role(a, FG_R_KEY) : fg__null_node();
		if (k == FG_K_KWARG && !fg_node_is_null(key)) {
			size_t kl;
			const char *kt = fg__ntext(c, key, &kl);
			if (named) {
				/* a `**` parameter: every keyword argument that names no other parameter */
				bool other = false;
				for (const char *p = named; *p && !other;) {
					size_t l = strcspn(p, " ");
					other = l == kl && !strncmp(p, kt, kl);
					p += l + (p[l] == ' ');
				}
				if (!other)
					out[n++] = a;
			} else if (fg__same_param(c, kt, kl, name, strlen(name))) {
				out[n++] = fg_node_role(a, FG_R_VALUE);
				return n;
			}
			continue;
		}
		if (pos++ == index && !named) {
			/* C#'s and Kotlin's argument nodes without a name: the node itself when it has no value role */
			fg_node v = k == FG_K_KWARG ? fg_node_role(a, FG_R_VALUE) : a;
			out[n++] = fg_node_is_null(v) ? a : v;
			return n;
		}
	}
	return n;
}

/*
 * Where a summary's request is made on a parameter of the function (`def
 * complete(client, text)`: client.messages.create on a receiver this file
 * cannot resolve), and a caller passes an argument resolved to anything but
 * a Foundry client: that call sends nothing to Claude on Foundry.
 */
static bool caller_client_not_foundry(code *c, const callsite *cs, int index, const char *name)
{
	if (index < 0)
		return false;
	fg_node arg;
	if (!fg__param_args(c, cs->node, index, name, NULL, &arg, 1))
		return false;
	uint32_t ev = 0;
	client_kind k = fg__classify(c, arg, cs->scope, 0, &ev);
	return k != CK_UNKNOWN && k != CK_FOUNDRY && k != CK_WRAPS_FOUNDRY;
}

/* A request on the URL its callers pass (a Foundry endpoint or a relative Messages path): a caller that passes another URL is not followed. */
static bool caller_url_elsewhere(flow *f, const callsite *caller)
{
	if (f->calls_up != 0 || !f->evidence_kind ||
	    (strcmp(f->evidence_kind, "caller-endpoint") != 0 && strcmp(f->evidence_kind, "relative-path") != 0))
		return false;
	int index, scope = -1;
	char *url = fg__url_param(f->c, f->request, &index, &scope);
	bool other = url && scope == f->scope && fg__caller_url(f->c, caller, index, url) == URL_OTHER;
	free(url);
	return other;
}

static bool follow_parameter(flow *f, const char *name, int depth)
{
	code *c = f->c;
	if (f->scope < 0)
		return false;
	const fn_scope *sc = &c->scopes[f->scope];
	int outer = fg__param_index(c, f->scope, name) < 0 ? fg__enclosing_scope(c, f->scope) : -1;
	if (outer >= 0 && fg__param_index(c, outer, name) >= 0) {
		/* a callback's captured name: a parameter of the function around it (withRetry(async () => fetch(url, body))) */
		int saved = f->scope;
		f->scope = outer;
		bool r = follow_parameter(f, name, depth + 1);
		f->scope = saved;
		return r;
	}
	if (!sc->name || !sc->name_len)
		return false;
	fg_node params = fg_node_role(sc->node, FG_R_PARAMS);
	if (fg_node_is_null(params))
		return false;
	/* the request's receiver, when it is a bare name the file could not resolve (`client.messages.create`) */
	const char *recv = f->calls_up == 0 && f->evidence_kind && !strcmp(f->evidence_kind, "repository-context")
				   ? f->request->callee : NULL;
	size_t recv_len = recv ? strcspn(recv, ".") : 0;
	int index = -1, offset = 0, client_index = -1, shared = 0;
	bool kwargs = false;
	fg_buf named = FG_BUF_INIT;
	uint32_t np = fg_node_kind(params) == FG_K_IDENT ? 1 : fg_node_named_count(params);
	for (uint32_t i = 0; i < np && i < 64; i++) {
		fg_node whole = np == 1 && fg_node_kind(params) == FG_K_IDENT ? params : fg_node_named_child(params, i);
		fg_node names[8];
		int nn = grouped_names(whole, names, 8);
		fg_node pn = nn ? fg__null_node() : param_name(whole);
		for (int g = 0; g < nn && fg_node_is_null(pn); g++) {
			size_t gl;
			const char *gt = fg__ntext(c, names[g], &gl);
			if (gl == strlen(name) && !strncmp(gt, name, gl))
				pn = names[g], shared += g;
		}
		if (nn && fg_node_is_null(pn))
			shared += nn - 1;
		if (fg_node_is_null(pn))
			continue;
		size_t len;
		const char *t = fg__ntext(c, pn, &len);
		if (i == 0 && ((len == 4 && !strncmp(t, "self", 4)) || (len == 3 && !strncmp(t, "cls", 3)))) {
			offset = 1; /* a method: callers pass the receiver before the arguments */
			continue;
		}
		size_t wl;
		const char *wt = fg__ntext(c, whole, &wl);
		bool splat = wl > 2 && wt[0] == '*';
		if (!splat)
			fg_buf_printf(&named, "%s%.*s", named.len ? " " : "", (int)len, t);
		if (recv && len == recv_len && !strncmp(t, recv, len) && !splat)
			client_index = (int)i - offset + shared;
		if (index < 0 && fg__same_param(c, t, len, name, strlen(name))) {
			index = (int)i - offset + shared;
			kwargs = wl > 2 && wt[0] == '*' && wt[1] == '*';
			if (splat && !kwargs)
				index = -1; /* *args: positions not followed */
			/* label = c.phone: a default value is what the parameter holds when a caller leaves it out */
			fg_node dv = fg_node_field(whole, "value");
			if (fg_node_is_null(dv))
				dv = fg_node_field(whole, "right");
			for (uint32_t k = 0; fg_node_is_null(dv) && k < fg_node_named_count(whole) && k < 8; k++) {
				/* PowerShell: [string]$Label = $c.Phone */
				fg_node ch = fg_node_named_child(whole, k);
				if (!strcmp(fg_node_type(ch), "script_parameter_default") && fg_node_named_count(ch))
					dv = fg_node_named_child(ch, 0);
			}
			if (!fg_node_is_null(dv) && !fg_node_eq(dv, pn)) {
				unsigned before = f->emitted;
				fg__visit(f, dv, VM_VALUE, depth + 1);
				if (f->emitted != before) {
					fg_buf_release(&named);
					return true;
				}
			}
		}
	}
	if (client_index == index)
		client_index = -1;
	char *client_param = client_index >= 0 ? fg_xstrndup(recv, recv_len) : NULL;
	if (index >= 0 && c->a->w->sinks) {
		/* a summary for callers in other files: this parameter reaches the request */
		char *fn = fg_xstrndup(sc->name, sc->name_len);
		const class_rec *k = fg__class_at(c, sc->start);
		fg_sink s = { index, name, NULL, fn, kwargs ? fg_buf_cstr(&named) : NULL, client_index, client_param };
		fg_facts_add_sink(c->a->w->sinks, k ? k->name : NULL, &s);
		free(fn);
	}
	bool any = false;
	int callers = 0;
	for (size_t k = 0; index >= 0 && f->calls_up < FLOW_MAX_CALLS_UP && k < c->ncalls && callers < FLOW_MAX_CALLERS;
	     k++) {
		const callsite *cs = &c->calls[k];
		if (!fg__calls_scope(c, cs, f->scope))
			continue;
		fg_node args[16];
		size_t nargs = fg__param_args(c, cs->node, index, name, kwargs ? fg_buf_cstr(&named) : NULL, args, 16);
		if (!nargs || caller_client_not_foundry(c, cs, client_index, client_param) || caller_url_elsewhere(f, cs))
			continue;
		callers++;
		any = true;
		fg_buf st = FG_BUF_INIT;
		fg_buf_printf(&st, "passed as `%s%.40s` to %.*s()", kwargs ? "**" : "", name, (int)sc->name_len, sc->name);
		for (size_t i = 0; i < nargs; i++) {
			if (!push_step(f, fg_node_start(args[i]), st.ptr))
				break;
			int saved = f->scope;
			f->scope = cs->scope;
			f->calls_up++;
			/* keyword arguments gathered by `**extra` are the request's own parameters */
			fg__visit(f, args[i], kwargs ? VM_PARAMS : VM_VALUE, depth + 1);
			f->calls_up--;
			f->scope = saved;
			fg__pop_step(f);
		}
		fg_buf_release(&st);
	}
	free(client_param);
	fg_buf_release(&named);
	return any;
}



/* fmt.Fprintf(&name, "...", x) in the function: x is written into name. */
static bool follow_writers(flow *f, const char *name, int scope, int depth)
{
	code *c = f->c;
	if (!c->writers_found) {
		c->writers_found = true;
		for (size_t i = 0; i < c->ncalls; i++)
			if (fg__flow_is_str(c, FG_FLOW_WRITER_CALL, c->calls[i].callee)) {
				c->writers = fg_xrealloc(c->writers, (c->nwriters + 1) * sizeof *c->writers);
				c->writers[c->nwriters++] = i;
			}
	}
	bool any = false;
	for (size_t w = 0; w < c->nwriters; w++) {
		const callsite *cs = &c->calls[c->writers[w]];
		fg_node args = fg_node_role(cs->node, FG_R_ARGS);
		if (cs->scope != scope || fg_node_is_null(args) || fg_node_named_count(args) < 2)
			continue;
		char *t = fg__compact_text(c, fg_node_named_child(args, 0));
		bool hit = !strcmp(t + (t[0] == '&'), name);
		free(t);
		if (!hit)
			continue;
		any = true;
		uint32_t na = fg_node_named_count(args);
		for (uint32_t i = 1; i < na && i < 64; i++)
			fg__visit(f, fg_node_named_child(args, i), VM_VALUE, depth + 1);
	}
	return any;
}

/* A positional argument's value (C# wraps each argument in a node of its own). */
static fg_node positional(fg_node a)
{
	if (fg_node_kind(a) == FG_K_KWARG && fg_node_is_null(fg_node_role(a, FG_R_KEY)))
		a = fg_node_role(a, FG_R_VALUE);
	return fg__unwrap(a);
}

/* path: the callee after the object's name, up to method m; does it go through a headers member (header-key)? */
static bool through_headers(code *c, const char *path, const char *m)
{
	while (path < m) {
		size_t sl = strcspn(path, ".");
		if (path + sl > m)
			sl = (size_t)(m - path);
		if (sl && fg__flow_is(c, FG_FLOW_HEADER_KEY, path, sl))
			return true;
		path += sl + 1;
	}
	return false;
}

/* "api-key", "Authorization": a header a request authenticates with (auth-header in flow.tsv). */
static bool header_name(code *c, fg_node str)
{
	const char *s;
	size_t sl;
	fg__string_content(c, str, &s, &sl);
	return sl > 0 && fg__flow_is(c, FG_FLOW_AUTH_HEADER, s, sl);
}

/*
 * A client, agent or chat model - or what a method of one returns (a
 * session, a thread) - is never request content: its constructor's
 * credentials are not sent to the model.
 */
/* Does the call pass a client's credential by name (`apiKey: $key`, `api_key=key`, `token=`)? */
static bool passes_credential(code *c, fg_node call)
{
	fg_node args = fg_node_role(call, FG_R_ARGS);
	uint32_t n = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
	for (uint32_t i = 0; i < n && i < 32; i++) {
		fg_node a = fg_node_named_child(args, i);
		if (fg_node_kind(a) != FG_K_KWARG && fg_node_kind(a) != FG_K_PAIR)
			continue;
		fg_node key = fg_node_role(a, FG_R_KEY);
		if (fg_node_is_null(key))
			continue;
		const char *kn;
		size_t kl;
		fg__key_name(c, fg__unwrap(key), &kn, &kl);
		/* what authenticates a client (a key, a token), not a record's password */
		const char *cat = kl ? fg_name_category(c->a->w, kn, kl) : NULL;
		if (!cat || strcmp(cat, "credential") != 0)
			continue;
		char words[128];
		fg_name_normalize(kn, kl, words, sizeof(words));
		if (strstr(words, "key") || strstr(words, "token") || strstr(words, "credential"))
			return true;
	}
	return false;
}

static bool holds_client(code *c, fg_node rhs, int scope)
{
	uint32_t ev = 0;
	fg_node v = fg__unwrap(rhs);
	fg_kind k = fg_node_kind(v);
	if (k != FG_K_CALL && k != FG_K_NEW && k != FG_K_IDENT && k != FG_K_ATTR)
		return false;
	if (fg__classify(c, v, scope, 0, &ev) != CK_UNKNOWN)
		return true;
	/* a third-party SDK's client built with its key (new ClaudePhp(apiKey: $key)) */
	if ((k == FG_K_NEW || k == FG_K_CALL) && passes_credential(c, v) && fg__vendor_default_client(c, v, scope))
		return true;
	if (k != FG_K_CALL)
		return false;
	fg_node obj = fg__call_object(v);
	fg_kind ok = fg_node_is_null(obj) ? FG_K_OTHER : fg_node_kind(fg__unwrap(obj));
	return (ok == FG_K_IDENT || ok == FG_K_ATTR || ok == FG_K_CALL) &&
	       fg__classify(c, obj, scope, 0, &ev) != CK_UNKNOWN;
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
		size_t lo, hi;
		fg__assign_range(c, name, &lo, &hi);
		for (size_t i = lo; i < hi; i++) {
			const assign *as = &c->assigns[i];
			if (as->scope != want)
				continue;
			uint32_t at = fg_node_start(as->lhs);
			/* later assignments do not count, also in a script's top level */
			if ((want != -1 || f->scope == -1) && at >= pos)
				continue;
			const char *lt = as->lhs_text;
			if (fg__lhs_names(lt, name)) {
				local = pass == 0;
				any_module = any_module || pass == 1;
				uint32_t rs = fg_node_start(as->rhs);
				bool cycle = false;
				for (int v = 0; v < f->nvisiting; v++)
					if (f->visiting[v] == rs)
						cycle = true;
				if (cycle || holds_client(c, as->rhs, as->scope))
					continue;
				if (f->nvisiting >= FLOW_MAX_DEPTH) {
					f->cuts++;
					fg__cut(c->a, "a data flow longer than the depth limit");
					continue;
				}
				fg_buf st = FG_BUF_INIT;
				fg_buf_printf(&st, "assigned to `%.60s`", name);
				if (push_step(f, at, st.ptr)) {
					f->visiting[f->nvisiting++] = rs;
					fg__visit(f, as->rhs, mode, depth + 1);
					f->nvisiting--;
					fg__pop_step(f);
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
					fg__visit_pair(f, key, as->rhs, VM_VALUE, depth + 1);
			}
		}
		/*
		 * name.append(x), name.push(x), body.putArray("m").addObject().put("content", x)...:
		 * arguments flow into name - wherever they are in the function, since a
		 * list appended to in a loop is sent again on the next turn (tool-use loops).
		 */
		fg_buf dotted = FG_BUF_INIT;
		fg_buf_printf(&dotted, "%s.", name);
		fg__call_range(c, dotted.ptr, &lo, &hi);
		fg_buf_release(&dotted);
		for (size_t i = lo; i < hi; i++) {
			const callsite *cs = &c->calls[i];
			if (cs->scope != want || fg_node_start(cs->node) == pos)
				continue;
			const char *ct = cs->callee;
			size_t ml;
			const char *m = fg__last_name(ct, &ml);
			if (!fg__flow_is(c, FG_FLOW_MUTATOR, m, ml))
				continue;
			local = local || pass == 0;
			/* request.Headers.Add(...), req.headers.set(...): the request's headers are not content */
			if (through_headers(c, ct + nl + 1, m))
				continue;
			fg_node args = fg_node_role(cs->node, FG_R_ARGS);
			uint32_t na = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
			fg_node a0 = na ? positional(fg_node_named_child(args, 0)) : fg__null_node();
			/* put("content", x): a key and its value, like a dict entry; h.set("api-key", key) sets a header */
			if (na == 2 && fg__is_plain_string(a0) && header_name(c, a0))
				continue;
			if (na == 2 && fg__is_plain_string(a0))
				fg__visit_pair(f, a0, fg_node_named_child(args, 1), VM_VALUE, depth + 1);
			else
				visit_args(f, args, VM_VALUE, depth + 1);
		}
	}
	if (f->scope >= 0 && follow_writers(f, name, f->scope, depth))
		local = true;
	if (!local && !any_module && !strchr(name, '.'))
		(void)follow_parameter(f, name, depth);
}


/* Is node a literal that stands for no data: a placeholder string, an empty one, None/null/a number? */
static bool placeholder_literal(code *c, fg_node v)
{
	v = fg__unwrap(v);
	if (fg_node_kind(v) == FG_K_LITERAL)
		return true;
	if (!fg__is_plain_string(v))
		return false;
	const char *s;
	size_t sl;
	fg__string_content(c, v, &s, &sl);
	return sl == 0 || fg_is_placeholder(c->a->w, s, sl);
}

/* The value of key `member` in the object literal(s) a local name was set to, or a null node. */
static fg_node member_value(code *c, const char *obj, const char *member, size_t ml, int scope, uint32_t pos)
{
	size_t lo, hi;
	fg__assign_range(c, obj, &lo, &hi);
	for (size_t i = lo; i < hi; i++) {
		const assign *as = &c->assigns[i];
		if (strcmp(as->lhs_text, obj) != 0 || (as->scope != scope && as->scope != -1) ||
		    (as->scope == scope && fg_node_start(as->lhs) >= pos))
			continue;
		fg_node d = fg__unwrap(as->rhs);
		if (fg_node_kind(d) != FG_K_DICT)
			continue;
		uint32_t cnt = fg_node_named_count(d);
		for (uint32_t k = 0; k < cnt && k < 256; k++) {
			fg_node p = fg_node_named_child(d, k);
			if (fg_node_kind(p) != FG_K_PAIR)
				continue;
			fg_node key = fg_node_role(p, FG_R_KEY);
			if (fg_node_is_null(key))
				continue;
			const char *kn;
			size_t kl;
			fg__key_name(c, fg__unwrap(key), &kn, &kl);
			if (kl == ml && !strncmp(kn, member, ml))
				return fg_node_role(p, FG_R_VALUE);
		}
	}
	return fg__null_node();
}

/* obj.member / obj["member"] where obj was set to an object literal here: visits that member's value. */
static bool visit_literal_member(flow *f, fg_node obj, const char *member, size_t ml, uint32_t pos, int depth)
{
	if (fg_node_is_null(obj) || fg_node_kind(obj) != FG_K_IDENT)
		return false;
	char *on = fg__compact_text(f->c, obj);
	fg_node v = member_value(f->c, on, member, ml, f->scope, pos);
	free(on);
	if (fg_node_is_null(v))
		return false;
	fg__visit(f, v, VM_VALUE, depth + 1);
	return true;
}

/*
 * A sensitive name whose every value here is a placeholder is clean:
 * `email = "user@example.com"` ... `${email}`, `sample = { pin: "<pin>" }` ... `sample.pin`.
 */
static bool bound_to_placeholders(flow *f, fg_node n)
{
	code *c = f->c;
	fg_kind k = fg_node_kind(n);
	uint32_t pos = fg_node_start(n);
	if (k == FG_K_IDENT) {
		char *name = fg__compact_text(c, n);
		size_t lo, hi, seen = 0;
		bool all = true;
		fg__assign_range(c, name, &lo, &hi);
		for (size_t i = lo; i < hi && all; i++) {
			const assign *as = &c->assigns[i];
			if (strcmp(as->lhs_text, name) != 0 || (as->scope != f->scope && as->scope != -1) ||
			    (as->scope == f->scope && fg_node_start(as->lhs) >= pos))
				continue;
			seen++;
			all = placeholder_literal(c, as->rhs);
		}
		free(name);
		return seen > 0 && all;
	}
	if (k == FG_K_ATTR) {
		fg_node obj = fg_node_role(n, FG_R_OBJECT), m = fg_node_role(n, FG_R_MEMBER);
		if (fg_node_is_null(obj) || fg_node_is_null(m) || fg_node_kind(obj) != FG_K_IDENT)
			return false;
		char *on = fg__compact_text(c, obj);
		size_t ml;
		const char *mt = fg__ntext(c, fg__unwrap(m), &ml);
		fg_node v = member_value(c, on, mt, ml, f->scope, pos);
		free(on);
		return !fg_node_is_null(v) && placeholder_literal(c, v);
	}
	return false;
}

/* a < b, a == b, x in y, !x ...: a yes/no, not the data */
static bool is_comparison(code *c, fg_node bin)
{
	fg_node l = fg_node_role(bin, FG_R_LEFT), r = fg_node_role(bin, FG_R_RIGHT);
	if (fg_node_is_null(l) || fg_node_is_null(r))
		return false;
	const char *src = c->a->src;
	uint32_t a = fg_node_end(l), b = fg_node_start(r);
	char op[16];
	size_t n = 0;
	for (uint32_t i = a; i < b && n < sizeof(op) - 1; i++)
		if (src[i] != ' ' && src[i] != '\t' && src[i] != '\n' && src[i] != '\r')
			op[n++] = src[i];
	op[n] = '\0';
	return fg_ruleset_lang_is(c->a->rs, c->lang, FG_LW_COMPARE, op, n);
}

/* Kotlin's buildJsonObject { put("content", prompt) }: a trailing lambda builds the value. */
static void visit_builder_lambda(flow *f, fg_node args, int depth)
{
	if (fg_node_is_null(args))
		return;
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 0; i < cnt && i < 16; i++) {
		fg_node a = fg_node_named_child(args, i);
		if (fg_node_kind(a) != FG_K_FUNC && fg_node_named_count(a) > 0)
			a = fg_node_named_child(a, 0); /* annotated_lambda > lambda_literal */
		if (fg_node_kind(a) == FG_K_FUNC)
			visit_children(f, a, VM_NO_RECORD, depth);
	}
}

/* customers.head(20), df.sort_values("x").reset_index(): the table the rows come from. */
static fg_node rows_of(code *c, fg_node n)
{
	for (int i = 0; i < 8; i++) {
		fg_node u = fg__unwrap(n);
		if (fg_node_kind(u) != FG_K_CALL)
			return u;
		char *ct = fg__callee_text(c, u);
		size_t ll;
		const char *last = fg__last_name(ct, &ll);
		bool keep = fg__flow_is(c, FG_FLOW_ROW_SELECTION, last, ll);
		free(ct);
		fg_node o = fg__call_object(u);
		if (!keep || fg_node_is_null(o))
			return u;
		n = o;
	}
	return fg__unwrap(n);
}

/* A sanitiser handed to map/apply as a function value, or called in a lambda argument. */
static bool sanitizer_passed(code *c, fg_node args)
{
	const fg_regex *san = c->a->rs->sanitizers;
	if (!san || fg_node_is_null(args))
		return false;
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 0; i < cnt && i < 8; i++) {
		fg_node a = fg__unwrap(fg_node_named_child(args, i));
		fg_kind k = fg_node_kind(a);
		if (k == FG_K_IDENT || k == FG_K_ATTR) {
			char *t = fg__compact_text(c, a);
			size_t ll;
			const char *last = fg__last_name(t, &ll);
			bool hit = fg_regex_test(san, c->a->w->matcher, last, ll);
			free(t);
			if (hit)
				return true;
		} else if (k == FG_K_FUNC) {
			/* the lambda's body calls a sanitiser on its value */
			for (size_t j = 0; j < c->ncalls; j++) {
				const callsite *cs = &c->calls[j];
				if (fg_node_start(cs->node) < fg_node_start(a) || fg_node_end(cs->node) > fg_node_end(a))
					continue;
				size_t ll;
				const char *last = fg__last_name(cs->callee, &ll);
				if (fg_regex_test(san, c->a->w->matcher, last, ll))
					return true;
			}
		}
	}
	return false;
}

/* self.m(...) / this.m(...): the scope of method m of the class the call is in, or -1. */
static int own_method(const code *c, const char *callee, uint32_t pos)
{
	const class_rec *k = fg__class_at(c, pos);
	size_t l = k ? fg__receiver_len(c, callee) : 0;
	if (!l || strchr(callee + l, '.'))
		return -1;
	size_t ml = strlen(callee + l);
	for (size_t i = 0; i < c->nscopes; i++) {
		const fn_scope *s = &c->scopes[i];
		if (s->name && s->name_len == ml && !strncmp(s->name, callee + l, ml) && s->start >= k->start &&
		    s->end <= k->end)
			return (int)i;
	}
	return -1;
}

static void visit_call(flow *f, fg_node n, vmode mode, int depth)
{
	code *c = f->c;
	fg_analysis *a = c->a;
	fg_node args = fg_node_role(n, FG_R_ARGS);
	char *ct = fg__callee_text(c, n);
	if (!*ct)
		goto done;
	size_t ll;
	const char *last = fg__last_name(ct, &ll);
	fg_node object = fg__call_object(n);
	bool is_method = !fg_node_is_null(object);
	uint32_t nargs = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
	if (fg_lang_has(c->lang, FG_LT_ARGS_NAME_FIRST) && nargs > 0)
		nargs--; /* a shell command's arguments start with its name */
	if (nargs == 1 && fg_node_named_count(fg_node_named_child(args, 0)) == 0) {
		size_t al;
		const char *at = fg__ntext(c, fg_node_named_child(args, 0), &al);
		if (al == 2 && at[0] == '(' && at[1] == ')')
			nargs = 0; /* Kotlin: a call suffix holding empty `()` */
	}

	if (fg_node_kind(n) == FG_K_NEW) {
		/* new T(args) { Field = value }: arguments and initializer are data */
		visit_args(f, args, VM_NO_RECORD, depth + 1);
		fg_node body = fg_node_role(n, FG_R_BODY);
		if (!fg_node_is_null(body))
			fg__visit(f, body, mode == VM_PARAMS ? VM_PARAMS : VM_VALUE, depth + 1);
		goto done;
	}
	if (a->rs->sanitizers && (fg_regex_test(a->rs->sanitizers, a->w->matcher, last, ll)))
		goto done;
	if (is_method && fg__flow_is(c, FG_FLOW_HIGHER_ORDER, last, ll) && sanitizer_passed(c, args))
		goto done; /* emails.map(hash_email), col.apply(lambda e: mask(e)) */
	if (fg__callee_is(c, FG_FLOW_NAMES_ONLY, ct))
		goto done;
	if (fg__callee_is(c, FG_FLOW_ENV_DUMP_CALL, ct)) {
		fg__emit_simple(f, n, "sensitive-data/environment-dump", "credential", "Environment file contents");
		goto done;
	}
	if (fg_lang_has(c->lang, FG_LT_NAMED_PARAMS)) {
		size_t nl;
		const char *nt = fg__ntext(c, n, &nl);
		if (fg__flow_is(c, FG_FLOW_ENV_DUMP_COMMAND, nt, nl)) {
			fg__emit_simple(f, n, "sensitive-data/environment-dump", "credential", "Process environment");
			goto done;
		}
	}
	if (nargs == 0 && fg__flow_is_str(c, FG_FLOW_ENV_DUMP_NOARG, ct)) {
		fg__emit_simple(f, n, "sensitive-data/environment-dump", "credential", "Process environment");
		goto done;
	}
	if (fg__callee_is(c, FG_FLOW_FILE_READ, ct)) {
		/* the path, also when it is held in a variable: envPath = resolve(root, '.env') */
		size_t tl;
		const char *t = fg__ntext(c, n, &tl);
		fg_buf path = FG_BUF_INIT;
		fg_buf_add(&path, t, tl);
		if (!fg_node_is_null(args))
			fg__gather_text(c, args, f->scope, &path, 0);
		bool secret = fg__flow_is(c, FG_FLOW_SENSITIVE_FILE, path.ptr ? path.ptr : "", path.len);
		fg_buf_release(&path);
		if (secret) {
			fg__emit_simple(f, n, "sensitive-data/secret-file", "credential", "Contents of the secret file");
			goto done;
		}
	}
	if (fg__callee_is(c, FG_FLOW_GETTER, ct) && nargs > 0) {
		fg_node k0 = fg_node_named_child(args, 0);
		if (fg__is_plain_string(fg__unwrap(k0))) {
			const char *s;
			size_t sl;
			fg__string_content(c, fg__unwrap(k0), &s, &sl);
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
		fg_node m = fg__call_member(n);
		if (!fg_node_is_null(m)) {
			size_t ml;
			const char *mt = fg__ntext(c, fg__unwrap(m), &ml);
			const char *cat = fg_name_category(a->w, mt, ml);
			if (cat) {
				emit_name(f, n, cat, n);
				goto done;
			}
		}
	}
	if (fg__callee_is(c, FG_FLOW_SERIALIZER, ct)) {
		if (is_method && check_whole(f, rows_of(c, object)))
			goto done;
		for (uint32_t i = 0; i < nargs && i < 64; i++) {
			fg_node arg = fg_node_named_child(args, i);
			if (fg_node_kind(arg) == FG_K_KWARG) {
				/* dict(ssn=...), also harmless options such as indent=2 */
				fg__visit_pair(f, fg_node_role(arg, FG_R_KEY), fg_node_role(arg, FG_R_VALUE),
					   mode == VM_NO_RECORD ? VM_VALUE : mode, depth + 1);
				continue;
			}
			if (!check_whole(f, arg))
				fg__visit(f, arg, mode == VM_NO_RECORD ? VM_VALUE : mode, depth + 1);
		}
		/* json.dumps(x): json is a module; sb.String(), obj.to_json(): the receiver is the data */
		if (is_method && (fg_node_kind(object) != FG_K_IDENT || nargs == 0))
			fg__visit(f, object, VM_VALUE, depth + 1);
		goto done;
	}
	if (fg__callee_is(c, FG_FLOW_COLLECTION_CALL, ct)) {
		visit_args(f, args, mode, depth + 1); /* listOf(mapOf("content" to text)): its elements are sent */
		goto done;
	}
	if (fg__flow_is(c, FG_FLOW_KEYED_LOOKUP, last, ll) && !fg_name_category(a->w, last, ll))
		goto done; /* activeOutages(customer.address): outages, not the address */
	if (is_method && fg__callee_is(c, FG_FLOW_PASSTHROUGH, ct)) {
		fg__visit(f, object, mode, depth + 1);
		visit_args(f, args, mode, depth + 1);
		goto done;
	}
	/*
	 * An unknown call: its arguments may carry data into its result.  In a
	 * builder chain (Params.builder().model(m).addUserMessage(text).build())
	 * every link is data too, except links that set options (model, headers).
	 */
	/* build_messages(user) or self._packet(hire) defined in this file: what it returns is what is sent */
	if (depth < FLOW_MAX_DEPTH * 2) {
		int sc = is_method ? own_method(c, ct, fg_node_start(n)) : fg__scope_by_name(c, ct, strlen(ct));
		if (sc >= 0 && sc != f->scope) {
			/* inside the helper: its own locals; its parameters are this call's arguments (visited below) */
			unsigned before = f->emitted;
			int saved_scope = f->scope, saved_up = f->calls_up;
			f->scope = sc;
			f->calls_up = FLOW_MAX_CALLS_UP;
			for (size_t i = 0; i < c->nrets; i++)
				if (c->rets[i].scope == sc && !fg_node_is_null(c->rets[i].value))
					fg__visit(f, c->rets[i].value, VM_VALUE, depth + 2);
			f->scope = saved_scope;
			f->calls_up = saved_up;
			if (f->emitted != before)
				goto done;
		}
	}
	if (!fg__flow_is(c, FG_FLOW_NON_CONTENT_ARG, last, ll)) {
		visit_args(f, args, VM_NO_RECORD, depth + 1);
		if (fg_lang_has(c->lang, FG_LT_TRAILING_LAMBDA))
			visit_builder_lambda(f, args, depth + 1);
	}
	{
		fg_node o = fg__unwrap(object);
		fg_kind ok = fg_node_kind(o);
		if (is_method && (ok == FG_K_CALL || ok == FG_K_NEW || ok == FG_K_ATTR || ok == FG_K_IDENT || ok == FG_K_SUBSCRIPT))
			fg__visit(f, o, VM_NO_RECORD, depth + 1);
	}
done:
	free(ct);
}


/*
 * Ruby's `x = <<~EOS` holds only the heredoc's opening; its body is a
 * later node of an enclosing statement list: the first string after it.
 */
static fg_node heredoc_body(code *c, fg_node n)
{
	size_t len;
	const char *t = fg__ntext(c, n, &len);
	if (len < 3 || t[0] != '<' || t[1] != '<')
		return fg__null_node();
	uint32_t end = fg_node_end(n);
	fg_node p = fg_node_parent(n);
	for (int up = 0; up < 6 && !fg_node_is_null(p); up++, p = fg_node_parent(p)) {
		uint32_t cnt = fg_node_named_count(p);
		for (uint32_t i = 0; i < cnt && i < 4096; i++) {
			fg_node ch = fg_node_named_child(p, i);
			if (fg_node_start(ch) >= end && fg_node_kind(ch) == FG_K_STRING)
				return ch;
		}
	}
	return fg__null_node();
}

/* Is `name` assigned in this function before pos? */
static bool assigned_here(code *c, const char *name, size_t len, int scope, uint32_t pos)
{
	char *nm = fg_xstrndup(name, FG_MIN(len, (size_t)200));
	size_t lo, hi;
	fg__assign_range(c, nm, &lo, &hi);
	bool hit = false;
	for (size_t i = lo; i < hi && !hit; i++)
		hit = c->assigns[i].scope == scope && fg_node_start(c->assigns[i].lhs) < pos &&
		      fg__lhs_names(c->assigns[i].lhs_text, nm);
	free(nm);
	return hit;
}

/* A bare plural name (members, seg.MEMBERS): in a string, usually a count. */
static bool plural_name(code *c, fg_node v)
{
	v = fg__unwrap(v);
	fg_kind k = fg_node_kind(v);
	if (k != FG_K_IDENT && k != FG_K_ATTR)
		return false;
	fg_node nm = k == FG_K_ATTR ? fg_node_role(v, FG_R_MEMBER) : v;
	size_t len;
	const char *t = fg__ntext(c, nm, &len);
	return len > 1 && (t[len - 1] == 's' || t[len - 1] == 'S');
}

/* ---- the visit memo: each (node, mode, scope, calls up) once per flow ---- */

enum { MEMO_NEW = 0, MEMO_BUSY, MEMO_DONE };

static size_t memo_hash(const memo_slot *k)
{
	uint64_t h = (uint64_t)(uintptr_t)k->id * 0x9E3779B97F4A7C15ull;
	h ^= ((uint64_t)k->start << 20) ^ ((uint64_t)(uint32_t)k->scope << 4) ^ ((uint64_t)k->mode << 1) ^
	     (uint64_t)(uint32_t)k->calls_up << 40;
	h ^= h >> 29;
	return (size_t)(h * 0xBF58476D1CE4E5B9ull);
}

static bool memo_same(const memo_slot *a, const memo_slot *b)
{
	return a->id == b->id && a->start == b->start && a->scope == b->scope && a->mode == b->mode &&
	       a->calls_up == b->calls_up;
}

static memo_slot *memo_probe(memo_slot *slots, size_t cap, const memo_slot *key)
{
	size_t i = memo_hash(key) & (cap - 1);
	while (slots[i].id && !memo_same(&slots[i], key))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

/* The slot for the key, inserted (state MEMO_NEW) when absent. */
static memo_slot *memo_get(visit_memo *m, const memo_slot *key)
{
	if ((m->used + 1) * 2 > m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 256;
		memo_slot *slots = fg_xcalloc(cap, sizeof(memo_slot));
		for (size_t i = 0; i < m->cap; i++)
			if (m->slots[i].id)
				*memo_probe(slots, cap, &m->slots[i]) = m->slots[i];
		free(m->slots);
		m->slots = slots;
		m->cap = cap;
	}
	memo_slot *s = memo_probe(m->slots, m->cap, key);
	if (!s->id) {
		*s = *key;
		m->used++;
	}
	return s;
}

void fg__flow_release(flow *f)
{
	while (f->nsteps > 0)
		fg__pop_step(f);
	free(f->memo.slots);
	f->memo = (visit_memo){ 0 };
}

static void visit_node(flow *f, fg_node n, vmode mode, int depth);

/*
 * Visits a value once per flow: a second visit of the same node in the same
 * mode and function adds nothing (its findings are already reported), so
 * `p = p + p` repeated does not double the work per line.  A visit cut short
 * by the depth bound is done again when the node is reached on a shorter path.
 */
void fg__visit(flow *f, fg_node n, vmode mode, int depth)
{
	code *c = f->c;
	if (fg_node_is_null(n))
		return;
	if (depth > FLOW_MAX_DEPTH * 4) {
		f->cuts++;
		fg__cut(c->a, "a data flow longer than the depth limit");
		return;
	}
	if (!fg__spend(c->a))
		return;
	memo_slot key = { .id = n.id, .start = fg_node_start(n), .scope = f->scope, .calls_up = f->calls_up,
			  .mode = (uint8_t)mode };
	memo_slot *m = memo_get(&f->memo, &key);
	if (m->state == MEMO_BUSY)
		return; /* a cycle: the value is being followed already */
	if (m->state == MEMO_DONE && !(m->cut && depth < m->depth)) {
		if (m->emitted)
			f->emitted++; /* callers that ask "did this find anything" get the same answer */
		return;
	}
	m->state = MEMO_BUSY;
	m->depth = (uint8_t)depth;
	unsigned before = f->emitted, cuts = f->cuts;
	visit_node(f, n, mode, depth);
	m = memo_get(&f->memo, &key); /* the table may have grown */
	m->state = MEMO_DONE;
	m->emitted = m->emitted || f->emitted != before;
	m->cut = f->cuts != cuts;
}

static void visit_node(flow *f, fg_node n, vmode mode, int depth)
{
	code *c = f->c;
	fg_analysis *a = c->a;
	switch (fg_node_kind(n)) {
	case FG_K_WRAP:
	case FG_K_SPREAD:
	case FG_K_INTERP:
	case FG_K_RETURN: {
		fg_node v = fg_node_role(n, FG_R_VALUE);
		if (!fg_node_is_null(v)) {
			/* "{members} members": a bare plural in a string is a count, not the records */
			if (fg_node_kind(n) == FG_K_INTERP && plural_name(f->c, v))
				mode = VM_NO_RECORD;
			if ((fg_node_kind(n) == FG_K_INTERP || fg_node_kind(n) == FG_K_SPREAD) && mode != VM_NO_RECORD &&
			    check_whole(f, v))
				return;
			fg__visit(f, v, mode, depth + 1);
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
		const char *t = fg__ntext(c, n, &len);
		const char *cat = fg_name_category(a->w, t, len);
		if (cat) {
			if (fg_node_kind(n) == FG_K_IDENT && bound_to_placeholders(f, n))
				return;
			/* meds = patient.medications: the data is where the value came from */
			if (fg_node_kind(n) == FG_K_IDENT && f->scope >= 0 && assigned_here(c, t, len, f->scope, fg_node_start(n))) {
				unsigned before = f->emitted;
				char *name = fg_xstrndup(t, FG_MIN(len, (size_t)200));
				follow_name(f, name, fg_node_start(n), mode == VM_PARAMS ? VM_PARAMS : mode, depth);
				free(name);
				if (f->emitted != before)
					return;
			}
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
			fg__emit_simple(f, n, "sensitive-data/environment-dump", "credential", "Process environment");
			return;
		}
		fg_node m = fg_node_role(n, FG_R_MEMBER);
		if (fg_node_is_null(m))
			return;
		size_t len;
		const char *t = fg__ntext(c, m, &len);
		const char *cat = fg_name_category(a->w, t, len);
		if (cat) {
			if (!bound_to_placeholders(f, n))
				emit_name(f, n, cat, n);
			return;
		}
		/* ticket.from where ticket = { from: "ana@…" } here: the value itself */
		fg_node obj = fg_node_role(n, FG_R_OBJECT);
		if (visit_literal_member(f, obj, t, len, fg_node_start(n), depth))
			return;
		/* CustomerSerializer(customer).data: a field of what the call built */
		if (!fg_node_is_null(obj) && (fg_node_kind(fg__unwrap(obj)) == FG_K_CALL || fg_node_kind(fg__unwrap(obj)) == FG_K_NEW)) {
			fg__visit(f, obj, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
			return;
		}
		/* self.prompt / this.body: follow the attribute's own assignments */
		char *full = fg__compact_text(c, n);
		follow_name(f, full, fg_node_start(n), mode, depth);
		free(full);
		return;
	}
	case FG_K_SUBSCRIPT: {
		fg_node idx = fg_node_role(n, FG_R_INDEX);
		fg_node obj = fg_node_role(n, FG_R_OBJECT);
		if (!fg_node_is_null(idx) && fg__is_plain_string(idx)) {
			const char *s;
			size_t sl;
			fg__string_content(c, idx, &s, &sl);
			/* row["email"] where row = {"email": "shopper@example.com"} here: the value itself */
			if (visit_literal_member(f, obj, s, sl, fg_node_start(n), depth))
				return;
			const char *cat = fg_name_category(a->w, s, sl);
			if (cat)
				emit_name(f, n, cat, n);
			return;
		}
		if (!fg_node_is_null(idx) && fg_node_kind(idx) == FG_K_LITERAL) {
			/* Ruby's app[:ssn]: a symbol names the field */
			size_t sl;
			const char *s = fg__ntext(c, idx, &sl);
			if (sl > 1 && s[0] == ':' && s[1] != ':') {
				const char *cat = fg_name_category(a->w, s + 1, sl - 1);
				if (cat) {
					emit_name(f, n, cat, n);
					return;
				}
			}
		}
		if (!fg_node_is_null(idx) && fg_node_kind(idx) == FG_K_LIST) {
			/* df[["name", "ssn", "diagnosis"]]: the columns picked are the data */
			uint32_t cnt = fg_node_named_count(idx);
			for (uint32_t i = 0; i < cnt && i < 256; i++) {
				fg_node el = fg_node_named_child(idx, i);
				if (!fg__is_plain_string(el))
					continue;
				const char *s;
				size_t sl;
				fg__string_content(c, el, &s, &sl);
				const char *cat = fg_name_category(a->w, s, sl);
				if (cat) {
					emit_name(f, n, cat, n);
					return;
				}
			}
		}
		if (!fg_node_is_null(obj))
			fg__visit(f, obj, mode, depth + 1);
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
				fg__visit_pair(f, fg_node_role(ch, FG_R_KEY), fg_node_role(ch, FG_R_VALUE), mode, depth + 1);
			else if (mode != VM_REST_OPTS)
				fg__visit(f, ch, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
		}
		return;
	}
	case FG_K_KWARG:
		fg__visit_pair(f, fg_node_role(n, FG_R_KEY), fg_node_role(n, FG_R_VALUE), mode, depth + 1);
		return;
	case FG_K_COMPREHENSION: {
		fg_node body = fg_node_role(n, FG_R_VALUE);
		if (!fg_node_is_null(body))
			fg__visit(f, body, mode, depth + 1);
		return;
	}
	case FG_K_PAIR:
	case FG_K_ASSIGN: /* C# initializers: Name = value */
		fg__visit_pair(f, fg_node_role(n, FG_R_KEY), fg_node_role(n, FG_R_VALUE), mode, depth + 1);
		return;
	case FG_K_COND: {
		/* c ? a : b / a if c else b: the branches are the value, the condition only picks one */
		fg_node cond = fg_node_role(n, FG_R_COND);
		uint32_t cnt = fg_node_named_count(n);
		for (uint32_t i = 0; i < cnt && i < 8; i++) {
			fg_node ch = fg_node_named_child(n, i);
			if (!fg_node_eq(ch, cond))
				fg__visit(f, ch, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
		}
		return;
	}
	case FG_K_BINARY:
		if (is_comparison(c, n))
			return;
		visit_children(f, n, mode == VM_PARAMS ? VM_VALUE : mode, depth);
		return;
	default:
		if (fg_lang_has(c->lang, FG_LT_HEREDOC_AFTER) && fg_node_named_count(n) == 0) {
			fg_node body = heredoc_body(c, n);
			if (!fg_node_is_null(body)) {
				fg__visit(f, body, mode == VM_PARAMS ? VM_VALUE : mode, depth + 1);
				return;
			}
		}
		visit_children(f, n, mode == VM_PARAMS ? VM_VALUE : mode, depth);
		return;
	}
}

/*
 * A call of a helper defined in another file whose parameter reaches a
 * Claude-on-Foundry request there (its summary): the argument is followed
 * here, in the caller, and reported at the caller's expressions.
 */
void fg__run_sink_flow(code *c, const callsite *cs, fg_node arg, const fg_sink *s, const char *client)
{
	flow f = { 0 };
	fg_buf ev = FG_BUF_INIT, st = FG_BUF_INIT;
	const char *stars = s->named ? "**" : "";
	fg_buf_printf(&ev, "Foundry: %s() in %s sends its `%s%s` to Claude on Foundry", s->fn, s->path, stars, s->param);
	if (client)
		fg_buf_printf(&ev, " on the client passed as `%s` (%s)", s->client_param, client);
	f.c = c;
	f.scope = cs->scope;
	f.request = cs;
	f.evidence = ev.ptr;
	f.evidence_kind = "function-summary";
	fg_buf_printf(&st, "passed as `%s%.40s` to %s() (%s)", stars, s->param, s->fn, s->path);
	if (push_step(&f, fg_node_start(arg), st.ptr)) {
		/* keyword arguments gathered by `**extra` are the request's own parameters */
		fg__visit(&f, arg, s->named ? VM_PARAMS : VM_VALUE, 0);
		fg__pop_step(&f);
	}
	while (f.nsteps > 0)
		fg__pop_step(&f);
	fg__flow_release(&f);
	fg_buf_release(&ev);
	fg_buf_release(&st);
}
