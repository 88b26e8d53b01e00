/*
 * embedded.c - shell inside other files: Dockerfile RUN instructions,
 * Makefile recipes and GitHub workflow `run:` steps.  The shell text is cut
 * out in place - everything else becomes spaces, newlines stay - so lines
 * and columns in findings are those of the original file.
 */
#include "internal.h"
#include <strings.h>

typedef enum shell_host { HOST_NONE, HOST_DOCKERFILE, HOST_MAKEFILE, HOST_WORKFLOW } shell_host;

static shell_host host_of(const char *path)
{
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	if (!strcmp(b, "Dockerfile") || !strncmp(b, "Dockerfile.", 11) || strstr(b, ".dockerfile") ||
	    strstr(b, ".Dockerfile"))
		return HOST_DOCKERFILE;
	if (!strcmp(b, "Makefile") || !strcmp(b, "makefile") || !strcmp(b, "GNUmakefile") || strstr(b, ".mk"))
		return HOST_MAKEFILE;
	const char *dot = strrchr(b, '.');
	if (strstr(path, ".github/workflows/") && dot && (!strcasecmp(dot, ".yml") || !strcasecmp(dot, ".yaml")))
		return HOST_WORKFLOW;
	return HOST_NONE;
}

static size_t indent_of(const char *s, size_t n)
{
	size_t i = 0;
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

/* Copies src[a,b) into out at the same offsets (out is pre-filled with spaces). */
static void keep(fg_buf *out, const char *src, size_t a, size_t b)
{
	memcpy(out->ptr + a, src + a, b - a);
}

/*
 * Claude Code's Foundry setting outside the shell (a Dockerfile's ENV, a
 * workflow's env:): the setting alone, quotes blanked, stays at its place, so
 * the shell's commands see it as the file's own setting.
 */
static bool keep_settings(fg_worker *w, const char *src, size_t len, fg_buf *out)
{
	static const fg_flow_key keys[] = { FG_FLOW_CLI_FOUNDRY_ON, FG_FLOW_CLI_FOUNDRY_OFF };
	bool any = false;
	for (size_t i = 0; i < FG_ARRAY_SIZE(keys); i++) {
		const fg_regex *re = w->rs->flow[keys[i]];
		size_t ms, me, gs, ge;
		for (size_t from = 0; re && from < len; from = me > ms ? me : ms + 1) {
			if (fg_regex_search(re, w->matcher, src, len, from, &ms, &me, &gs, &ge) != 1)
				break;
			if (out->ptr[ms] != ' ')
				continue; /* inside the shell already */
			for (size_t k = ms; k < me; k++)
				if (src[k] != '"' && src[k] != '\'' && src[k] != '\n' && src[k] != '\r')
					out->ptr[k] = src[k];
			any = true;
		}
	}
	return any;
}

static bool extract(shell_host h, const char *src, size_t len, fg_buf *out)
{
	fg__blank_copy(out, src, len);
	bool any = false;
	size_t p = 0;
	bool cont = false;            /* Dockerfile: a RUN continues on this line */
	size_t block_indent = 0;      /* workflow: inside `run: |` deeper than this */
	bool in_block = false;
	while (p < len) {
		const char *nl = memchr(src + p, '\n', len - p);
		size_t e = nl ? (size_t)(nl - src) : len;
		const char *line = src + p;
		size_t n = e - p, ind = indent_of(line, n);
		switch (h) {
		case HOST_DOCKERFILE:
			if (cont || (n - ind > 4 && !strncasecmp(line + ind, "RUN ", 4))) {
				size_t from = cont ? p : p + ind + 4;
				keep(out, src, from, e);
				any = true;
				cont = e > p && src[e - 1] == '\\';
			}
			break;
		case HOST_MAKEFILE:
			if (n > 1 && line[0] == '\t') {
				size_t from = p + 1;
				while (from < e && (src[from] == '@' || src[from] == '-' || src[from] == '+'))
					from++;
				keep(out, src, from, e);
				/* make's $(VAR) is the shell's ${VAR} (same length, same columns) */
				for (size_t k = from; k + 2 < e; k++) {
					if (src[k] != '$' || src[k + 1] != '(')
						continue;
					size_t q = k + 2;
					while (q < e && (src[q] == '_' || ((src[q] | 32) >= 'a' && (src[q] | 32) <= 'z') ||
							 (src[q] >= '0' && src[q] <= '9')))
						q++;
					if (q < e && src[q] == ')' && q > k + 2) {
						out->ptr[k + 1] = '{';
						out->ptr[q] = '}';
					}
				}
				any = true;
			}
			break;
		case HOST_WORKFLOW:
			if (in_block) {
				if (n == ind || ind > block_indent) {
					keep(out, src, p, e);
					break;
				}
				in_block = false;
			}
			{
				const char *k = line + ind;
				size_t kn = n - ind;
				if (kn >= 2 && k[0] == '-' && k[1] == ' ') {
					k += 2;
					kn -= 2;
				}
				if (kn >= 4 && !strncmp(k, "run:", 4)) {
					size_t v = (size_t)(k - src) + 4;
					while (v < e && src[v] == ' ')
						v++;
					if (v < e && (src[v] == '|' || src[v] == '>')) {
						in_block = true;
						block_indent = ind;
					} else if (v < e) {
						keep(out, src, v, e);
					}
					any = true;
				}
			}
			break;
		default:
			break;
		}
		p = e + 1;
	}
	/*
	 * ${{ expr }} is substituted by the runner before the shell runs: keep it
	 * literal text (one byte changed, offsets kept), so a secret expression in
	 * a request body is seen by the value detectors inside any quoting.
	 */
	if (h == HOST_WORKFLOW)
		for (char *q = out->ptr; (q = strstr(q, "${{")) != NULL; q += 3)
			q[0] = '%';
	return any;
}

void fg__analyze_embedded_shell(fg_worker *w, const char *path, const char *data, size_t len, bool repo_foundry,
				fg_findings *out, fg_analysis_stats *stats)
{
	shell_host h = host_of(path);
	if (h == HOST_NONE)
		return;
	fg_buf sh = FG_BUF_INIT;
	bool any = extract(h, data, len, &sh);
	if (any && h != HOST_MAKEFILE)
		keep_settings(w, data, len, &sh);
	if (any) {
		fg_filetype t = { FG_LANG_BASH, FG_TEXT_NONE }; /* comments were analysed in the host file */
		fg_analysis_stats st = { 0 };
		fg__analyze_mapped(w, path, t, sh.ptr, sh.len, repo_foundry, NULL, 0, out, &st);
		stats->parsed = stats->parsed || st.parsed;
		stats->unresolved = stats->unresolved || st.unresolved;
		stats->wants_index = stats->wants_index || st.wants_index;
		stats->foundry = stats->foundry || st.foundry;
		fg__stats_add_work(stats, &st);
	}
	fg_buf_release(&sh);
}
