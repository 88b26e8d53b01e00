/*
 * analyze.c - per-file driver: parse when the file can hold a request,
 * run the request/flow analyzer and the claim analyzer, and turn byte
 * spans into findings with redacted snippets.
 */
#include "internal.h"
#include <stdatomic.h>
#include <strings.h>

fg_worker *fg_worker_new(const fg_ruleset *rs)
{
	fg_worker *w = fg_xcalloc(1, sizeof(*w));
	w->rs = rs;
	w->parser = fg_parser_new();
	w->cursor = fg_query_cursor_new();
	w->matcher = fg_matcher_new();
	memset(w->resolves_types, -1, sizeof(w->resolves_types));
	return w;
}

void fg_worker_free(fg_worker *w)
{
	if (!w)
		return;
	fg_tree_free(w->kept_tree);
	fg_tree_free(w->reuse_tree);
	fg_parser_free(w->parser);
	fg_query_cursor_free(w->cursor);
	fg_matcher_free(w->matcher);
	free(w);
}

bool fg__flow_test(fg_analysis *a, fg_flow_key key, const char *s, size_t len)
{
	const fg_regex *re = a->rs->flow[key];
	return re && fg_regex_test(re, a->w->matcher, s, len);
}

bool fg_analyze_resolves_types(const fg_worker *w, fg_lang_id lang)
{
	if (lang <= FG_LANG_NONE || lang >= FG_LANG__COUNT)
		return false;
	signed char *known = ((fg_worker *)w)->resolves_types; /* the worker's own memo */
	if (known[lang] < 0)
		known[lang] = fg_ruleset_query_captures(w->rs, lang, "typed.name");
	return known[lang] > 0;
}

bool fg_analyze_has_foundry_evidence(fg_worker *w, const char *data, size_t len)
{
	const fg_regex *re = w->rs->flow[FG_FLOW_FOUNDRY_EVIDENCE];
	return re && fg_regex_test(re, w->matcher, data, len);
}

/*
 * A PowerShell script that writes Claude Code's settings file: a hashtable
 * entry CLAUDE_CODE_USE_FOUNDRY = '1' (not the script's own $env: or
 * SetEnvironmentVariable) in a script that converts it to JSON and names a
 * settings file.
 */
static bool ps_settings_writer(fg_worker *w, const char *path, const char *data, size_t len)
{
	const fg_regex *on = w->rs->flow[FG_FLOW_CLI_FOUNDRY_ON];
	if (!on || !fg_lang_has(fg_lang_from_path(path), FG_LT_NAMED_PARAMS) || !memmem(data, len, "ConvertTo-Json", 14) ||
	    !(memmem(data, len, "settings", 8) || memmem(data, len, "Settings", 8)))
		return false;
	size_t ms, me, gs, ge;
	for (size_t from = 0; from < len; from = me > ms ? me : ms + 1) {
		if (fg_regex_search(on, w->matcher, data, len, from, &ms, &me, &gs, &ge) != 1)
			return false;
		size_t ls = ms;
		while (ls > 0 && data[ls - 1] != '\n')
			ls--;
		bool own = false; /* $env:CLAUDE_CODE_USE_FOUNDRY, [Environment]::SetEnvironmentVariable(...) */
		for (size_t k = ls; k + 4 <= ms && !own; k++)
			own = !strncasecmp(data + k, "env:", 4) || !strncasecmp(data + k, "SetEnv", 6);
		if (!own && ms >= ls && (ms == ls || data[ms - 1] == ' ' || data[ms - 1] == '\t' || data[ms - 1] == '"' ||
					 data[ms - 1] == '\'' || data[ms - 1] == ';' || data[ms - 1] == '{'))
			return true;
	}
	return false;
}

