/*
 * report.c - the text, JSON and SARIF reporters, and the table of all of them
 * (github.c: GitHub workflow commands; codequality.c: GitLab Code Quality).
 *
 * Columns are Unicode code points, 1-based (SARIF columnKind
 * "unicodeCodePoints").  Every string written comes from a finding, which
 * holds only redacted values.
 */
#include "report.h"
#include "../core/fs.h"
#include "jsonw.h"

#define FG_JSON_SCHEMA_VERSION "1.0"

static const fg_reporter reporters[] = {
	{ "text", fg_report_text },
	{ "json", fg_report_json },
	{ "sarif", fg_report_sarif },
	{ "github", fg_report_github },
	{ "codequality", fg_report_codequality },
};

const fg_reporter *fg_reporter_by_name(const char *name)
{
	for (size_t i = 0; i < FG_ARRAY_SIZE(reporters); i++)
		if (strcmp(reporters[i].name, name) == 0)
			return &reporters[i];
	return NULL;
}

/* ---- text ---- */

static const char *sev_color(fg_severity s)
{
	switch (s) {
	case FG_SEV_ERROR: return "\033[1;31m";
	case FG_SEV_WARNING: return "\033[1;35m";
	default: return "\033[1;36m";
	}
}

void fg_report_summary(fg_buf *out, const fg_findings *fs, const fg_scan_stats *st)
{
	size_t n[3] = { 0 }, sup = 0;
	for (size_t i = 0; i < fs->len; i++) {
		if (fs->items[i].suppressed)
			sup++;
		else
			n[fs->items[i].severity]++;
	}
	size_t total = n[0] + n[1] + n[2];
	size_t skipped = st->skipped_binary + st->skipped_large + st->skipped_minified + st->skipped_unreadable +
			 st->skipped_symlink + st->skipped_submodule + st->skipped_excluded + st->skipped_vendored;
	bool inventory = fs->len > 0;
	for (size_t i = 0; i < fs->len && inventory; i++)
		inventory = !strncmp(fs->items[i].rule->id, "inventory/", 10);
	if (inventory) {
		/* `calls`: the report is a list of request sites, not of problems */
		fg_buf_printf(out, "foundry-guard: %zu Claude-on-Foundry request site%s", total, total == 1 ? "" : "s");
	} else {
		fg_buf_printf(out, "foundry-guard: %zu finding%s (%zu error%s, %zu warning%s, %zu note%s", total,
			      total == 1 ? "" : "s", n[2], n[2] == 1 ? "" : "s", n[1], n[1] == 1 ? "" : "s", n[0],
			      n[0] == 1 ? "" : "s");
		if (sup)
			fg_buf_printf(out, ", %zu suppressed", sup);
		fg_buf_putc(out, ')');
	}
	fg_buf_printf(out, "; %zu files scanned, %zu parsed, %zu skipped", st->files_scanned, st->files_parsed,
		      skipped);
	if (skipped) {
		fg_buf_puts(out, " (");
		const char *sep = "";
		const struct { size_t n; const char *what; } parts[] = {
			{ st->skipped_binary, "binary" }, { st->skipped_large, "too large" },
			{ st->skipped_minified, "minified" }, { st->skipped_unreadable, "unreadable" },
			{ st->skipped_symlink, "symlink" }, { st->skipped_submodule, "submodule" },
			{ st->skipped_excluded, "excluded" }, { st->skipped_vendored, "vendored" },
		};
		for (size_t i = 0; i < FG_ARRAY_SIZE(parts); i++) {
			if (!parts[i].n)
				continue;
			fg_buf_printf(out, "%s%zu %s", sep, parts[i].n, parts[i].what);
			sep = ", ";
		}
		fg_buf_putc(out, ')');
	}
	if (st->nincomplete)
		fg_buf_printf(out, "; %zu not fully analysed", st->nincomplete);
	fg_buf_printf(out, "; Foundry context: %s; %.2fs\n",
		      st->repo_foundry ? "yes" : st->context_not_needed ? "not needed" : "no", st->seconds);
}

