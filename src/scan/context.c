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

typedef FG_VEC(const char *) path_list;

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
	/* sorted: the snapshot's typed-language code, configuration files and project files */
	FG_VEC(char *) project;
	FG_VEC(char *) roots; /* project folders already taken in */
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
	for (size_t i = 0; i < c->project.len; i++)
		free(c->project.items[i]);
	fg_vec_free(&c->project);
	for (size_t i = 0; i < c->roots.len; i++)
		free(c->roots.items[i]);
	fg_vec_free(&c->roots);
	fg_vec_free(&c->packages);
	fg_index_free(c->paths);
	free(c);
}

static const char *base_name(const char *path)
{
	const char *b = strrchr(path, '/');
	return b ? b + 1 : path;
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t sl = strlen(s), xl = strlen(suffix);
	return sl >= xl && !strcmp(s + sl - xl, suffix);
}

/* A file that makes its folder a project of a typed language (its code shares DI and configuration). */
static bool project_marker(const char *path)
{
	const char *b = base_name(path);
	return !strcmp(b, "go.mod") || !strcmp(b, "pom.xml") || !strcmp(b, "build.gradle") ||
	       !strcmp(b, "build.gradle.kts") || ends_with(b, ".csproj") || ends_with(b, ".fsproj");
}

/* A configuration file whose keys the index records (appsettings.json, application.yml, .env...). */
static bool config_file(const char *path)
{
	const char *b = base_name(path);
	return (!strncmp(b, "appsettings", 11) && ends_with(b, ".json")) || ends_with(b, ".yml") ||
	       ends_with(b, ".yaml") || ends_with(b, ".properties") || !strncmp(b, ".env", 4);
}

static bool typed_code(const char *path)
{
	fg_filetype t = fg_detect_type(path);
	return fg_index_resolves_by_type(t.lang) && t.text == FG_TEXT_CODE;
}

/*
 * A path context can take (code of a language whose imports the index
 * resolves, a package.json, and for typed languages their project's code,
 * configuration and project files) that the scan would read: not excluded,
 * not a vendored copy.
 */
static bool module_path(void *ctx, const char *path)
{
	const fg_context *c = ctx;
	fg_filetype t = fg_detect_type(path);
	bool module = (fg_index_resolves_imports(t.lang) && t.text == FG_TEXT_CODE) || fg_detect_is_package_json(path) ||
		      typed_code(path) || config_file(path) || project_marker(path);
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
		if (typed_code(paths[i]) || config_file(paths[i]) || project_marker(paths[i])) {
			char *p = fg_xstrdup(paths[i]);
			fg_vec_push(&c->project, p);
		}
		fg_facts *f = fg_facts_new(paths[i], fg_detect_type(paths[i]).lang);
		fg_index_add(c->paths, f);
		if (fg_detect_is_package_json(paths[i]))
			fg_vec_push(&c->packages, f);
		free(paths[i]);
	}
	free(paths);
	fg_index_finish(c->paths);
	if (c->project.len > 1)
		qsort(c->project.items, c->project.len, sizeof(char *), cmp_str);
	return 0;
}

/* The first project path at or after prefix (project is sorted). */
static size_t project_from(const fg_context *c, const char *prefix)
{
	size_t lo = 0, hi = c->project.len;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(c->project.items[mid], prefix) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Does folder dir ("" the root, else "a/b/") hold a project file directly? */
static bool holds_marker(const fg_context *c, const char *dir)
{
	size_t dl = strlen(dir);
	for (size_t i = project_from(c, dir); i < c->project.len; i++) {
		const char *p = c->project.items[i];
		if (strncmp(p, dir, dl) != 0)
			break;
		if (!strchr(p + dl, '/') && project_marker(p))
			return true;
	}
	return false;
}

/*
 * A changed file of a typed language is resolved through its project's DI
 * registrations, beans, configuration files and declared types, which no
 * import names: the project (the nearest folder above it with a go.mod,
 * pom.xml, build.gradle or .csproj; none, the repository) is context, its
 * configuration files and go.mod first.
 */
static void want_project(fg_context *c, const char *path, path_list *want)
{
	char *dir = fg_xstrdup(path);
	for (;;) {
		char *slash = strrchr(dir, '/');
		if (!slash) {
			dir[0] = '\0';
			break;
		}
		slash[1] = '\0';
		if (holds_marker(c, dir))
			break;
		*slash = '\0';
	}
	for (size_t i = 0; i < c->roots.len; i++)
		if (!strcmp(c->roots.items[i], dir)) {
			free(dir);
			return;
		}
	fg_vec_push(&c->roots, dir);
	size_t dl = strlen(dir), from = project_from(c, dir);
	for (int round = 0; round < 2; round++)
		for (size_t i = from; i < c->project.len && want->len < FG_CONTEXT_FILES; i++) {
			const char *p = c->project.items[i];
			if (strncmp(p, dir, dl) != 0)
				break;
			/* go.mod names the module its packages are imported by */
			bool settings = config_file(p) || !strcmp(base_name(p), "go.mod");
			if ((round == 0) == settings && (settings || typed_code(p)) && hold(c, p))
				fg_vec_push(want, (const char *)p);
		}
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
	path_list want = { 0 };
	for (size_t i = 0; i < n; i++) {
		const fg_facts *f = facts[i];
		const char *m;
		if (fg_index_resolves_by_type(fg_facts_lang(f))) {
			if (!c->listed && list_paths(c, err, errlen) < 0) {
				fg_vec_free(&want);
				return -1;
			}
			want_project(c, fg_facts_path(f), &want);
		}
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