bool fg_analyze_claude_settings(fg_worker *w, const char *path, const char *data, size_t len)
{
	if (ps_settings_writer(w, path, data, len)) {
		const fg_regex *off = w->rs->flow[FG_FLOW_CLI_FOUNDRY_OFF];
		return !(off && fg_regex_test(off, w->matcher, data, len));
	}
	static const char *const names[] = { ".claude/settings.json", ".claude/settings.local.json" };
	size_t pl = strlen(path);
	bool settings = false;
	for (size_t i = 0; i < FG_ARRAY_SIZE(names); i++) {
		size_t nl = strlen(names[i]);
		settings = settings || (pl >= nl && !strcmp(path + pl - nl, names[i]) &&
					(pl == nl || path[pl - nl - 1] == '/'));
	}
	const fg_regex *on = w->rs->flow[FG_FLOW_CLI_FOUNDRY_ON], *off = w->rs->flow[FG_FLOW_CLI_FOUNDRY_OFF];
	return settings && on && fg_regex_test(on, w->matcher, data, len) &&
	       !(off && fg_regex_test(off, w->matcher, data, len));
}

bool fg_analyze_may_match(fg_worker *w, const char *data, size_t len, bool repo_foundry, bool *needs_context)
{
	const fg_regex *pf = w->rs->flow[FG_FLOW_PREFILTER], *pfc = w->rs->flow[FG_FLOW_PREFILTER_CONTEXT];
	const fg_regex *pfa = w->rs->flow[FG_FLOW_PREFILTER_AZURE];
	*needs_context = false;
	bool claude = !pf || fg_regex_test(pf, w->matcher, data, len);
	if (claude && (!pfa || repo_foundry || fg_regex_test(pfa, w->matcher, data, len)))
		return true;
	/* names Claude but not Azure: only a Foundry repository makes that a claim's context */
	bool maybe = claude || (pfc && fg_regex_test(pfc, w->matcher, data, len));
	if (maybe && repo_foundry)
		return true;
	*needs_context = maybe;
	return false;
}

bool fg__spend(fg_analysis *a)
{
	if (a->budget.left == 0) {
		fg__cut(a, "the per-file step limit");
		return false;
	}
	a->budget.left--;
	a->budget.spent++;
	return true;
}

void fg__cut(fg_analysis *a, const char *why)
{
	if (!a->budget.cut)
		a->budget.cut = why;
}

void fg__stats_add_work(fg_analysis_stats *to, const fg_analysis_stats *from)
{
	to->limit_hits += from->limit_hits;
	to->steps += from->steps;
	if (!to->incomplete)
		to->incomplete = from->incomplete;
}

uint32_t fg__line(const fg_analysis *a, size_t off)
{
	uint32_t l = fg_lineindex_line(&a->li, off);
	if (a->line_map && l >= 1 && l <= a->nline_map)
		return a->line_map[l - 1];
	return l;
}

void fg__add_redaction(fg_analysis *a, uint32_t start, uint32_t end)
{
	a->redact = fg_xrealloc(a->redact, (a->nredact + 1) * sizeof(fg_span));
	a->redact[a->nredact].start = start;
	a->redact[a->nredact].end = end;
	a->nredact++;
}

static fg_finding *emit_at(fg_analysis *a, const char *rule_id, const char *category, uint32_t start,
			   uint32_t end, const char *message, uint64_t fp_seed);

fg_finding *fg__emit(fg_analysis *a, const char *rule_id, const char *category, uint32_t start,
		     uint32_t end, const char *message, uint64_t fp_seed)
{
	for (size_t i = 0; i < a->nseen; i++)
		if (a->seen[i] == start)
			return NULL;
	return emit_at(a, rule_id, category, start, end, message, fp_seed);
}

fg_finding *fg__emit_inventory(fg_analysis *a, const char *rule_id, const char *category, uint32_t start,
			       uint32_t end, const char *message, uint64_t fp_seed)
{
	return emit_at(a, rule_id, category, start, end, message, fp_seed);
}