void fg_report_stats(fg_buf *out, const fg_scan_stats *st)
{
	const fg_stages *g = &st->stages;
	fg_buf_printf(out,
		      "foundry-guard: stats: %zu files listed, %zu read, %zu parsed (%.1f MB); analyses: %zu first (+%zu "
		      "facts only), %zu with the index, %zu for summaries; %u thread%s; %.2fs wall, %.2fs CPU; peak RSS "
		      "%.1f MiB\n",
		      g->files[FG_STAGE_WALK], g->files[FG_STAGE_READ], g->files[FG_STAGE_PARSE],
		      (double)g->bytes_parsed / 1e6, g->analysed[0], g->deferred, g->analysed[1], g->analysed[2], st->threads,
		      st->threads == 1 ? "" : "s", st->seconds, st->cpu_seconds, (double)st->peak_rss / (1024.0 * 1024.0));
	fg_buf_puts(out, "foundry-guard: stats:   stage       cpu s   wall s   files  (workers' stages: summed over threads)\n");
	for (int s = 0; s < FG_STAGE__COUNT; s++)
		fg_buf_printf(out, "foundry-guard: stats:   %-9s %7.3f  %7.3f  %6zu\n", fg_stage_name((fg_stage)s), g->cpu[s],
			      g->wall[s], g->files[s]);
}

static void json_stats(fg_jsonw *j, const fg_scan_stats *st)
{
	const fg_stages *g = &st->stages;
	fg_jsonw_object_begin(j, "stats");
	fg_jsonw_int(j, "threads", st->threads);
	fg_jsonw_double(j, "cpu_seconds", st->cpu_seconds);
	fg_jsonw_int(j, "peak_rss_bytes", (long long)st->peak_rss);
	fg_jsonw_int(j, "bytes_parsed", (long long)g->bytes_parsed);
	fg_jsonw_array_begin(j, "files_analysed_per_pass");
	for (int p = 0; p < 3; p++)
		fg_jsonw_int(j, NULL, (long long)g->analysed[p]);
	fg_jsonw_array_end(j);
	fg_jsonw_int(j, "files_facts_first", (long long)g->deferred);
	fg_jsonw_object_begin(j, "stages");
	for (int s = 0; s < FG_STAGE__COUNT; s++) {
		fg_jsonw_object_begin(j, fg_stage_name((fg_stage)s));
		fg_jsonw_double(j, "cpu_seconds", g->cpu[s]);
		fg_jsonw_double(j, "wall_seconds", g->wall[s]);
		fg_jsonw_int(j, "files", (long long)g->files[s]);
		fg_jsonw_object_end(j);
	}
	fg_jsonw_object_end(j);
	fg_jsonw_object_end(j);
}

