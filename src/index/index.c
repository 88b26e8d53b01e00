/*
 * index.c - the repository index (see index.h).
 *
 * Module resolution, per language family:
 *   Python      `a.b.c` is a/b/c.py or a/b/c/__init__.py under any root
 *               (matched as a path suffix, nearest to the importer first);
 *               `.x`/`..x` are relative to the importer's package.
 *   JS/TS       `./x`, `../x` relative to the importer, with the usual
 *               extensions and index files; `@/x` and `~/x` path aliases
 *               as a suffix under the tree; a package name resolves to the
 *               folder whose package.json declares it.
 * Other languages index their bindings and classes but import nothing here.
 * Every walk is bounded (re-export chains, base-class chains).
 */
#include "index.h"
#include "../core/buf.h"
#include "../core/vec.h"

#define MAX_HOPS 6

typedef struct imp {
	char *local, *module, *name;
} imp;

typedef struct sym {
	char *cls; /* NULL: module level */
	char *name;
	int kind;
	uint32_t line;
} sym;

typedef struct sink {
	char *cls, *fn, *param, *named, *client_param;
	int index, client_index;
	unsigned round; /* the summaries' round that found it (0: the analyses before them) */
} sink;

typedef struct typed {
	char *cls, *name, *type;
	bool built_default; /* built by `new type(...)` with no endpoint among its arguments */
} typed;

/* Constructor injection: function fn sets member field of class cls from its parameter index. */
typedef struct inject {
	char *cls, *field, *fn;
	int index;
} inject;

/* A call of function fn (its last name) with the plain name arg as its argument index. */
typedef struct wire {
	char *fn, *arg;
	int index;
} wire;

typedef struct di {
	char *service, *impl, *name, *text;
	bool client;
	int kind;
	uint32_t line;
} di;

typedef struct klass {
	char *name;
	char *base; /* one record per base; NULL when the class has none */
	uint32_t line;
	/* where the base is defined, resolved once when the index is finished */
	const struct fg_facts *home;
	const char *home_cls;
} klass;

/*
 * What a file gives the index.  Most files of a large repository give
 * nothing but their path (a module that names no Anthropic API, a
 * package.json without a name): such facts are a path and a pointer to
 * the one shared empty body, so the index of a 50,000-file tree costs a
 * few megabytes.  A body is allocated when the first fact is added
 * (facts_body_of); the shared one is never written.
 */
typedef struct facts_body {
	char *package;
	FG_VEC(imp) imports;
	FG_VEC(sym) syms;
	FG_VEC(klass) classes;
	FG_VEC(char *) envs;
	FG_VEC(sink) sinks;
	FG_VEC(char *) aliases; /* tsconfig paths: pattern, target, pattern, target... */
	FG_VEC(char *) extends;
	unsigned sink_round; /* the summaries' round in which it last gained a sink */
	char *ns;     /* namespace or package (C#, Java, Kotlin) */
	char *gomod;  /* go.mod: the module path of this folder */
	FG_VEC(typed) typed;
	FG_VEC(di) dis;
	FG_VEC(inject) injects;
	FG_VEC(wire) wires;
	FG_VEC(char *) configs; /* normalised keys set to a Foundry endpoint */
	bool impl_sinks;        /* a class that extends or implements one of this file's has sinks */
} facts_body;

static const facts_body no_facts;

struct fg_facts {
	const facts_body *b; /* &no_facts until a fact is added */
	const char *path;    /* in the same allocation, followed by the path written backwards (rev) */
	fg_lang_id lang;
	bool plain;
};

/* f's own body, allocated on the first write. */
static facts_body *facts_body_of(fg_facts *f)
{
	if (f->b == &no_facts)
		f->b = fg_xcalloc(1, sizeof(facts_body));
	return (facts_body *)f->b;
}

/* The path written backwards (stored after the path): a suffix search is a prefix search. */
static const char *rev_path(const fg_facts *f)
{
	return f->path + strlen(f->path) + 1;
}

/* A summary of f's, of module level (method: of a class) and found in the round? */
static bool sink_in_round(const fg_facts *f, unsigned round, bool method)
{
	if (f->b->sink_round != round)
		return false;
	for (size_t i = 0; i < f->b->sinks.len; i++)
		if (f->b->sinks.items[i].round == round && (f->b->sinks.items[i].cls != NULL) == method)
			return true;
	return false;
}

typedef struct cname {
	const char *name;
	fg_facts *f;
} cname;

typedef struct rpath {
	const char *rev; /* the path written backwards (the facts' own): a suffix search is a prefix search */
	fg_facts *f;
} rpath;

/*
 * The first entry of a sorted array (n entries of size bytes, each with a
 * char * key at offset off) whose key is not below key; with prefix, only
 * as many bytes as key has are compared (the first entry key starts).
 */
