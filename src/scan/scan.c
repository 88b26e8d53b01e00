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
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>
#include <unistd.h>

typedef struct file_result {
	fg_findings findings;
	enum { R_NONE, R_SCANNED, R_BINARY, R_LARGE, R_MINIFIED, R_UNREADABLE, R_TYPE, R_EXCLUDED } status;
	bool parsed, parse_failed, foundry, unresolved;
	unsigned limit_hits;
} file_result;

typedef struct job {
	const fg_scan_opts *opts;
	fg_source *src;
	file_result *res;
	atomic_size_t next;
	bool repo_foundry;  /* the context analyses run with */
	bool redo_only;     /* second pass: only files whose result depends on the context */
} job;

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

/* Diff modes: keep what the change added (the expression's line or its request's). */
static void keep_added(const fg_file *f, fg_findings *fs)
{
	size_t keep = 0;
	for (size_t k = 0; k < fs->len; k++) {
		fg_finding *fd = &fs->items[k];
		bool added = fg_file_line_added(f, fd->line);
		for (size_t s = 0; !added && s < fd->nflow; s++)
			if (strncmp(fd->flow[s].what, "request:", 8) == 0 && fg_file_line_added(f, fd->flow[s].line))
				added = true;
		if (added)
			fs->items[keep++] = *fd;
		else
			fg_finding_release(fd);
	}
	fs->len = keep;
}

/*
 * Notes about ignore comments quote their line and the comment's rule list,
 * and either may hold the very value that is ignored: redact both like every
 * other snippet, with the caret on the comment's marker.
 */
static void redact_notes(fg_worker *w, fg_findings *fs, size_t first)
{
	for (size_t i = first; i < fs->len; i++) {
		fg_finding *f = &fs->items[i];
		if (f->message) {
			fg_buf mb = FG_BUF_INIT;
			fg_redact_text(w, f->message, strlen(f->message), &mb);
			free(f->message);
			f->message = fg_buf_detach(&mb);
		}
		if (!f->snippet)
			continue;
		fg_buf b = FG_BUF_INIT;
		fg_redact_text(w, f->snippet, strlen(f->snippet), &b);
		const char *m = strstr(fg_buf_cstr(&b), "foundry-guard:");
		uint32_t cp = 1;
		for (const char *k = fg_buf_cstr(&b); m && k < m; k++)
			if (((unsigned char)*k & 0xC0) != 0x80)
				cp++;
		free(f->snippet);
		f->snippet = fg_buf_detach(&b);
		f->snippet_col = m ? cp : 0;
	}
}

void fg_scan_inline_ignores(fg_worker *w, fg_findings *fs, const char *path, const char *src, size_t len,
			    const fg_suppress_opts *o)
{
	size_t before = fs->len;
	fg_suppress_inline(fs, 0, path, src, len, o);
	redact_notes(w, fs, before);
}

