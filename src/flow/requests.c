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
#include "../analyze/code.h"
#include "../index/index.h"
#include <strings.h>



/* ---- requests ---- */

/* curl -d BODY / --data @file: the body, or the file it names. */
/* The heredoc body redirected into a shell command (its redirected statement's), or a null node. */
static fg_node stdin_heredoc(fg_node cmd)
{
	fg_node p = fg_node_parent(cmd);
	for (int up = 0; up < 2 && !fg_node_is_null(p); up++, p = fg_node_parent(p)) {
		uint32_t cnt = fg_node_named_count(p);
		for (uint32_t i = 0; i < cnt && i < 16; i++) {
			fg_node r = fg_node_named_child(p, i);
			if (fg_node_eq(r, cmd))
				continue;
			uint32_t rc = fg_node_named_count(r);
			for (uint32_t k = 0; k < rc && k < 16; k++)
				if (fg_node_kind(fg_node_named_child(r, k)) == FG_K_STRING)
					return fg_node_named_child(r, k);
		}
	}
	return fg__null_node();
}

static void shell_body(flow *f, fg_node args)
{
	code *c = f->c;
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 1; i < cnt; i++) {
		fg_node a = fg_node_named_child(args, i);
		size_t al;
		const char *at = fg__ntext(c, a, &al);
		fg_node body = fg__null_node();
		size_t fl = 0;
		while (fl < al && at[fl] != '=' && at[fl] != '@')
			fl++;
		if (fg__flow_is(c, FG_FLOW_REST_DATA_FLAG, at, al)) {
			if (i + 1 < cnt)
				body = fg_node_named_child(args, ++i);
		} else if (fl < al && fg__flow_is(c, FG_FLOW_REST_DATA_FLAG, at, fl)) {
			body = a; /* --data=@file, -d@file */
		}
		if (fg_node_is_null(body))
			continue;
		size_t bl;
		const char *bt = fg__ntext(c, body, &bl);
		/* --data-binary @- <<JSON ... JSON: the body is the heredoc fed to the command */
		if ((bl == 2 && !memcmp(bt, "@-", 2)) || (bl == 4 && !memcmp(bt, "'@-'", 4)) ||
		    (bl == 4 && !memcmp(bt, "\"@-\"", 4))) {
			fg_node doc = stdin_heredoc(f->request->node);
			if (!fg_node_is_null(doc))
				fg__visit(f, doc, VM_VALUE, 0);
			continue;
		}
		const char *atsign = memchr(bt, '@', FG_MIN(bl, (size_t)64));
		if (atsign && (atsign == bt || atsign[-1] == '"' || atsign[-1] == '\'' || atsign[-1] == '=' ||
			       (fl < al && body.id == a.id))) {
			if (fg__flow_is(c, FG_FLOW_SENSITIVE_FILE, atsign + 1, bl - (size_t)(atsign + 1 - bt)))
				fg__emit_simple(f, body, "sensitive-data/secret-file", "credential", "Contents of the secret file");
			continue;
		}
		fg__visit(f, body, VM_VALUE, 0);
	}
}


/* ---- Claude Code: a CLI configured for Foundry that sends a prompt ---- */

/*
 * A setting the whole file makes (export, a workflow's env:, a Dockerfile's
 * ENV): a match with nothing after it on its line but quotes, commas or a
 * comment.  One followed by a command is that command's own prefix.
 */
static bool file_setting(fg_analysis *a, fg_flow_key key, size_t *at)
{
	const fg_regex *re = a->rs->flow[key];
	size_t ms, me, gs, ge;
	for (size_t from = 0; re && from < a->len; from = me > ms ? me : ms + 1) {
		if (fg_regex_search(re, a->w->matcher, a->src, a->len, from, &ms, &me, &gs, &ge) != 1)
			return false;
		size_t k = me;
		while (k < a->len && strchr(" \t\r\"',;}", a->src[k]))
			k++;
		if (k >= a->len || a->src[k] == '\n' || a->src[k] == '#' || a->src[me - 1] == '\n') {
			*at = ms;
			return true;
		}
	}
	return false;
}

/*
 * Is this `claude` command configured for Foundry?  Its own environment
 * prefix first, then the script, workflow or Dockerfile it runs in (off wins:
 * unset, false, or Bedrock/Vertex), then the repository's .claude/settings.json
 * (or a PowerShell script that writes Claude Code's settings with it on)
 * (the index's names).  Says where in ev and evpos.
 */
static bool cli_foundry(code *c, fg_node cmd, fg_buf *ev, uint32_t *evpos)
{
	fg_analysis *a = c->a;
	fg_node name = fg_node_role(cmd, FG_R_CALLEE);
	size_t nl;
	const char *nt = fg_node_is_null(name) ? "" : fg__ntext(c, name, &nl);
	if (!fg_node_is_null(name) && fg__flow_is(c, FG_FLOW_CLI_FOUNDRY_COMMAND, nt, nl)) {
		*evpos = fg_node_start(cmd);
		fg_buf_printf(ev, "Claude Code configured for Foundry by the action's use_foundry: true at line %u",
			      fg__line(a, *evpos));
		return true;
	}
	uint32_t cnt = fg_node_named_count(cmd);
	for (uint32_t i = 0; i < cnt && i < 16; i++) {
		fg_node p = fg_node_named_child(cmd, i);
		if (fg_node_kind(p) != FG_K_ASSIGN)
			continue;
		size_t pl;
		const char *pt = fg__ntext(c, p, &pl);
		if (fg__flow_is(c, FG_FLOW_CLI_FOUNDRY_OFF, pt, pl))
			return false;
		if (fg__flow_is(c, FG_FLOW_CLI_FOUNDRY_ON, pt, pl)) {
			*evpos = fg_node_start(p);
			fg_buf_printf(ev, "Claude Code configured for Foundry by CLAUDE_CODE_USE_FOUNDRY at line %u",
				      fg__line(a, *evpos));
			return true;
		}
	}
	size_t ms;
	if (file_setting(a, FG_FLOW_CLI_FOUNDRY_OFF, &ms))
		return false;
	if (file_setting(a, FG_FLOW_CLI_FOUNDRY_ON, &ms)) {
		*evpos = (uint32_t)ms;
		fg_buf_printf(ev, "Claude Code configured for Foundry by CLAUDE_CODE_USE_FOUNDRY at line %u",
			      fg__line(a, ms));
		return true;
	}
	static const char setting[] = "CLAUDE_CODE_USE_FOUNDRY";
	if (!a->w->index) {
		c->wants_index = true; /* the repository's settings file is known once the index is built */
		return false;
	}
	if (!fg_index_foundry_env(a->w->index, setting, sizeof(setting) - 1))
		return false;
	fg_buf_puts(ev, "Claude Code configured for Foundry by CLAUDE_CODE_USE_FOUNDRY in the repository's "
			".claude/settings.json (or a settings file a PowerShell script writes)");
	*evpos = 0;
	return true;
}

/*
 * The prompt arguments of a `claude` command (positional words, and the values
 * of options that are not in cli-value-flag), up to max.  Returns -1 for a
 * command that sends no prompt (a subcommand, --version, neither -p nor a
 * prompt).
 */
