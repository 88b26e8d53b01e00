/*
 * context.c - diff modes: the unchanged files a change's imports reach
 * (see context.h).
 *
 * The snapshot's code paths are listed once, on the first import to
 * follow, into an index of empty facts (one per path), so module
 * resolution is the index's own.  Each level reads only the files the last
 * level imports; a file is read once (a path the source already holds,
 * changed or context, is never read again).  The snapshot's package.json
 * files are read for their names only when an import that may name a
 * package of the repository is not resolved otherwise.
 */
#include "context.h"
#include "../core/vec.h"
#include "../detect/detect.h"

struct fg_context {
	fg_source *src;
	const fg_config *cfg;
	const fg_vendored *vendored;
	int depth;         /* levels followed so far */
	size_t added;      /* context files read so far */
	bool listed;       /* the snapshot's paths are in `paths` */
	fg_index *paths;   /* empty facts, one per code path of the snapshot */
	FG_VEC(fg_facts *) packages; /* the package.json files among them (owned by paths) */
	bool packages_read;
	FG_VEC(char *) held; /* sorted: every path src->files holds */
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Where `path` is, or would be inserted, in the sorted held list. */
static size_t held_at(const fg_context *c, const char *path, bool *found)
{
	size_t lo = 0, hi = c->held.len;
	*found = false;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = strcmp(c->held.items[mid], path);
		if (!d) {
			*found = true;
			return mid;
		}
		if (d < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Adds path to the held list; false when it was there. */
static bool hold(fg_context *c, const char *path)
{
	bool found;
	size_t at = held_at(c, path, &found);
	if (found)
		return false;
	fg_vec_reserve(&c->held, 1);
	memmove(&c->held.items[at + 1], &c->held.items[at], (c->held.len - at) * sizeof(char *));
	c->held.items[at] = fg_xstrdup(path);
	c->held.len++;
	return true;
}

fg_context *fg_context_new(fg_source *src, const fg_config *cfg, const fg_vendored *vendored)
{
	fg_context *c = fg_xcalloc(1, sizeof(*c));
	c->src = src;
	c->cfg = cfg;
	c->vendored = vendored;
	for (size_t i = 0; i < src->nfiles; i++) {
		char *p = fg_xstrdup(src->files[i].path);
		fg_vec_push(&c->held, p);
	}
	if (c->held.len > 1)
		qsort(c->held.items, c->held.len, sizeof(char *), cmp_str);
	return c;
}

void fg_context_free(fg_context *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->held.len; i++)
		free(c->held.items[i]);
	fg_vec_free(&c->held);
	fg_vec_free(&c->packages);
	fg_index_free(c->paths);
	free(c);
}

/*
 * A module an import can name (code of a language whose imports the index
 * resolves, or a package.json) that the scan would read: not excluded, not
 * a vendored copy.
 */
static bool module_path(void *ctx, const char *path)
{
	const fg_context *c = ctx;
	fg_filetype t = fg_detect_type(path);
	bool module = (fg_index_resolves_imports(t.lang) && t.text == FG_TEXT_CODE) || fg_detect_is_package_json(path);
	return module && !(c->cfg && fg_config_excluded(c->cfg, path)) &&
	       !(c->vendored && fg_vendored_match(c->vendored, path));
}

static int list_paths(fg_context *c, char *err, size_t errlen)
{
	char **paths = NULL;
	size_t n = 0;
	c->listed = true;
	if (fg_source_snapshot_paths(c->src, module_path, c, &paths, &n, err, errlen) < 0)
		return -1;
	c->paths = fg_index_new();
	for (size_t i = 0; i < n; i++) {
		fg_facts *f = fg_facts_new(paths[i], fg_detect_type(paths[i]).lang);
		fg_index_add(c->paths, f);
		if (fg_detect_is_package_json(paths[i]))
			fg_vec_push(&c->packages, f);
		free(paths[i]);
	}
	free(paths);
	fg_index_finish(c->paths);
	return 0;
}

/* The text of a file src holds, or NULL. */
static const fg_buf *held_text(const fg_source *src, const char *path)
{
	for (size_t i = 0; i < src->nfiles; i++)
		if (!strcmp(src->files[i].path, path))
			return src->files[i].has_data ? &src->files[i].data : NULL;
	return NULL;
}

/* The package.json files' names, so that `import ... from "@acme/llm"` resolves (each read once). */
static int read_packages(fg_context *c, char *err, size_t errlen)
{
	c->packages_read = true;
	for (size_t i = 0; i < c->packages.len && i < FG_CONTEXT_PACKAGES; i++) {
		fg_facts *pf = c->packages.items[i];
		const char *path = fg_facts_path(pf);
		if (hold(c, path)) {
			int rc = fg_source_add_context(c->src, path, err, errlen);
			if (rc < 0)
				return -1;
			if (rc == 0)
				continue;
		}
		const fg_buf *text = held_text(c->src, path);
		char *name = text ? fg_detect_package_name(text->ptr ? text->ptr : "", text->len) : NULL;
		if (name)
			fg_facts_set_package(pf, name);
		free(name);
	}
	return 0;
}

int fg_context_next(fg_context *c, const fg_facts *const *facts, size_t n, char *err, size_t errlen)
{
	if (c->depth >= FG_CONTEXT_DEPTH || c->added >= FG_CONTEXT_FILES)
		return 0;
	c->depth++;
	size_t before = c->src->nfiles;
	/* the modules this level imports, each once, in a stable order */
	FG_VEC(const char *) want = { 0 };
	for (size_t i = 0; i < n; i++) {
		const fg_facts *f = facts[i];
		const char *m;
		for (size_t k = 0; (m = fg_facts_import_module(f, k)) != NULL; k++) {
			if (!c->listed && list_paths(c, err, errlen) < 0) {
				fg_vec_free(&want);
				return -1;
			}
			const char *p = fg_index_module_file(c->paths, fg_facts_path(f), fg_facts_lang(f), m);
			if (!p && !c->packages_read && c->packages.len && fg_index_imports_packages(fg_facts_lang(f))) {
				if (read_packages(c, err, errlen) < 0) {
					fg_vec_free(&want);
					return -1;
				}
				p = fg_index_module_file(c->paths, fg_facts_path(f), fg_facts_lang(f), m);
			}
			if (p && hold(c, p))
				fg_vec_push(&want, p);
		}
	}
	int rc = 0;
	for (size_t i = 0; i < want.len && c->added < FG_CONTEXT_FILES && rc >= 0; i++) {
		rc = fg_source_add_context(c->src, want.items[i], err, errlen);
		c->added += rc > 0;
	}
	fg_vec_free(&want);
	return rc < 0 ? -1 : (int)(c->src->nfiles - before);
}
