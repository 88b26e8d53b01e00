/*
 * vendored.c - code and documentation that are not the repository's own:
 * installed packages and vendored copies of other projects.  Their
 * comments document someone else's API and their requests are someone
 * else's examples, so they are skipped by default (`vendored: scan` in the
 * configuration reads them) and counted in the summary.
 *
 * A path is vendored when
 *   - one of its folders is a package-manager or vendoring folder
 *     (node_modules/, bower_components/, jspm_packages/, vendor/,
 *     third_party/, third-party/, thirdparty/, site-packages/,
 *     dist-packages/);
 *   - the repository's .gitattributes marks it linguist-vendored or
 *     linguist-generated;
 *   - it is under a folder that is a copy of another repository: the folder
 *     holds a LICENSE (or COPYING) file and a project manifest (package.json,
 *     pyproject.toml, setup.py, Cargo.toml, go.mod, composer.json, pom.xml)
 *     naming another project than the root's, and either the continuous
 *     integration of a repository of its own (.github/workflows/,
 *     .circleci/, .gitlab-ci.yml) or the name of a downloaded snapshot
 *     (`litellm-main/`, `project-master/`).  A monorepo's own packages have
 *     a LICENSE and a manifest too, but not a CI of their own.
 * In diff modes only the changed files are listed, so a copy is recognised
 * by its folder names and .gitattributes only.
 */
#include "vendored.h"
#include "../config/glob.h"
#include <strings.h>

static const char *const vendor_dirs[] = { "node_modules", "bower_components", "jspm_packages", "vendor",
					   "third_party", "third-party", "thirdparty", "site-packages",
					   "dist-packages", NULL };
static const char *const manifests[] = { "package.json", "pyproject.toml", "setup.py", "Cargo.toml",
					 "go.mod", "composer.json", "pom.xml", NULL };
static const char *const ci_markers[] = { ".github/workflows/", ".circleci/", ".gitlab-ci.yml", NULL };

/* Bounds: candidate folders and .gitattributes patterns considered. */
#define MAX_CANDIDATES 256
#define MAX_ATTR_PATTERNS 1024

static bool in_vendor_dir(const char *path)
{
	const char *p = path;
	for (;;) {
		const char *slash = strchr(p, '/');
		if (!slash)
			return false; /* the last component is the file itself */
		size_t n = (size_t)(slash - p);
		for (int i = 0; vendor_dirs[i]; i++)
			if (strlen(vendor_dirs[i]) == n && !strncmp(p, vendor_dirs[i], n))
				return true;
		p = slash + 1;
	}
}

/* The scan's paths, sorted, for exact and prefix look-ups. */
typedef struct pathindex {
	const fg_file **files;
	size_t n;
} pathindex;

static int cmp_file(const void *x, const void *y)
{
	return strcmp((*(const fg_file *const *)x)->path, (*(const fg_file *const *)y)->path);
}