/* Code points in s up to byte n. */
static size_t cp_count(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* A finding's path as the text report shows it (--path-style). */
static const char *text_path(const fg_report_ctx *ctx, const char *path, fg_buf *b)
{
	if (!ctx->path_root)
		return path;
	fg_buf_clear(b);
	if (!ctx->path_from) {
		fg_buf_printf(b, "%s/%s", ctx->path_root, path);
	} else {
		fg_buf abs = FG_BUF_INIT;
		fg_buf_printf(&abs, "%s/%s", ctx->path_root, path);
		fg_path_relative(b, abs.ptr, ctx->path_from);
		fg_buf_release(&abs);
	}
	return b->ptr;
}

void fg_report_text(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx)
{
	fg_buf pb = FG_BUF_INIT;
	const char *bold = ctx->color ? "\033[1m" : "", *reset = ctx->color ? "\033[0m" : "";
	const char *dim = ctx->color ? "\033[2m" : "";
	fg_buf path = FG_BUF_INIT, text = FG_BUF_INIT, pre = FG_BUF_INIT;
	for (size_t i = 0; i < fs->len; i++) {
		const fg_finding *f = &fs->items[i];
		if (f->suppressed)
			continue;
		/* every string from the repository is escaped: one finding, one line */
		fg_buf_clear(&path);
		fg_text_escape(&path, text_path(ctx, f->path, &pb));
		fg_buf_clear(&text);
		fg_text_escape(&text, f->message);
		fg_buf_printf(out, "%s%s:%u:%u:%s %s%s:%s %s [%s]\n", bold, path.ptr, f->line, f->col, reset,
			      ctx->color ? sev_color(f->severity) : "", fg_severity_name(f->severity), reset,
			      text.ptr, f->rule->id);
		if (f->snippet && *f->snippet) {
			fg_buf_clear(&text);
			fg_text_escape(&text, f->snippet);
			fg_buf_printf(out, "%s%5u |%s %s\n", dim, f->line, reset, text.ptr);
			size_t width = cp_count(text.ptr);
			size_t col = f->snippet_col > 0 ? f->snippet_col - 1 : f->col > 0 ? f->col - 1 : 0;
			/* the column in the escaped snippet */
			const char *at = f->snippet;
			for (size_t k = 0; k < col && *at; at++)
				if (((unsigned char)at[1] & 0xC0) != 0x80)
					k++;
			fg_buf_clear(&pre);
			fg_buf_add(&pre, f->snippet, (size_t)(at - f->snippet));
			char *raw_pre = fg_buf_detach(&pre);
			fg_text_escape(&pre, raw_pre);
			free(raw_pre);
			col = cp_count(pre.ptr ? pre.ptr : "");
			if (col < width) {
				size_t len = f->end_col > f->col ? f->end_col - f->col : 1;
				/* a redacted value is shorter than the original: end the caret at its marker */
				const char *red = strstr(at, "[redacted]");
				if (red) {
					size_t upto = 0;
					for (const char *q = at; q < red + 10; q++)
						if (((unsigned char)*q & 0xC0) != 0x80)
							upto++;
					if (upto < len)
						len = upto;
				}
				if (col + len > width)
					len = width - col;
				fg_buf_printf(out, "%s      |%s ", dim, reset);
				for (size_t k = 0; k < col; k++)
					fg_buf_putc(out, ' ');
				fg_buf_puts(out, ctx->color ? sev_color(f->severity) : "");
				fg_buf_putc(out, '^');
				for (size_t k = 1; k < len && k < 120; k++)
					fg_buf_putc(out, '~');
				fg_buf_printf(out, "%s\n", reset);
			}
		}
		if (ctx->explain_flows && f->nflow > 1) {
			for (size_t s = 0; s < f->nflow; s++) {
				fg_buf_clear(&text);
				fg_text_escape(&text, f->flow[s].what);
				fg_buf_printf(out, "      %s%s:%u:%u:%s %s\n", dim, path.ptr, f->flow[s].line,
					      f->flow[s].col, reset, text.ptr);
			}
		}
	}
	fg_buf_release(&path);
	fg_buf_release(&pb);
	fg_buf_release(&text);
	fg_buf_release(&pre);
	fg_report_summary(out, fs, ctx->stats);
}

/* ---- JSON ---- */

/* `calls`: the data categories as a list, the evidence and the request's kind as fields. */
static void json_request_site(fg_jsonw *j, const fg_finding *f)
{
	fg_jsonw_array_begin(j, "data_categories");
	fg_buf cat = FG_BUF_INIT;
	for (const char *p = f->category; *p;) {
		size_t n = strcspn(p, ",");
		fg_buf_clear(&cat);
		fg_buf_add(&cat, p, n);
		if (cat.len && strcmp(cat.ptr, "none") != 0)
			fg_jsonw_string(j, NULL, cat.ptr);
		p += n;
		while (*p == ',' || *p == ' ')
			p++;
	}
	fg_buf_release(&cat);
	fg_jsonw_array_end(j);
	fg_jsonw_object_begin(j, "evidence");
	fg_jsonw_string(j, "kind", f->evidence_kind);
	fg_jsonw_string(j, "description", f->evidence);
	if (f->evidence_line)
		fg_jsonw_int(j, "line", f->evidence_line);
	else
		fg_jsonw_null(j, "line");
	fg_jsonw_object_end(j);
	fg_jsonw_string(j, "request_kind", f->request_kind);
}

void fg_report_json(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx)
{
	fg_jsonw j;
	fg_jsonw_init(&j, out, true);
	const fg_scan_stats *st = ctx->stats;
	fg_jsonw_object_begin(&j, NULL);
	fg_jsonw_string(&j, "schema_version", FG_JSON_SCHEMA_VERSION);
	fg_jsonw_object_begin(&j, "tool");
	fg_jsonw_string(&j, "name", "foundry-guard");
	fg_jsonw_string(&j, "version", ctx->tool_version);
	fg_jsonw_object_end(&j);
	fg_jsonw_object_begin(&j, "summary");
	size_t n[3] = { 0 }, sup = 0;
	for (size_t i = 0; i < fs->len; i++) {
		if (fs->items[i].suppressed)
			sup++;
		else
			n[fs->items[i].severity]++;
	}
	fg_jsonw_int(&j, "findings", (long long)(n[0] + n[1] + n[2]));
	fg_jsonw_int(&j, "errors", (long long)n[2]);
	fg_jsonw_int(&j, "warnings", (long long)n[1]);
	fg_jsonw_int(&j, "notes", (long long)n[0]);
	fg_jsonw_int(&j, "suppressed", (long long)sup);
	fg_jsonw_int(&j, "files_scanned", (long long)st->files_scanned);
	fg_jsonw_int(&j, "files_parsed", (long long)st->files_parsed);
	fg_jsonw_object_begin(&j, "skipped");
	fg_jsonw_int(&j, "binary", (long long)st->skipped_binary);
	fg_jsonw_int(&j, "too_large", (long long)st->skipped_large);
	fg_jsonw_int(&j, "minified", (long long)st->skipped_minified);
	fg_jsonw_int(&j, "unreadable", (long long)st->skipped_unreadable);
	fg_jsonw_int(&j, "symlink", (long long)st->skipped_symlink);
	fg_jsonw_int(&j, "submodule", (long long)st->skipped_submodule);
	fg_jsonw_int(&j, "excluded", (long long)st->skipped_excluded);
	fg_jsonw_int(&j, "vendored", (long long)st->skipped_vendored);
	fg_jsonw_object_end(&j);
	/* files whose analysis hit a bound: a clean result for them is not a full one */
	fg_jsonw_array_begin(&j, "not_fully_analysed");
	for (size_t i = 0; i < st->nincomplete; i++) {
		fg_jsonw_object_begin(&j, NULL);
		fg_jsonw_string(&j, "path", st->incomplete[i].path);
		fg_jsonw_string(&j, "reason", st->incomplete[i].why);
		fg_jsonw_object_end(&j);
	}
	fg_jsonw_array_end(&j);
	fg_jsonw_bool(&j, "foundry_context", st->repo_foundry);
	fg_jsonw_double(&j, "seconds", st->seconds);
	fg_jsonw_object_end(&j);
	if (st->timed)
		json_stats(&j, st);
	fg_jsonw_array_begin(&j, "findings");
	for (size_t i = 0; i < fs->len; i++) {
		const fg_finding *f = &fs->items[i];
		fg_jsonw_object_begin(&j, NULL);
		fg_jsonw_string(&j, "rule_id", f->rule->id);
		fg_jsonw_string(&j, "category", f->category);
		fg_jsonw_string(&j, "severity", fg_severity_name(f->severity));
		fg_jsonw_string(&j, "path", f->path);
		fg_jsonw_int(&j, "line", f->line);
		fg_jsonw_int(&j, "column", f->col);
		fg_jsonw_int(&j, "end_line", f->end_line);
		fg_jsonw_int(&j, "end_column", f->end_col);
		fg_jsonw_string(&j, "message", f->message);
		fg_jsonw_string(&j, "snippet", f->snippet ? f->snippet : "");
		fg_jsonw_string(&j, "fingerprint", f->fingerprint ? f->fingerprint : "");
		fg_jsonw_bool(&j, "suppressed", f->suppressed);
		if (f->suppressed) {
			fg_jsonw_string(&j, "suppression_kind", f->suppress_kind ? f->suppress_kind : "");
			fg_jsonw_string(&j, "justification", f->justification ? f->justification : "");
		}
		if (f->evidence)
			json_request_site(&j, f);
		fg_jsonw_array_begin(&j, "flow");
		for (size_t s = 0; s < f->nflow; s++) {
			fg_jsonw_object_begin(&j, NULL);
			fg_jsonw_int(&j, "line", f->flow[s].line);
			fg_jsonw_int(&j, "column", f->flow[s].col);
			fg_jsonw_string(&j, "step", f->flow[s].what);
			fg_jsonw_object_end(&j);
		}
		fg_jsonw_array_end(&j);
		fg_jsonw_object_end(&j);
	}
	fg_jsonw_array_end(&j);
	fg_jsonw_object_end(&j);
	fg_buf_putc(out, '\n');
}

/* ---- SARIF 2.1.0 ---- */

static const char *sarif_level(fg_severity s)
{
	return s == FG_SEV_ERROR ? "error" : s == FG_SEV_WARNING ? "warning" : "note";
}

/* "sensitive-data/health-field" -> "SensitiveDataHealthField" */
static void pascal_name(fg_buf *b, const char *id)
{
	bool up = true;
	for (const char *p = id; *p; p++) {
		if (*p == '/' || *p == '-' || *p == '_') {
			up = true;
			continue;
		}
		char c = *p;
		if (up && c >= 'a' && c <= 'z')
			c = (char)(c - 32);
		fg_buf_putc(b, c);
		up = false;
	}
}

/*
 * Percent-encodes a path for a URI reference (RFC 3986 pchar + '/').  A ':'
 * before the first '/' is encoded too: in a relative reference such as
 * "a:b.py" it would otherwise read as the scheme "a" (RFC 3986 4.2), which
 * makes the URI absolute and invalid for a uriBaseId-relative location.
 */
static void uri_path(fg_buf *b, const char *p)
{
	bool first_segment = true;
	for (const unsigned char *s = (const unsigned char *)p; *s; s++) {
		if (*s == '/')
			first_segment = false;
		if (*s == ':' && first_segment)
			fg_buf_puts(b, "%3A");
		else if ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
			 strchr("-._~/!$&'()*+,;=:@", *s))
			fg_buf_putc(b, (char)*s);
		else
			fg_buf_printf(b, "%%%02X", *s);
	}
}