static int cli_prompt(code *c, fg_node cmd, fg_node *out, int max)
{
	/* bash: the command holds its words; PowerShell: its elements do (with separators between them) */
	fg_node words = fg_node_role(cmd, FG_R_ARGS);
	if (fg_node_is_null(words))
		return -1;
	uint32_t cnt = fg_node_named_count(words);
	bool print = false, first = true;
	int n = 0;
	for (uint32_t i = 0; i < cnt && i < 64; i++) {
		fg_node w = fg_node_named_child(words, i);
		if (fg_node_kind(w) == FG_K_ASSIGN || !strcmp(fg_node_type(w), "command_name") ||
		    fg_node_kind(w) == FG_K_COMMENT)
			continue;
		size_t wl;
		const char *wt = fg__ntext(c, w, &wl);
		if (first && fg__flow_is(c, FG_FLOW_CLI_SUBCOMMAND, wt, wl))
			return -1;
		first = false;
		if (fg__flow_is(c, FG_FLOW_CLI_PRINT_FLAG, wt, wl)) {
			print = true;
		} else if (fg__flow_is(c, FG_FLOW_CLI_VALUE_FLAG, wt, wl)) {
			while (i + 1 < cnt && fg_node_kind(fg_node_named_child(words, i + 1)) == FG_K_COMMENT)
				i++;
			i++; /* its value */
		} else if (wl && wt[0] != '-' && n < max) {
			out[n++] = w;
		}
	}
	return print || n > 0 ? n : -1;
}

/* A file fed to the command: judged by its name (a secret file), else by what it is called. */
static void cli_file(flow *f, fg_node file)
{
	size_t l;
	const char *t = fg__ntext(f->c, file, &l);
	if (fg__flow_is(f->c, FG_FLOW_SENSITIVE_FILE, t, l))
		fg__emit_simple(f, file, "sensitive-data/secret-file", "credential", "Contents of the secret file");
	else
		fg__visit(f, file, VM_VALUE, 0);
}

/* Standard input: `< FILE`, a heredoc, or the command before it in a pipeline (`cat F |`, `echo "$X" |`). */
static void cli_stdin(flow *f, fg_node cmd)
{
	code *c = f->c;
	fg_node p = fg_node_parent(cmd);
	if (!fg_node_is_null(p) && !strcmp(fg_node_type(p), "redirected_statement")) {
		uint32_t cnt = fg_node_named_count(p);
		for (uint32_t i = 0; i < cnt && i < 16; i++) {
			fg_node r = fg_node_named_child(p, i);
			size_t rl;
			const char *rt = fg__ntext(c, r, &rl);
			uint32_t rc = fg_node_named_count(r);
			if (!strcmp(fg_node_type(r), "file_redirect") && rl > 1 && rt[0] == '<' && rt[1] != '<' && rc)
				cli_file(f, fg_node_named_child(r, rc - 1));
		}
		fg_node doc = stdin_heredoc(cmd);
		if (!fg_node_is_null(doc))
			fg__visit(f, doc, VM_VALUE, 0);
		cmd = p;
		p = fg_node_parent(p);
	}
	if (fg_node_is_null(p) || strcmp(fg_node_type(p), "pipeline") != 0)
		return;
	fg_node prev = fg__null_node();
	uint32_t cnt = fg_node_named_count(p);
	for (uint32_t i = 0; i < cnt && i < 32; i++) {
		fg_node k = fg_node_named_child(p, i);
		if (fg_node_eq(k, cmd))
			break;
		prev = k;
	}
	if (!fg_node_is_null(prev) && fg_node_kind(prev) != FG_K_CALL && fg_lang_has(c->lang, FG_LT_NAMED_PARAMS)) {
		fg__visit(f, prev, VM_VALUE, 0); /* "$ssn" | claude -p ...: the value piped in */
		return;
	}
	if (fg_node_is_null(prev) || fg_node_kind(prev) != FG_K_CALL)
		return;
	fg_node name = fg_node_role(prev, FG_R_CALLEE);
	size_t nl;
	const char *nt = fg_node_is_null(name) ? "" : fg__ntext(c, name, &nl);
	bool reads = !fg_node_is_null(name) && fg__flow_is(c, FG_FLOW_FILE_READ, nt, nl);
	fg_node words = fg_node_role(prev, FG_R_ARGS);
	uint32_t pc = fg_node_is_null(words) ? 0 : fg_node_named_count(words);
	for (uint32_t i = 0; i < pc && i < 32; i++) {
		fg_node w = fg_node_named_child(words, i);
		if (fg_node_kind(w) == FG_K_ASSIGN || fg_node_kind(w) == FG_K_COMMENT ||
		    !strcmp(fg_node_type(w), "command_name"))
			continue;
		size_t wl;
		const char *wt = fg__ntext(c, w, &wl);
		if (wl && wt[0] == '-')
			continue;
		if (reads)
			cli_file(f, w);
		else
			fg__visit(f, w, VM_VALUE, 0);
	}
}

/* The content of a `claude` request: its prompt arguments and its standard input. */
static void cli_body(flow *f, fg_node cmd)
{
	fg_node prompt[16];
	int n = cli_prompt(f->c, cmd, prompt, 16);
	for (int i = 0; i < n; i++)
		fg__visit(f, prompt[i], VM_VALUE, 0);
	cli_stdin(f, cmd);
}

/* rest: 0 an SDK request, 1 an HTTP call, 2 a shell command (curl), 3 a CLI (claude). */
/* `calls`: one note per request site, with its evidence and the data that reaches it. */
static void inventory(flow *f, int rest)
{
	code *c = f->c;
	fg_analysis *a = c->a;
	fg_buf msg = FG_BUF_INIT, cats = FG_BUF_INIT;
	for (size_t i = 0; i < FG_ARRAY_SIZE(fg__categories); i++)
		if (f->cats & (1u << i))
			fg_buf_printf(&cats, "%s%s", cats.len ? ", " : "", fg__categories[i]);
	static const char *const kinds[] = { "SDK request", "HTTP request", "shell request (curl)",
					      "shell request (Claude Code)" };
	fg_buf callee = FG_BUF_INIT;
	fg_redact_text(a->w, f->request->callee, strlen(f->request->callee), &callee);
	fg_buf_printf(&msg, "Claude on Foundry %s `%s`; %s; data sent: %s.", kinds[rest], fg_buf_cstr(&callee),
		      f->evidence, cats.len ? cats.ptr : "none");
	fg_buf_release(&callee);
	uint32_t at = fg_node_start(f->request->node);
	fg_finding *fd = fg__emit_inventory(a, "inventory/foundry-request", cats.len ? cats.ptr : "none", at,
					    fg_node_end(f->request->node), msg.ptr,
					    fg_hash64(f->request->callee, strlen(f->request->callee), 0xca11));
	if (fd) {
		static const char *const request_kinds[] = { "sdk", "http", "shell", "shell" };
		fd->request_kind = request_kinds[rest];
		fd->evidence_kind = f->evidence_kind;
		fd->evidence = fg_xstrdup(f->evidence);
		fd->evidence_line = f->evidence_pos ? fg_lineindex_line(&a->li, f->evidence_pos) : 0;
		fg_buf st = FG_BUF_INIT;
		fg_buf_puts(&st, "request: ");
		fg__describe_request(f, &st);
		fg_finding_add_step(fd, fd->line, fd->col, st.ptr);
		if (f->evidence_pos)
			fg_finding_add_step(fd, fg_lineindex_line(&a->li, f->evidence_pos),
					    fg_lineindex_col(&a->li, f->evidence_pos), "client: built here");
		fg_buf_release(&st);
	}
	fg_buf_release(&msg);
	fg_buf_release(&cats);
}


/* A flow of the data that reaches request cs, on a client known by evidence (of kind evidence_kind). */
static flow flow_start(code *c, const callsite *cs, const char *evidence, const char *evidence_kind)
{
	flow f = { 0 };
	c->a->has_request = true;
	f.c = c;
	f.scope = cs->scope;
	f.request = cs;
	f.evidence = evidence;
	f.evidence_kind = evidence_kind;
	return f;
}

