/* Relative paths for --path-style cwd. */
#include "harness.h"
#include "core/fs.h"

static const char *rel(const char *target, const char *from)
{
	static char out[256];
	fg_buf b = FG_BUF_INIT;
	fg_path_relative(&b, target, from);
	snprintf(out, sizeof(out), "%s", b.ptr ? b.ptr : "");
	fg_buf_release(&b);
	return out;
}

FG_TEST(paths, relative_inside_and_outside)
{
	fg_assert_str(rel("/r/a/b/x.py", "/r/a/b"), "x.py");
	fg_assert_str(rel("/r/a/b/x.py", "/r/a"), "b/x.py");
	fg_assert_str(rel("/r/c/y.py", "/r/a/b"), "../../c/y.py");
	fg_assert_str(rel("/r/a/x.py", "/"), "r/a/x.py");
	fg_assert_str(rel("/r/a", "/r/a/"), ".");
	fg_assert_str(rel("/r/ab/x.py", "/r/a"), "../ab/x.py"); /* components, not characters */
	fg_assert_str(rel("/r/a/x.py", "/r/ab"), "../a/x.py");
	fg_assert_str(rel("/x.py", "/r"), "../x.py");
}