static fg_finding *emit_at(fg_analysis *a, const char *rule_id, const char *category, uint32_t start,
			   uint32_t end, const char *message, uint64_t fp_seed)
{
	const fg_rule *rule = fg_ruleset_rule(a->rs, rule_id);
	if (!rule) {
		/* A rule referenced by code but missing from rules.txt is a build bug. */
		fprintf(stderr, "foundry-guard: internal: no rule '%s' in rules.txt\n", rule_id);
		return NULL;
	}
	if (strncmp(rule_id, "inventory/", 10) != 0) {
		a->seen = fg_xrealloc(a->seen, (a->nseen + 1) * sizeof(uint32_t));
		a->seen[a->nseen++] = start;
	}
	uint32_t line = fg_lineindex_line(&a->li, start), col = fg_lineindex_col(&a->li, start);
	uint32_t end_line = fg_lineindex_line(&a->li, end > start ? end - 1 : start);
	uint32_t end_col = fg_lineindex_col(&a->li, end > start ? end : start);
	if (end_line != line) {
		/* Keep regions on one line: the span ends at the end of its first line. */
		size_t ls, le;
		fg_lineindex_span(&a->li, line, &ls, &le);
		end_line = line;
		end_col = fg_lineindex_col(&a->li, le);
		if (end_col <= col)
			end_col = col + 1;
	}
	fg_finding *f = fg_findings_new(a->out, rule, a->path, line, col, end_line, end_col, message, category);
	f->fp_seed = fp_seed;
	f->start_byte = start;
	return f;
}

static size_t find_values(void *ctx, const char *text, size_t len, fg_text_span *out, size_t max)
{
	fg_value_match hits[64];
	size_t n = fg_values_spans(ctx, text, len, hits, FG_MIN(max, FG_ARRAY_SIZE(hits)));
	for (size_t i = 0; i < n; i++) {
		out[i].start = hits[i].start;
		out[i].end = hits[i].end;
	}
	return n;
}

static bool secret_name(void *ctx, const char *name, size_t len)
{
	const char *cat = fg_name_category(ctx, name, len);
	return cat && strcmp(cat, "credential") == 0;
}

void fg_worker_redactor(fg_worker *w, fg_redactor *r)
{
	r->find = find_values;
	r->secret_name = secret_name;
	r->ctx = w;
}

uint64_t fg__seed(fg_analysis *a, const char *text, size_t len, const char *extra, uint64_t salt)
{
	fg_redactor r;
	fg_worker_redactor(a->w, &r);
	return fg_finding_seed(&r, text, len, extra, salt);
}

/* The snippets: each finding's line, through the redactor, with the values the analysis found. */
void fg__finish_snippets(fg_analysis *a, size_t first)
{
	fg_redactor r;
	fg_worker_redactor(a->w, &r);
	fg_text_span *known = fg_xcalloc(a->nredact + 1, sizeof(*known));
	for (size_t i = first; i < a->out->len; i++) {
		fg_finding *f = &a->out->items[i];
		size_t ls, le, n = 0;
		fg_lineindex_span(&a->li, f->line, &ls, &le);
		for (size_t k = 0; k < a->nredact; k++) {
			fg_span s = a->redact[k];
			if (s.end <= ls || s.start >= le)
				continue;
			known[n].start = s.start > ls ? s.start - ls : 0;
			known[n].end = FG_MIN((size_t)s.end, le) - ls;
			n++;
		}
		size_t at = f->start_byte >= ls && f->start_byte <= le ? f->start_byte - ls : 0;
		fg_finding_set_line(f, &r, a->src + ls, le - ls, known, n, at);
	}
	free(known);
}

/* --stats: a parse just ended (the tree is freed later, with the analysis). */
static void parsed_bytes(fg_worker *w, size_t len)
{
	fg_stage_end(w->stages, FG_STAGE_PARSE, &w->mark, 1);
	if (w->stages)
		w->stages->bytes_parsed += len;
}

/*
 * A deferred file's tree, kept for the pass with the index when the budget
 * allows: about 100 bytes a visible node (tree-sitter's subtrees, measured on
 * TypeScript and Python) and the text.
 */
static bool keep_tree(fg_worker *w, fg_tree *tree, size_t len)
{
	if (!w->keep_budget || !fg_tree_nodes(tree))
		return false;
	size_t need = fg_tree_nodes(tree) * 100 + len;
	size_t left = atomic_load(w->keep_budget);
	do {
		if (left < need)
			return false;
	} while (!atomic_compare_exchange_weak(w->keep_budget, &left, left - need));
	w->kept_tree = tree;
	return true;
}