static size_t lower_bound(const void *base, size_t n, size_t size, size_t off, const char *key, bool prefix)
{
	size_t lo = 0, hi = n, kl = strlen(key);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *k = *(const char *const *)((const char *)base + mid * size + off);
		if ((prefix ? strncmp(k, key, kl) : strcmp(k, key)) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

struct fg_index {
	FG_VEC(fg_facts *) files; /* sorted by path after finish */
	FG_VEC(rpath) rev;        /* sorted by reversed path after finish */
	FG_VEC(char *) envs;      /* names set to a Foundry endpoint, sorted after finish */
	FG_VEC(fg_facts *) tsconfigs; /* tsconfig/jsconfig files with paths or extends */
	FG_VEC(char *) configs;   /* configuration keys set to a Foundry endpoint, normalised, sorted */
	FG_VEC(cname) classes;    /* typed languages' classes by simple name, sorted */
	FG_VEC(const char *) class_names; /* every language's class names, sorted */
	FG_VEC(fg_facts *) packages; /* package.json files (their name may be set later), and files with a package, in path order */
	FG_VEC(cname) functions;  /* PHP: top-level functions with a kind or a type, by name (owned), sorted */
};

static char *dup_or_null(const char *s)
{
	return s ? fg_xstrdup(s) : NULL;
}

fg_facts *fg_facts_new(const char *path, fg_lang_id lang)
{
	size_t n = strlen(path);
	fg_facts *f = fg_xmalloc(sizeof(*f) + 2 * (n + 1));
	char *p = (char *)(f + 1), *rev = p + n + 1;
	memcpy(p, path, n + 1);
	for (size_t k = 0; k < n; k++)
		rev[k] = path[n - 1 - k];
	rev[n] = '\0';
	f->b = &no_facts;
	f->path = p;
	f->lang = lang;
	f->plain = false;
	return f;
}

void fg_facts_free(fg_facts *f)
{
	if (!f)
		return;
	if (f->b == &no_facts) {
		free(f);
		return;
	}
	facts_body *b = (facts_body *)f->b;
	for (size_t i = 0; i < b->imports.len; i++) {
		free(b->imports.items[i].local);
		free(b->imports.items[i].module);
		free(b->imports.items[i].name);
	}
	for (size_t i = 0; i < b->syms.len; i++) {
		free(b->syms.items[i].cls);
		free(b->syms.items[i].name);
	}
	for (size_t i = 0; i < b->classes.len; i++) {
		free(b->classes.items[i].name);
		free(b->classes.items[i].base);
	}
	for (size_t i = 0; i < b->sinks.len; i++) {
		free(b->sinks.items[i].cls);
		free(b->sinks.items[i].fn);
		free(b->sinks.items[i].param);
		free(b->sinks.items[i].named);
		free(b->sinks.items[i].client_param);
	}
	fg_vec_free(&b->sinks);
	for (size_t i = 0; i < b->aliases.len; i++)
		free(b->aliases.items[i]);
	for (size_t i = 0; i < b->extends.len; i++)
		free(b->extends.items[i]);
	fg_vec_free(&b->aliases);
	fg_vec_free(&b->extends);
	for (size_t i = 0; i < b->typed.len; i++) {
		free(b->typed.items[i].cls);
		free(b->typed.items[i].name);
		free(b->typed.items[i].type);
	}
	fg_vec_free(&b->typed);
	for (size_t i = 0; i < b->dis.len; i++) {
		free(b->dis.items[i].service);
		free(b->dis.items[i].impl);
		free(b->dis.items[i].name);
		free(b->dis.items[i].text);
	}
	fg_vec_free(&b->dis);
	for (size_t i = 0; i < b->injects.len; i++) {
		free(b->injects.items[i].cls);
		free(b->injects.items[i].field);
		free(b->injects.items[i].fn);
	}
	fg_vec_free(&b->injects);
	for (size_t i = 0; i < b->wires.len; i++) {
		free(b->wires.items[i].fn);
		free(b->wires.items[i].arg);
	}
	fg_vec_free(&b->wires);
	for (size_t i = 0; i < b->configs.len; i++)
		free(b->configs.items[i]);
	fg_vec_free(&b->configs);
	free(b->ns);
	free(b->gomod);
	for (size_t i = 0; i < b->envs.len; i++)
		free(b->envs.items[i]);
	fg_vec_free(&b->envs);
	fg_vec_free(&b->imports);
	fg_vec_free(&b->syms);
	fg_vec_free(&b->classes);
	free(b->package);
	free(b);
	free(f);
}

void fg_facts_add_import(fg_facts *f, const char *local, const char *module, const char *name)
{
	if (!module || !*module || (!local && (!name || strcmp(name, "*") != 0)))
		return;
	imp i = { dup_or_null(local), fg_xstrdup(module), dup_or_null(name) };
	fg_vec_push(&facts_body_of(f)->imports, i);
}

void fg_facts_add_symbol(fg_facts *f, const char *cls, const char *name, int kind, uint32_t line)
{
	/* the strongest kind wins when a name is bound twice (Foundry over others) */
	for (size_t i = 0; i < f->b->syms.len; i++) {
		sym *s = &f->b->syms.items[i];
		if (strcmp(s->name, name) == 0 && ((!s->cls && !cls) || (s->cls && cls && strcmp(s->cls, cls) == 0))) {
			if (kind == FG_SYM_FOUNDRY || (kind == FG_SYM_WRAPS && s->kind != FG_SYM_FOUNDRY) ||
			    (s->kind == FG_SYM_UNKNOWN)) {
				s->kind = kind;
				s->line = line;
			}
			return;
		}
	}
	sym s = { dup_or_null(cls), fg_xstrdup(name), kind, line };
	fg_vec_push(&facts_body_of(f)->syms, s);
}

void fg_facts_add_class(fg_facts *f, const char *name, const char *base, uint32_t line)
{
	klass k = { fg_xstrdup(name), dup_or_null(base), line, NULL, NULL };
	fg_vec_push(&facts_body_of(f)->classes, k);
}

void fg_facts_add_alias(fg_facts *f, const char *pattern, const char *target)
{
	char *p = fg_xstrdup(pattern), *t = fg_xstrdup(target);
	fg_vec_push(&facts_body_of(f)->aliases, p);
	fg_vec_push(&facts_body_of(f)->aliases, t);
}

void fg_facts_add_extends(fg_facts *f, const char *config)
{
	char *e = fg_xstrdup(config);
	fg_vec_push(&facts_body_of(f)->extends, e);
}

void fg_facts_set_package(fg_facts *f, const char *package_name)
{
	facts_body *b = facts_body_of(f);
	free(b->package);
	b->package = fg_xstrdup(package_name);
}

void fg_facts_add_env(fg_facts *f, const char *name, size_t len)
{
	char *n = fg_xstrndup(name, len);
	fg_vec_push(&facts_body_of(f)->envs, n);
}

static bool has_sink(const fg_facts *f, const char *cls, const char *fn, int index)
{
	for (size_t i = 0; i < f->b->sinks.len; i++) {
		const sink *s = &f->b->sinks.items[i];
		if (s->index == index && !strcmp(s->fn, fn) && ((!s->cls && !cls) || (s->cls && cls && !strcmp(s->cls, cls))))
			return true;
	}
	return false;
}

void fg_facts_add_sink(fg_facts *f, const char *cls, const fg_sink *in)
{
	if (has_sink(f, cls, in->fn, in->index))
		return;
	sink s = { dup_or_null(cls), fg_xstrdup(in->fn), fg_xstrdup(in->param), dup_or_null(in->named),
		   in->client_index >= 0 ? dup_or_null(in->client_param) : NULL, in->index,
		   in->client_param ? in->client_index : -1 };
	fg_vec_push(&facts_body_of(f)->sinks, s);
}

const char *fg_facts_import_module(const fg_facts *f, size_t i)
{
	return f && i < f->b->imports.len ? f->b->imports.items[i].module : NULL;
}

const char *fg_facts_path(const fg_facts *f)
{
	return f->path;
}

fg_lang_id fg_facts_lang(const fg_facts *f)
{
	return f->lang;
}

void fg_facts_take_envs(fg_facts *into, fg_facts *from)
{
	into->plain = false; /* it sets a Foundry endpoint */
	if (from->b == &no_facts)
		return;
	facts_body *fb = facts_body_of(from);
	for (size_t i = 0; i < fb->envs.len; i++)
		fg_vec_push(&facts_body_of(into)->envs, fb->envs.items[i]);
	fb->envs.len = 0;
	for (size_t i = 0; i < fb->configs.len; i++)
		fg_vec_push(&facts_body_of(into)->configs, fb->configs.items[i]);
	fb->configs.len = 0;
	if (fb->gomod && !into->b->gomod) {
		facts_body_of(into)->gomod = fb->gomod;
		fb->gomod = NULL;
	}
}

void fg_facts_set_plain(fg_facts *f)
{
	f->plain = true;
}

bool fg_facts_empty(const fg_facts *f)
{
	const facts_body *b = f->b;
	return !b->imports.len && !b->syms.len && !b->classes.len && !b->package && !b->envs.len && !b->sinks.len &&
	       !b->aliases.len && !b->extends.len && !b->ns && !b->gomod && !b->typed.len && !b->dis.len &&
	       !b->configs.len && !b->injects.len && !b->wires.len;
}

void fg_facts_set_namespace(fg_facts *f, const char *ns)
{
	facts_body *b = facts_body_of(f);
	free(b->ns);
	b->ns = fg_xstrdup(ns);
}

void fg_facts_set_go_module(fg_facts *f, const char *module)
{
	facts_body *b = facts_body_of(f);
	free(b->gomod);
	b->gomod = fg_xstrdup(module);
}

void fg_facts_add_typed(fg_facts *f, const char *cls, const char *name, const char *type)
{
	for (size_t i = 0; i < f->b->typed.len; i++) {
		const typed *t = &f->b->typed.items[i];
		if (!strcmp(t->name, name) && !strcmp(t->type, type) && ((!t->cls && !cls) || (t->cls && cls && !strcmp(t->cls, cls))))
			return;
	}
	typed t = { dup_or_null(cls), fg_xstrdup(name), fg_xstrdup(type), false };
	fg_vec_push(&facts_body_of(f)->typed, t);
}

void fg_facts_add_inject(fg_facts *f, const char *cls, const char *field, const char *fn, int index)
{
	inject j = { fg_xstrdup(cls), fg_xstrdup(field), fg_xstrdup(fn), index };
	fg_vec_push(&facts_body_of(f)->injects, j);
}

void fg_facts_add_wire(fg_facts *f, const char *fn, int index, const char *arg)
{
	for (size_t i = 0; i < f->b->wires.len; i++)
		if (f->b->wires.items[i].index == index && !strcmp(f->b->wires.items[i].fn, fn) &&
		    !strcmp(f->b->wires.items[i].arg, arg))
			return;
	wire w = { fg_xstrdup(fn), fg_xstrdup(arg), index };
	fg_vec_push(&facts_body_of(f)->wires, w);
}

void fg_facts_add_built(fg_facts *f, const char *cls, const char *name, const char *type)
{
	fg_facts_add_typed(f, cls, name, type);
	for (size_t i = 0; i < f->b->typed.len; i++) {
		typed *t = &f->b->typed.items[i];
		if (!strcmp(t->name, name) && !strcmp(t->type, type) && ((!t->cls && !cls) || (t->cls && cls && !strcmp(t->cls, cls))))
			t->built_default = true;
	}
}

void fg_facts_add_di(fg_facts *f, const char *service, const char *impl, const char *name, bool client, int kind,
		     const char *text, uint32_t line)
{
	di d = { fg_xstrdup(service), dup_or_null(impl), dup_or_null(name), dup_or_null(text), client, kind, line };
	fg_vec_push(&facts_body_of(f)->dis, d);
}

/*
 * One spelling for a configuration key: `Foundry:Endpoint` (.NET),
 * `Foundry__Endpoint` (its environment form), `foundry.endpoint` (Spring),
 * `FOUNDRY_ENDPOINT` (Spring's relaxed binding) are all foundry.endpoint.
 * False when the key does not fit out.
 */
static bool config_norm(const char *k, size_t len, char *out, size_t cap)
{
	size_t o = 0;
	for (size_t i = 0; i < len; i++) {
		char ch = k[i];
		if (ch == '-')
			continue;
		if (ch == ':' || ch == '_' || ch == '.') {
			if (o && out[o - 1] != '.' && o + 1 < cap)
				out[o++] = '.';
			continue;
		}
		if (o + 1 >= cap)
			return false;
		out[o++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
	}
	while (o && out[o - 1] == '.')
		o--;
	out[o] = '\0';
	return o >= 3;
}

/* Stored as the class's digit and the normalised key: one sorted list serves every class. */
void fg_facts_add_config(fg_facts *f, const char *key, size_t len, unsigned cls)
{
	char n[161];
	if (!cls || cls > 9 || !config_norm(key, len, n + 1, sizeof n - 1))
		return;
	n[0] = (char)('0' + cls);
	char *d = fg_xstrdup(n);
	fg_vec_push(&facts_body_of(f)->configs, d);
}

fg_index *fg_index_new(void)
{
	return fg_xcalloc(1, sizeof(fg_index));
}

void fg_index_add(fg_index *ix, fg_facts *f)
{
	fg_vec_push(&ix->files, f);
}

static int cmp_facts(const void *a, const void *b)
{
	return strcmp((*(fg_facts *const *)a)->path, (*(fg_facts *const *)b)->path);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_cname(const void *a, const void *b)
{
	int c = strcmp(((const cname *)a)->name, ((const cname *)b)->name);
	if (c)
		return c;
	return strcmp(((const cname *)a)->f->path, ((const cname *)b)->f->path);
}

static bool is_typed(fg_lang_id l)
{
	return fg_lang_has(l, FG_LT_TYPED);
}

/*
 * Languages whose classes are found by namespace and name (PHP: a file's
 * `namespace` and `use` imports), and whose files import others whole
 * (`require`), rather than through module files named by their imports.
 */
static bool ns_classes(fg_lang_id l)
{
	return fg_lang_modules(l) == FG_MODULES_REQUIRE;
}

static int cmp_rev(const void *a, const void *b)
{
	return strcmp(((const rpath *)a)->rev, ((const rpath *)b)->rev);
}

static const fg_facts *class_home(const fg_index *ix, const fg_facts *f, const char *name, const char **cls,
				  int hops);

static rpath reversed(fg_facts *f)
{
	rpath r = { rev_path(f), f };
	return r;
}

void fg_index_finish(fg_index *ix)
{
	if (ix->files.len > 1)
		qsort(ix->files.items, ix->files.len, sizeof(fg_facts *), cmp_facts);
	for (size_t i = 0; i < ix->files.len; i++) {
		const char *p = ix->files.items[i]->path, *b = strrchr(p, '/');
		if (ix->files.items[i]->b->package || !strcmp(b ? b + 1 : p, "package.json"))
			fg_vec_push(&ix->packages, ix->files.items[i]);
	}
	for (size_t i = 0; i < ix->files.len; i++) {
		rpath r = reversed(ix->files.items[i]);
		fg_vec_push(&ix->rev, r);
	}
	if (ix->rev.len > 1)
		qsort(ix->rev.items, ix->rev.len, sizeof(rpath), cmp_rev);
	for (size_t i = 0; i < ix->files.len; i++)
		for (size_t k = 0; k < ix->files.items[i]->b->envs.len; k++) {
			char *n = fg_xstrdup(ix->files.items[i]->b->envs.items[k]);
			fg_vec_push(&ix->envs, n);
		}
	if (ix->envs.len > 1)
		qsort(ix->envs.items, ix->envs.len, sizeof(char *), cmp_str);
	for (size_t i = 0; i < ix->files.len; i++)
		if (ix->files.items[i]->b->aliases.len || ix->files.items[i]->b->extends.len)
			fg_vec_push(&ix->tsconfigs, ix->files.items[i]);
	for (size_t i = 0; i < ix->files.len; i++) {
		fg_facts *f = ix->files.items[i];
		for (size_t k = 0; k < f->b->configs.len; k++) {
			char *n = fg_xstrdup(f->b->configs.items[k]);
			fg_vec_push(&ix->configs, n);
		}
		for (size_t k = 0; (is_typed(f->lang) || ns_classes(f->lang)) && k < f->b->classes.len; k++) {
			cname cn = { f->b->classes.items[k].name, f };
			fg_vec_push(&ix->classes, cn);
		}
		for (size_t k = 0; k < f->b->classes.len; k++)
			fg_vec_push(&ix->class_names, (const char *)f->b->classes.items[k].name);
	}
	if (ix->class_names.len > 1)
		qsort(ix->class_names.items, ix->class_names.len, sizeof(const char *), cmp_str);
	if (ix->configs.len > 1)
		qsort(ix->configs.items, ix->configs.len, sizeof(char *), cmp_str);
	if (ix->classes.len > 1)
		qsort(ix->classes.items, ix->classes.len, sizeof(cname), cmp_cname);
	for (size_t i = 0; i < ix->files.len; i++) {
		fg_facts *f = ix->files.items[i];
		for (size_t k = 0; ns_classes(f->lang) && !f->plain && k < f->b->syms.len; k++)
			if (!f->b->syms.items[k].cls) {
				cname cn = { fg_xstrdup(f->b->syms.items[k].name), f };
				fg_vec_push(&ix->functions, cn);
			}
		for (size_t k = 0; ns_classes(f->lang) && !f->plain && k < f->b->typed.len; k++) {
			const typed *t = &f->b->typed.items[k];
			size_t nl = strlen(t->name);
			if (!t->cls && nl > 2 && !strcmp(t->name + nl - 2, "()")) {
				cname cn = { fg_xstrndup(t->name, nl - 2), f };
				fg_vec_push(&ix->functions, cn);
			}
		}
	}
	if (ix->functions.len > 1)
		qsort(ix->functions.items, ix->functions.len, sizeof(cname), cmp_cname);
	/* every class's base, resolved once: the subclasses of a class are then a scan away */
	for (size_t i = 0; i < ix->files.len; i++) {
		fg_facts *f = ix->files.items[i];
		for (size_t k = 0; k < f->b->classes.len; k++) {
			klass *c = &f->b->classes.items[k];
			if (c->base)
				c->home = class_home(ix, f, c->base, &c->home_cls, 0);
		}
	}
}

void fg_index_free(fg_index *ix)
{
	if (!ix)
		return;
	for (size_t i = 0; i < ix->files.len; i++)
		fg_facts_free(ix->files.items[i]);
	for (size_t i = 0; i < ix->envs.len; i++)
		free(ix->envs.items[i]);
	fg_vec_free(&ix->envs);
	fg_vec_free(&ix->tsconfigs);
	for (size_t i = 0; i < ix->configs.len; i++)
		free(ix->configs.items[i]);
	fg_vec_free(&ix->configs);
	fg_vec_free(&ix->classes);
	fg_vec_free(&ix->class_names);
	for (size_t i = 0; i < ix->functions.len; i++)
		free((char *)ix->functions.items[i].name);
	fg_vec_free(&ix->functions);
	fg_vec_free(&ix->packages);
	fg_vec_free(&ix->files);
	fg_vec_free(&ix->rev);
	free(ix);
}

bool fg_index_defines_class(const fg_index *ix, const char *name)
{
	size_t lo = 0, hi = ix->class_names.len;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(ix->class_names.items[mid], name);
		if (!c)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

bool fg_index_config(const fg_index *ix, const char *key, size_t len, unsigned classes)
{
	char n[161];
	if (!ix || !ix->configs.len || !config_norm(key, len, n + 1, sizeof n - 1))
		return false;
	for (unsigned cls = 1; cls <= classes; cls <<= 1) {
		if (!(cls & classes))
			continue;
		n[0] = (char)('0' + cls);
		const char *k = n;
		if (bsearch(&k, ix->configs.items, ix->configs.len, sizeof(char *), cmp_str))
			return true;
	}
	return false;
}

static bool key_char(char ch)
{
	return ch == '_' || ch == '.' || ch == ':' || ch == '-' || (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z');
}

bool fg_config_key_path_in(const char *t, size_t len)
{
	if (memmem(t, len, "${", 2))
		return true;
	for (size_t i = 1; i + 1 < len; i++)
		if (t[i] == ':' && ((t[i - 1] | 32) >= 'a' && (t[i - 1] | 32) <= 'z') &&
		    ((t[i + 1] | 32) >= 'a' && (t[i + 1] | 32) <= 'z'))
			return true;
	return false;
}

bool fg_index_config_in(const fg_index *ix, const char *t, size_t len, unsigned classes)
{
	if (!ix || !ix->configs.len)
		return false;
	for (size_t i = 0; i < len;) {
		if (!key_char(t[i])) {
			i++;
			continue;
		}
		size_t j = i;
		bool sep = false;
		while (j < len && key_char(t[j])) {
			sep = sep || t[j] == ':' || t[j] == '.';
			j++;
		}
		if (sep && j - i >= 5 && j - i < 160) {
			if (fg_index_config(ix, t + i, j - i, classes))
				return true;
			/* config.azureAnthropic.endpoint: a key path of a configuration object, after the name it is imported as */
			for (size_t d = i; d < j; d++)
				if (t[d] == '.' && j - d - 1 >= 5 && fg_index_config(ix, t + d + 1, j - d - 1, classes))
					return true;
			/* ${foundry.endpoint:https://default}: the key before its default */
			const char *colon = memchr(t + i, ':', j - i);
			if (colon && memchr(t + i, '.', (size_t)(colon - (t + i))) &&
			    fg_index_config(ix, t + i, (size_t)(colon - (t + i)), classes))
				return true;
		}
		i = j;
	}
	return false;
}

bool fg_index_foundry_env(const fg_index *ix, const char *name, size_t len)
{
	if (!ix || !ix->envs.len || len == 0 || len > 120)
		return false;
	char key[128];
	memcpy(key, name, len);
	key[len] = '\0';
	const char *k = key;
	return bsearch(&k, ix->envs.items, ix->envs.len, sizeof(char *), cmp_str) != NULL;
}

/* ---- files and modules ---- */

/* Where path is in the sorted files, or where it would go (*found false). */
static size_t path_slot(const fg_index *ix, const char *path, bool *found)
{
	size_t lo = 0, hi = ix->files.len;
	*found = false;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(ix->files.items[mid]->path, path);
		if (c == 0) {
			*found = true;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static fg_facts *by_path(const fg_index *ix, const char *path)
{
	bool found;
	size_t at = path_slot(ix, path, &found);
	return found ? ix->files.items[at] : NULL;
}

/* Length of the common folder prefix of two paths (nearest module wins). */
static size_t common_dirs(const char *a, const char *b)
{
	size_t n = 0, i = 0;
	while (a[i] && a[i] == b[i]) {
		if (a[i] == '/')
			n = i + 1;
		i++;
	}
	return n;
}

/* A file whose path is `tail` or ends with "/tail"; the one nearest to `near` when several do. */
static fg_facts *by_suffix(const fg_index *ix, const char *tail, const char *near)
{
	fg_facts *exact = by_path(ix, tail);
	if (exact)
		return exact;
	size_t tl = strlen(tail);
	char *rt = fg_xmalloc(tl + 1);
	for (size_t k = 0; k < tl; k++)
		rt[k] = tail[tl - 1 - k];
	rt[tl] = '\0';
	/* the first reversed path that starts with the reversed tail */
	size_t lo = lower_bound(ix->rev.items, ix->rev.len, sizeof(rpath), offsetof(rpath, rev), rt, true);
	fg_facts *best = NULL;
	size_t best_common = 0;
	for (size_t i = lo; i < ix->rev.len && strncmp(ix->rev.items[i].rev, rt, tl) == 0; i++) {
		if (ix->rev.items[i].rev[tl] != '/')
			continue;
		const char *p = ix->rev.items[i].f->path;
		size_t c = common_dirs(p, near);
		if (!best || c > best_common) {
			best = ix->rev.items[i].f;
			best_common = c;
		}
	}
	free(rt);
	return best;
}

/* Normalises a/b/../c/./d into buf. */
static void join_path(fg_buf *out, const char *dir, size_t dirlen, const char *rel)
{
	fg_buf tmp = FG_BUF_INIT;
	if (dirlen)
		fg_buf_add(&tmp, dir, dirlen);
	if (dirlen && *rel)
		fg_buf_putc(&tmp, '/');
	fg_buf_puts(&tmp, rel);
	/* split into components and fold . and .. */
	const char *parts[128];
	size_t lens[128], np = 0;
	const char *s = fg_buf_cstr(&tmp);
	while (*s) {
		const char *e = strchr(s, '/');
		size_t l = e ? (size_t)(e - s) : strlen(s);
		if (l == 0 || (l == 1 && s[0] == '.')) {
			/* skip */
		} else if (l == 2 && s[0] == '.' && s[1] == '.') {
			if (np)
				np--;
		} else if (np < 128) {
			parts[np] = s;
			lens[np++] = l;
		}
		s += l;
		if (*s == '/')
			s++;
	}
	for (size_t i = 0; i < np; i++) {
		if (i)
			fg_buf_putc(out, '/');
		fg_buf_add(out, parts[i], lens[i]);
	}
	fg_buf_release(&tmp);
}

static size_t dir_len(const char *path)
{
	const char *sl = strrchr(path, '/');
	return sl ? (size_t)(sl - path) : 0;
}

static bool is_python(fg_lang_id l)
{
	return fg_lang_modules(l) == FG_MODULES_PYTHON;
}

static bool is_ecmascript(fg_lang_id l)
{
	return fg_lang_modules(l) == FG_MODULES_ES;
}

/* Go: a package is its folder's files. */
static bool folder_packages(fg_lang_id l)
{
	return fg_lang_modules(l) == FG_MODULES_FOLDER;
}

static fg_facts *python_module(const fg_index *ix, const fg_facts *from, const char *module)
{
	fg_buf rel = FG_BUF_INIT, path = FG_BUF_INIT;
	const char *m = module;
	size_t dots = 0;
	while (m[dots] == '.')
		dots++;
	for (const char *p = m + dots; *p; p++)
		fg_buf_putc(&rel, *p == '.' ? '/' : *p);
	fg_facts *hit = NULL;
	static const char *const forms[] = { "%s.py", "%s/__init__.py" };
	for (int k = 0; k < 2 && !hit; k++) {
		if (!rel.len && k == 0)
			continue;
		fg_buf cand = FG_BUF_INIT;
		if (rel.len)
			fg_buf_printf(&cand, forms[k], fg_buf_cstr(&rel));
		else
			fg_buf_puts(&cand, "__init__.py");
		if (dots) {
			/* relative: from the importer's package, one folder up per extra dot */
			size_t dl = dir_len(from->path);
			for (size_t d = 1; d < dots; d++) {
				const char *sl = dl ? memrchr(from->path, '/', dl) : NULL;
				dl = sl ? (size_t)(sl - from->path) : 0;
			}
			path.len = 0;
			join_path(&path, from->path, dl, fg_buf_cstr(&cand));
			hit = by_path(ix, fg_buf_cstr(&path));
		} else {
			hit = by_suffix(ix, fg_buf_cstr(&cand), from->path);
		}
		fg_buf_release(&cand);
	}
	fg_buf_release(&rel);
	fg_buf_release(&path);
	return hit;
}

static const char *const es_exts[] = { "", ".ts", ".tsx", ".js", ".jsx", ".mjs", ".cjs", ".mts", ".cts",
				       "/index.ts", "/index.tsx", "/index.js", "/index.jsx", "/index.mjs", NULL };

static fg_facts *es_candidates(const fg_index *ix, const char *base, bool suffix, const char *near)
{
	/* a TypeScript import written with .js names the .ts file */
	size_t bl = strlen(base);
	char *stem = fg_xstrdup(base);
	if (bl > 3 && !strcmp(base + bl - 3, ".js"))
		stem[bl - 3] = '\0';
	fg_facts *hit = NULL;
	for (int pass = 0; pass < 2 && !hit; pass++) {
		const char *b = pass ? stem : base;
		if (pass && !strcmp(stem, base))
			break;
		for (int k = 0; es_exts[k] && !hit; k++) {
			fg_buf c = FG_BUF_INIT;
			fg_buf_printf(&c, "%s%s", b, es_exts[k]);
			hit = suffix ? by_suffix(ix, fg_buf_cstr(&c), near) : by_path(ix, fg_buf_cstr(&c));
			fg_buf_release(&c);
		}
	}
	free(stem);
	return hit;
}

/*
 * spec through the `paths` of config cfg (and the configs it extends): the
 * longest matching pattern's targets, tried in order.
 */
/*
 * How well spec matches a paths pattern: -1 not at all; else the length of
 * the prefix before `*` (an exact pattern ranks above every wildcard).
 * *pre and *suf: the pattern's parts around `*`.
 */
static long alias_match(const char *pat, const char *spec, size_t *pre, size_t *suf)
{
	const char *star = strchr(pat, '*');
	size_t sl = strlen(spec);
	if (!star)
		return strcmp(spec, pat) ? -1 : (long)sl + 1;
	*pre = (size_t)(star - pat);
	*suf = strlen(star + 1);
	if (sl < *pre + *suf || strncmp(spec, pat, *pre) || strcmp(spec + sl - *suf, star + 1))
		return -1;
	return (long)*pre;
}

static fg_facts *through_config(const fg_index *ix, const fg_facts *cfg, const char *spec, const char *near,
				int hops)
{
	if (!cfg || hops > MAX_HOPS)
		return NULL;
	long best = -1;
	size_t pre = 0, suf = 0;
	for (size_t i = 0; i + 1 < cfg->b->aliases.len; i += 2) {
		long m = alias_match(cfg->b->aliases.items[i], spec, &pre, &suf);
		best = m > best ? m : best;
	}
	size_t dl = dir_len(cfg->path);
	for (size_t i = 0; best >= 0 && i + 1 < cfg->b->aliases.len; i += 2) {
		const char *pat = cfg->b->aliases.items[i];
		if (alias_match(pat, spec, &pre, &suf) != best)
			continue;
		/* the target with `*` replaced by what the pattern's `*` matched */
		const char *tgt = cfg->b->aliases.items[i + 1], *ts = strchr(tgt, '*');
		fg_buf t = FG_BUF_INIT, p = FG_BUF_INIT;
		if (ts && strchr(pat, '*')) {
			fg_buf_add(&t, tgt, (size_t)(ts - tgt));
			fg_buf_add(&t, spec + pre, strlen(spec) - pre - suf);
			fg_buf_puts(&t, ts + 1);
		} else {
			fg_buf_puts(&t, tgt);
		}
		join_path(&p, cfg->path, dl, fg_buf_cstr(&t));
		fg_facts *hit = es_candidates(ix, fg_buf_cstr(&p), false, near);
		fg_buf_release(&t);
		fg_buf_release(&p);
		if (hit)
			return hit;
	}
	if (best >= 0)
		return NULL;
	/* not in this config: the ones it extends (relative paths; a package's config holds no aliases of ours) */
	for (size_t i = cfg->b->extends.len; i-- > 0;) {
		const char *e = cfg->b->extends.items[i];
		if (e[0] != '.')
			continue;
		fg_buf p = FG_BUF_INIT;
		join_path(&p, cfg->path, dl, e);
		const fg_facts *base = by_path(ix, fg_buf_cstr(&p));
		if (!base) {
			fg_buf_puts(&p, ".json");
			base = by_path(ix, fg_buf_cstr(&p));
		}
		fg_buf_release(&p);
		fg_facts *hit = base && base != cfg ? through_config(ix, base, spec, near, hops + 1) : NULL;
		if (hit)
			return hit;
	}
	return NULL;
}

/* spec through the nearest tsconfig/jsconfig above the importer that resolves it. */
static fg_facts *through_configs(const fg_index *ix, const fg_facts *from, const char *spec)
{
	const fg_facts *best = NULL;
	size_t best_dl = 0;
	for (int round = 0; round < 8; round++) {
		/* nearest first: the deepest folder holding a config, then the next one up */
		const fg_facts *pick = NULL;
		size_t pick_dl = 0;
		for (size_t i = 0; i < ix->tsconfigs.len; i++) {
			const fg_facts *cfg = ix->tsconfigs.items[i];
			size_t dl = dir_len(cfg->path);
			bool above = dl == 0 || (!strncmp(from->path, cfg->path, dl) && from->path[dl] == '/');
			if (!above || (best && (dl > best_dl || (dl == best_dl && strcmp(cfg->path, best->path) <= 0))))
				continue;
			if (!pick || dl > pick_dl || (dl == pick_dl && strcmp(cfg->path, pick->path) < 0)) {
				pick = cfg;
				pick_dl = dl;
			}
		}
		if (!pick)
			return NULL;
		fg_facts *hit = through_config(ix, pick, spec, from->path, 0);
		if (hit)
			return hit;
		best = pick;
		best_dl = pick_dl;
	}
	return NULL;
}

static fg_facts *es_module(const fg_index *ix, const fg_facts *from, const char *spec)
{
	if (spec[0] == '.') {
		fg_buf p = FG_BUF_INIT;
		join_path(&p, from->path, dir_len(from->path), spec);
		fg_facts *hit = es_candidates(ix, fg_buf_cstr(&p), false, from->path);
		fg_buf_release(&p);
		return hit;
	}
	if (ix->tsconfigs.len) {
		fg_facts *hit = through_configs(ix, from, spec);
		if (hit)
			return hit;
	}
	if ((spec[0] == '@' || spec[0] == '~' || spec[0] == '#') && spec[1] == '/')
		return es_candidates(ix, spec + 2, true, from->path);
	/* a package of this repository, by its package.json name */
	for (size_t i = 0; i < ix->packages.len; i++) {
		const fg_facts *f = ix->packages.items[i];
		if (!f->b->package)
			continue;
		size_t pl = strlen(f->b->package);
		if (strncmp(spec, f->b->package, pl) != 0 || (spec[pl] && spec[pl] != '/'))
			continue;
		fg_buf d = FG_BUF_INIT;
		size_t dl = dir_len(f->path);
		fg_buf_add(&d, f->path, dl);
		if (spec[pl]) {
			fg_buf_puts(&d, dl ? "/src" : "src");
			fg_buf_puts(&d, spec + pl);
		} else {
			fg_buf_puts(&d, dl ? "/src" : "src");
		}
		fg_facts *hit = es_candidates(ix, fg_buf_cstr(&d), false, from->path);
		if (!hit) {
			d.len = 0;
			fg_buf_add(&d, f->path, dl);
			if (spec[pl])
				fg_buf_puts(&d, spec + pl + (dl ? 0 : 1));
			hit = es_candidates(ix, dl || spec[pl] ? fg_buf_cstr(&d) : "index", false, from->path);
		}
		fg_buf_release(&d);
		if (hit)
			return hit;
	}
	return NULL;
}

/* The first indexed file directly in folder dir (dl bytes) of language family like `like`, or NULL. */
static fg_facts *file_in_dir(const fg_index *ix, const char *dir, size_t dl, fg_lang_id like)
{
	size_t lo = 0, hi = ix->files.len;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strncmp(ix->files.items[mid]->path, dir, dl) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < ix->files.len && !strncmp(ix->files.items[i]->path, dir, dl); i++) {
		fg_facts *f = ix->files.items[i];
		const char *rest = f->path + dl + (dl ? 1 : 0);
		if ((dl && f->path[dl] != '/') || strchr(rest, '/') || f->lang != like)
			continue;
		return f;
	}
	return NULL;
}

/* Go: an import path inside a module of the repository (go.mod) is the folder below that go.mod. */
static fg_facts *go_module(const fg_index *ix, const fg_facts *from, const char *path)
{
	for (size_t i = 0; i < ix->files.len; i++) {
		const fg_facts *m = ix->files.items[i];
		if (!m->b->gomod)
			continue;
		size_t ml = strlen(m->b->gomod);
		if (strncmp(path, m->b->gomod, ml) != 0 || (path[ml] && path[ml] != '/'))
			continue;
		fg_buf d = FG_BUF_INIT;
		fg_buf_add(&d, m->path, dir_len(m->path));
		if (path[ml])
			fg_buf_puts(&d, d.len ? path + ml : path + ml + 1);
		fg_facts *hit = file_in_dir(ix, fg_buf_cstr(&d), d.len, from->lang);
		fg_buf_release(&d);
		if (hit)
			return hit;
	}
	return NULL;
}

/*
 * PHP: the file a `require`/`include` names, as its expression is written
 * (`__DIR__ . '/helpers.php'`, `'../lib/client.php'`): the last string in
 * it, relative to the requiring file's folder; else a file ending so.
 */
static fg_facts *required_file(const fg_index *ix, const fg_facts *from, const char *expr)
{
	const char *q1 = strrchr(expr, '\''), *q2 = strrchr(expr, '"');
	const char *q = !q1 ? q2 : !q2 ? q1 : q1 > q2 ? q1 : q2; /* the closing quote of the last string */
	if (!q)
		return NULL;
	size_t e = (size_t)(q - expr), b = e;
	while (b > 0 && expr[b - 1] != *q)
		b--;
	if (b == 0 || e - b < 1)
		return NULL;
	char *rel = fg_xstrndup(expr + b, e - b); /* between the quotes */
	fg_buf p = FG_BUF_INIT;
	join_path(&p, from->path, dir_len(from->path), rel[0] == '/' ? rel + 1 : rel);
	fg_facts *t = p.len ? by_path(ix, fg_buf_cstr(&p)) : NULL;
	if (!t) {
		/* `vendor/../src/x.php`, an include path: the nearest file ending so */
		const char *tail = rel;
		while (!strncmp(tail, "../", 3) || !strncmp(tail, "./", 2) || *tail == '/')
			tail += *tail == '/' ? 1 : tail[1] == '/' ? 2 : 3;
		if (*tail && strchr(tail, '/'))
			t = by_suffix(ix, tail, from->path);
	}
	fg_buf_release(&p);
	free(rel);
	return t && t->lang == from->lang ? t : NULL;
}

static fg_facts *resolve_module(const fg_index *ix, const fg_facts *from, const char *module)
{
	if (is_python(from->lang))
		return python_module(ix, from, module);
	if (is_ecmascript(from->lang))
		return es_module(ix, from, module);
	if (folder_packages(from->lang))
		return go_module(ix, from, module);
	if (ns_classes(from->lang))
		return required_file(ix, from, module);
	return NULL;
}

bool fg_index_resolves_by_type(fg_lang_id lang)
{
	return is_typed(lang);
}

bool fg_index_resolves_imports(fg_lang_id lang)
{
	return is_python(lang) || is_ecmascript(lang);
}

bool fg_index_imports_packages(fg_lang_id lang)
{
	return is_ecmascript(lang);
}

const char *fg_index_module_file(const fg_index *ix, const char *from, fg_lang_id lang, const char *module)
{
	fg_facts importer = { &no_facts, from, lang, false };
	const fg_facts *t = ix && module && *module ? resolve_module(ix, &importer, module) : NULL;
	return t ? t->path : NULL;
}

/* ---- typed languages: types by name ---- */

static bool same_dir(const char *a, const char *b)
{
	size_t al = dir_len(a);
	return al == dir_len(b) && !strncmp(a, b, al);
}

static int family(fg_lang_id l)
{
	return (int)fg_lang_family(l);
}

/* Go: the files of f's package (its folder), one at a time: *i starts at 0; NULL at the end. */
static const fg_facts *package_next(const fg_index *ix, const fg_facts *f, size_t *i)
{
	if (!folder_packages(f->lang))
		return (*i)++ == 0 ? f : NULL;
	while (*i < ix->files.len) {
		const fg_facts *g = ix->files.items[(*i)++];
		if (g->lang == f->lang && same_dir(g->path, f->path))
			return g;
	}
	return NULL;
}

/* How well class candidate g fits type `name` as written in file f (0: not at all). */
static int type_fit(const fg_facts *f, const fg_facts *g, const char *name, const fg_facts *pkg)
{
	if (family(g->lang) != family(f->lang))
		return 0;
	if (pkg)
		return same_dir(g->path, pkg->path) ? 3 : 0;
	if (folder_packages(f->lang))
		return same_dir(g->path, f->path) ? 3 : 0; /* unqualified: the same package */
	if (g == f)
		return 4;
	for (size_t i = 0; g->b->ns && i < f->b->imports.len; i++) {
		const imp *im = &f->b->imports.items[i];
		if (!strcmp(im->module, g->b->ns) && im->name && (!strcmp(im->name, name) || !strcmp(im->name, "*")))
			return 3;
	}
	return g->b->ns && f->b->ns && !strcmp(g->b->ns, f->b->ns) ? 2 : 1;
}

/* The package f imports under the name local (len bytes): `llm` of `llm.Client`, or NULL. */
static const fg_facts *imported_package(const fg_index *ix, const fg_facts *f, const char *local, size_t len)
{
	for (size_t i = 0; i < f->b->imports.len; i++) {
		const imp *im = &f->b->imports.items[i];
		if (im->local && !im->name && strlen(im->local) == len && !strncmp(im->local, local, len))
			return resolve_module(ix, f, im->module);
	}
	return NULL;
}

static const typed *typed_in(const fg_facts *f, const char *cls, const char *name);
static const fg_facts *typed_class_hops(const fg_index *ix, const fg_facts *f, const char *type, const char **cls,
					int hops);

/* `llm.New()` or `New()` as written in f: the class of what that function returns. */
static const fg_facts *result_class(const fg_index *ix, const fg_facts *f, const char *type, const char **cls,
				    int hops)
{
	size_t tl = strlen(type);
	char *fn = fg_xstrndup(type, tl - 2);
	const char *dot = strrchr(fn, '.');
	const fg_facts *pkg = dot ? imported_package(ix, f, fn, (size_t)(dot - fn)) : f;
	const fg_facts *home = NULL;
	fg_buf want = FG_BUF_INIT;
	fg_buf_printf(&want, "%s()", dot ? dot + 1 : fn);
	size_t it = 0;
	for (const fg_facts *g; pkg && !home && (g = package_next(ix, pkg, &it)) != NULL;) {
		const typed *t = typed_in(g, NULL, want.ptr);
		if (t && strcmp(t->type, type) != 0)
			home = typed_class_hops(ix, g, t->type, cls, hops + 1);
	}
	fg_buf_release(&want);
	free(fn);
	return home;
}

/* Where type `type`, as written in file f, is declared: (file, class name), or NULL. */
static const fg_facts *typed_class(const fg_index *ix, const fg_facts *f, const char *type, const char **cls)
{
	return typed_class_hops(ix, f, type, cls, 0);
}

/* Class `name` among file f's own classes: f itself (its class name in *cls), or NULL. */
static const fg_facts *own_class(const fg_facts *f, const char *name, const char **cls)
{
	for (size_t i = 0; i < f->b->classes.len; i++)
		if (!strcmp(f->b->classes.items[i].name, name)) {
			*cls = f->b->classes.items[i].name;
			return f;
		}
	return NULL;
}

static const fg_facts *typed_class_hops(const fg_index *ix, const fg_facts *f, const char *type, const char **cls,
					int hops)
{
	size_t tl = strlen(type);
	if (tl > 2 && !strcmp(type + tl - 2, "()"))
		return hops < MAX_HOPS ? result_class(ix, f, type, cls, hops) : NULL;
	const char *dot = strrchr(type, '.');
	const char *name = dot ? dot + 1 : type;
	const fg_facts *pkg = NULL;
	if (dot && folder_packages(f->lang)) {
		/* llm.Client: the package imported as llm */
		pkg = imported_package(ix, f, type, (size_t)(dot - type));
		if (!pkg)
			return NULL;
	}
	size_t lo = lower_bound(ix->classes.items, ix->classes.len, sizeof(cname), offsetof(cname, name), name, false);
	const cname *best = NULL;
	int best_fit = 0;
	size_t best_common = 0;
	for (size_t i = lo; i < ix->classes.len && !strcmp(ix->classes.items[i].name, name); i++) {
		const cname *cn = &ix->classes.items[i];
		int fit = type_fit(f, cn->f, name, pkg);
		size_t common = common_dirs(cn->f->path, f->path);
		if (fit > best_fit || (fit && fit == best_fit && common > best_common)) {
			best = cn;
			best_fit = fit;
			best_common = common;
		}
	}
	if (!best)
		return pkg ? NULL : own_class(f, name, cls); /* a file the index holds no facts of (read late) */
	*cls = best->name;
	return best->f;
}

/*
 * PHP: where class `written` (as file f writes it: `TestCase`, an alias,
 * `\\App\\Llm\\Client`) is defined.  A qualified or imported name is
 * looked up in its namespace; an unqualified one in f, then f's namespace,
 * then anywhere when one file of the repository alone defines it.
 */
static const fg_facts *ns_class(const fg_index *ix, const fg_facts *f, const char *written, const char **cls)
{
	const char *w = written[0] == '\\' ? written + 1 : written;
	const char *bs = strrchr(w, '\\');
	char *ns = NULL;
	const char *name = w;
	if (bs) {
		ns = fg_xstrndup(w, (size_t)(bs - w));
		name = bs + 1;
	} else {
		for (size_t i = 0; i < f->b->imports.len; i++) {
			const imp *im = &f->b->imports.items[i];
			if (im->local && im->name && !strcmp(im->local, w)) {
				ns = fg_xstrdup(im->module);
				name = im->name;
				break;
			}
		}
	}
	size_t lo = lower_bound(ix->classes.items, ix->classes.len, sizeof(cname), offsetof(cname, name), name, false);
	const cname *best = NULL;
	int best_fit = 0, n = 0;
	size_t best_common = 0;
	for (size_t i = lo; i < ix->classes.len && !strcmp(ix->classes.items[i].name, name); i++) {
		const cname *cn = &ix->classes.items[i];
		const fg_facts *g = cn->f;
		if (g->lang != f->lang)
			continue;
		n++;
		int fit = ns ? (g->b->ns && !strcmp(g->b->ns, ns) ? 3 : 0)
			     : g == f ? 4 : (g->b->ns && f->b->ns && !strcmp(g->b->ns, f->b->ns)) ? 3 : 1;
		size_t common = common_dirs(g->path, f->path);
		if (fit > best_fit || (fit && fit == best_fit && common > best_common)) {
			best = cn;
			best_fit = fit;
			best_common = common;
		}
	}
	free(ns);
	if (best && best_fit == 1 && n > 1)
		best = NULL; /* a name several files define, none in f's namespace */
	if (!best)
		return bs ? NULL : own_class(f, name, cls); /* a file the index holds no facts of (read late) */
	*cls = best->name;
	return best->f;
}

static const typed *typed_in(const fg_facts *f, const char *cls, const char *name)
{
	const typed *any = NULL;
	for (size_t i = 0; i < f->b->typed.len; i++) {
		const typed *t = &f->b->typed.items[i];
		if (strcmp(t->name, name) != 0)
			continue;
		if (cls && t->cls && !strcmp(t->cls, cls))
			return t;
		if (!any)
			any = t;
	}
	return any;
}

const char *fg_index_typed(const fg_index *ix, const char *path, const char *cls, const char *name)
{
	const fg_facts *f = ix ? by_path(ix, path) : NULL;
	const typed *t = f ? typed_in(f, cls, name) : NULL;
	return t ? t->type : NULL;
}

static const char *last_part(const char *s)
{
	const char *d = strrchr(s, '.');
	return d ? d + 1 : s;
}

bool fg_index_di(const fg_index *ix, const char *type, const char *name, bool client, fg_di *out)
{
	if (!ix)
		return false;
	const char *want = last_part(type);
	const di *pick = NULL;
	const fg_facts *where = NULL;
	int n = 0;
	bool same_kind = true;
	for (size_t i = 0; i < ix->files.len; i++) {
		const fg_facts *f = ix->files.items[i];
		for (size_t k = 0; k < f->b->dis.len; k++) {
			const di *d = &f->b->dis.items[k];
			if (d->client != client || strcmp(last_part(d->service), want) != 0)
				continue;
			if (name && d->name && !strcmp(d->name, name)) {
				pick = d, where = f, n = 1, same_kind = true;
				goto found;
			}
			if (pick && pick->kind != d->kind)
				same_kind = false;
			if (!pick)
				pick = d, where = f;
			n++;
		}
	}
found:
	if (!pick || (n > 1 && !same_kind))
		return false;
	out->kind = pick->kind;
	out->text = pick->text;
	out->path = where->path;
	out->line = pick->line;
	return true;
}

/* ---- symbols ---- */

static const sym *find_sym(const fg_facts *f, const char *cls, const char *name)
{
	for (size_t i = 0; i < f->b->syms.len; i++) {
		const sym *s = &f->b->syms.items[i];
		if (strcmp(s->name, name) == 0 && ((!cls && !s->cls) || (cls && s->cls && strcmp(cls, s->cls) == 0)))
			return s;
	}
	return NULL;
}

static bool has_class(const fg_facts *f, const char *name)
{
	for (size_t i = 0; i < f->b->classes.len; i++)
		if (strcmp(f->b->classes.items[i].name, name) == 0)
			return true;
	return false;
}

/* The record of `name` declared in class cls exactly (NULL: at the top level). */
static const typed *typed_of(const fg_facts *f, const char *cls, const char *name)
{
	for (size_t i = 0; i < f->b->typed.len; i++) {
		const typed *t = &f->b->typed.items[i];
		if (!strcmp(t->name, name) && ((!cls && !t->cls) || (cls && t->cls && !strcmp(cls, t->cls))))
			return t;
	}
	return NULL;
}

/*
 * PHP: `name` of class cls (NULL: top level) of f is built by a class the
 * repository does not define, with no endpoint among the arguments: an
 * SDK's client for its vendor's default endpoint (`new ClaudePhp(apiKey:
 * $key)` in a helper), another kind.
 */
static bool built_default(const fg_index *ix, const fg_facts *f, const char *cls, const char *name, fg_resolved *out)
{
	for (size_t i = 0; i < f->b->typed.len; i++) {
		const typed *t = &f->b->typed.items[i];
		if (!t->built_default || strcmp(t->name, name) || !((!cls && !t->cls) || (cls && t->cls && !strcmp(cls, t->cls))))
			continue;
		const char *last = t->type;
		for (const char *p = t->type; *p; p++)
			if (*p == '\\' || *p == '.')
				last = p + 1;
		if (fg_index_defines_class(ix, last))
			return false;
		out->kind = FG_SYM_OTHER;
		out->path = f->path;
		out->line = 0;
		return true;
	}
	return false;
}

/*
 * PHP: what a value of class `type` (as written in f) is: the kind the
 * class's own file gave it (a client class defaulting to the direct API is
 * another kind), when the repository defines it.
 */
static bool type_kind(const fg_index *ix, const fg_facts *f, const char *type, fg_resolved *out)
{
	const char *cls = NULL;
	const fg_facts *home = ns_class(ix, f, type, &cls);
	const sym *s = home ? find_sym(home, NULL, cls) : NULL;
	if (!s || s->kind == FG_SYM_UNKNOWN)
		return false;
	out->kind = s->kind;
	out->path = home->path;
	out->line = s->line;
	return true;
}

static bool class_members(const fg_index *ix, const fg_facts *f, const char *cls, const char *member, bool down,
			  int hops, fg_resolved *out);

/* The value of a module-level name of f, following re-exports; member: an attribute of it. */
static bool lookup(const fg_index *ix, const fg_facts *f, const char *name, const char *member, int hops,
		   fg_resolved *out)
{
	if (!f || hops > MAX_HOPS)
		return false;
	if (f->plain) {
		/* a module that names no Anthropic API: what it defines is something else */
		out->kind = FG_SYM_OTHER;
		out->path = f->path;
		out->line = 0;
		return true;
	}
	if (member && has_class(f, name))
		return class_members(ix, f, name, member, false, hops + 1, out);
	const sym *s = member ? NULL : find_sym(f, NULL, name);
	if (s && s->kind != FG_SYM_UNKNOWN) {
		out->kind = s->kind;
		out->path = f->path;
		out->line = s->line;
		return true;
	}
	for (size_t i = 0; i < f->b->imports.len; i++) {
		const imp *im = &f->b->imports.items[i];
		if (!im->local || strcmp(im->local, name) != 0)
			continue;
		fg_facts *t = resolve_module(ix, f, im->module);
		if (!t || t == f)
			continue;
		if (!im->name)
			return member && lookup(ix, t, member, NULL, hops + 1, out);
		return lookup(ix, t, im->name, member, hops + 1, out);
	}
	for (size_t i = 0; i < f->b->imports.len; i++) {
		const imp *im = &f->b->imports.items[i];
		if (!im->name || strcmp(im->name, "*") != 0)
			continue;
		fg_facts *t = resolve_module(ix, f, im->module);
		if (t && t != f && !t->plain && lookup(ix, t, name, member, hops + 1, out))
			return true;
	}
	return false;
}

bool fg_index_imported(const fg_index *ix, const char *path, const char *local, const char *member,
		       fg_resolved *out)
{
	if (!ix)
		return false;
	const fg_facts *f = by_path(ix, path);
	if (!f)
		return false;
	/* only through an import: the file's own bindings were already seen by its analysis */
	for (size_t i = 0; i < f->b->imports.len; i++) {
		const imp *im = &f->b->imports.items[i];
		if (!im->local || strcmp(im->local, local) != 0)
			continue;
		fg_facts *t = resolve_module(ix, f, im->module);
		if (!t || t == f)
			return false;
		if (!im->name)
			return member && lookup(ix, t, member, NULL, 1, out);
		return lookup(ix, t, im->name, member, 1, out);
	}
	return false;
}

/* ---- classes ---- */

/* Where an imported name is defined, one hop on through f's named or star imports. */
typedef const fg_facts *(*home_fn)(const fg_index *, const fg_facts *, const char *, const char **, int);

static const fg_facts *through_imports(const fg_index *ix, const fg_facts *f, const char *name, const char **out,
				       int hops, home_fn next)
{
	for (size_t i = 0; i < f->b->imports.len; i++) {
		const imp *im = &f->b->imports.items[i];
		bool named = im->local && im->name && strcmp(im->local, name) == 0;
		bool star = !im->local && im->name && strcmp(im->name, "*") == 0;
		if (!named && !star)
			continue;
		fg_facts *t = resolve_module(ix, f, im->module);
		if (!t || t == f)
			continue;
		const fg_facts *home = next(ix, t, named ? im->name : name, out, hops + 1);
		if (home)
			return home;
	}
	return NULL;
}

/* Where class `name`, as written in file f, is defined: (file, class name), following imports. */
static const fg_facts *class_home(const fg_index *ix, const fg_facts *f, const char *name, const char **cls,
				  int hops)
{
	if (!f || hops > MAX_HOPS)
		return NULL;
	if (ns_classes(f->lang))
		return ns_class(ix, f, name, cls);
	if (is_typed(f->lang)) {
		/* IRepository<T>: the type by its name */
		char *t = fg_xstrdup(name);
		t[strcspn(t, "<([")] = '\0';
		const fg_facts *home = typed_class(ix, f, t, cls);
		free(t);
		return home;
	}
	const char *dot = strrchr(name, '.');
	if (dot) {
		/* module.Class: the module is an import of f */
		char *mod = fg_xstrndup(name, (size_t)(dot - name));
		const fg_facts *home = NULL;
		for (size_t i = 0; i < f->b->imports.len && !home; i++) {
			const imp *im = &f->b->imports.items[i];
			if (im->local && !im->name && strcmp(im->local, mod) == 0) {
				fg_facts *t = resolve_module(ix, f, im->module);
				if (t && t != f)
					home = class_home(ix, t, dot + 1, cls, hops + 1);
			}
		}
		free(mod);
		return home;
	}
	if (has_class(f, name)) {
		*cls = name;
		return f;
	}
	return through_imports(ix, f, name, cls, hops, class_home);
}

static bool strong(int kind)
{
	return kind == FG_SYM_FOUNDRY || kind == FG_SYM_WRAPS;
}

static bool class_members(const fg_index *ix, const fg_facts *f, const char *cls, const char *member, bool down,
			  int hops, fg_resolved *out)
{
	if (hops > MAX_HOPS)
		return false;
	if (!down) {
		const sym *s = find_sym(f, cls, member);
		if (s && s->kind != FG_SYM_UNKNOWN) {
			out->kind = s->kind;
			out->path = f->path;
			out->line = s->line;
			return true;
		}
		/* PHP: a member built from, declared as, or returning a class of the repository */
		const typed *t = ns_classes(f->lang) ? typed_of(f, cls, member) : NULL;
		if (t && (type_kind(ix, f, t->type, out) || built_default(ix, f, cls, member, out)))
			return true;
		/* up: the bases, wherever they are defined */
		for (size_t i = 0; i < f->b->classes.len; i++) {
			const klass *k = &f->b->classes.items[i];
			if (!k->base || strcmp(k->name, cls) != 0)
				continue;
			const char *bcls = NULL;
			const fg_facts *home = class_home(ix, f, k->base, &bcls, 0);
			if (home && !(home == f && strcmp(bcls, cls) == 0) &&
			    class_members(ix, home, bcls, member, false, hops + 1, out))
				return true;
		}
		return false;
	}
	/* down: every class of the repository whose base is this one */
	for (size_t j = 0; j < ix->files.len; j++) {
		const fg_facts *g = ix->files.items[j];
		for (size_t i = 0; i < g->b->classes.len; i++) {
			const klass *k = &g->b->classes.items[i];
			if (k->home != f || strcmp(k->home_cls, cls) != 0 || (g == f && strcmp(k->name, cls) == 0))
				continue;
			const sym *s = find_sym(g, k->name, member);
			if (s && strong(s->kind)) {
				out->kind = s->kind;
				out->path = g->path;
				out->line = s->line;
				return true;
			}
			if (class_members(ix, g, k->name, member, true, hops + 1, out))
				return true;
		}
	}
	return false;
}

bool fg_index_member(const fg_index *ix, const char *path, const char *cls, const char *member, bool down,
		     fg_resolved *out)
{
	if (!ix)
		return false;
	const fg_facts *f = by_path(ix, path);
	if (!f || !has_class(f, cls))
		return false;
	if (!down) {
		/* the class's own members were seen by the file's analysis: only its bases */
		for (size_t i = 0; i < f->b->classes.len; i++) {
			const klass *k = &f->b->classes.items[i];
			if (!k->base || strcmp(k->name, cls) != 0)
				continue;
			const char *bcls = NULL;
			const fg_facts *home = class_home(ix, f, k->base, &bcls, 0);
			if (home && !(home == f && strcmp(bcls, cls) == 0) &&
			    class_members(ix, home, bcls, member, false, 1, out))
				return true;
		}
		return false;
	}
	return class_members(ix, f, cls, member, true, 0, out);
}

bool fg_index_global_names(fg_lang_id lang)
{
	return ns_classes(lang);
}

/* PHP: function `name` of file g: its kind, or the kind of the class it builds or declares it returns. */
static bool function_here(const fg_index *ix, const fg_facts *g, const char *name, fg_resolved *out)
{
	if (g->plain) {
		/* a file that names no Anthropic API: what it defines is something else */
		out->kind = FG_SYM_OTHER;
		out->path = g->path;
		out->line = 0;
		return true;
	}
	const sym *s = find_sym(g, NULL, name);
	if (s && s->kind != FG_SYM_UNKNOWN) {
		out->kind = s->kind;
		out->path = g->path;
		out->line = s->line;
		return true;
	}
	fg_buf fn = FG_BUF_INIT;
	fg_buf_printf(&fn, "%s()", name);
	const typed *t = typed_of(g, NULL, fn.ptr);
	bool ok = t && (type_kind(ix, g, t->type, out) || built_default(ix, g, NULL, fn.ptr, out));
	fg_buf_release(&fn);
	return ok;
}

/* ...defined in a file f requires (and so on, a few files deep). */
static bool required_function(const fg_index *ix, const fg_facts *f, const char *name, int hops, fg_resolved *out)
{
	for (size_t i = 0; hops <= MAX_HOPS && i < f->b->imports.len; i++) {
		const imp *im = &f->b->imports.items[i];
		if (im->local || !im->name || strcmp(im->name, "*") != 0)
			continue;
		const fg_facts *t = resolve_module(ix, f, im->module);
		if (!t || t == f)
			continue;
		if (function_here(ix, t, name, out) || required_function(ix, t, name, hops + 1, out))
			return true;
	}
	return false;
}

bool fg_index_global(const fg_index *ix, const char *path, const char *callee, bool ctor, fg_resolved *out)
{
	const fg_facts *f = ix ? by_path(ix, path) : NULL;
	if (!f || !ns_classes(f->lang) || !*callee)
		return false;
	if (ctor)
		return type_kind(ix, f, callee, out);
	const char *dot = strrchr(callee, '.');
	if (dot) {
		/* Helpers::client(): a static method of a class of the repository */
		char *cl = fg_xstrndup(callee, (size_t)(dot - callee));
		const char *cls = NULL;
		const fg_facts *home = strchr(cl, '.') ? NULL : ns_class(ix, f, cl, &cls);
		free(cl);
		if (!home)
			return false;
		fg_buf m = FG_BUF_INIT;
		fg_buf_printf(&m, "%s()", dot + 1);
		bool ok = class_members(ix, home, cls, m.ptr, false, 1, out);
		fg_buf_release(&m);
		return ok;
	}
	/* createClient(): a function of a file f requires, or of the one file that defines it */
	const char *name = strrchr(callee, '\\') ? strrchr(callee, '\\') + 1 : callee;
	if (required_function(ix, f, name, 0, out))
		return true;
	size_t lo = lower_bound(ix->functions.items, ix->functions.len, sizeof(cname), offsetof(cname, name), name, false);
	const fg_facts *only = NULL;
	fg_resolved r = { 0 };
	for (size_t i = lo; i < ix->functions.len && !strcmp(ix->functions.items[i].name, name); i++) {
		const fg_facts *g = ix->functions.items[i].f;
		if (g == f || g == only || g->lang != f->lang || !function_here(ix, g, name, &r))
			continue;
		if (only)
			return false; /* two files define it */
		only = g;
		*out = r;
	}
	return only != NULL;
}

/* ---- function summaries ---- */

/*
 * The facts of the file at path, added to a finished index when it has none
 * (a module of helpers that imports and binds nothing gave no facts).
 */
static fg_facts *file_facts(fg_index *ix, const char *path, fg_lang_id lang)
{
	bool found;
	size_t lo = path_slot(ix, path, &found);
	if (found)
		return ix->files.items[lo];
	fg_facts *f = fg_facts_new(path, lang);
	fg_vec_push(&ix->files, f);
	memmove(&ix->files.items[lo + 1], &ix->files.items[lo], (ix->files.len - 1 - lo) * sizeof(fg_facts *));
	ix->files.items[lo] = f;
	rpath r = reversed(f);
	size_t at = 0;
	while (at < ix->rev.len && strcmp(ix->rev.items[at].rev, r.rev) < 0)
		at++;
	fg_vec_push(&ix->rev, r);
	memmove(&ix->rev.items[at + 1], &ix->rev.items[at], (ix->rev.len - 1 - at) * sizeof(rpath));
	ix->rev.items[at] = r;
	return f;
}

/* Does f's package (Go: its folder; else f) hold sinks, or a class extending one of its types? */
static bool package_has_sinks(const fg_index *ix, const fg_facts *f)
{
	size_t it = 0;
	for (const fg_facts *g; (g = package_next(ix, f, &it)) != NULL;)
		if (g->b->sinks.len || g->b->impl_sinks)
			return true;
	return false;
}

bool fg_index_add_sinks(fg_index *ix, const fg_facts *from, unsigned round)
{
	if (!from->b->sinks.len)
		return false;
	fg_facts *f = file_facts(ix, from->path, from->lang);
	size_t before = f->b->sinks.len;
	for (size_t i = 0; i < from->b->sinks.len; i++) {
		const sink *s = &from->b->sinks.items[i];
		fg_sink in = { s->index, s->param, NULL, s->fn, s->named, s->client_index, s->client_param };
		fg_facts_add_sink(f, s->cls, &in);
		/* the types it extends or implements: a call through them may reach it */
		for (size_t k = 0; s->cls && k < f->b->classes.len; k++) {
			klass *c = &f->b->classes.items[k];
			if (c->home && !strcmp(c->name, s->cls))
				facts_body_of((fg_facts *)c->home)->impl_sinks = true;
		}
	}
	if (f->b->sinks.len == before)
		return false;
	for (size_t i = before; i < f->b->sinks.len; i++)
		f->b->sinks.items[i].round = round;
	facts_body_of(f)->sink_round = round;
	return true;
}

bool fg_index_may_call_sinks(const fg_index *ix, const char *path, unsigned round)
{
	const fg_facts *f = ix ? by_path(ix, path) : NULL;
	if (!f)
		return false;
	for (size_t i = 0; i < f->b->imports.len; i++) {
		const fg_facts *t = resolve_module(ix, f, f->b->imports.items[i].module);
		if (t && t != f && sink_in_round(t, round, false))
			return true;
		/* a package's __init__ re-exporting a helper */
		for (size_t k = 0; t && t != f && k < t->b->imports.len; k++) {
			const fg_facts *u = resolve_module(ix, t, t->b->imports.items[k].module);
			if (u && u != t && sink_in_round(u, round, false))
				return true;
		}
	}
	/* methods: reached by the subclasses (self.ask()) */
	for (size_t i = 0; i < f->b->classes.len; i++)
		for (const fg_facts *h = f->b->classes.items[i].home; h; h = NULL)
			if (h != f && sink_in_round(h, round, true))
				return true;
	/* an injected or declared service whose type has summarised methods */
	for (size_t i = 0; i < f->b->typed.len; i++) {
		const char *cls = NULL;
		const fg_facts *h = typed_class(ix, f, f->b->typed.items[i].type, &cls);
		if (h && h != f && package_has_sinks(ix, h))
			return true;
	}
	for (size_t i = 0; folder_packages(f->lang) && i < f->b->imports.len; i++) {
		const fg_facts *t = resolve_module(ix, f, f->b->imports.items[i].module);
		if (t && package_has_sinks(ix, t))
			return true;
	}
	return false;
}

/* w as a whole word in text. */
static bool has_word(const char *text, size_t len, const char *w, size_t wl)
{
	const char *end = text + len;
	for (const char *p = text; wl && (p = memmem(p, (size_t)(end - p), w, wl)) != NULL; p += wl) {
		const char *q = p + wl;
		bool before = p == text || !(p[-1] == '_' || ((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z') ||
					     (p[-1] >= '0' && p[-1] <= '9'));
		bool after = q >= end || !(*q == '_' || ((*q | 32) >= 'a' && (*q | 32) <= 'z') || (*q >= '0' && *q <= '9'));
		if (before && after)
			return true;
	}
	return false;
}

bool fg_index_text_names_sinks(const fg_index *ix, unsigned round, const char *text, size_t len)
{
	for (size_t i = 0; ix && i < ix->files.len; i++) {
		const fg_facts *f = ix->files.items[i];
		for (size_t k = 0; f->b->sink_round == round && k < f->b->sinks.len; k++)
			if (f->b->sinks.items[k].round == round &&
			    has_word(text, len, f->b->sinks.items[k].fn, strlen(f->b->sinks.items[k].fn)))
				return true;
	}
	return false;
}

static size_t sinks_of(const fg_facts *f, const char *cls, const char *fn, fg_sink *out, size_t n, size_t max);

/* sinks_of over f's package (Go: every file of its folder). */
static size_t package_sinks(const fg_index *ix, const fg_facts *f, const char *cls, const char *fn, fg_sink *out,
			    size_t max)
{
	size_t n = 0, it = 0;
	for (const fg_facts *g; n == 0 && (g = package_next(ix, f, &it)) != NULL;)
		n = sinks_of(g, cls, fn, out, 0, max);
	return n;
}

static size_t sinks_of(const fg_facts *f, const char *cls, const char *fn, fg_sink *out, size_t n, size_t max)
{
	for (size_t i = 0; i < f->b->sinks.len && n < max; i++) {
		const sink *s = &f->b->sinks.items[i];
		if (strcmp(s->fn, fn) != 0 || !((!s->cls && !cls) || (s->cls && cls && !strcmp(s->cls, cls))))
			continue;
		out[n].index = s->index;
		out[n].param = s->param;
		out[n].path = f->path;
		out[n].fn = s->fn;
		out[n].named = s->named;
		out[n].client_index = s->client_index;
		out[n].client_param = s->client_param;
		n++;
	}
	return n;
}

/* A method's sinks, from class cls of f up its bases. */
static size_t method_sinks(const fg_index *ix, const fg_facts *f, const char *cls, const char *m, fg_sink *out,
			   size_t max, int hops)
{
	if (hops > MAX_HOPS)
		return 0;
	size_t n = package_sinks(ix, f, cls, m, out, max);
	for (size_t i = 0; !n && i < f->b->classes.len; i++) {
		const klass *k = &f->b->classes.items[i];
		if (!k->base || strcmp(k->name, cls) != 0)
			continue;
		const char *bcls = NULL;
		const fg_facts *home = k->home ? k->home : class_home(ix, f, k->base, &bcls, 0);
		if (k->home)
			bcls = k->home_cls;
		if (home && !(home == f && !strcmp(bcls, cls)))
			n = method_sinks(ix, home, bcls, m, out, max, hops + 1);
	}
	return n;
}

/* Where an imported function name is defined: (file, name), following re-exports. */
static const fg_facts *function_home(const fg_index *ix, const fg_facts *f, const char *name, const char **fn,
				     int hops)
{
	if (!f || hops > MAX_HOPS)
		return NULL;
	for (size_t i = 0; i < f->b->sinks.len; i++)
		if (!f->b->sinks.items[i].cls && !strcmp(f->b->sinks.items[i].fn, name)) {
			*fn = f->b->sinks.items[i].fn;
			return f;
		}
	return through_imports(ix, f, name, fn, hops, function_home);
}

/* A method of class cls of f, or of the classes that extend or implement it (an injected interface). */
static size_t type_sinks(const fg_index *ix, const fg_facts *f, const char *cls, const char *m, fg_sink *out,
			 size_t max)
{
	size_t n = method_sinks(ix, f, cls, m, out, max, 0);
	for (size_t j = 0; !n && f->b->impl_sinks && j < ix->files.len; j++) {
		const fg_facts *g = ix->files.items[j];
		for (size_t i = 0; !n && i < g->b->classes.len; i++) {
			const klass *k = &g->b->classes.items[i];
			if (k->home == f && !strcmp(k->home_cls, cls) && !(g == f && !strcmp(k->name, cls)))
				n = method_sinks(ix, g, k->name, m, out, max, 1);
		}
	}
	return n;
}

/*
 * recv.method(...) with recv declared with a type (a field, an injected
 * constructor parameter, a Go struct field s.client): that type's method.
 */
/*
 * A member declared with a type that has no summary of the method (an
 * interface: `planner Completer`): the constructors of its class that set it
 * from a parameter, and what the repository's calls of those constructors
 * pass there (`handlers.NewRelocations(st, assistant)` with `assistant :=
 * llm.New(cfg)`): the summaries of the method on the types wired in.
 */
/* What the repository's calls of j's constructor pass as its parameter: the summaries of method on those types. */
static size_t injected_sinks(const fg_index *ix, fg_lang_id lang, const inject *j, const char *method, fg_sink *out,
			     size_t max)
{
	for (size_t i = 0; i < ix->files.len; i++) {
		const fg_facts *h = ix->files.items[i];
		for (size_t m = 0; family(h->lang) == family(lang) && m < h->b->wires.len; m++) {
			const wire *w = &h->b->wires.items[m];
			if (w->index != j->index || strcmp(w->fn, j->fn) != 0)
				continue;
			const typed *at = typed_in(h, NULL, w->arg);
			const char *tc = NULL;
			const fg_facts *home = at ? typed_class(ix, h, at->type, &tc) : NULL;
			size_t n = home ? type_sinks(ix, home, tc, method, out, max) : 0;
			if (n)
				return n;
		}
	}
	return 0;
}

static size_t wired_sinks(const fg_index *ix, const fg_facts *f, const char *cls, const char *field,
			  const char *method, fg_sink *out, size_t max)
{
	size_t it = 0, n = 0;
	/* f itself first: a file analysed late holds its facts outside the index */
	for (const fg_facts *g = f; g && !n; g = package_next(ix, f, &it)) {
		if (g == f && it)
			continue;
		for (size_t k = 0; k < g->b->injects.len && !n; k++) {
			const inject *j = &g->b->injects.items[k];
			if (!strcmp(j->cls, cls) && !strcmp(j->field, field))
				n = injected_sinks(ix, f->lang, j, method, out, max);
		}
	}
	return n;
}

static size_t typed_sinks(const fg_index *ix, const fg_facts *f, const char *cls, const char *callee, fg_sink *out,
			  size_t max)
{
	const char *mdot = strrchr(callee, '.');
	char *recv = fg_xstrndup(callee, (size_t)(mdot - callee));
	const char *r = recv;
	if (!strncmp(r, "this.", 5) || !strncmp(r, "self.", 5))
		r += 5;
	const char *member = last_part(r);
	/* a receiver's field (s.client) or a plain name; no calls or indexing in between */
	size_t n = 0;
	if (!strpbrk(r, "()[]") && strchr(r, '.') == strrchr(r, '.')) {
		const typed *t = typed_in(f, cls, member);
		const fg_facts *where = f;
		const char *dot = strchr(r, '.');
		/* h.planner in a method of Moves: a field of Moves declared in another file of its Go package */
		size_t pt = 0;
		for (const fg_facts *g; dot && cls && !t && (g = package_next(ix, f, &pt)) != NULL;) {
			const typed *ft = g != f ? typed_in(g, cls, member) : NULL;
			if (ft && ft->cls && !strcmp(ft->cls, cls))
				t = ft, where = g;
		}
		/* llm.Default: a variable of the package imported as llm; Default: one of this package's other files */
		const fg_facts *pkg = t ? NULL : dot ? imported_package(ix, f, r, (size_t)(dot - r)) : f;
		size_t it = 0;
		for (const fg_facts *g; pkg && !t && (g = package_next(ix, pkg, &it)) != NULL;)
			if (g != f && (t = typed_in(g, NULL, member)) != NULL)
				where = g;
		const char *tc = NULL;
		const fg_facts *home = t ? typed_class(ix, where, t->type, &tc) : NULL;
		if (home)
			n = type_sinks(ix, home, tc, mdot + 1, out, max);
		if (!n && t && t->cls)
			n = wired_sinks(ix, where, t->cls, member, mdot + 1, out, max);
		/*
		 * llm.Default declared in a file the index did not read (it names no
		 * Claude API): the package's summarised method of that name.
		 */
		it = 0;
		for (const fg_facts *g; !t && dot && pkg && pkg != f && !n && (g = package_next(ix, pkg, &it)) != NULL;)
			for (size_t i = 0; !n && i < g->b->sinks.len; i++)
				if (g->b->sinks.items[i].cls && !strcmp(g->b->sinks.items[i].fn, mdot + 1))
					n = sinks_of(g, g->b->sinks.items[i].cls, mdot + 1, out, 0, max);
	}
	free(recv);
	return n;
}

static void sketch_add(uint64_t sketch[FG_SKETCH_WORDS], const char *name, size_t len)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)name[i]) * 1099511628211ull;
	for (int k = 0; k < 2; k++, h >>= 16) {
		unsigned bit = (unsigned)(h & (FG_SKETCH_WORDS * 64 - 1));
		sketch[bit / 64] |= 1ull << (bit % 64);
	}
}

static bool sketch_has(const uint64_t sketch[FG_SKETCH_WORDS], const char *name, size_t len)
{
	uint64_t one[FG_SKETCH_WORDS] = { 0 };
	sketch_add(one, name, len);
	for (int i = 0; i < FG_SKETCH_WORDS; i++)
		if ((one[i] & sketch[i]) != one[i])
			return false;
	return true;
}

static bool ident_char(char ch)
{
	return ch == '_' || ch == '$' || (ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z');
}

bool fg_call_sketch(const char *text, size_t len, uint64_t sketch[FG_SKETCH_WORDS])
{
	memset(sketch, 0, FG_SKETCH_WORDS * sizeof(uint64_t));
	bool any = false;
	for (const char *p = text, *end = text + len; (p = memchr(p, '(', (size_t)(end - p))) != NULL; p++) {
		const char *s = p;
		while (s > text && ident_char(s[-1]))
			s--;
		if (s < p) {
			sketch_add(sketch, s, (size_t)(p - s));
			any = true;
		}
	}
	/* the first name after `(` or `,`: a parameter's type (an injected service) */
	for (const char *p = text, *end = text + len; p < end; p++) {
		if (*p != '(' && *p != ',')
			continue;
		const char *s = p + 1;
		while (s < end && (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r'))
			s++;
		const char *e = s;
		while (e < end && ident_char(*e))
			e++;
		if (e > s && e < end && *e == ' ') {
			sketch_add(sketch, s, (size_t)(e - s));
			any = true;
		}
	}
	return any;
}

/*
 * A registration whose service can reach Claude on Foundry: a Foundry client
 * or a framework object on one, or an OpenAI-compatible client of an Azure AI
 * endpoint (named in its text, or read from configuration that sets one).
 */
static bool strong_service(const fg_index *ix, const di *d)
{
	if (d->client)
		return false;
	if (d->kind == FG_SYM_FOUNDRY || d->kind == FG_SYM_WRAPS || d->kind == FG_SYM_OPENAI_AZURE)
		return true;
	return d->kind == FG_SYM_OPENAI_CONFIG && d->text &&
	       fg_index_config_in(ix, d->text, strlen(d->text), FG_CONFIG_FOUNDRY | FG_CONFIG_AZURE_AI);
}

bool fg_index_has_services(const fg_index *ix)
{
	for (size_t i = 0; ix && i < ix->files.len; i++)
		for (size_t k = 0; k < ix->files.items[i]->b->dis.len; k++)
			if (strong_service(ix, &ix->files.items[i]->b->dis.items[k]))
				return true;
	return false;
}

bool fg_index_sketch_hits(const fg_index *ix, const uint64_t sketch[FG_SKETCH_WORDS])
{
	for (size_t i = 0; ix && i < ix->files.len; i++) {
		const fg_facts *f = ix->files.items[i];
		for (size_t k = 0; k < f->b->sinks.len; k++)
			if (sketch_has(sketch, f->b->sinks.items[k].fn, strlen(f->b->sinks.items[k].fn)))
				return true;
		for (size_t k = 0; k < f->b->dis.len; k++) {
			const char *svc = last_part(f->b->dis.items[k].service);
			if (strong_service(ix, &f->b->dis.items[k]) && sketch_has(sketch, svc, strlen(svc)))
				return true;
		}
	}
	return false;
}

/*
 * Whether text can name module f: a language whose files import modules by
 * path (Python, ES) names the module's file stem in its import (`llm` for
 * app/llm.py, `ai` for lib/ai/index.ts).
 */
static bool text_names_module(const fg_facts *f, const char *text, size_t len)
{
	const char *path = f->path, *end = path + strlen(path);
	const char *dot = strrchr(path, '.');
	const char *stem = strrchr(path, '/');
	stem = stem ? stem + 1 : path;
	if (dot && dot > stem)
		end = dot;
	if ((end - stem == 8 && !strncmp(stem, "__init__", 8)) || (end - stem == 5 && !strncmp(stem, "index", 5))) {
		/* a package's own module: its folder's name */
		end = stem > path ? stem - 1 : stem;
		stem = end;
		while (stem > path && stem[-1] != '/')
			stem--;
	}
	return end > stem && memmem(text, len, stem, (size_t)(end - stem)) != NULL;
}

bool fg_index_names_sinks(const fg_index *ix, fg_lang_id lang, const char *text, size_t len)
{
	bool by_module = fg_index_resolves_imports(lang);
	for (size_t i = 0; ix && i < ix->files.len; i++)
		for (size_t k = 0; k < ix->files.items[i]->b->dis.len; k++) {
			const di *d = &ix->files.items[i]->b->dis.items[k];
			const char *svc = last_part(d->service);
			if (strong_service(ix, d) && memmem(text, len, svc, strlen(svc)))
				return true; /* an injected Foundry service */
		}
	for (size_t i = 0; ix && i < ix->files.len; i++) {
		const fg_facts *f = ix->files.items[i];
		if (f->b->sinks.len && by_module && !text_names_module(f, text, len))
			continue;
		for (size_t k = 0; k < f->b->sinks.len; k++) {
			const char *fn = f->b->sinks.items[k].fn;
			size_t fl = strlen(fn);
			/* `name(`, as a call */
			for (const char *p = text; fl && (p = memmem(p, (size_t)(text + len - p), fn, fl)) != NULL; p += fl)
				if (p + fl < text + len && p[fl] == '(')
					return true;
		}
	}
	return false;
}

static size_t sinks_in(const fg_index *ix, const fg_facts *f, const char *cls, const char *callee, size_t recv,
		       fg_sink *out, size_t max);

size_t fg_index_sinks(const fg_index *ix, const char *path, const char *cls, const char *callee, size_t recv,
		      fg_sink *out, size_t max)
{
	const fg_facts *f = ix ? by_path(ix, path) : NULL;
	return f ? sinks_in(ix, f, cls, callee, recv, out, max) : 0;
}

size_t fg_index_sinks_own(const fg_index *ix, const fg_facts *own, const char *cls, const char *callee,
			  size_t recv, fg_sink *out, size_t max)
{
	if (!ix || !own)
		return 0;
	/* its classes' bases, as fg_index_finish resolves them for indexed files */
	for (size_t i = 0; i < own->b->classes.len; i++) {
		klass *k = &own->b->classes.items[i];
		if (k->base && !k->home)
			k->home = class_home(ix, own, k->base, &k->home_cls, 0);
	}
	return sinks_in(ix, own, cls, callee, recv, out, max);
}

static size_t sinks_in(const fg_index *ix, const fg_facts *f, const char *cls, const char *callee, size_t recv,
		       fg_sink *out, size_t max)
{
	if (is_typed(f->lang) && strchr(callee, '.')) {
		size_t n = typed_sinks(ix, f, cls, callee, out, max);
		if (n)
			return n;
	}
	if (is_typed(f->lang) && cls && !strchr(callee, '.')) {
		/* AskAsync(prompt) in a class: a method inherited from a base class (in another file) */
		for (size_t i = 0; i < f->b->classes.len; i++) {
			const klass *k = &f->b->classes.items[i];
			if (k->base && k->home && !strcmp(k->name, cls) && !(k->home == f && !strcmp(k->home_cls, cls))) {
				size_t n = method_sinks(ix, k->home, k->home_cls, callee, out, max, 1);
				if (n)
					return n;
			}
		}
	}
	if (recv && !strchr(callee + recv, '.'))
		return cls ? method_sinks(ix, f, cls, callee + recv, out, max, 0) : 0;
	const char *dot = strchr(callee, '.');
	if (dot) {
		/* mod.fn with `import app.llm as mod` */
		if (strchr(dot + 1, '.'))
			return 0;
		for (size_t i = 0; i < f->b->imports.len; i++) {
			const imp *im = &f->b->imports.items[i];
			if (im->name || !im->local || strncmp(im->local, callee, (size_t)(dot - callee)) != 0 ||
			    im->local[dot - callee])
				continue;
			const fg_facts *t = resolve_module(ix, f, im->module);
			return t && t != f ? package_sinks(ix, t, NULL, dot + 1, out, max) : 0;
		}
		return 0;
	}
	/* only through an import: the file's own helpers are followed by its own analysis */
	for (size_t i = 0; i < f->b->imports.len; i++) {
		const imp *im = &f->b->imports.items[i];
		if (!im->local || !im->name || strcmp(im->local, callee) != 0)
			continue;
		fg_facts *t = resolve_module(ix, f, im->module);
		const char *fn = NULL;
		const fg_facts *home = t && t != f ? function_home(ix, t, im->name, &fn, 1) : NULL;
		return home ? sinks_of(home, NULL, fn, out, 0, max) : 0;
	}
	return 0;
}
