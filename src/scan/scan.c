/*
 * scan.c - run the stages in order.
 *
 * The source stage (libgit2) runs on the main thread.  Files are then
 * handed to worker threads by an atomic index; each worker owns its parser,
 * query cursor and regex match state, and collects findings per file, so
 * the output order is the same whatever the thread count.
 */
#include "scan.h"
#include "../analyze/analyze.h"
#include "../core/buf.h"
#include "../detect/detect.h"
#include "../index/config.h"
#include "../index/index.h"
#include "added.h"
#include "context.h"
#include "vendored.h"
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* Helpers followed through helpers: summaries propagate across files this many calls deep. */
#define FG_SUMMARY_ROUNDS 4

typedef struct file_result {
	fg_findings findings;
	enum { R_NONE, R_SCANNED, R_BINARY, R_LARGE, R_MINIFIED, R_UNREADABLE, R_TYPE, R_EXCLUDED, R_VENDORED } status;
	bool parsed, parse_failed, foundry, unresolved;
	unsigned limit_hits;
	fg_facts *facts; /* first pass: what the file gives the repository index */
	bool wants_index;  /* a name only the repository index resolves */
	fg_facts *env_facts; /* names this file sets to a Foundry endpoint */
	fg_facts *sinks;     /* its functions' parameters that reach a request */
	bool wants_sinks;    /* it may call another file's helper that has a summary */
	bool project_openai; /* a Foundry project's OpenAI-compatible endpoint or client */
	bool claude_id;      /* a Claude model id */
	bool ctx_used;     /* analysed as if the repository had Foundry context */
	uint64_t *sketch;  /* passed over by the prefilter: the names it calls (FG_SKETCH_WORDS words), or NULL */
	const char *incomplete; /* a bound stopped the analysis: why */
	/* deferred in the first pass: its tree and text, kept for the pass with the index (parse once) */
	fg_tree *tree;
	char *tree_src;
	size_t tree_len;
} file_result;

typedef struct job {
	const fg_scan_opts *opts;
	fg_source *src;
	file_result *res;
	atomic_size_t next;
	size_t first;       /* run_phase starts here (context files: only the ones just added) */
	bool repo_foundry;  /* the context analyses run with */
	bool redo_only;     /* second pass: only files whose result depends on the context */
	bool assume_context; /* first pass: analyse context-dependent files as if it were known */
	const fg_index *index; /* second pass: the repository index */
	unsigned redo_sinks;   /* third pass, round N: only the callers of other files' summarised helpers */
	bool defer;            /* first pass: files that want the index give their facts only */
	const fg_vendored *vendored; /* skipped paths, or NULL when vendored copies are scanned */
	unsigned pass;               /* 0, 1, 2: which pass runs (--stats) */
	fg_stages *stages;           /* --stats: the workers' times, summed when each ends; else NULL */
	pthread_mutex_t stages_lock;
	_Atomic size_t keep_budget;  /* first pass: estimated bytes of deferred files' trees still to keep */
} job;

/*
 * Deferred files' trees kept from the first pass for the pass with the
 * index (instead of parsing them again), up to this many estimated bytes
 * in all: a bound on what parse-once adds to the peak RSS (vercel/ai, 357
 * deferred files, two threads: 8 MiB left 2.8 MB of them parsed twice,
 * 32 MiB 1.7 MB, for +14 MiB of peak RSS).  Trees cost ~17-24 bytes per source byte, so a
 * repository's largest deferred files (a 1 MB test module) are parsed
 * twice still.
 */
#define FG_KEEP_TREES_BYTES ((size_t)32 << 20)

/* A file's kept tree and text, unused: freed. */
static void drop_kept(file_result *r)
{
	fg_tree_free(r->tree);
	r->tree = NULL;
	free(r->tree_src);
	r->tree_src = NULL;
}

/* From this many files on, every pattern is compiled before the workers start. */
#define FG_SCAN_PREPARE_FILES 64

static bool cheap_skip(const char *path)
{
	/* Lock files never hold requests or claims worth reading. */
	static const char *const names[] = { "package-lock.json", "yarn.lock", "pnpm-lock.yaml",
					     "poetry.lock", "Cargo.lock", "go.sum", NULL };
	const char *b = strrchr(path, '/');
	b = b ? b + 1 : path;
	for (int i = 0; names[i]; i++)
		if (strcmp(b, names[i]) == 0)
			return true;
	return false;
}

/* Diff modes: the changed file as it was before, analysed the same way (added.c compares). */
typedef struct base_ctx {
	fg_worker *w;
	const char *path;
	fg_filetype type;
	bool ctx;
} base_ctx;

