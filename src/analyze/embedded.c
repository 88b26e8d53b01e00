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
 * workflow's env:, a Makefile's export): the setting alone, quotes blanked, stays at its place, so
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

/* A YAML line: its key (after an optional "- "), and where its value starts. */
typedef struct yline {
	size_t start, end, ind, key, keylen, value;
	bool dash;
} yline;

static yline yaml_line(const char *src, size_t len, size_t p)
{
	yline y = { 0 };
	const char *nl = memchr(src + p, '\n', len - p);
	y.start = p;
	y.end = nl ? (size_t)(nl - src) : len;
	y.ind = indent_of(src + p, y.end - p);
	size_t k = p + y.ind;
	if (k + 1 < y.end && src[k] == '-' && src[k + 1] == ' ') {
		y.dash = true;
		k = k + 2;
		while (k < y.end && src[k] == ' ')
			k++;
	}
	y.key = k;
	while (k < y.end && (src[k] == '_' || src[k] == '-' || ((src[k] | 32) >= 'a' && (src[k] | 32) <= 'z')))
		k++;
	y.keylen = k < y.end && src[k] == ':' ? k - y.key : 0;
	for (y.value = k + 1; y.keylen && y.value < y.end && src[y.value] == ' '; y.value++)
		;
	return y;
}

static bool key_is(const char *src, const yline *y, const char *name)
{
	return y->keylen == strlen(name) && !strncmp(src + y->key, name, y->keylen);
}

/* Prompt text inside the double-quoted argument: nothing that would end or expand it as shell. */
static void keep_prompt(fg_buf *out, const char *src, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++)
		out->ptr[k] = strchr("\"`\\", src[k]) ? ' ' : src[k];
	for (size_t k = a; k + 2 < b; k++) {
		if (src[k] != '$' || src[k + 1] != '{' || src[k + 2] != '{')
			continue;
		out->ptr[k] = '%'; /* ${{ secrets.X }} and the rest: literal text, as in run: steps */
		/* ${{ inputs.customer_email }}: a dotted name, its last part a shell variable */
		size_t s0 = k + 3, e0, dot = 0;
		while (s0 < b && src[s0] == ' ')
			s0++;
		for (e0 = s0; e0 < b && (src[e0] == '_' || src[e0] == '.' || src[e0] == '-' ||
					 ((src[e0] | 32) >= 'a' && (src[e0] | 32) <= 'z') || (src[e0] >= '0' && src[e0] <= '9'));
		     e0++)
			if (src[e0] == '.')
				dot = e0;
		size_t c0 = e0;
		while (c0 < b && src[c0] == ' ')
			c0++;
		if (!dot || c0 + 1 >= b || src[c0] != '}' || src[c0 + 1] != '}' || !strncmp(src + s0, "secrets.", 8))
			continue;
		for (size_t z = k; z < c0 + 2; z++)
			out->ptr[z] = z > dot && z < e0 && src[z] != '-' ? src[z] : ' ';
		out->ptr[dot] = '$';
	}
}

/*
 * A workflow step `uses: anthropics/claude-code-action@...` becomes, at its
 * uses: line, the command `claude-code-action -p "PROMPT"` (configured for
 * Foundry by the workflow's env, or not) or, with `use_foundry: true` in the
 * step, `claude-code-action:use_foundry -p "PROMPT"`; its
 * prompt: and direct_prompt: values stay at their places inside the quotes.
 */
static bool claude_actions(fg_worker *w, const char *src, size_t len, fg_buf *out)
{
	const fg_regex *action = w->rs->flow[FG_FLOW_CLI_ACTION];
	bool any = false;
	for (size_t p = 0; action && p < len;) {
		yline u = yaml_line(src, len, p);
		p = u.end + 1;
		if (!key_is(src, &u, "uses") || u.value >= u.end)
			continue;
		size_t at = u.value;
		while (at < u.end && src[at] != '@')
			at++;
		if (at + 2 > u.end || !fg_regex_test(action, w->matcher, src + u.value, at - u.value))
			continue;
		/* the step: from its "- " line to the first line at or above that indent */
		size_t step_ind = u.dash ? u.ind : (u.ind >= 2 ? u.ind - 2 : 0), last = at + 1;
		bool foundry = false;
		size_t q = u.start;
		while (q > 0 && !u.dash) {
			size_t ls = q - 1;
			while (ls > 0 && src[ls - 1] != '\n')
				ls--;
			yline b = yaml_line(src, len, ls);
			q = ls;
			if (b.dash || (b.end > b.start + b.ind && b.ind <= step_ind))
				break;
		}
		for (size_t r = q; r < len;) {
			yline y = yaml_line(src, len, r);
			r = y.end + 1;
			if (y.start > u.start && y.end > y.start + y.ind && y.ind <= step_ind)
				break;
			if (key_is(src, &y, "use_foundry")) {
				size_t v = y.value + (src[y.value] == '"' || src[y.value] == '\'');
				foundry = foundry || (y.end - v >= 4 && !strncasecmp(src + v, "true", 4));
			}
			if (!key_is(src, &y, "prompt") && !key_is(src, &y, "direct_prompt"))
				continue;
			if (y.value < y.end && (src[y.value] == '|' || src[y.value] == '>')) {
				/* a block scalar: the deeper lines that follow */
				while (r < len) {
					yline b = yaml_line(src, len, r);
					if (b.end > b.start + b.ind && b.ind <= y.ind)
						break;
					keep_prompt(out, src, b.start + b.ind, b.end);
					if (b.end > b.start + b.ind)
						last = b.end;
					r = b.end + 1;
				}
			} else if (y.value < y.end) {
				keep_prompt(out, src, y.value, y.end);
				last = y.end;
			}
		}
		/* the command at uses:, the quote closed at the first blank after the prompt */
		static const char plain[] = "claude-code-action", with_foundry[] = "claude-code-action:use_foundry";
		const char *word = foundry ? with_foundry : plain;
		if (at - u.key < strlen(word) + 3)
			continue; /* no room: not reported rather than reported wrong */
		memcpy(out->ptr + u.key, word, strlen(word));
		out->ptr[at - 3] = '-';
		out->ptr[at - 2] = 'p';
		out->ptr[at] = ' ';
		out->ptr[at + 1] = '"';
		size_t close = last;
		while (close < len && out->ptr[close] != ' ')
			close++;
		if (close >= len)
			close = last - 1;
		out->ptr[close] = '"';
		any = true;
	}
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
	if (h == HOST_WORKFLOW)
		any = claude_actions(w, data, len, &sh) || any;
	if (any)
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