/* SARIF suppression.kind is "inSource" or "external" (3.35.2); map ours onto it. */
static const char *sarif_suppression_kind(const char *kind)
{
	if (!kind)
		return "external";
	static const char *const in_source[] = { "inSource", "insource", "in-source", "inline", "comment", "source" };
	for (size_t i = 0; i < FG_ARRAY_SIZE(in_source); i++)
		if (strcmp(kind, in_source[i]) == 0)
			return "inSource";
	return "external";
}

/*
 * The root as a file URI for originalUriBaseIds, or false if it cannot be
 * one: SARIF wants an absolute URI without '.'/'..' segments (SARIF1004).
 */
static bool root_uri(fg_buf *u, const char *root)
{
	if (!root || root[0] != '/')
		return false;
	for (const char *p = root; (p = strchr(p, '/')) != NULL; p++)
		if ((p[1] == '.' && (p[2] == '/' || p[2] == '\0')) ||
		    (p[1] == '.' && p[2] == '.' && (p[3] == '/' || p[3] == '\0')))
			return false;
	fg_buf_puts(u, "file://");
	uri_path(u, root);
	if (u->ptr[u->len - 1] != '/')
		fg_buf_putc(u, '/');
	return true;
}

/* Opens physicalLocation and writes its artifactLocation (the caller closes it). */
static void sarif_artifact(fg_jsonw *j, const char *path)
{
	fg_buf u = FG_BUF_INIT;
	uri_path(&u, path);
	fg_jsonw_object_begin(j, "physicalLocation");
	fg_jsonw_object_begin(j, "artifactLocation");
	fg_jsonw_string(j, "uri", u.ptr);
	fg_jsonw_string(j, "uriBaseId", "%SRCROOT%");
	fg_jsonw_object_end(j);
	fg_buf_release(&u);
}