static void analyze_base(void *vctx, fg_buf *b, fg_findings *out)
{
	base_ctx *bc = vctx;
	fg_worker *w = bc->w;
	fg_facts *facts = w->facts, *sinks = w->sinks;
	w->facts = w->sinks = NULL; /* read for the comparison only */
	fg_detect_decode_utf16(b);
	fg_analysis_stats st = { 0 };
	if (!fg_detect_is_binary(b->ptr, b->len))
		fg_analyze_file(w, bc->path, bc->type, b->ptr, b->len, bc->ctx, out, &st);
	w->facts = facts;
	w->sinks = sinks;
	fg_redactor red;
	fg_worker_redactor(w, &red);
	fg_findings_seal(out, 0, &red);
}

/*
 * `NAME=https://<resource>.services.ai.azure.com/anthropic/...` in any text
 * (.env files, compose files, a README's setup steps): code that reads NAME
 * from the environment reaches Claude on Foundry.
 */
static void env_facts(file_result *r, const char *path, const char *data, size_t len)
{
	static const char host[] = ".azure.com/anthropic";
	const char *end = data + len;
	for (const char *p = data; (p = memmem(p, (size_t)(end - p), host, sizeof(host) - 1)) != NULL;
	     p += sizeof(host) - 1) {
		const char *ls = p;
		while (ls > data && ls[-1] != '\n')
			ls--;
		const char *q = ls;
		while (q < p && (*q == ' ' || *q == '\t' || *q == '-' || *q == '"' || *q == '\''))
			q++;
		if (p - q > 7 && !strncmp(q, "export ", 7))
			q += 7;
		const char *ns = q;
		while (q < p && ((*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_'))
			q++;
		size_t nl = (size_t)(q - ns);
		while (q < p && (*q == ' ' || *q == '"' || *q == '\''))
			q++;
		if (nl < 3 || q >= p || (*q != '=' && *q != ':'))
			continue;
		/* the value up to the host is one token: NAME=https://res.services.ai.azure.com/anthropic */
		const char *v = q + 1;
		while (v < p && (*v == ' ' || *v == '"' || *v == '\''))
			v++;
		bool token = true;
		for (const char *k = v; k < p; k++)
			token = token && *k != ' ' && *k != '\t';
		if (!token)
			continue;
		if (!r->env_facts)
			r->env_facts = fg_facts_new(path, FG_LANG_NONE);
		fg_facts_add_env(r->env_facts, ns, nl);
	}
}

/* What a worker collected for this file moves to its result (replacing an earlier pass's), unless empty. */
static void keep_facts(fg_facts **into, fg_facts **collected)
{
	if (*collected && !fg_facts_empty(*collected)) {
		fg_facts_free(*into);
		*into = *collected;
	} else {
		fg_facts_free(*collected);
	}
	*collected = NULL;
}

/* package.json: its "name", so that imports of the package resolve to this folder. */
static void package_facts(file_result *r, const char *path, const char *data, size_t len)
{
	char *name = fg_detect_is_package_json(path) ? fg_detect_package_name(data, len) : NULL;
	if (!name)
		return;
	r->facts = fg_facts_new(path, FG_LANG_NONE);
	fg_facts_set_package(r->facts, name);
	free(name);
}

/* The sketch of the names a passed-over file calls, kept apart: most files have none, and every file has a result. */
static void keep_sketch(file_result *r, const char *text, size_t len)
{
	uint64_t sketch[FG_SKETCH_WORDS];
	if (!fg_call_sketch(text, len, sketch))
		return;
	free(r->sketch);
	r->sketch = fg_xmalloc(sizeof(sketch));
	memcpy(r->sketch, sketch, sizeof(sketch));
}

static void analyze_one_inner(job *j, fg_worker *w, size_t i, fg_buf *buf)
{
	const fg_file *f = &j->src->files[i];
	file_result *r = &j->res[i];
	if (j->redo_sinks && !r->wants_sinks)
		return;
	if (j->redo_sinks > 1) {
		/* a later round: only a file that names a helper that gained a summary in it has more to say */
		if (fg_file_load(f, j->opts->source.max_file_size, buf) < 0)
			return;
		fg_detect_decode_utf16(buf);
		if (!fg_index_text_names_sinks(j->index, j->redo_sinks, buf->ptr, buf->len))
			return;
	}
	if (j->redo_only && !j->redo_sinks) {
		/* again with the index, or with the context an earlier pass did not assume */
		if (!r->wants_index && !(r->unresolved && !r->ctx_used))
			return;
		fg_findings_release(&r->findings);
	} else if (j->redo_sinks) {
		fg_findings_release(&r->findings);
	}
	fg_filetype type = fg_detect_type(f->path);
	bool analyzable = type.lang != FG_LANG_NONE || type.text != FG_TEXT_NONE;
	if (!analyzable && !fg_detect_evidence_file(f->path)) {
		r->status = R_TYPE;
		return;
	}
	if (j->opts->config && fg_config_excluded(j->opts->config, f->path)) {
		r->status = R_EXCLUDED;
		return;
	}
	if (j->vendored && fg_vendored_match(j->vendored, f->path)) {
		r->status = R_VENDORED;
		return;
	}
	if (cheap_skip(f->path)) {
		r->status = R_TYPE;
		return;
	}
	if (r->tree_src) {
		/* the text the first pass read and decoded, with its tree (w->reuse_tree) */
		fg_buf_release(buf);
		buf->ptr = r->tree_src;
		buf->len = r->tree_len;
		buf->cap = r->tree_len + 1;
		r->tree_src = NULL;
		w->reuse_src = buf->ptr;
	} else if (fg_file_load(f, j->opts->source.max_file_size, buf) < 0) {
		r->status = errno == EFBIG ? R_LARGE : R_UNREADABLE;
		return;
	} else {
		fg_detect_decode_utf16(buf);
	}
	if (w->stages)
		w->stages->files[FG_STAGE_READ]++;
	if (fg_detect_is_binary(buf->ptr, buf->len)) {
		r->status = R_BINARY;
		return;
	}
	if (!j->redo_only) {
		env_facts(r, f->path, buf->ptr, buf->len);
		if (fg_analyze_claude_settings(w, f->path, buf->ptr, buf->len)) {
			/* Claude Code on Foundry for the repository's scripts: a name the index knows */
			if (!r->env_facts)
				r->env_facts = fg_facts_new(f->path, FG_LANG_NONE);
			fg_facts_add_env(r->env_facts, "CLAUDE_CODE_USE_FOUNDRY", 23);
		}
		if (fg_tsconfig_name(f->path)) {
			/* its paths aliases resolve the imports of the modules under it */
			fg_facts_free(r->facts);
			r->facts = fg_facts_new(f->path, FG_LANG_NONE);
			fg_facts_read_tsconfig(r->facts, buf->ptr, buf->len);
		}
		fg_config_facts(&r->env_facts, f->path, buf->ptr, buf->len);
		const fg_ruleset *rs = j->opts->rules;
		const fg_regex *ep = rs->flow[FG_FLOW_EVIDENCE_PROJECT], *ec = rs->flow[FG_FLOW_EVIDENCE_CLAUDE_ID];
		r->project_openai = ep && fg_regex_test(ep, w->matcher, buf->ptr, buf->len);
		r->claude_id = ec && fg_regex_test(ec, w->matcher, buf->ptr, buf->len);
	}
	if (!analyzable) {
		/* read only for the repository's Foundry context (package.json, settings.json...) */
		r->foundry = fg_analyze_has_foundry_evidence(w, buf->ptr, buf->len);
		if (!j->redo_only)
			package_facts(r, f->path, buf->ptr, buf->len);
		r->status = R_TYPE;
		return;
	}
	if (fg_detect_is_minified(f->path, NULL, 0)) { /* by name: *.min.js, *.bundle.js */
		r->status = R_MINIFIED;
		return;
	}
	bool ctx = j->repo_foundry;
	/* third pass, a file the prefilter passed over: analysed when it names a summarised helper */
	bool late = j->redo_sinks && !r->parsed;
	if (late && !fg_index_names_sinks(j->index, type.lang, buf->ptr, buf->len))
		return;
	if (!late && !fg_analyze_may_match(w, buf->ptr, buf->len, ctx, &r->unresolved)) {
		if (r->unresolved && j->assume_context) {
			/*
			 * It matters only in a Foundry repository (it names Claude but not
			 * Azure, or sends through a client defined elsewhere): analysed now
			 * as if the repository were one, and its result dropped if not.
			 */
			ctx = true;
		} else {
			r->status = R_SCANNED; /* read and checked: the prefilter says nothing can be found */
			if (!j->redo_only && type.lang != FG_LANG_NONE && type.text == FG_TEXT_CODE &&
			    fg_analyze_resolves_types(w, type.lang))
				keep_sketch(r, buf->ptr, buf->len);
			if (!r->unresolved && !j->redo_only && type.lang != FG_LANG_NONE && type.text == FG_TEXT_CODE &&
			    r->project_openai) {
				/* a Foundry project's OpenAI-compatible client: other modules may send Claude requests on it */
				w->facts = fg_facts_new(f->path, type.lang);
				fg_stage_end(w->stages, FG_STAGE_READ, &w->mark, 0);
				fg_analyze_facts(w, f->path, type, buf->ptr, buf->len);
				r->facts = w->facts;
				w->facts = NULL;
			} else if (!r->unresolved && !j->redo_only && type.lang != FG_LANG_NONE && type.text == FG_TEXT_CODE) {
				/* a module that names no Anthropic API: names imported from it are something else */
				r->facts = fg_facts_new(f->path, type.lang);
				fg_facts_set_plain(r->facts);
			}
			return;
		}
	}
	if (fg_detect_is_minified(f->path, buf->ptr, buf->len)) {
		r->status = R_MINIFIED;
		return;
	}
	r->status = R_SCANNED;
	fg_stage_end(w->stages, FG_STAGE_READ, &w->mark, 0);
	fg_analysis_stats st = { 0 };
	w->facts = (j->redo_only && !late) || type.lang == FG_LANG_NONE ? NULL : fg_facts_new(f->path, type.lang);
	w->sinks = type.lang == FG_LANG_NONE ? NULL : fg_facts_new(f->path, type.lang);
	w->late = late;
	/* passed above, with ctx (or analysed whatever it says, late): not asked again */
	w->prefiltered = buf->ptr;
	fg_analyze_file(w, f->path, type, buf->ptr, buf->len, ctx, &r->findings, &st);
	w->prefiltered = NULL;
	if (w->stages && st.deferred)
		w->stages->deferred++;
	else if (w->stages)
		w->stages->analysed[j->pass]++;
	w->late = false;
	if (late) {
		/* its own facts served its own look-ups; the index is read-only now */
		fg_facts_free(w->facts);
		w->facts = NULL;
	}
	if (st.deferred) { /* summaries come from its one analysis, with the index */
		fg_facts_free(w->sinks);
		w->sinks = NULL;
	} else if (j->redo_only) {
		/* the summaries of the latest analysis (with the index) replace an earlier pass's */
		fg_facts_free(r->sinks);
		r->sinks = NULL;
	}
	keep_facts(&r->sinks, &w->sinks);
	r->ctx_used = ctx;
	r->wants_index = st.wants_index;
	keep_facts(&r->facts, &w->facts);
	r->parsed = st.parsed;
	r->parse_failed = st.parse_failed;
	r->limit_hits += st.limit_hits;
	r->incomplete = st.incomplete;
	r->foundry = st.foundry;
	r->unresolved = st.unresolved;
	fg_redactor red;
	fg_worker_redactor(w, &red);
	fg_stage_end(w->stages, FG_STAGE_READ, &w->mark, 0);
	if (j->opts->suppress)
		fg_suppress_inline(&r->findings, 0, f->path, buf->ptr, buf->len, fg_detect_comment_style(type),
				   j->opts->suppress, &red);
	/* every string a finding took from the repository passes through the one redactor */
	fg_findings_seal(&r->findings, 0, &red);
	if (j->opts->inventory) {
		/* `calls`: the request sites are the report; data findings only fed their categories */
		size_t keep = 0;
		for (size_t k = 0; k < r->findings.len; k++) {
			fg_finding *fd = &r->findings.items[k];
			if (!strncmp(fd->rule->id, "inventory/", 10))
				r->findings.items[keep++] = *fd;
			else
				fg_finding_release(fd);
		}
		r->findings.len = keep;
	}
	if (f->in_diff && r->findings.len) {
		base_ctx bc = { w, f->path, type, ctx };
		fg_keep_added(j->src, &j->src->files[i], &r->findings, analyze_base, &bc);
	}
	if (w->kept_tree) {
		/* deferred: its tree and a copy of its text wait for the pass with the index */
		r->tree = w->kept_tree;
		w->kept_tree = NULL;
		r->tree_src = fg_xmalloc(buf->len + 1);
		memcpy(r->tree_src, buf->ptr, buf->len);
		r->tree_src[buf->len] = '\0';
		r->tree_len = buf->len;
	}
	fg_stage_end(w->stages, FG_STAGE_SUPPRESS, &w->mark, 1);
}

static void analyze_one(job *j, fg_worker *w, size_t i, fg_buf *buf)
{
	file_result *r = &j->res[i];
	if (r->tree && j->redo_only && !j->redo_sinks) {
		w->reuse_tree = r->tree; /* taken by the analysis of r->tree_src, if it comes to that */
		r->tree = NULL;
	}
	analyze_one_inner(j, w, i, buf);
	fg_tree_free(w->reuse_tree);
	w->reuse_tree = NULL;
	w->reuse_src = NULL;
	if (j->redo_only)
		drop_kept(r);
}

static void *worker_main(void *arg)
{
	job *j = arg;
	fg_worker *w = fg_worker_new(j->opts->rules);
	w->inventory = j->opts->inventory;
	w->index = j->index;
	w->defer_to_index = j->defer && !j->redo_only;
	w->keep_budget = w->defer_to_index ? &j->keep_budget : NULL;
	fg_stages mine = { 0 };
	w->stages = j->stages ? &mine : NULL;
	fg_buf buf = FG_BUF_INIT;
	for (;;) {
		size_t i = atomic_fetch_add(&j->next, 1);
		if (i >= j->src->nfiles)
			break;
		fg_stage_start(w->stages, &w->mark);
		analyze_one(j, w, i, &buf);
		fg_stage_end(w->stages, FG_STAGE_READ, &w->mark, 0); /* a file skipped before its analysis */
	}
	fg_buf_release(&buf);
	fg_worker_free(w);
	if (j->stages) {
		pthread_mutex_lock(&j->stages_lock);
		fg_stages_add(j->stages, &mine);
		pthread_mutex_unlock(&j->stages_lock);
	}
	return NULL;
}

static void run_phase(job *j, unsigned jobs)
{
	atomic_store(&j->next, j->first);
	if (jobs <= 1 || j->src->nfiles - j->first < 2) {
		worker_main(j);
		return;
	}
	pthread_t *t = fg_xcalloc(jobs, sizeof(pthread_t));
	unsigned started = 0;
	for (unsigned k = 0; k < jobs; k++)
		if (pthread_create(&t[k], NULL, worker_main, j) == 0)
			started++;
		else
			break;
	if (!started)
		worker_main(j);
	for (unsigned k = 0; k < started; k++)
		pthread_join(t[k], NULL);
	free(t);
}

/* Git modes: which blobs to read at all. */
static bool want_path(const char *path)
{
	return fg_detect_evidence_file(path);
}

typedef struct evctx {
	fg_worker *w;
	const fg_config *cfg;
	const fg_vendored *vendored;
} evctx;

/* Context search over the whole target tree: (path, NULL) asks if the path is worth reading. */
static bool evidence_pred(void *vctx, const char *path, const char *data, size_t len)
{
	evctx *e = vctx;
	if (!data)
		return fg_detect_evidence_file(path) && !cheap_skip(path) &&
		       !(e->cfg && fg_config_excluded(e->cfg, path)) && !(e->vendored && fg_vendored_match(e->vendored, path));
	return fg_analyze_has_foundry_evidence(e->w, data, len);
}

typedef struct file_and_result {
	fg_file f;
	file_result r;
} file_and_result;

static int cmp_file_and_result(const void *a, const void *b)
{
	return strcmp(((const file_and_result *)a)->f.path, ((const file_and_result *)b)->f.path);
}

/*
 * Diff modes: the repository's Claude Code settings, unchanged, as context
 * (they say whether the scripts' `claude` runs on Foundry).  Returns how
 * many were added (analysed already), or -1.
 */
static int add_claude_settings(job *j, fg_source *src, unsigned jobs, char *err, size_t errlen)
{
	static const char *const paths[] = { ".claude/settings.json", ".claude/settings.local.json" };
	size_t to = src->nfiles;
	for (size_t p = 0; p < FG_ARRAY_SIZE(paths); p++) {
		bool held = false;
		for (size_t i = 0; i < src->nfiles && !held; i++)
			held = !strcmp(src->files[i].path, paths[p]);
		if (!held && fg_source_add_context(src, paths[p], err, errlen) < 0)
			return -1;
	}
	if (src->nfiles == to)
		return 0;
	j->res = fg_xrealloc(j->res, src->nfiles * sizeof(file_result));
	memset(&j->res[to], 0, (src->nfiles - to) * sizeof(file_result));
	j->first = to;
	run_phase(j, jobs);
	j->first = 0;
	return (int)(src->nfiles - to);
}

/*
 * Diff modes: the unchanged modules the scanned files import (transitively,
 * within context.c's bounds), read from the same snapshot and given the
 * first pass, for their facts and summaries only; never reported.  The
 * files stay in path order (the context search looks them up).
 */
static int add_context(job *j, fg_source *src, unsigned jobs, char *err, size_t errlen)
{
	if (!src->partial)
		return 0; /* the scan reads the whole snapshot */
	int settings = add_claude_settings(j, src, jobs, err, errlen);
	if (settings < 0)
		return -1;
	fg_context *cx = fg_context_new(src, j->opts->config, j->vendored);
	size_t from = 0;
	int rc;
	for (;;) {
		size_t to = src->nfiles;
		const fg_facts **level = fg_xcalloc(to - from + 1, sizeof(*level));
		size_t n = 0;
		for (size_t i = from; i < to; i++)
			if (j->res[i].facts)
				level[n++] = j->res[i].facts;
		rc = fg_context_next(cx, level, n, err, errlen);
		free(level);
		if (src->nfiles > to) {
			j->res = fg_xrealloc(j->res, src->nfiles * sizeof(file_result));
			memset(&j->res[to], 0, (src->nfiles - to) * sizeof(file_result));
		}
		if (rc <= 0)
			break;
		j->first = to;
		run_phase(j, jobs);
		j->first = 0;
		from = to;
	}
	fg_context_free(cx);
	if (from || settings) {
		file_and_result *all = fg_xmalloc(src->nfiles * sizeof(*all));
		for (size_t i = 0; i < src->nfiles; i++) {
			all[i].f = src->files[i];
			all[i].r = j->res[i];
		}
		qsort(all, src->nfiles, sizeof(*all), cmp_file_and_result);
		for (size_t i = 0; i < src->nfiles; i++) {
			src->files[i] = all[i].f;
			j->res[i] = all[i].r;
		}
		free(all);
	}
	return rc < 0 ? -1 : 0;
}

/* An error after the analyses ran: nothing of them is reported. */
static void scan_abandon(job *j, fg_source *src, fg_vendored *vendored)
{
	fg_vendored_release(vendored);
	for (size_t i = 0; i < src->nfiles; i++) {
		fg_findings_release(&j->res[i].findings);
		drop_kept(&j->res[i]);
		fg_facts_free(j->res[i].facts);
		fg_facts_free(j->res[i].sinks);
		fg_facts_free(j->res[i].env_facts);
		free(j->res[i].sketch);
	}
	free(j->res);
	fg_source_release(src);
}

int fg_scan_run(const fg_scan_opts *opts, fg_findings *out, fg_scan_stats *stats, char *err, size_t errlen)
{
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(stats, 0, sizeof(*stats));
	stats->timed = opts->stats;
	fg_stages *main_st = opts->stats ? &stats->stages : NULL;
	fg_stage_mark mark;
	fg_stage_start(main_st, &mark);
	fg_source src;
	fg_source_opts so = opts->source;
	if (so.mode != FG_SRC_WORKTREE)
		so.want = want_path;
	if (fg_source_open(&src, &so, err, errlen) < 0) {
		fg_source_release(&src);
		return -1;
	}
	unsigned jobs = opts->jobs;
	if (!jobs) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		jobs = n > 0 ? (unsigned)n : 1;
	}
	if (jobs > 64)
		jobs = 64;
	stats->threads = jobs;
#ifdef __GLIBC__
	/*
	 * libgit2's status list and index (about 500 bytes a file) are freed
	 * now, but the file list allocated while they were live lies above them
	 * in the heap: their pages go back to the system, else they stay in the
	 * peak RSS (the workers allocate in arenas of their own).
	 */
	malloc_trim(0);
#endif
	fg_stage_end(main_st, FG_STAGE_WALK, &mark, src.nfiles);
	/*
	 * Every pattern compiled and JIT-compiled before the workers start, so
	 * that matching takes no lock and writes nothing shared (about 20 ms of
	 * CPU); a scan of a few files (a pre-commit hook's) compiles only the
	 * patterns it meets, on first use.
	 */
	if (src.nfiles >= FG_SCAN_PREPARE_FILES)
		fg_ruleset_prepare_regexes(opts->rules);
	job j = { 0 };
	j.opts = opts;
	j.src = &src;
	fg_stages workers = { 0 };
	j.stages = opts->stats ? &workers : NULL;
	pthread_mutex_init(&j.stages_lock, NULL);
	fg_vendored vendored;
	fg_vendored_init(&vendored, &src);
	if (!opts->config || opts->config->vendored != 1)
		j.vendored = &vendored;
	j.res = fg_xcalloc(src.nfiles ? src.nfiles : 1, sizeof(file_result));
	/*
	 * One pass with the context known so far; files whose result depends on
	 * the repository's Foundry context (an unresolved Anthropic client) are
	 * analysed again once it is known.  Most repositories never need it.
	 */
	j.repo_foundry = opts->foundry_context == 1;
	/* auto: a file that matters only in a Foundry repository is analysed as if it were one */
	j.assume_context = opts->foundry_context < 0;
	/*
	 * A file whose facts ask the index is analysed once, with the index,
	 * rather than twice.  Not in diff modes: there a first-pass verdict
	 * decides whether the whole target tree is searched for context.
	 */
	j.defer = !src.git;
	atomic_store(&j.keep_budget, FG_KEEP_TREES_BYTES);
	run_phase(&j, jobs);
	if (add_context(&j, &src, jobs, err, errlen) < 0) {
		scan_abandon(&j, &src, &vendored);
		return -1;
	}
	fg_stage_start(main_st, &mark);
	bool repo_foundry = opts->foundry_context == 1, evidence = false;
	bool needs = false;
	bool project_openai = false, claude_id = false;
	for (size_t i = 0; i < src.nfiles; i++) {
		evidence = evidence || j.res[i].foundry;
		needs = needs || (j.res[i].unresolved && !j.res[i].ctx_used);
		project_openai = project_openai || j.res[i].project_openai;
		claude_id = claude_id || j.res[i].claude_id;
	}
	/* the OpenAI-compatible route: a Foundry project's OpenAI endpoint and a Claude model id */
	evidence = evidence || (project_openai && claude_id);
	repo_foundry = repo_foundry || evidence;
	if (opts->foundry_context < 0 && !repo_foundry && src.git) {
		/* Diff modes: the context comes from the whole target tree. */
		bool assumed = false;
		for (size_t i = 0; i < src.nfiles && !assumed; i++)
			assumed = j.res[i].ctx_used;
		if (needs || assumed) {
			evctx e = { fg_worker_new(opts->rules), opts->config, j.vendored };
			int any = fg_source_context_any(&src, evidence_pred, &e, err, errlen);
			fg_worker_free(e.w);
			if (any < 0) {
				/* a blob of the context is missing: the verdict would be guessed */
				scan_abandon(&j, &src, &vendored);
				return -1;
			}
			repo_foundry = any > 0;
			evidence = evidence || repo_foundry;
		}
	}
	if (opts->foundry_context < 0 && !repo_foundry) {
		/* not a Foundry repository: what was found under the assumed context does not hold */
		for (size_t i = 0; i < src.nfiles; i++) {
			file_result *r = &j.res[i];
			if (!r->ctx_used)
				continue;
			fg_findings_release(&r->findings);
			r->wants_index = false;
			/* ...nor do the summaries it recorded (a helper's request on a client it could not resolve) */
			fg_facts_free(r->sinks);
			r->sinks = NULL;
		}
	}
	/* The repository index: every file's facts, for names one file cannot settle alone. */
	fg_index *index = fg_index_new();
	for (size_t i = 0; i < src.nfiles; i++) {
		file_result *r = &j.res[i];
		if (r->env_facts && r->facts) {
			/* one record per file: the env names join the file's other facts */
			fg_facts_take_envs(r->facts, r->env_facts);
			fg_facts_free(r->env_facts);
		} else if (r->env_facts) {
			r->facts = r->env_facts;
		}
		r->env_facts = NULL;
		if (r->facts) {
			fg_index_add(index, r->facts);
			r->facts = NULL;
		}
	}
	fg_index_finish(index);
	/* Again, with the index, for the files that met names only it resolves. */
	bool redo = false;
	for (size_t i = 0; i < src.nfiles && !redo; i++)
		redo = j.res[i].wants_index || (repo_foundry && opts->foundry_context < 0 &&
							       j.res[i].unresolved && !j.res[i].ctx_used);
	if (redo) {
		j.repo_foundry = opts->foundry_context == 1 || (opts->foundry_context < 0 && repo_foundry);
		j.redo_only = true;
		j.assume_context = false;
		j.index = index;
		j.pass = 1;
		fg_stage_end(main_st, FG_STAGE_INDEX, &mark, 0);
		run_phase(&j, jobs);
		fg_stage_start(main_st, &mark);
	}
	for (size_t i = 0; i < src.nfiles; i++)
		drop_kept(&j.res[i]); /* trees no pass took */
	/*
	 * Function summaries: a helper's parameter that reaches a request is
	 * followed into the callers in other files (one more pass over the files
	 * that import such a helper or subclass its class).  A caller's own
	 * parameter that reaches the helper is a summary too: rounds go on while
	 * they find new ones, up to FG_SUMMARY_ROUNDS helpers deep.
	 */
	for (unsigned round = 1; round <= FG_SUMMARY_ROUNDS; round++) {
		bool fresh = false;
		for (size_t i = 0; i < src.nfiles; i++)
			if (j.res[i].sinks) {
				fresh = fg_index_add_sinks(index, j.res[i].sinks, round) || fresh;
				fg_facts_free(j.res[i].sinks);
				j.res[i].sinks = NULL;
			}
		/* the first round also runs for services registered as a Foundry client or agent (injected) */
		if (!fresh && (round > 1 || !fg_index_has_services(index)))
			break;
		bool callers = false;
		for (size_t i = 0; i < src.nfiles; i++) {
			/* ...or names none of it (no import, no Claude): it may still call a summarised helper by name */
			bool unread = j.res[i].sketch && !j.res[i].parsed && !j.res[i].findings.len &&
				      fg_index_sketch_hits(index, j.res[i].sketch);
			/*
			 * Python and ES modules keep no sketch (most of a sparse tree's files
			 * are theirs): once there are summaries, each is read again and kept
			 * only when it names a helper and the helper's module.
			 */
			if (!unread && round == 1 && fresh && !j.res[i].parsed && !j.res[i].findings.len &&
			    j.res[i].status == R_SCANNED) {
				fg_filetype type = fg_detect_type(src.files[i].path);
				unread = type.text == FG_TEXT_CODE && fg_index_resolves_imports(type.lang);
			}
			j.res[i].wants_sinks = j.res[i].status == R_SCANNED && !src.files[i].context &&
					       (unread || fg_index_may_call_sinks(index, src.files[i].path, round));
			callers = callers || j.res[i].wants_sinks;
		}
		if (!callers)
			break;
		j.repo_foundry = opts->foundry_context == 1 || (opts->foundry_context < 0 && repo_foundry);
		j.redo_only = true;
		j.redo_sinks = round;
		j.assume_context = false;
		j.index = index;
		j.pass = 2;
		fg_stage_end(main_st, FG_STAGE_INDEX, &mark, 0);
		run_phase(&j, jobs);
		fg_stage_start(main_st, &mark);
	}
	j.redo_sinks = 0;
	for (size_t i = 0; i < src.nfiles; i++) {
		fg_facts_free(j.res[i].sinks);
		j.res[i].sinks = NULL;
	}
	fg_index_free(index);
	fg_stage_end(main_st, FG_STAGE_INDEX, &mark, 0);
	stats->repo_foundry = repo_foundry && opts->foundry_context != 0;
	stats->context_not_needed = !stats->repo_foundry && !needs && opts->source.mode != FG_SRC_WORKTREE &&
				    opts->source.mode != FG_SRC_REV;
	for (size_t i = 0; i < src.nfiles; i++) {
		file_result *r = &j.res[i];
		free(r->sketch);
		r->sketch = NULL;
		if (src.files[i].context) {
			/* read for what the scanned files import: neither reported nor counted */
			fg_findings_release(&r->findings);
			continue;
		}
		const char *base = strrchr(src.files[i].path, '/');
		base = base ? base + 1 : src.files[i].path;
		if (src.files[i].in_diff && !strcmp(base, ".foundry-guard.yml"))
			stats->config_changed = true;
		stats->files_seen++;
		switch (r->status) {
		case R_SCANNED: stats->files_scanned++; break;
		case R_BINARY: stats->skipped_binary++; break;
		case R_LARGE: stats->skipped_large++; break;
		case R_MINIFIED: stats->skipped_minified++; break;
		case R_UNREADABLE:
			if (stats->skipped_unreadable++ < 5) {
				fg_buf names = FG_BUF_INIT;
				if (stats->unreadable_names)
					fg_buf_printf(&names, "%s, ", stats->unreadable_names);
				fg_buf_puts(&names, src.files[i].path);
				free(stats->unreadable_names);
				stats->unreadable_names = fg_buf_detach(&names);
			}
			break;
		case R_EXCLUDED: stats->skipped_excluded++; break;
		case R_VENDORED: stats->skipped_vendored++; break;
		default: stats->skipped_other_type++; break;
		}
		if (r->parsed)
			stats->files_parsed++;
		if (r->parse_failed)
			stats->parse_failed++;
		stats->regex_limit_hits += r->limit_hits;
		if (r->incomplete && r->status == R_SCANNED) {
			stats->incomplete = fg_xrealloc(stats->incomplete, (stats->nincomplete + 1) * sizeof(fg_incomplete_file));
			stats->incomplete[stats->nincomplete].path = fg_xstrdup(src.files[i].path);
			stats->incomplete[stats->nincomplete++].why = r->incomplete;
		}
		fg_findings_append(out, &r->findings);
	}
	stats->skipped_symlink = src.stats.symlinks;
	stats->skipped_submodule = src.stats.submodules;
	stats->skipped_binary += src.stats.binary_blobs + src.stats.lfs;
	stats->skipped_large += src.stats.too_large;
	stats->skipped_unreadable += src.stats.unreadable;
	stats->root = src.root ? fg_xstrdup(src.root) : NULL;
	stats->is_git = src.is_git;
	stats->note = src.note ? fg_xstrdup(src.note) : NULL;
	free(j.res);
	fg_vendored_release(&vendored);
	fg_source_release(&src);
	fg_findings_finish(out);
	fg_stage_end(main_st, FG_STAGE_REPORT, &mark, 0);
	if (opts->stats)
		fg_stages_add(&stats->stages, &workers);
	pthread_mutex_destroy(&j.stages_lock);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	stats->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	return 0;
}

void fg_scan_stats_release(fg_scan_stats *s)
{
	free(s->unreadable_names);
	for (size_t i = 0; i < s->nincomplete; i++)
		free(s->incomplete[i].path);
	free(s->incomplete);
	free(s->root);
	free(s->note);
}
