/*
 * analyze.c - per-file driver: parse when the file can hold a request,
 * run the request/flow analyzer and the claim analyzer, and turn byte
 * spans into findings with redacted snippets.
 */
#include "internal.h"

fg_worker *fg_worker_new(const fg_ruleset *rs)
{
	fg_worker *w = fg_xcalloc(1, sizeof(*w));
	w->rs = rs;
	w->parser = fg_parser_new();
	w->cursor = fg_query_cursor_new();
	w->matcher = fg_matcher_new();
	return w;
}

void fg_worker_free(fg_worker *w)
{
	if (!w)
		return;
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

bool fg_analyze_has_foundry_evidence(fg_worker *w, const char *data, size_t len)
{
	const fg_regex *re = w->rs->flow[FG_FLOW_FOUNDRY_EVIDENCE];
	return re && fg_regex_test(re, w->matcher, data, len);
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
	fg_finding *f = fg_findings_add(a->out);
	f->rule = rule;
	f->severity = rule->severity;
	f->path = fg_xstrdup(a->path);
	f->line = fg_lineindex_line(&a->li, start);
	f->col = fg_lineindex_col(&a->li, start);
	f->end_line = fg_lineindex_line(&a->li, end > start ? end - 1 : start);
	f->end_col = fg_lineindex_col(&a->li, end > start ? end : start);
	if (f->end_line != f->line) {
		/* Keep regions on one line: the span ends at the end of its first line. */
		size_t ls, le;
		fg_lineindex_span(&a->li, f->line, &ls, &le);
		f->end_line = f->line;
		f->end_col = fg_lineindex_col(&a->li, le);
		if (f->end_col <= f->col)
			f->end_col = f->col + 1;
	}
	f->message = fg_xstrdup(message);
	f->category = fg_xstrdup(category ? category : "");
	f->fp_seed = fp_seed;
	f->start_byte = start;
	return f;
}

static int cmp_span(const void *x, const void *y)
{
	const fg_span *a = x, *b = y;
	return a->start < b->start ? -1 : a->start > b->start;
}

void fg__finish_snippets(fg_analysis *a, size_t first)
{
	if (a->nredact > 1)
		qsort(a->redact, a->nredact, sizeof(fg_span), cmp_span);
	for (size_t i = first; i < a->out->len; i++) {
		fg_finding *f = &a->out->items[i];
		size_t ls, le;
		fg_lineindex_span(&a->li, f->line, &ls, &le);
		/* Any value on the line is kept out of the snippet, not only the one reported. */
		fg_value_match hits[32];
		size_t nh = fg_values_spans(a->w, a->src + ls, le - ls, hits, FG_ARRAY_SIZE(hits));
		for (size_t h = 0; h < nh; h++)
			fg__add_redaction(a, (uint32_t)(ls + hits[h].start), (uint32_t)(ls + hits[h].end));
		if (nh && a->nredact > 1)
			qsort(a->redact, a->nredact, sizeof(fg_span), cmp_span);
		/* Long lines are cut to 200 bytes around the finding. */
		fg_buf b = FG_BUF_INIT;
		size_t p = ls;
		f->snippet_col = 0;
		size_t fstart = f->start_byte >= ls && f->start_byte <= le ? f->start_byte : ls;
		bool col_done = false;
		for (size_t r = 0; r < a->nredact && p < le; r++) {
			fg_span s = a->redact[r];
			if (s.end <= p || s.start >= le)
				continue;
			size_t cs = FG_MAX((size_t)s.start, p);
			if (!col_done && fstart <= cs) {
				/* where the finding starts in the redacted snippet */
				fg_buf_add(&b, a->src + p, fstart - p);
				f->snippet_col = (uint32_t)b.len + 1;
				col_done = true;
				fg_buf_add(&b, a->src + fstart, cs - fstart);
			} else {
				fg_buf_add(&b, a->src + p, cs - p);
			}
			size_t ce = FG_MIN((size_t)s.end, le);
			/* The redacted text keeps the value's prefix only when the value starts here. */
			char *red = fg_redact(a->src + s.start, s.end - s.start);
			if (cs == s.start)
				fg_buf_puts(&b, red);
			else
				fg_buf_puts(&b, "\xE2\x80\xA6[redacted]");
			free(red);
			p = ce;
		}
		if (!col_done) {
			if (fstart >= p) {
				fg_buf_add(&b, a->src + p, fstart - p);
				f->snippet_col = (uint32_t)b.len + 1;
				p = fstart;
			} else {
				f->snippet_col = (uint32_t)b.len + 1; /* inside a redacted span */
			}
		}
		if (p < le)
			fg_buf_add(&b, a->src + p, le - p);
		/* byte offset -> code point column */
		{
			uint32_t cp = 1;
			for (uint32_t k = 0; k + 1 < f->snippet_col && k < b.len; k++)
				if (((unsigned char)b.ptr[k] & 0xC0) != 0x80)
					cp++;
			f->snippet_col = cp;
		}
		if (b.len > 240) {
			b.len = 240;
			b.ptr[b.len] = '\0';
			fg_buf_puts(&b, "\xE2\x80\xA6");
		}
		for (size_t k = 0; k < b.len; k++)
			if (b.ptr[k] == '\t')
				b.ptr[k] = ' ';
		f->snippet = fg_buf_detach(&b);
		/* Line hash: the line's content without whitespace, so moves don't change it. */
		uint64_t h = 0;
		fg_buf norm = FG_BUF_INIT;
		for (size_t k = ls; k < le; k++)
			if (a->src[k] != ' ' && a->src[k] != '\t')
				fg_buf_putc(&norm, a->src[k]);
		h = fg_hash64(norm.ptr ? norm.ptr : "", norm.len, 0);
		fg_buf_release(&norm);
		fg_buf lh = FG_BUF_INIT;
		fg_buf_printf(&lh, "%016llx", (unsigned long long)h);
		f->line_hash = fg_buf_detach(&lh);
	}
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
	/*
	 * The prefilter: a file that names neither Claude, Anthropic nor Foundry
	 * can hold no finding, unless it sends messages through a client defined
	 * elsewhere - and that matters only in a repository with Foundry context.
	 */
	bool maybe = false;
	if (!fg_analyze_may_match(w, data, len, repo_foundry, &maybe)) {
		stats->unresolved = maybe; /* look again once the repository's context is known */
		return;
	}
	a.file_foundry = fg_analyze_has_foundry_evidence(w, data, len);
	fg_lineindex_init(&a.li, data, len);
	size_t first = out->len;
	unsigned hits0 = fg_matcher_limit_hits(w->matcher);

	if (type.lang != FG_LANG_NONE) {
		fg_tree *tree = fg_parser_parse(w->parser, type.lang, data, len);
		if (tree) {
			stats->parsed = true;
			fg__analyze_code(&a, tree);
			if (type.text == FG_TEXT_CODE)
				fg__analyze_claims_tree(&a, tree);
			fg_tree_free(tree);
		} else {
			stats->parse_failed = true;
		}
	} else if (type.text != FG_TEXT_NONE) {
		fg__analyze_claims_text(&a);
	}
	fg__finish_snippets(&a, first);
	stats->unresolved = a.unresolved;
	stats->foundry = a.file_foundry;
	stats->limit_hits += fg_matcher_limit_hits(w->matcher) - hits0;
	free(a.redact);
	free(a.seen);
	fg_lineindex_release(&a.li);
}