/* The first index whose path is >= key. */
static size_t lower_bound(const pathindex *ix, const char *key)
{
	size_t lo = 0, hi = ix->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(ix->files[mid]->path, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static const fg_file *find_file(const pathindex *ix, const char *path)
{
	size_t i = lower_bound(ix, path);
	return i < ix->n && !strcmp(ix->files[i]->path, path) ? ix->files[i] : NULL;
}

static bool any_under(const pathindex *ix, const char *prefix)
{
	size_t i = lower_bound(ix, prefix);
	return i < ix->n && !strncmp(ix->files[i]->path, prefix, strlen(prefix));
}

/* The project name a manifest declares ("name": "x" / name = "x"), or "" when none is found. */
static void manifest_name(const fg_file *f, char *out, size_t outlen)
{
	out[0] = '\0';
	fg_buf b = FG_BUF_INIT;
	if (!f || fg_file_load(f, 1u << 20, &b) < 0 || !b.ptr) {
		fg_buf_release(&b);
		return;
	}
	const char *p = b.ptr;
	while ((p = strstr(p, "name")) != NULL) {
		const char *q = p + 4;
		if (*q == '"')
			q++;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q != ':' && *q != '=') {
			p += 4;
			continue;
		}
		q++;
		while (*q == ' ' || *q == '\t')
			q++;
		if (*q != '"' && *q != '\'') {
			p += 4;
			continue;
		}
		char quote = *q++;
		size_t n = 0;
		while (q[n] && q[n] != quote && q[n] != '\n' && n + 1 < outlen)
			n++;
		memcpy(out, q, n);
		out[n] = '\0';
		break;
	}
	fg_buf_release(&b);
}

static bool snapshot_name(const char *dir, size_t n)
{
	const char *base = dir;
	for (size_t i = 0; i < n; i++)
		if (dir[i] == '/')
			base = dir + i + 1;
	size_t bl = (size_t)(dir + n - base);
	return (bl > 5 && !strncmp(base + bl - 5, "-main", 5)) || (bl > 7 && !strncmp(base + bl - 7, "-master", 7));
}

/* The root manifest's project name (the first manifest found at the root). */
static void root_name(const pathindex *src, char *out, size_t outlen)
{
	out[0] = '\0';
	for (int m = 0; manifests[m] && !out[0]; m++)
		manifest_name(find_file(src, manifests[m]), out, outlen);
}

static void add_copy(fg_vendored *v, const pathindex *src, const char *dir, size_t n, const char *root)
{
	fg_buf prefix = FG_BUF_INIT;
	fg_buf_add(&prefix, dir, n);
	fg_buf_putc(&prefix, '/');
	for (size_t i = 0; i < v->ndirs; i++)
		if (!strcmp(v->dirs[i], prefix.ptr)) {
			fg_buf_release(&prefix);
			return;
		}
	const fg_file *manifest = NULL;
	fg_buf p = FG_BUF_INIT;
	for (int m = 0; manifests[m] && !manifest; m++) {
		fg_buf_clear(&p);
		fg_buf_printf(&p, "%s%s", prefix.ptr, manifests[m]);
		manifest = find_file(src, p.ptr);
	}
	bool ci = false;
	for (int c = 0; ci_markers[c] && !ci; c++) {
		fg_buf_clear(&p);
		fg_buf_printf(&p, "%s%s", prefix.ptr, ci_markers[c]);
		ci = any_under(src, p.ptr);
	}
	fg_buf_release(&p);
	if (manifest && (ci || snapshot_name(dir, n))) {
		char name[256];
		manifest_name(manifest, name, sizeof(name));
		if (!root[0] || strcmp(name, root) != 0) {
			v->dirs = fg_xrealloc(v->dirs, (v->ndirs + 1) * sizeof(char *));
			v->dirs[v->ndirs++] = fg_buf_detach(&prefix);
			return;
		}
	}
	fg_buf_release(&prefix);
}

/* .gitattributes: `PATTERN ... linguist-vendored` (or linguist-generated), not unset or =false. */
static void read_gitattributes(fg_vendored *v, const pathindex *src)
{
	const fg_file *f = find_file(src, ".gitattributes");
	fg_buf b = FG_BUF_INIT;
	if (!f || fg_file_load(f, 1u << 20, &b) < 0 || !b.ptr) {
		fg_buf_release(&b);
		return;
	}
	char *save = NULL;
	for (char *line = strtok_r(b.ptr, "\n", &save); line && v->nglobs < MAX_ATTR_PATTERNS;
	     line = strtok_r(NULL, "\n", &save)) {
		char *tsave = NULL;
		char *pat = strtok_r(line, " \t\r", &tsave);
		if (!pat || pat[0] == '#')
			continue;
		bool marked = false;
		for (char *attr = strtok_r(NULL, " \t\r", &tsave); attr; attr = strtok_r(NULL, " \t\r", &tsave))
			if (!strcmp(attr, "linguist-vendored") || !strcmp(attr, "linguist-vendored=true") ||
			    !strcmp(attr, "linguist-generated") || !strcmp(attr, "linguist-generated=true"))
				marked = true;
		if (marked) {
			v->globs = fg_xrealloc(v->globs, (v->nglobs + 1) * sizeof(char *));
			v->globs[v->nglobs++] = fg_xstrdup(pat);
		}
	}
	fg_buf_release(&b);
}

void fg_vendored_init(fg_vendored *v, const fg_source *src)
{
	memset(v, 0, sizeof(*v));
	pathindex ix = { fg_xmalloc((src->nfiles ? src->nfiles : 1) * sizeof(fg_file *)), src->nfiles };
	for (size_t i = 0; i < src->nfiles; i++)
		ix.files[i] = &src->files[i];
	qsort(ix.files, ix.n, sizeof(fg_file *), cmp_file);
	read_gitattributes(v, &ix);
	char root[256];
	root_name(&ix, root, sizeof(root));
	unsigned candidates = 0;
	for (size_t i = 0; i < src->nfiles && candidates < MAX_CANDIDATES; i++) {
		const char *path = src->files[i].path;
		const char *slash = strrchr(path, '/');
		if (!slash || in_vendor_dir(path) || fg_vendored_match(v, path))
			continue;
		const char *base = slash + 1;
		if (strncasecmp(base, "LICENSE", 7) != 0 && strncasecmp(base, "COPYING", 7) != 0)
			continue;
		candidates++;
		add_copy(v, &ix, path, (size_t)(slash - path), root);
	}
	free(ix.files);
}

bool fg_vendored_match(const fg_vendored *v, const char *path)
{
	if (in_vendor_dir(path))
		return true;
	for (size_t i = 0; i < v->ndirs; i++)
		if (!strncmp(path, v->dirs[i], strlen(v->dirs[i])))
			return true;
	for (size_t i = 0; i < v->nglobs; i++)
		if (fg_glob_match_path(v->globs[i], path))
			return true;
	return false;
}

void fg_vendored_release(fg_vendored *v)
{
	for (size_t i = 0; i < v->ndirs; i++)
		free(v->dirs[i]);
	for (size_t i = 0; i < v->nglobs; i++)
		free(v->globs[i]);
	free(v->dirs);
	free(v->globs);
	memset(v, 0, sizeof(*v));
}