void fg_analyze_file(fg_worker *w, const char *path, fg_filetype type, const char *data,
		     size_t len, bool repo_foundry, fg_findings *out, fg_analysis_stats *stats)
{
	if (type.text == FG_TEXT_NOTEBOOK) {
		fg_analyze_notebook(w, path, data, len, repo_foundry, out, stats);
		return;
	}
	fg__analyze_mapped(w, path, type, data, len, repo_foundry, NULL, 0, out, stats);
	if (type.text == FG_TEXT_PROSE)
		fg__analyze_fences(w, path, data, len, repo_foundry, false, NULL, 0, out, stats);
	if (type.text == FG_TEXT_HASH) /* Dockerfile RUN, Makefile recipes, workflow run: steps */
		fg__analyze_embedded_shell(w, path, data, len, repo_foundry, out, stats);
}

/* A TypeScript declaration file (.d.ts, .d.mts, .d.cts): types only, no code that runs, so no request. */
static bool declaration_file(const char *path)
{
	static const char *const ends[] = { ".d.ts", ".d.mts", ".d.cts" };
	size_t pl = strlen(path);
	for (size_t i = 0; i < FG_ARRAY_SIZE(ends); i++) {
		size_t el = strlen(ends[i]);
		if (pl > el && !strcmp(path + pl - el, ends[i]))
			return true;
	}
	return false;
}

/*
 * The comments of a tree, in order, for the claims analysis: what the code
 * query would have recorded, without running it (on a large declaration
 * file, tree-sitter's query cursor takes seconds).
 */
static void collect_comments(fg_analysis *a, fg_node n, size_t *cap, int depth)
{
	if (depth > FG_MAX_TREE_DEPTH)
		return;
	if (!strcmp(fg_node_type(n), "comment")) {
		if (a->ncomments == *cap) {
			*cap = *cap ? *cap * 2 : 32;
			a->comments = fg_xrealloc(a->comments, *cap * sizeof(*a->comments));
		}
		struct fg_comment_capture *cc = &a->comments[a->ncomments++];
		cc->start = fg_node_start(n);
		cc->end = fg_node_end(n);
		cc->doc = false;
		cc->new_match = true;
		return;
	}
	uint32_t cnt = fg_node_named_count(n);
	for (uint32_t i = 0; i < cnt; i++)
		collect_comments(a, fg_node_named_child(n, i), cap, depth + 1);
}