static void sarif_location(fg_jsonw *j, const char *path, uint32_t line, uint32_t col, uint32_t end_line,
			   uint32_t end_col, const char *snippet)
{
	sarif_artifact(j, path);
	/*
	 * SARIF1007: the end must not precede the start.  An end that does not
	 * (e.g. a span that stops just past a newline, whose end column is on the
	 * next line) keeps endLine and drops endColumn, which SARIF reads as
	 * "to the end of that line".
	 */
	uint32_t sl = line ? line : 1, sc = col ? col : 1;
	fg_jsonw_object_begin(j, "region");
	fg_jsonw_int(j, "startLine", sl);
	fg_jsonw_int(j, "startColumn", sc);
	if (end_line >= sl) {
		fg_jsonw_int(j, "endLine", end_line);
		if (end_col > 0 && (end_line > sl || end_col >= sc))
			fg_jsonw_int(j, "endColumn", end_col);
	}
	if (snippet) {
		fg_jsonw_object_begin(j, "snippet");
		fg_jsonw_string(j, "text", snippet);
		fg_jsonw_object_end(j);
	}
	fg_jsonw_object_end(j);
	fg_jsonw_object_end(j);
}

/* One source of a rule's facts: a Markdown link or a plain line, as a list item. */
typedef struct sources_out {
	fg_buf *b;
	bool markdown;
} sources_out;

