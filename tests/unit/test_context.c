/* Diff-mode context: module resolution over a list of paths, and line ranges of a change. */
#include "harness.h"
#include "index/index.h"
#include "source/source.h"

/* An index of empty facts, one per path: what context.c resolves imports against. */
static fg_index *paths_index(const char *const *paths, const fg_lang_id *langs)
{
	fg_index *ix = fg_index_new();
	for (size_t i = 0; paths[i]; i++)
		fg_index_add(ix, fg_facts_new(paths[i], langs[i]));
	fg_index_finish(ix);
	return ix;
}

static const char *or_none(const char *s)
{
	return s ? s : "(none)";
}

FG_TEST(context, python_modules_resolve_against_the_snapshot_paths)
{
	static const char *const paths[] = { "svc/__init__.py", "svc/llm/__init__.py", "svc/llm/clients.py",
					     "svc/jobs/intake.py", "other/svc/llm/clients.py", NULL };
	static const fg_lang_id langs[] = { FG_LANG_PYTHON, FG_LANG_PYTHON, FG_LANG_PYTHON, FG_LANG_PYTHON,
					    FG_LANG_PYTHON };
	fg_index *ix = paths_index(paths, langs);
	const char *from = "svc/jobs/intake.py";
	fg_assert_str(or_none(fg_index_module_file(ix, from, FG_LANG_PYTHON, "svc.llm")), "svc/llm/__init__.py");
	/* the nearest of two files that answer to the module name */
	fg_assert_str(or_none(fg_index_module_file(ix, from, FG_LANG_PYTHON, "svc.llm.clients")), "svc/llm/clients.py");
	fg_assert_str(or_none(fg_index_module_file(ix, "svc/llm/__init__.py", FG_LANG_PYTHON, ".clients")),
		      "svc/llm/clients.py");
	fg_assert_str(or_none(fg_index_module_file(ix, from, FG_LANG_PYTHON, "..llm")), "svc/llm/__init__.py");
	/* an installed package is not in the snapshot */
	fg_assert(fg_index_module_file(ix, from, FG_LANG_PYTHON, "anthropic") == NULL);
	fg_assert(fg_index_module_file(ix, from, FG_LANG_PYTHON, "") == NULL);
	fg_index_free(ix);
}

FG_TEST(context, es_modules_resolve_against_the_snapshot_paths)
{
	static const char *const paths[] = { "web/src/lib/ai.ts", "web/src/lib/index.ts", "web/src/app/route.ts",
					     NULL };
	static const fg_lang_id langs[] = { FG_LANG_TYPESCRIPT, FG_LANG_TYPESCRIPT, FG_LANG_TYPESCRIPT };
	fg_index *ix = paths_index(paths, langs);
	const char *from = "web/src/app/route.ts";
	fg_assert_str(or_none(fg_index_module_file(ix, from, FG_LANG_TYPESCRIPT, "../lib/ai")), "web/src/lib/ai.ts");
	fg_assert_str(or_none(fg_index_module_file(ix, from, FG_LANG_TYPESCRIPT, "../lib/ai.js")), "web/src/lib/ai.ts");
	fg_assert_str(or_none(fg_index_module_file(ix, from, FG_LANG_TYPESCRIPT, "@/lib/ai")), "web/src/lib/ai.ts");
	fg_assert_str(or_none(fg_index_module_file(ix, from, FG_LANG_TYPESCRIPT, "../lib")), "web/src/lib/index.ts");
	fg_assert(fg_index_module_file(ix, from, FG_LANG_TYPESCRIPT, "openai") == NULL);
	fg_index_free(ix);
}

FG_TEST(context, a_range_of_lines_is_added_when_any_of_them_is)
{
	uint32_t added[] = { 4, 26, 40 };
	fg_file f = { 0 };
	f.in_diff = true;
	f.added = added;
	f.nadded = 3;
	fg_assert(fg_file_lines_added(&f, 25, 31));
	fg_assert(fg_file_lines_added(&f, 26, 26));
	fg_assert(!fg_file_lines_added(&f, 27, 39));
	fg_assert(!fg_file_lines_added(&f, 41, 90));
	fg_assert(fg_file_lines_added(&f, 1, 4));
	fg_assert(fg_file_line_added(&f, 40) && !fg_file_line_added(&f, 5));
	/* a file not in a diff: every line counts */
	fg_file whole = { 0 };
	fg_assert(fg_file_lines_added(&whole, 7, 9));
}
