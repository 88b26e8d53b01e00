#include "glob.h"

/* Matches pattern p against s; both end at NUL. Bounded recursion via ** only. */
static bool match(const char *p, const char *s, int depth)
{
	if (depth > 32)
		return false;
	while (*p) {
		if (p[0] == '*' && p[1] == '*') {
			p += 2;
			if (*p == '/')
				p++;
			/* ** matches zero or more whole components */
			for (const char *t = s;; t++) {
				if (match(p, t, depth + 1))
					return true;
				if (!*t)
					return false;
			}
		}
		if (*p == '*') {
			p++;
			for (const char *t = s;; t++) {
				if (match(p, t, depth + 1))
					return true;
				if (!*t || *t == '/')
					return false;
			}
		}
		if (!*s)
			return false;
		if (*p == '?') {
			if (*s == '/')
				return false;
		} else if (*p == '[') {
			const char *q = p + 1;
			bool neg = *q == '!' || *q == '^';
			if (neg)
				q++;
			bool hit = false;
			while (*q && *q != ']') {
				if (q[1] == '-' && q[2] && q[2] != ']') {
					if (*s >= q[0] && *s <= q[2])
						hit = true;
					q += 3;
				} else {
					if (*s == *q)
						hit = true;
					q++;
				}
			}
			if (!*q || hit == neg || *s == '/')
				return false;
			p = q;
		} else if (*p != *s) {
			return false;
		}
		p++;
		s++;
	}
	return *s == '\0';
}

bool fg_glob_match_path(const char *pattern, const char *path)
{
	char pat[512];
	size_t n = strlen(pattern);
	if (!n || n >= sizeof(pat))
		return false;
	memcpy(pat, pattern, n + 1);
	bool dir = pat[n - 1] == '/';
	if (dir)
		pat[--n] = '\0';
	bool anchored = pat[0] == '/' || strchr(pat, '/') != NULL;
	const char *p = pat[0] == '/' ? pat + 1 : pat;
	/* Try the path and each of its parent folders (a folder pattern covers its contents). */
	char buf[4096];
	size_t pl = strlen(path);
	if (pl >= sizeof(buf))
		return false;
	memcpy(buf, path, pl + 1);
	for (;;) {
		bool is_full = strlen(buf) == pl;
		if (!(dir && is_full)) {
			if (anchored) {
				if (match(p, buf, 0))
					return true;
			} else {
				const char *base = strrchr(buf, '/');
				if (match(p, base ? base + 1 : buf, 0))
					return true;
			}
		}
		char *slash = strrchr(buf, '/');
		if (!slash)
			break;
		*slash = '\0';
	}
	return false;
}