static void source_line(void *ctx, const char *title, const char *url)
{
	sources_out *o = ctx;
	if (o->markdown)
		fg_buf_printf(o->b, "\n- [%s](%s)", title, url);
	else
		fg_buf_printf(o->b, "\n- %s: %s", title, url);
}

static void sarif_rule(fg_jsonw *j, const fg_rule *r)
{
	fg_buf b = FG_BUF_INIT;
	fg_jsonw_object_begin(j, NULL);
	fg_jsonw_string(j, "id", r->id);
	pascal_name(&b, r->id);
	fg_jsonw_string(j, "name", b.ptr);
	if (r->help[0]) {
		/* its documentation: an anchor of the project's README, or the URL the rule gives */
		fg_buf_clear(&b);
		fg_buf_printf(&b, "%s%s", r->help[0] == '#' ? FG_INFO_URI : "", r->help);
		fg_jsonw_string(j, "helpUri", b.ptr);
	}
	fg_jsonw_object_begin(j, "shortDescription");
	fg_jsonw_string(j, "text", r->short_desc);
	fg_jsonw_object_end(j);
	fg_jsonw_object_begin(j, "fullDescription");
	fg_jsonw_string(j, "text", r->fact);
	fg_jsonw_object_end(j);
	fg_jsonw_object_begin(j, "help");
	fg_buf_clear(&b);
	fg_buf_printf(&b, "%s\n\nWhy: %s\n\nWhat to do: %s", r->short_desc, r->fact, r->fix);
	sources_out so = { &b, false };
	if (r->sources[0])
		fg_buf_puts(&b, "\n\nSources:");
	fg_rule_each_source(r->sources, source_line, &so);
	fg_jsonw_string(j, "text", b.ptr);
	fg_buf_clear(&b);
	fg_buf_printf(&b, "**%s**\n\n**Why it matters.** %s\n\n**What to do.** %s\n\nSuppress a reviewed line with "
			  "`foundry-guard: ignore[%s] <reason>` in a comment on that line or the line above.",
		      r->short_desc, r->fact, r->fix, r->id);
	so.markdown = true;
	if (r->sources[0])
		fg_buf_puts(&b, "\n\n**Sources.**\n");
	fg_rule_each_source(r->sources, source_line, &so);
	fg_jsonw_string(j, "markdown", b.ptr);
	fg_jsonw_object_end(j);
	fg_jsonw_object_begin(j, "defaultConfiguration");
	fg_jsonw_string(j, "level", sarif_level(r->severity));
	fg_jsonw_object_end(j);
	fg_jsonw_object_begin(j, "properties");
	fg_jsonw_array_begin(j, "tags");
	const char *p = r->tags;
	while (p && *p) {
		while (*p == ' ' || *p == ',')
			p++;
		const char *e = p;
		while (*e && *e != ',')
			e++;
		const char *te = e;
		while (te > p && te[-1] == ' ')
			te--;
		if (te > p) {
			char *t = fg_xstrndup(p, (size_t)(te - p));
			fg_jsonw_string(j, NULL, t);
			free(t);
		}
		p = e;
	}
	fg_jsonw_array_end(j);
	/* GitHub reads security-severity as a number in a string ("7.5"); never write an empty one. */
	if (r->security_severity && *r->security_severity)
		fg_jsonw_string(j, "security-severity", r->security_severity);
	if (r->precision && *r->precision)
		fg_jsonw_string(j, "precision", r->precision);
	fg_jsonw_object_end(j);
	fg_jsonw_object_end(j);
	fg_buf_release(&b);
}