void fg__run_flow(code *c, const callsite *cs, const char *evidence, const char *evidence_kind, uint32_t evidence_pos,
		  int rest)
{
	flow f = flow_start(c, cs, evidence, evidence_kind);
	f.evidence_pos = evidence_pos;
	fg_node args = fg_node_role(cs->node, FG_R_ARGS);
	if (fg_node_is_null(args)) {
		if (c->a->inventory)
			inventory(&f, rest);
		fg__flow_release(&f);
		return;
	}
	if (rest >= 2) {
		if (rest == 2)
			shell_body(&f, args);
		else
			cli_body(&f, cs->node);
		if (c->a->inventory)
			inventory(&f, rest);
		fg__flow_release(&f);
		return;
	}
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 0; i < cnt && i < 64; i++) {
		fg_node arg = fg_node_named_child(args, i);
		fg_kind k = fg_node_kind(arg);
		if (!rest) {
			fg__visit(&f, arg, VM_PARAMS, 0);
			continue;
		}
		if (k == FG_K_KWARG && !fg_node_is_null(fg_node_role(arg, FG_R_KEY))) {
			fg__visit_pair(&f, fg_node_role(arg, FG_R_KEY), fg_node_role(arg, FG_R_VALUE), VM_REST_OPTS, 0);
			continue;
		}
		fg_node u = fg__unwrap(k == FG_K_KWARG ? fg_node_role(arg, FG_R_VALUE) : arg);
		if (fg_node_kind(u) == FG_K_DICT) {
			/* fetch(url, {body}); axios.post(url, data, {headers}); axios({url, data}) */
			bool options = i == 0 || i >= 2 || strstr(cs->callee, "fetch");
			fg__visit(&f, u, options ? VM_REST_OPTS : VM_VALUE, 0);
		} else {
			/* the URL is visited too: harmless, and a request object may hold both */
			fg__visit(&f, u, VM_VALUE, 0);
		}
	}
	while (f.nsteps > 0)
		fg__pop_step(&f);
	if (c->a->inventory)
		inventory(&f, rest);
	fg__flow_release(&f);
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
		fg_node obj = fg__unwrap(a);
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
			fg__key_name(c, fg__unwrap(key), &kn, &kl);
			/* the model, or an agent built on one (createAgentUIStreamResponse({ agent })) */
			if ((kl == 5 && !strncmp(kn, "model", 5)) || (kl == 5 && !strncmp(kn, "agent", 5))) {
				*value = fg_node_role(pr, FG_R_VALUE);
				if (fg__is_plain_string(fg__unwrap(*value)))
					fg__string_content(c, fg__unwrap(*value), s, len);
				else
					*s = NULL, *len = 0;
				return true;
			}
		}
		(void)k;
	}
	return false;
}


/* An HTTP call whose options name a method that sends no body (GET, DELETE, HEAD). */
static bool reads_only(code *c, fg_node args)
{
	uint32_t cnt = fg_node_named_count(args);
	for (uint32_t i = 0; i < cnt && i < 8; i++) {
		fg_node a = fg_node_named_child(args, i);
		fg_node obj = fg__unwrap(fg_node_kind(a) == FG_K_KWARG ? fg_node_role(a, FG_R_VALUE) : a);
		bool dict = fg_node_kind(obj) == FG_K_DICT;
		uint32_t np = dict ? fg_node_named_count(obj) : 1;
		for (uint32_t p = 0; p < np && p < 64; p++) {
			fg_node pr = dict ? fg_node_named_child(obj, p) : a;
			fg_kind pk = fg_node_kind(pr);
			if (pk != FG_K_PAIR && pk != FG_K_KWARG)
				continue;
			const char *kn, *vs;
			size_t kl, vl;
			fg_node key = fg_node_role(pr, FG_R_KEY), val = fg_node_role(pr, FG_R_VALUE);
			if (fg_node_is_null(key) || fg_node_is_null(val))
				continue;
			fg__key_name(c, fg__unwrap(key), &kn, &kl);
			fg_node v = fg__unwrap(val);
			if (kl != 6 || strncasecmp(kn, "method", 6) != 0 || !fg__is_plain_string(v))
				continue;
			fg__string_content(c, v, &vs, &vl);
			return fg__flow_is(c, FG_FLOW_READ_METHOD, vs, vl);
		}
	}
	return false;
}

/* "Foundry client: built in app/llm.py:12" / "...: set by subclass in ..." */
static void describe_xref(code *c, fg_buf *ev, const char *what)
{
	fg_buf_printf(ev, "%s: %s %s:%u", what, c->xref.inherited ? "set by a subclass in" : "built in", c->xref.path,
		      c->xref.line);
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
	const char *last = fg__last_name(ct, &ll);
	fg_node object = fg__call_object(cs->node);
	uint32_t evpos = 0;
	c->xref.path = NULL;
	if (!fg_node_is_null(object) && fg__flow_is(c, FG_FLOW_FRAMEWORK_METHOD, last, ll)) {
		client_kind k = fg__classify(c, object, cs->scope, 0, &evpos);
		if (k != CK_FOUNDRY && k != CK_WRAPS_FOUNDRY)
			return false;
		if (c->xref.path) {
			describe_xref(c, ev, "Foundry client (framework)");
			evpos = 0;
		} else
			fg_buf_printf(ev, "Foundry client: built at line %u (framework)", fg__line(a, evpos));
		fg__run_flow(c, cs, ev->ptr, "framework-client", evpos, 0);
		return true;
	}
	if (!fg__flow_is(c, FG_FLOW_MODEL_CALL, last, ll))
		return false;
	const char *ms;
	size_t ml;
	fg_node mv;
	if (!model_arg(c, cs->node, &ms, &ml, &mv))
		return false;
	bool foundry = false;
	if (ms) {
		/* LiteLLM "azure_ai/claude-...", any-llm "azureanthropic/..."; "azure/claude-..." needs an /anthropic api_base (flow.tsv) */
		foundry = fg__flow_is(c, FG_FLOW_MODEL_FOUNDRY, ms, ml);
		if (!foundry && fg__flow_is(c, FG_FLOW_MODEL_FOUNDRY_ENDPOINT, ms, ml)) {
			fg_buf t = FG_BUF_INIT;
			fg__gather_text(c, fg_node_role(cs->node, FG_R_ARGS), cs->scope, &t, 0);
			foundry = fg__flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, t.ptr ? t.ptr : "", t.len);
			fg_buf_release(&t);
		}
		if (foundry)
			fg_buf_puts(ev, "Foundry deployment: the model names Claude on Azure AI Foundry");
	} else {
		/* generateText({ model: foundry('claude-...') }) with foundry = createAnthropic({ baseURL: <Foundry> }) */
		fg_node v = fg__unwrap(mv);
		fg_kind vk = fg_node_kind(v);
		/* ... or a model built so elsewhere: `model: sonnet` with sonnet = foundry('claude-...') */
		if (vk == FG_K_CALL || vk == FG_K_IDENT || vk == FG_K_ATTR) {
			/* the call itself: a provider called for a model, or a factory of agents */
			client_kind k = fg__classify(c, v, cs->scope, 0, &evpos);
			foundry = k == CK_FOUNDRY || k == CK_WRAPS_FOUNDRY;
			if (foundry && c->xref.path) {
				describe_xref(c, ev, "Foundry provider");
				evpos = 0;
			} else if (foundry)
				fg_buf_printf(ev, "Foundry provider: built at line %u", fg__line(a, evpos));
		}
	}
	if (!foundry)
		return false;
	fg__run_flow(c, cs, ev->ptr, ms ? "model-name" : "provider", evpos, 0);
	return true;
}



/*
 * The Anthropic Messages API's shape: `model` with `messages` or
 * `max_tokens` (any SDK's spelling), or a receiver declared with an
 * Anthropic client type.  Twilio's client.messages.create(to=, body=) is not.
 */
