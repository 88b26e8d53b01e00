/*
 * vec.h - typed growable arrays.
 *
 *   FG_VEC(int) v = {0};
 *   fg_vec_push(&v, 3);
 *   free(v.items);
 */
#ifndef FG_CORE_VEC_H
#define FG_CORE_VEC_H

#include "../fg.h"

#define FG_VEC(T) struct { T *items; size_t len, cap; }

#define fg_vec_reserve(v, n) do { \
	if ((v)->len + (n) > (v)->cap) { \
		size_t fg__cap = (v)->cap ? (v)->cap * 2 : 8; \
		while (fg__cap < (v)->len + (n)) fg__cap *= 2; \
		(v)->items = fg_xrealloc((v)->items, fg__cap * sizeof(*(v)->items)); \
		(v)->cap = fg__cap; \
	} \
} while (0)

#define fg_vec_push(v, x) do { \
	fg_vec_reserve((v), 1); \
	(v)->items[(v)->len++] = (x); \
} while (0)

#define fg_vec_free(v) do { free((v)->items); (v)->items = NULL; (v)->len = (v)->cap = 0; } while (0)

#endif