void fg__analyze_mapped(fg_worker *w, const char *path, fg_filetype type, const char *data, size_t len,
			bool repo_foundry, const uint32_t *line_map, size_t nline_map, fg_findings *out,
			fg_analysis_stats *stats)
{
	fg_analysis a = { 0 };
	a.inventory = w->inventory;
	a.line_map = line_map;
	a.nline_map = nline_map;
	a.w = w;
	a.rs = w->rs;
	a.path = path;
	a.src = data;
	a.len = len;
	a.type = type;
	a.repo_foundry = repo_foundry;
	a.out = out;
	a.budget.left = FG_FILE_STEPS;
	a.defer = w->defer_to_index && !w->index && !line_map && type.text == FG_TEXT_CODE;
	/*
	 * The prefilter: a file that names neither Claude, Anthropic nor Foundry
	 * can hold no finding, unless it sends messages through a client defined
	 * elsewhere - and that matters only in a repository with Foundry context.
	 */
	bool maybe = false;
	if (!w->late && data != w->prefiltered && !fg_analyze_may_match(w, data, len, repo_foundry, &maybe)) {
		stats->unresolved = maybe; /* look again once the repository's context is known */
		fg_stage_end(w->stages, FG_STAGE_READ, &w->mark, 0);
		return;
	}
	a.file_foundry = fg_analyze_has_foundry_evidence(w, data, len);
	fg_lineindex_init(&a.li, data, len);
	size_t first = out->len;
	unsigned hits0 = fg_matcher_limit_hits(w->matcher);
	fg_stage_end(w->stages, FG_STAGE_READ, &w->mark, 0);

	if (type.lang != FG_LANG_NONE) {
		/* the tree the first pass kept for this text (it passed the depth check then) */
		fg_tree *tree = NULL;
		bool reused = w->reuse_tree && data == w->reuse_src && !line_map && fg_tree_lang(w->reuse_tree) == type.lang;
		if (reused) {
			tree = w->reuse_tree;
			w->reuse_tree = NULL;
			fg_tree_set_source(tree, data);
		} else {
			tree = fg_parser_parse(w->parser, type.lang, data, len);
			if (tree)
				parsed_bytes(w, len);
		}
		if (tree && !reused && fg_tree_deeper_than(tree, FG_MAX_TREE_DEPTH)) {
			/* the queries and our own walks would take quadratic time or deep stacks */
			stats->parsed = true;
			fg__cut(&a, "syntax nested deeper than " FG_MAX_TREE_DEPTH_TEXT " levels");
			fg_tree_free(tree);
		} else if (tree && type.text == FG_TEXT_CODE && declaration_file(path)) {
			/* declarations only: their comments may still make a claim */
			stats->parsed = true;
			size_t cap = 0;
			collect_comments(&a, fg_tree_root(tree), &cap, 0);
			a.comments_known = true;
			fg__analyze_claims_tree(&a, tree);
			fg_stage_end(w->stages, FG_STAGE_CLAIMS, &w->mark, 1);
			fg_tree_free(tree);
			fg_stage_end(w->stages, FG_STAGE_PARSE, &w->mark, 0);
		} else if (tree) {
			stats->parsed = true;
			fg__analyze_code(&a, tree);
			fg_stage_end(w->stages, FG_STAGE_FLOW, &w->mark, 1);
			if (type.text == FG_TEXT_CODE && !a.deferred) {
				fg__analyze_claims_tree(&a, tree);
				fg_stage_end(w->stages, FG_STAGE_CLAIMS, &w->mark, 1);
			}
			if (a.deferred && !w->kept_tree && keep_tree(w, tree, len))
				tree = NULL; /* analysed again with the index, on this tree */
			fg_tree_free(tree);
			fg_stage_end(w->stages, FG_STAGE_PARSE, &w->mark, 0); /* a tree's teardown is the parser's cost */
		} else {
			/* the parser's time limit: the file is not analysed, and says so */
			stats->parse_failed = true;
			fg__cut(&a, "the parser gave up on it (time limit)");
		}
	} else if (type.text != FG_TEXT_NONE) {
		fg__analyze_claims_text(&a);
		fg_stage_end(w->stages, FG_STAGE_CLAIMS, &w->mark, 1);
	}
	fg__finish_snippets(&a, first);
	fg_stage_end(w->stages, FG_STAGE_REPORT, &w->mark, 0);
	stats->unresolved = a.unresolved;
	stats->wants_index = stats->wants_index || a.wants_index;
	stats->deferred = stats->deferred || a.deferred;
	stats->foundry = a.file_foundry;
	stats->limit_hits += fg_matcher_limit_hits(w->matcher) - hits0;
	stats->steps += a.budget.spent;
	if (!stats->incomplete)
		stats->incomplete = a.budget.cut;
	free(a.redact);
	free(a.seen);
	free(a.comments);
	fg_lineindex_release(&a.li);
}

void fg_analyze_facts(fg_worker *w, const char *path, fg_filetype type, const char *data, size_t len)
{
	if (!w->facts || type.lang == FG_LANG_NONE || type.text == FG_TEXT_NOTEBOOK)
		return;
	fg_analysis a = { 0 };
	a.w = w;
	a.rs = w->rs;
	a.path = path;
	a.src = data;
	a.len = len;
	a.type = type;
	a.facts_only = true;
	a.budget.left = FG_FILE_STEPS;
	fg_lineindex_init(&a.li, data, len);
	fg_tree *tree = fg_parser_parse(w->parser, type.lang, data, len);
	if (tree) {
		parsed_bytes(w, len);
		fg__analyze_code(&a, tree);
		fg_stage_end(w->stages, FG_STAGE_INDEX, &w->mark, 1);
		fg_tree_free(tree);
	}
	free(a.comments);
	fg_lineindex_release(&a.li);
}