static bool messages_shape(code *c, const callsite *cs, fg_node recv)
{
	/* a message batch: its requests carry the messages */
	if (strstr(cs->callee, ".batches.") || strstr(cs->callee, ".Batches."))
		return true;
	fg_node args = fg_node_role(cs->node, FG_R_ARGS);
	if (!fg_node_is_null(args)) {
		size_t al;
		const char *at = fg__ntext(c, args, &al);
		if (fg__flow_is(c, FG_FLOW_SHAPE_MODEL, at, al) && fg__flow_is(c, FG_FLOW_SHAPE_BODY, at, al))
			return true;
	}
	/* typed receiver: `client: AsyncAnthropic`, `private readonly client: AnthropicFoundry`, `AnthropicClient client` */
	char *rt = fg__compact_text(c, recv);
	const char *name = strrchr(rt, '.');
	name = name ? name + 1 : rt;
	bool typed = false;
	size_t nl = strlen(name);
	const char *src = c->a->src, *end = src + c->a->len;
	for (const char *p = src; nl >= 2 && !typed && (p = memmem(p, (size_t)(end - p), name, nl)) != NULL; p += nl) {
		bool word = (p == src || !(p[-1] == '_' || ((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z'))) &&
			    (p + nl >= end || !(p[nl] == '_' || ((p[nl] | 32) >= 'a' && (p[nl] | 32) <= 'z') ||
						 (p[nl] >= '0' && p[nl] <= '9')));
		if (!word)
			continue;
		/* name: Type */
		const char *q = p + nl;
		while (q < end && (*q == ' ' || *q == '?' || *q == '!'))
			q++;
		if (q < end && *q == ':') {
			q++;
			while (q < end && *q == ' ')
				q++;
			const char *e = q;
			while (e < end && e - q < 80 && *e != '\n' && *e != '=' && *e != ';' && *e != ',' && *e != ')')
				e++;
			typed = fg__flow_is(c, FG_FLOW_ANTHROPIC_TYPE, q, (size_t)(e - q));
		}
		/* Type name (C#, Java, Go) */
		const char *ls = p;
		while (!typed && ls > src && ls[-1] == ' ')
			ls--;
		const char *ts = ls;
		while (!typed && ts > src && (ts[-1] == '_' || ts[-1] == '.' || ((ts[-1] | 32) >= 'a' && (ts[-1] | 32) <= 'z') || ts[-1] == '*'))
			ts--;
		if (!typed && ts < ls)
			typed = fg__flow_is(c, FG_FLOW_ANTHROPIC_TYPE, ts, (size_t)(ls - ts));
	}
	free(rt);
	return typed;
}

/* The receiver of a call whose callee text begins with it (len bytes, compact): its node. */
static fg_node receiver_node(code *c, const callsite *cs, size_t len)
{
	fg_node recv = fg__call_object(cs->node);
	for (int up = 0; up < 8 && !fg_node_is_null(recv); up++) {
		char *rt = fg__compact_text(c, recv);
		bool done = strlen(rt) <= len;
		free(rt);
		fg_kind rk = fg_node_kind(recv);
		if (done || (rk != FG_K_ATTR && rk != FG_K_CALL))
			break;
		recv = rk == FG_K_ATTR ? fg_node_role(recv, FG_R_OBJECT) : fg__call_object(recv);
	}
	return recv;
}

/* Does the model argument name a Claude model (a literal, a local constant, or one imported)? */
static bool claude_model(code *c, fg_node v, int scope)
{
	v = fg__unwrap(v);
	fg_buf t = FG_BUF_INIT;
	if (fg__is_plain_string(v)) {
		const char *s;
		size_t l;
		fg__string_content(c, v, &s, &l);
		fg_buf_add(&t, s, l);
	} else {
		fg__gather_text(c, v, scope, &t, 0);
	}
	bool hit = fg__flow_is(c, FG_FLOW_CLAUDE_MODEL, t.ptr ? t.ptr : "", t.len);
	fg_buf_release(&t);
	if (!hit && (fg_node_kind(v) == FG_K_IDENT || fg_node_kind(v) == FG_K_ATTR)) {
		uint32_t ev = 0;
		hit = fg__classify(c, v, scope, 0, &ev) == CK_CLAUDE_MODEL;
	}
	return hit;
}

/* Does the text n is built from (its names followed) name a Claude model? */
static bool claude_model_in(code *c, fg_node n, int scope)
{
	if (fg_node_is_null(n))
		return false;
	fg_buf t = FG_BUF_INIT;
	fg__gather_text(c, n, scope, &t, 0);
	bool hit = fg__flow_is(c, FG_FLOW_CLAUDE_MODEL, fg_buf_cstr(&t), t.len);
	fg_buf_release(&t);
	return hit;
}

/* A client's registration (its factory's text) that builds it for a Claude model: a model id, or a setting set to one. */
static bool registered_claude_model(code *c, const char *text)
{
	size_t l = strlen(text);
	return fg__flow_is(c, FG_FLOW_CLAUDE_MODEL, text, l) || fg__config_in(c, text, l, FG_CONFIG_CLAUDE_MODEL);
}

/*
 * The OpenAI Responses or chat completions API on an OpenAI-compatible
 * client of a Foundry or Azure AI endpoint, with a Claude model: Claude on
 * Foundry.  With any other model it is not.
 */
static bool openai_request(code *c, const callsite *cs, fg_buf *ev)
{
	const fg_regex *re = c->a->rs->flow[FG_FLOW_OPENAI_METHOD];
	size_t ctl = strlen(cs->callee), ms, me, gs, ge;
	if (!re || fg_regex_search(re, c->a->w->matcher, cs->callee, ctl, 0, &ms, &me, &gs, &ge) != 1 || ms != 0 ||
	    me != ctl)
		return false;
	fg_node recv = receiver_node(c, cs, ge - gs);
	if (fg_node_is_null(recv))
		return false;
	uint32_t evpos = 0;
	c->xref.path = NULL;
	c->xref.text = NULL;
	if (fg__classify(c, recv, cs->scope, 0, &evpos) != CK_OPENAI_AZURE)
		return false;
	const char *xpath = c->xref.path, *xtext = c->xref.text;
	uint32_t xline = c->xref.line;
	const char *ms_;
	size_t ml;
	fg_node mv;
	if (model_arg(c, cs->node, &ms_, &ml, &mv)) {
		if (!claude_model(c, mv, cs->scope))
			return true; /* another model on the same client: not Claude */
	} else if (!claude_model_in(c, fg_node_role(cs->node, FG_R_ARGS), cs->scope) && !claude_model_in(c, recv, cs->scope) &&
		   !(xtext && registered_claude_model(c, xtext))) {
		/* no model argument: the parameters built elsewhere (.model(...), Model:), or the client's own model */
		return true;
	}
	if (xpath)
		fg_buf_printf(ev, "Foundry: an OpenAI-compatible client of a Foundry endpoint (built in %s:%u) with a Claude model",
			      xpath, xline);
	else
		fg_buf_printf(ev, "Foundry: an OpenAI-compatible client of a Foundry endpoint (built at line %u) with a Claude model",
			      fg__line(c->a, evpos));
	fg__run_flow(c, cs, ev->ptr, "openai-compatible", xpath ? 0 : evpos, 0);
	return true;
}

/* A Messages API call on recv (the client expression): resolved, then its flow followed. */
static void sdk_request(code *c, const callsite *cs, fg_node recv, fg_buf *ev)
{
	fg_analysis *a = c->a;
	uint32_t evpos = 0;
	c->xref.path = NULL;
	client_kind k = fg__classify(c, recv, cs->scope, 0, &evpos);
	if (k == CK_UNKNOWN && fg_node_kind(fg__unwrap(recv)) == FG_K_IDENT) {
		/* `$this->messages->create()`: the object's own messages member, when it is set (a resource of a client) */
		size_t rl;
		const char *rt = fg__ntext(c, recv, &rl);
		fg_node up = fg_node_parent(recv);
		bool self = (rl == 4 && (!strncmp(rt, "self", 4) || !strncmp(rt, "this", 4))) || (rl == 5 && !strncmp(rt, "$this", 5));
		if (self && !fg_node_is_null(up) && fg_node_kind(up) == FG_K_ATTR) {
			client_kind mk = fg__classify(c, up, cs->scope, 0, &evpos);
			if (mk != CK_UNKNOWN)
				k = mk;
		}
	}
	/* an unresolved receiver counts only for a call shaped like the Messages API, on no SDK's own default client */
	if (k == CK_UNKNOWN)
		a->unresolved = true;
	if (k == CK_OTHER || k == CK_OPENAI_AZURE || k == CK_CLAUDE_MODEL ||
	    (k == CK_UNKNOWN && (!a->repo_foundry || !messages_shape(c, cs, recv) ||
				 fg__vendor_default_client(c, recv, cs->scope))))
		return;
	if (k == CK_WRAPS_FOUNDRY)
		k = CK_FOUNDRY;
	if (k == CK_FOUNDRY && c->xref.path) {
		describe_xref(c, ev, "Foundry client");
		evpos = 0;
	} else if (k == CK_FOUNDRY)
		fg_buf_printf(ev, "Foundry client: built at line %u", fg__line(a, evpos));
	else
		fg_buf_puts(ev, "Foundry: the client is not resolved in this file and the repository "
				"configures Claude on Foundry");
	fg__run_flow(c, cs, ev->ptr, k == CK_FOUNDRY ? "client" : "repository-context", k == CK_FOUNDRY ? evpos : 0, 0);
}

/*
 * `resource = client.beta.messages if beta else client.messages` and then
 * `resource.create(...)`: the messages resource held in a variable.  Returns
 * the client expression, or a null node.
 */
static fg_node messages_alias(code *c, const callsite *cs)
{
	const char *dot = strchr(cs->callee, '.');
	if (!dot || strchr(dot + 1, '.') || !fg__flow_is_str(c, FG_FLOW_MESSAGES_VERB, dot + 1))
		return fg__null_node();
	char *name = fg_xstrndup(cs->callee, (size_t)(dot - cs->callee));
	size_t lo, hi;
	fg__assign_range(c, name, &lo, &hi);
	fg_node found = fg__null_node();
	for (size_t i = lo; i < hi && fg_node_is_null(found); i++) {
		const assign *as = &c->assigns[i];
		if (strcmp(as->lhs_text, name) != 0 || (as->scope != cs->scope && as->scope != -1))
			continue;
		fg_node v = fg__unwrap(as->rhs);
		uint32_t n = fg_node_kind(v) == FG_K_COND ? fg_node_named_count(v) : 1;
		for (uint32_t k = 0; k < n && k < 4 && fg_node_is_null(found); k++) {
			fg_node b = fg_node_kind(v) == FG_K_COND ? fg__unwrap(fg_node_named_child(v, k)) : v;
			if (fg_node_kind(b) != FG_K_ATTR)
				continue;
			size_t ml;
			const char *mt = fg__ntext(c, fg_node_role(b, FG_R_MEMBER), &ml);
			if ((ml == 8 && (!strncmp(mt, "messages", 8) || !strncmp(mt, "Messages", 8))))
				found = fg_node_role(b, FG_R_OBJECT);
		}
	}
	free(name);
	/* client.beta.messages: the client is client */
	if (!fg_node_is_null(found) && fg_node_kind(found) == FG_K_ATTR) {
		size_t ml;
		const char *mt = fg__ntext(c, fg_node_role(found, FG_R_MEMBER), &ml);
		if (ml == 4 && (!strncmp(mt, "beta", 4) || !strncmp(mt, "Beta", 4)))
			found = fg_node_role(found, FG_R_OBJECT);
	}
	return found;
}

/*
 * Calls of helpers in other files whose parameters reach a request (their
 * summaries).  A summary whose request is made on one of the helper's own
 * parameters holds where the caller passes a Foundry client there (or one
 * that cannot be resolved: the request has the Messages API's shape), never
 * where it passes another provider's.
 */
static void sink_calls(code *c, const callsite *cs)
{
	const fg_index *ix = c->a->w->index;
	const class_rec *k = fg__class_at(c, fg_node_start(cs->node));
	fg_sink sinks[8];
	size_t self_len = fg__receiver_len(c, cs->callee);
	size_t n = c->a->w->late ? fg_index_sinks_own(ix, c->a->w->facts, k ? k->name : NULL, cs->callee, self_len, sinks,
						      FG_ARRAY_SIZE(sinks))
				 : fg_index_sinks(ix, c->a->path, k ? k->name : NULL, cs->callee, self_len, sinks,
						  FG_ARRAY_SIZE(sinks));
	for (size_t s = 0; s < n; s++) {
		fg_buf client = FG_BUF_INIT;
		if (sinks[s].client_index >= 0) {
			fg_node recv;
			uint32_t ev = 0;
			client_kind ck = CK_UNKNOWN;
			c->xref.path = NULL;
			if (fg__param_args(c, cs->node, sinks[s].client_index, sinks[s].client_param, NULL, &recv, 1))
				ck = fg__classify(c, recv, cs->scope, 0, &ev);
			if (ck != CK_UNKNOWN && ck != CK_FOUNDRY && ck != CK_WRAPS_FOUNDRY)
				continue;
			if (ck != CK_UNKNOWN && c->xref.path)
				fg_buf_printf(&client, "built in %s:%u", c->xref.path, c->xref.line);
			else if (ck != CK_UNKNOWN)
				fg_buf_printf(&client, "built at line %u", fg__line(c->a, ev));
			else
				fg_buf_puts(&client, "not resolved; the repository configures Claude on Foundry");
		}
		fg_node args[16];
		size_t na = fg__param_args(c, cs->node, sinks[s].index, sinks[s].param, sinks[s].named, args, 16);
		for (size_t i = 0; i < na; i++)
			fg__run_sink_flow(c, cs, args[i], &sinks[s], client.len ? client.ptr : NULL);
		fg_buf_release(&client);
	}
}

/* The HTTP call's receiver (`_http`, `this.rest`, `claude` of claude.post()...) as registered: see fg__registered_base. */
static int rest_registration(code *c, const callsite *cs, fg_buf *where)
{
	const char *ct = cs->callee;
	size_t skip = (!strncmp(ct, "this.", 5) || !strncmp(ct, "self.", 5)) ? 5 : 0;
	size_t n = skip + strcspn(ct + skip, ".(");
	if (!ct[n] || n == skip)
		return 0;
	char *recv = fg_xstrndup(ct, n);
	int r = fg__registered_base(c, recv, fg_node_start(cs->node), where);
	free(recv);
	return r;
}


/* ---- PowerShell: Invoke-RestMethod / Invoke-WebRequest and the functions that wrap them ---- */

/* One named parameter of a request: -Body $x, or Body = $x in a splatted or passed hashtable. */
typedef struct ps_param {
	const char *name;
	size_t len;
	fg_node value; /* null for a switch */
} ps_param;

#define PS_MAX_PARAMS 32

/* The entries of a hashtable (an @{...} expression), added to out[n..max). */
static size_t ps_table_params(code *c, fg_node table, ps_param *out, size_t n, size_t max)
{
	fg_node d = fg__unwrap(table);
	if (fg_node_kind(d) != FG_K_DICT)
		return n;
	uint32_t cnt = fg_node_named_count(d);
	for (uint32_t i = 0; i < cnt && i < 64 && n < max; i++) {
		fg_node pr = fg_node_named_child(d, i);
		if (fg_node_kind(pr) != FG_K_PAIR)
			continue;
		fg_node key = fg_node_role(pr, FG_R_KEY);
		if (fg_node_is_null(key))
			continue;
		fg__key_name(c, fg__unwrap(key), &out[n].name, &out[n].len);
		out[n].value = fg_node_role(pr, FG_R_VALUE);
		n++;
	}
	return n;
}

/* `@params`: the hashtable last assigned to $params before pos, in this function or the script. */
static fg_node ps_splatted(code *c, fg_node arg, int scope)
{
	size_t l;
	const char *t = fg__ntext(c, arg, &l);
	if (fg_node_kind(arg) != FG_K_IDENT || l < 2 || l > 100 || t[0] != '@')
		return fg__null_node();
	char name[104];
	snprintf(name, sizeof name, "$%.*s", (int)(l - 1), t + 1);
	size_t lo, hi;
	fg__assign_range(c, name, &lo, &hi);
	fg_node found = fg__null_node();
	uint32_t pos = fg_node_start(arg);
	for (size_t i = lo; i < hi; i++) {
		const assign *as = &c->assigns[i];
		if (strcmp(as->lhs_text, name) != 0 || (as->scope != scope && as->scope != -1) ||
		    fg_node_start(as->rhs) >= pos)
			continue;
		if (fg_node_kind(fg__unwrap(as->rhs)) == FG_K_DICT)
			found = as->rhs;
	}
	return found;
}

/*
 * A command's named parameters: `-Name value` arguments and the entries of a
 * splatted `@params` hashtable; with tables, also the entries of a hashtable
 * passed as an argument (a wrapper's -Params @{ Uri = ...; Body = ... }).
 */
static size_t ps_params(code *c, fg_node cmd, int scope, bool tables, ps_param *out, size_t max)
{
	fg_node args = fg_node_role(cmd, FG_R_ARGS);
	uint32_t cnt = fg_node_is_null(args) ? 0 : fg_node_named_count(args);
	size_t n = 0;
	int positional = 0;
	for (uint32_t i = 0; i < cnt && i < 128 && n < max; i++) {
		fg_node a = fg_node_named_child(args, i);
		if (fg__arg_bound(c, args, i))
			continue;
		if (fg_node_kind(a) == FG_K_KWARG) {
			fg_node v = fg_node_role(a, FG_R_VALUE);
			if (tables && fg_node_kind(fg__unwrap(v)) == FG_K_DICT) {
				n = ps_table_params(c, v, out, n, max);
				continue;
			}
			fg__key_name(c, a, &out[n].name, &out[n].len);
			out[n].value = v;
			n++;
			continue;
		}
		fg_node u = fg__unwrap(a);
		fg_node table = ps_splatted(c, u, scope);
		if (!fg_node_is_null(table))
			n = ps_table_params(c, table, out, n, max);
		else if (tables && fg_node_kind(u) == FG_K_DICT)
			n = ps_table_params(c, u, out, n, max);
		else if (!tables && !positional++) {
			/* Invoke-RestMethod's first positional parameter is -Uri */
			out[n].name = "Uri";
			out[n].len = 3;
			out[n].value = a;
			n++;
		}
	}
	return n;
}

static fg_node ps_param_value(const ps_param *p, size_t n, const char *name)
{
	size_t nl = strlen(name);
	for (size_t i = 0; i < n; i++)
		if (p[i].len == nl && !strncasecmp(p[i].name, name, nl))
			return p[i].value;
	return fg__null_node();
}

/* -Method: 1 a method that sends a body (Post, Put, Patch), 0 another, -1 not given. */
static int ps_method(code *c, const ps_param *p, size_t n)
{
	fg_node v = fg__unwrap(ps_param_value(p, n, "Method"));
	if (fg_node_is_null(v))
		return -1;
	const char *t;
	size_t l;
	if (fg__is_plain_string(v))
		fg__string_content(c, v, &t, &l);
	else
		t = fg__ntext(c, v, &l);
	return (l == 4 && !strncasecmp(t, "post", 4)) || (l == 3 && !strncasecmp(t, "put", 3)) ||
	       (l == 5 && !strncasecmp(t, "patch", 5));
}

/*
 * A function of this file that sends a request with Invoke-RestMethod or
 * Invoke-WebRequest: its scope, or -1.
 */
static int ps_wrapper(code *c, const char *callee)
{
	int sc = fg__scope_by_name(c, callee, strlen(callee));
	for (size_t k = 0; sc >= 0 && k < c->ncalls; k++)
		if (c->calls[k].scope == sc && fg__flow_is_str(c, FG_FLOW_REST_CALL, c->calls[k].callee))
			return sc;
	return -1;
}

static void ps_run(code *c, const callsite *cs, const fg_node *body, size_t nbody, const char *evidence)
{
	flow f = flow_start(c, cs, evidence, "endpoint");
	for (size_t i = 0; i < nbody; i++)
		fg__visit(&f, body[i], VM_VALUE, 0);
	while (f.nsteps > 0)
		fg__pop_step(&f);
	if (c->a->inventory)
		inventory(&f, 1);
	fg__flow_release(&f);
}

/*
 * Invoke-RestMethod/Invoke-WebRequest (irm, iwr) with -Method Post to a
 * Foundry endpoint, its parameters given or splatted: its -Body is the
 * content.  The call of a function of this file that wraps one is the
 * request when it passes the Foundry URL: its body (or, without one, its
 * other parameters: the prompt) is the content.  True when the call was
 * one of these (a request or not).
 */
static bool ps_request(code *c, const callsite *cs, fg_buf *ev)
{
	if (!fg_lang_has(c->lang, FG_LT_NAMED_PARAMS))
		return false;
	bool direct = fg__flow_is_str(c, FG_FLOW_REST_CALL, cs->callee);
	int wrapper = direct ? -1 : ps_wrapper(c, cs->callee);
	if (!direct && wrapper < 0)
		return false;
	ps_param p[PS_MAX_PARAMS];
	size_t n = ps_params(c, cs->node, cs->scope, !direct, p, PS_MAX_PARAMS);
	int method = ps_method(c, p, n);
	for (size_t k = 0; method < 0 && wrapper >= 0 && k < c->ncalls; k++) {
		/* the caller does not say: the method the wrapper's own request is written with */
		const callsite *in = &c->calls[k];
		if (in->scope != wrapper || !fg__flow_is_str(c, FG_FLOW_REST_CALL, in->callee))
			continue;
		ps_param ip[PS_MAX_PARAMS];
		size_t ni = ps_params(c, in->node, in->scope, false, ip, PS_MAX_PARAMS);
		if (ps_method(c, ip, ni) > 0)
			method = 1;
	}
	if (method <= 0)
		return true; /* GET by default: a download sends no prompt */
	fg_node uri = ps_param_value(p, n, "Uri");
	fg_buf t = FG_BUF_INIT;
	if (!fg_node_is_null(uri))
		fg__gather_text(c, uri, cs->scope, &t, 0);
	else if (!direct) {
		for (size_t i = 0; i < n; i++)
			if (!fg_node_is_null(p[i].value) && !fg__flow_is(c, FG_FLOW_HEADER_KEY, p[i].name, p[i].len))
				fg__gather_text(c, p[i].value, cs->scope, &t, 0);
	}
	const char *tt = fg_buf_cstr(&t);
	bool foundry = fg__flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, tt, t.len) && !strstr(tt, "/openai/");
	bool from_env = !foundry && t.len && !strstr(tt, "://") && fg__foundry_env_in(c, tt, t.len);
	fg_buf_release(&t);
	if (!foundry && !from_env)
		return true;
	fg_node body[PS_MAX_PARAMS];
	size_t nb = 0;
	fg_node b = ps_param_value(p, n, "Body");
	if (!fg_node_is_null(b))
		body[nb++] = b;
	for (size_t i = 0; i < n && fg_node_is_null(b) && !direct; i++) {
		/* a wrapper's own parameters: the prompt, not where it goes or how */
		bool skip = fg_node_is_null(p[i].value) || fg__flow_is(c, FG_FLOW_HEADER_KEY, p[i].name, p[i].len) ||
			    fg__flow_is(c, FG_FLOW_REQUEST_PARAM, p[i].name, p[i].len);
		if (!skip)
			body[nb++] = p[i].value;
	}
	fg_buf_puts(ev, from_env ? "Foundry endpoint: the URL is read from a setting that this repository sets to a "
				   "Claude on Foundry endpoint"
				 : "Foundry endpoint: the request URL is a Claude on Foundry endpoint");
	ps_run(c, cs, body, nb, ev->ptr);
	return true;
}

/* A URL's text is a Foundry endpoint, or (naming no host) a setting named for or set to one. */
static bool foundry_url_text(code *c, const char *tt, size_t len)
{
	return (fg__flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, tt, len) && !strstr(tt, "/openai/")) ||
	       (len && !strstr(tt, "://") && fg__foundry_env_in(c, tt, len));
}

/*
 * A helper that posts to the URL its callers pass - `post(url, body)` with
 * `fetch(url, ...)` inside: what a caller in this file passes there.
 */
url_pass fg__caller_url(code *c, const callsite *caller, int index, const char *name)
{
	fg_node arg[1];
	if (fg__param_args(c, caller->node, index, name, NULL, arg, 1) != 1)
		return URL_OTHER;
	fg_buf t = FG_BUF_INIT;
	fg__gather_text(c, arg[0], caller->scope, &t, 0);
	const char *tt = fg_buf_cstr(&t);
	url_pass r = foundry_url_text(c, tt, t.len) ? URL_FOUNDRY : URL_OTHER;
	fg_buf_release(&t);
	if (r == URL_OTHER) {
		/* the argument itself (config.azure.endpoint, `${host}/v1/messages`): the text it is built from may hold other URLs */
		fg_node v = fg__unwrap(arg[0]);
		char *own = fg__compact_text(c, v);
		if (fg_node_kind(v) == FG_K_IDENT) {
			/* const url = `${baseHost}/anthropic/v1/messages`: the text of its assignment in the caller */
			for (size_t i = 0; i < c->nassigns; i++)
				if (c->assigns[i].scope == caller->scope && !strcmp(c->assigns[i].lhs_text, own)) {
					free(own);
					own = fg__compact_text(c, c->assigns[i].rhs);
					break;
				}
		}
		size_t ol = strlen(own);
		if (*own && !strstr(own, "://") && fg__foundry_env_in(c, own, ol))
			r = URL_FOUNDRY;
		else if (*own && !strstr(own, "://") && fg__flow_is(c, FG_FLOW_MESSAGES_PATH, own, ol) &&
			 !fg__flow_is(c, FG_FLOW_LOCAL_HOST, own, ol))
			r = URL_RELATIVE;
		free(own);
	}
	return r;
}

char *fg__url_param(code *c, const callsite *cs, int *index, int *scope)
{
	fg_node args = fg_node_role(cs->node, FG_R_ARGS);
	*index = -1;
	if (cs->scope < 0 || (size_t)cs->scope >= c->nscopes || fg_node_is_null(args) || fg_node_named_count(args) == 0)
		return NULL;
	fg_node u = fg__unwrap(fg_node_named_child(args, 0));
	if (fg_node_kind(u) != FG_K_IDENT)
		return NULL;
	char *name = fg__compact_text(c, u);
	/* the function's own parameter, or one of the function around a callback it runs (withRetry(async () => fetch(url))) */
	for (int sc = cs->scope, hops = 0; sc >= 0 && hops < 3 && *index < 0; hops++, sc = fg__enclosing_scope(c, sc)) {
		*index = fg__param_index(c, sc, name);
		*scope = sc;
	}
	if (*index < 0 || !c->scopes[*scope].name) {
		*index = -1;
		free(name);
		return NULL;
	}
	return name;
}

static url_pass url_from_callers(code *c, const callsite *cs)
{
	int index, scope = -1;
	char *name = fg__url_param(c, cs, &index, &scope);
	url_pass best = URL_OTHER;
	for (size_t k = 0; name && best != URL_FOUNDRY && k < c->ncalls; k++) {
		if (fg__calls_scope(c, &c->calls[k], scope)) {
			url_pass p = fg__caller_url(c, &c->calls[k], index, name);
			best = p == URL_FOUNDRY || best == URL_OTHER ? p : best;
		}
	}
	free(name);
	return best;
}

/* `claude -p "..."` (or a prompt argument) in a shell configured for Foundry: a request (rest 3). */
static bool cli_request(code *c, const callsite *cs, fg_buf *ev)
{
	if (!fg_lang_has(c->lang, FG_LT_SHELL) || !fg__flow_is_str(c, FG_FLOW_CLI_CLAUDE, cs->callee))
		return false;
	fg_node prompt[1];
	if (cli_prompt(c, cs->node, prompt, 1) < 0)
		return true; /* a subcommand or --version: no request */
	uint32_t evpos = 0;
	if (cli_foundry(c, cs->node, ev, &evpos))
		fg__run_flow(c, cs, ev->ptr, "claude-code-setting", evpos, 3);
	return true;
}

static void find_requests(code *c)
{
	fg_analysis *a = c->a;
	const fg_regex *req = a->rs->flow[FG_FLOW_REQUEST_METHOD];
	for (size_t i = 0; i < c->ncalls; i++) {
		if (a->defer && c->wants_index)
			break; /* the file is analysed again, with the index: stop here */
		const callsite *cs = &c->calls[i];
		const char *ct = cs->callee;
		size_t ctl = strlen(ct);
		if (!ctl)
			continue;
		size_t ms, me, gs, ge;
		fg_buf ev = FG_BUF_INIT;
		fg_node alias = fg__null_node();
		if (req && fg_regex_search(req, a->w->matcher, ct, ctl, 0, &ms, &me, &gs, &ge) == 1 && ms == 0 &&
		    me == ctl) {
			fg_node recv = receiver_node(c, cs, ge - gs);
			if (!fg_node_is_null(recv))
				sdk_request(c, cs, recv, &ev);
		} else if (!fg_node_is_null(alias = messages_alias(c, cs))) {
			sdk_request(c, cs, alias, &ev);
		} else if (openai_request(c, cs, &ev)) {
			/* run_flow done by openai_request when the model is Claude */
		} else if (framework_request(c, cs, &ev)) {
			/* run_flow done by framework_request */
		} else if (ps_request(c, cs, &ev)) {
			/* PowerShell's HTTP cmdlets and their wrappers: run_flow done by ps_request when Foundry */
		} else if (cli_request(c, cs, &ev)) {
			/* a Claude Code command: run_flow done by cli_request when configured for Foundry */
		} else if (fg__flow_is(c, FG_FLOW_REST_CALL, ct, ctl) || fg__flow_is(c, FG_FLOW_REST_SHELL, ct, ctl)) {
			fg_node args = fg_node_role(cs->node, FG_R_ARGS);
			if (fg_node_is_null(args) || fg_node_named_count(args) == 0) {
				fg_buf_release(&ev);
				continue;
			}
			if (reads_only(c, args)) {
				/* fetch(url, { method: 'GET' }): a download sends no prompt */
				fg_buf_release(&ev);
				continue;
			}
			/* Where it goes: the arguments, and the receiver (httpx.Client(base_url=...)). */
			fg_buf t = FG_BUF_INIT;
			fg__gather_text(c, args, cs->scope, &t, 0);
			fg_node obj = fg__call_object(cs->node);
			if (!fg_node_is_null(obj))
				fg__gather_text(c, obj, cs->scope, &t, 0);
			const char *tt = t.ptr ? t.ptr : "";
			/* a client registered elsewhere (a typed HttpClient, a bean) with its base address */
			fg_buf reg = FG_BUF_INIT;
			int registered = rest_registration(c, cs, &reg);
			if (registered < 0 && !strstr(tt, "://")) {
				/* registered on another host, and the call names no URL of its own */
				fg_buf_release(&reg);
				fg_buf_release(&t);
				fg_buf_release(&ev);
				continue;
			}
			bool foundry = fg__flow_is(c, FG_FLOW_FOUNDRY_ENDPOINT, tt, t.len) && !strstr(tt, "/openai/");
			bool from_env = !foundry && !strstr(tt, "://") && fg__foundry_env_in(c, tt, t.len);
			url_pass via = !foundry && !from_env && registered == 0 ? url_from_callers(c, cs) : URL_OTHER;
			bool callers = via == URL_FOUNDRY;
			foundry = foundry || from_env || callers;
			bool injected = !foundry && registered > 0 && !strstr(tt, "://");
			/*
			 * A relative Messages API path ("v1/messages") on a client whose base
			 * address is set elsewhere (a typed HttpClient, a Guzzle base_uri in
			 * config): in a repository that runs Claude on Foundry, a Foundry request.
			 */
			/* ... or a URL constant defined in another file and named for Claude: ClaudeFoundry::MESSAGES_URL */
			bool rel_path = (!foundry && !injected && !strstr(tt, "://") &&
					 (fg__flow_is(c, FG_FLOW_MESSAGES_PATH, tt, t.len) ||
					  fg__flow_is(c, FG_FLOW_FOUNDRY_URL_NAME, tt, t.len)) &&
					 !fg__flow_is(c, FG_FLOW_LOCAL_HOST, tt, t.len)) ||
					(!foundry && !injected && via == URL_RELATIVE);
			if (rel_path && !fg_node_is_null(obj)) {
				/* ...but not on a client resolved to another host or provider (a helper's Guzzle client for a status page) */
				uint32_t oev = 0;
				rel_path = fg__classify(c, obj, cs->scope, 0, &oev) != CK_OTHER;
			}
			bool relative = rel_path && a->repo_foundry;
			if (rel_path && !a->repo_foundry)
				a->unresolved = true; /* decided again once the repository's context is known */
			fg_buf_release(&t);
			if (injected) {
				fg_buf_printf(&ev, "Foundry endpoint: the HTTP client is registered with a Claude on Foundry "
						   "base address (%s)", fg_buf_cstr(&reg));
				fg__run_flow(c, cs, ev.ptr, "registered-client", 0, 1);
			} else if (foundry || relative) {
				fg_buf_puts(&ev, relative ? "Foundry: a relative Messages API path in a repository that configures "
							    "Claude on Foundry"
						 : from_env ? "Foundry endpoint: the URL is read from a setting that this repository "
							      "sets to a Claude on Foundry endpoint"
						 : callers ? "Foundry endpoint: a caller passes a Claude on Foundry endpoint as the URL"
							   : "Foundry endpoint: the request URL is a Claude on Foundry endpoint");
				fg__run_flow(c, cs, ev.ptr, relative ? "relative-path" : callers ? "caller-endpoint" : "endpoint", 0,
					     fg__flow_is(c, FG_FLOW_REST_SHELL, ct, ctl) ? 2 : 1);
			}
			fg_buf_release(&reg);
		} else if (c->a->w->index && !a->facts_only) {
			/* a helper in another file whose parameter reaches a request: its summary */
			sink_calls(c, cs);
		}
		fg_buf_release(&ev);
	}
}


/* Everything a file's analysis holds, freed. */
static void code_release(code *c)
{
	fg__facts_release(c);
	fg__memo_release(c);
	for (size_t i = 0; i < c->nassigns; i++)
		free(c->assigns[i].lhs_text);
	for (size_t i = 0; i < c->ncalls; i++)
		free(c->calls[i].callee);
	for (size_t i = 0; i < c->nfoundry_names; i++)
		free(c->foundry_names[i]);
	free(c->assigns);
	free(c->calls);
	free(c->writers);
	free(c->scopes);
	free(c->rets);
	free(c->factory_kind);
	free(c->factory_ev);
	free(c->factory_xpath);
	free(c->factory_xline);
	free(c->comments);
}

static void code_free(void *p)
{
	code_release(p);
	free(p);
}

/*
 * A deferred file's collection, kept with its tree for the pass with the
 * index (which then runs no query): what fg__collect found, and the comment
 * captures for the claims, without what this pass worked out from them.
 */
static void keep_collection(code *c, fg_tree *tree)
{
	code *k = fg_xmalloc(sizeof(*k));
	*k = *c;
	k->a = NULL;
	fg__memo_release(k);
	for (size_t i = 0; i < k->nfoundry_names; i++)
		free(k->foundry_names[i]);
	k->nfoundry_names = 0;
	free(k->writers);
	k->writers = NULL;
	k->nwriters = 0;
	k->writers_found = false;
	for (size_t i = 0; i < k->nscopes; i++) {
		k->factory_kind[i] = -1;
		k->factory_ev[i] = 0;
		k->factory_xpath[i] = NULL;
		k->factory_xline[i] = 0;
		/* names point into this pass's text: kept as positions (the next pass reads a copy of it) */
		fn_scope *sc = &k->scopes[i];
		sc->name_at = sc->name ? (uint32_t)(sc->name - c->a->src) : UINT32_MAX;
		sc->name = NULL;
	}
	k->resolving = 0;
	memset(&k->xref, 0, sizeof(k->xref));
	k->wants_index = k->openai_config = k->openai_elsewhere = false;
	k->comments = c->a->comments;
	k->ncomments = c->a->ncomments;
	c->a->comments = NULL;
	c->a->ncomments = 0;
	c->a->comments_known = false;
	fg_tree_keep_derived(tree, k, code_free);
}

void fg__analyze_code(fg_analysis *a, fg_tree *tree)
{
	code c = { 0 };
	code *kept = fg_tree_take_derived(tree);
	if (kept) {
		/* the first pass's collection of this tree: its query is not run again */
		c = *kept;
		free(kept);
		c.a = a;
		for (size_t i = 0; i < c.nscopes; i++)
			if (c.scopes[i].name_at != UINT32_MAX)
				c.scopes[i].name = a->src + c.scopes[i].name_at;
		free(a->comments);
		a->comments = c.comments;
		a->ncomments = c.ncomments;
		a->comments_known = true;
		c.comments = NULL;
		c.ncomments = 0;
	} else {
		c.a = a;
		c.lang = fg_tree_lang(tree);
		fg__collect(&c, tree);
	}
	fg__collect_foundry_imports(&c);
	fg__facts_extract(&c);
	if (!a->facts_only && !(a->defer && c.wants_index))
		find_requests(&c);
	if (c.wants_index) {
		a->wants_index = true; /* analysed again once the repository index is built */
		a->deferred = a->defer; /* ...and, deferring, no further now */
	}
	if (a->deferred) {
		keep_collection(&c, tree);
		return;
	}
	code_release(&c);
}