void fg_report_sarif(fg_buf *out, const fg_findings *fs, const fg_report_ctx *ctx)
{
	fg_jsonw j;
	fg_jsonw_init(&j, out, true);
	const fg_ruleset *rs = ctx->rules;
	fg_jsonw_object_begin(&j, NULL);
	fg_jsonw_string(&j, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
	fg_jsonw_string(&j, "version", "2.1.0");
	fg_jsonw_array_begin(&j, "runs");
	fg_jsonw_object_begin(&j, NULL);
	fg_jsonw_object_begin(&j, "tool");
	fg_jsonw_object_begin(&j, "driver");
	fg_jsonw_string(&j, "name", "foundry-guard");
	fg_jsonw_string(&j, "version", ctx->tool_version);
	fg_jsonw_string(&j, "semanticVersion", ctx->tool_version);
	fg_jsonw_string(&j, "informationUri", FG_INFO_URI);
	fg_jsonw_array_begin(&j, "rules");
	for (size_t i = 0; i < rs->nrules; i++)
		sarif_rule(&j, &rs->rules[i]);
	fg_jsonw_array_end(&j);
	fg_jsonw_object_end(&j);
	fg_jsonw_object_end(&j);
	fg_buf u = FG_BUF_INIT;
	if (root_uri(&u, ctx->stats->root)) {
		fg_jsonw_object_begin(&j, "originalUriBaseIds");
		fg_jsonw_object_begin(&j, "%SRCROOT%");
		fg_jsonw_string(&j, "uri", u.ptr);
		fg_jsonw_object_end(&j);
		fg_jsonw_object_end(&j);
	}
	fg_buf_release(&u);
	fg_jsonw_array_begin(&j, "invocations");
	fg_jsonw_object_begin(&j, NULL);
	fg_jsonw_bool(&j, "executionSuccessful", true);
	if (ctx->stats->nincomplete) {
		fg_jsonw_array_begin(&j, "toolExecutionNotifications");
		for (size_t i = 0; i < ctx->stats->nincomplete; i++) {
			const fg_incomplete_file *inc = &ctx->stats->incomplete[i];
			fg_jsonw_object_begin(&j, NULL);
			fg_jsonw_object_begin(&j, "descriptor");
			fg_jsonw_string(&j, "id", "not-fully-analysed");
			fg_jsonw_object_end(&j);
			fg_jsonw_string(&j, "level", "warning");
			fg_jsonw_object_begin(&j, "message");
			fg_buf m = FG_BUF_INIT;
			fg_buf_printf(&m, "Not fully analysed (%s); findings in this file may be missing.",
				      inc->why);
			fg_jsonw_string(&j, "text", m.ptr);
			fg_buf_release(&m);
			fg_jsonw_object_end(&j);
			fg_jsonw_array_begin(&j, "locations");
			fg_jsonw_object_begin(&j, NULL);
			sarif_artifact(&j, inc->path);
			fg_jsonw_object_end(&j);
			fg_jsonw_object_end(&j);
			fg_jsonw_array_end(&j);
			fg_jsonw_object_end(&j);
		}
		fg_jsonw_array_end(&j);
	}
	fg_jsonw_object_end(&j);
	fg_jsonw_array_end(&j);
	fg_jsonw_string(&j, "columnKind", "unicodeCodePoints");
	fg_jsonw_array_begin(&j, "results");
	for (size_t i = 0; i < fs->len; i++) {
		const fg_finding *f = &fs->items[i];
		long long rule_index = -1;
		for (size_t r = 0; r < rs->nrules; r++)
			if (&rs->rules[r] == f->rule)
				rule_index = (long long)r;
		fg_jsonw_object_begin(&j, NULL);
		fg_jsonw_string(&j, "ruleId", f->rule->id);
		if (rule_index >= 0) /* SARIF1009: only an index that exists */
			fg_jsonw_int(&j, "ruleIndex", rule_index);
		fg_jsonw_string(&j, "level", sarif_level(f->severity));
		fg_jsonw_object_begin(&j, "message");
		fg_jsonw_string(&j, "text", f->message);
		fg_jsonw_object_end(&j);
		fg_jsonw_array_begin(&j, "locations");
		fg_jsonw_object_begin(&j, NULL);
		sarif_location(&j, f->path, f->line, f->col, f->end_line, f->end_col, f->snippet);
		fg_jsonw_object_end(&j);
		fg_jsonw_array_end(&j);
		fg_jsonw_object_begin(&j, "partialFingerprints");
		fg_buf lh = FG_BUF_INIT;
		fg_buf_printf(&lh, "%s:%s", f->line_hash ? f->line_hash : "0",
			      f->fingerprint && strchr(f->fingerprint, ':') ? strchr(f->fingerprint, ':') + 1 : "1");
		fg_jsonw_string(&j, "primaryLocationLineHash", lh.ptr);
		fg_buf_release(&lh);
		fg_jsonw_string(&j, "foundryGuardFingerprint/v1", f->fingerprint ? f->fingerprint : "");
		fg_jsonw_object_end(&j);
		if (f->nflow > 1) {
			fg_jsonw_array_begin(&j, "codeFlows");
			fg_jsonw_object_begin(&j, NULL);
			fg_jsonw_array_begin(&j, "threadFlows");
			fg_jsonw_object_begin(&j, NULL);
			fg_jsonw_array_begin(&j, "locations");
			for (size_t s = 0; s < f->nflow; s++) {
				fg_jsonw_object_begin(&j, NULL);
				fg_jsonw_object_begin(&j, "location");
				sarif_location(&j, f->path, f->flow[s].line, f->flow[s].col, 0, 0, NULL);
				fg_jsonw_object_begin(&j, "message");
				fg_jsonw_string(&j, "text", f->flow[s].what);
				fg_jsonw_object_end(&j);
				fg_jsonw_object_end(&j);
				fg_jsonw_object_end(&j);
			}
			fg_jsonw_array_end(&j);
			fg_jsonw_object_end(&j);
			fg_jsonw_array_end(&j);
			fg_jsonw_object_end(&j);
			fg_jsonw_array_end(&j);
		}
		if (f->suppressed) {
			fg_jsonw_array_begin(&j, "suppressions");
			fg_jsonw_object_begin(&j, NULL);
			fg_jsonw_string(&j, "kind", sarif_suppression_kind(f->suppress_kind));
			fg_jsonw_string(&j, "justification", f->justification ? f->justification : "");
			fg_jsonw_object_end(&j);
			fg_jsonw_array_end(&j);
		}
		fg_jsonw_object_end(&j);
	}
	fg_jsonw_array_end(&j);
	fg_jsonw_object_end(&j);
	fg_jsonw_array_end(&j);
	fg_jsonw_object_end(&j);
	fg_buf_putc(out, '\n');
}