static void analyze_one(job *j, fg_worker *w, size_t i, fg_buf *buf)
{
	const fg_file *f = &j->src->files[i];
	file_result *r = &j->res[i];
	if (j->redo_only) {
		if (!r->unresolved)
			return;
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
	if (cheap_skip(f->path)) {
		r->status = R_TYPE;
		return;
	}
	if (fg_file_load(f, j->opts->source.max_file_size, buf) < 0) {
		r->status = errno == EFBIG ? R_LARGE : R_UNREADABLE;
		return;
	}
	fg_detect_decode_utf16(buf);
	if (fg_detect_is_binary(buf->ptr, buf->len)) {
		r->status = R_BINARY;
		return;
	}
	if (!analyzable) {
		/* read only for the repository's Foundry context (package.json, settings.json...) */
		r->foundry = fg_analyze_has_foundry_evidence(w, buf->ptr, buf->len);
		r->status = R_TYPE;
		return;
	}
	if (fg_detect_is_minified(f->path, NULL, 0)) { /* by name: *.min.js, *.bundle.js */
		r->status = R_MINIFIED;
		return;
	}
	if (!fg_analyze_may_match(w, buf->ptr, buf->len, j->repo_foundry, &r->unresolved)) {
		r->status = R_SCANNED; /* read and checked: the prefilter says nothing can be found */
		return;
	}
	if (fg_detect_is_minified(f->path, buf->ptr, buf->len)) {
		r->status = R_MINIFIED;
		return;
	}
	r->status = R_SCANNED;
	fg_analysis_stats st = { 0 };
	fg_analyze_file(w, f->path, type, buf->ptr, buf->len, j->repo_foundry, &r->findings, &st);
	r->parsed = st.parsed;
	r->parse_failed = st.parse_failed;
	r->limit_hits += st.limit_hits;
	r->foundry = st.foundry;
	r->unresolved = st.unresolved;
	if (j->opts->suppress) {
		fg_scan_inline_ignores(w, &r->findings, f->path, buf->ptr, buf->len, j->opts->suppress);
	}
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
	if (f->in_diff && r->findings.len)
		keep_added(f, &r->findings);
}

static void *worker_main(void *arg)
{
	job *j = arg;
	fg_worker *w = fg_worker_new(j->opts->rules);
	w->inventory = j->opts->inventory;
	fg_buf buf = FG_BUF_INIT;
	for (;;) {
		size_t i = atomic_fetch_add(&j->next, 1);
		if (i >= j->src->nfiles)
			break;
		analyze_one(j, w, i, &buf);
	}
	fg_buf_release(&buf);
	fg_worker_free(w);
	return NULL;
}

static void run_phase(job *j, unsigned jobs)
{
	atomic_store(&j->next, 0);
	if (jobs <= 1 || j->src->nfiles < 2) {
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
} evctx;

/* Context search over the whole target tree: (path, NULL) asks if the path is worth reading. */
static bool evidence_pred(void *vctx, const char *path, const char *data, size_t len)
{
	evctx *e = vctx;
	if (!data)
		return fg_detect_evidence_file(path) && !cheap_skip(path) &&
		       !(e->cfg && fg_config_excluded(e->cfg, path));
	return fg_analyze_has_foundry_evidence(e->w, data, len);
}

int fg_scan_run(const fg_scan_opts *opts, fg_findings *out, fg_scan_stats *stats, char *err, size_t errlen)
{
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	memset(stats, 0, sizeof(*stats));
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
	job j = { 0 };
	j.opts = opts;
	j.src = &src;
	j.res = fg_xcalloc(src.nfiles ? src.nfiles : 1, sizeof(file_result));
	/*
	 * One pass with the context known so far; files whose result depends on
	 * the repository's Foundry context (an unresolved Anthropic client) are
	 * analysed again once it is known.  Most repositories never need it.
	 */
	j.repo_foundry = opts->foundry_context == 1;
	run_phase(&j, jobs);
	bool repo_foundry = opts->foundry_context == 1;
	bool needs = false;
	for (size_t i = 0; i < src.nfiles; i++) {
		repo_foundry = repo_foundry || j.res[i].foundry;
		needs = needs || j.res[i].unresolved;
	}
	if (opts->foundry_context < 0 && !repo_foundry && needs && src.git) {
		/* Diff modes: the context comes from the whole target tree. */
		evctx e = { fg_worker_new(opts->rules), opts->config };
		repo_foundry = fg_source_context_any(&src, evidence_pred, &e);
		fg_worker_free(e.w);
	}
	if (opts->foundry_context < 0 && repo_foundry && needs) {
		j.repo_foundry = true;
		j.redo_only = true;
		run_phase(&j, jobs);
	}
	stats->repo_foundry = repo_foundry && opts->foundry_context != 0;
	stats->context_not_needed = !stats->repo_foundry && !needs && opts->source.mode != FG_SRC_WORKTREE &&
				    opts->source.mode != FG_SRC_REV;
	for (size_t i = 0; i < src.nfiles; i++) {
		file_result *r = &j.res[i];
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
		default: stats->skipped_other_type++; break;
		}
		if (r->parsed)
			stats->files_parsed++;
		if (r->parse_failed)
			stats->parse_failed++;
		stats->regex_limit_hits += r->limit_hits;
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
	fg_source_release(&src);
	fg_findings_finish(out);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	stats->seconds = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
	return 0;
}

void fg_scan_stats_release(fg_scan_stats *s)
{
	free(s->unreadable_names);
	free(s->root);
	free(s->note);
}
