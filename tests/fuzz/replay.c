/*
 * replay.c - runs saved fuzz inputs (regressions, seeds) through a target's
 * LLVMFuzzerTestOneInput without libFuzzer; each target is compiled for it
 * with its entry point renamed fz_one_TARGET.
 *
 *   fuzz-replay TARGET FILE|DIR...
 *
 * Prints one line per input; exit 0 when every input ran, 2 on a usage or
 * read error.  A crash or a broken invariant aborts with the input named.
 */
#include "fuzz.h"
#include "../../src/core/fs.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>

int fz_one_analyze(const uint8_t *data, size_t size);
int fz_one_config(const uint8_t *data, size_t size);
int fz_one_rules(const uint8_t *data, size_t size);
int fz_one_baseline(const uint8_t *data, size_t size);
int fz_one_diff(const uint8_t *data, size_t size);

static const struct {
	const char *name;
	int (*one)(const uint8_t *, size_t);
} targets[] = {
	{ "analyze", fz_one_analyze }, { "config", fz_one_config }, { "rules", fz_one_rules },
	{ "baseline", fz_one_baseline }, { "diff", fz_one_diff },
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int run_file(int (*one)(const uint8_t *, size_t), const char *path)
{
	fg_buf b = FG_BUF_INIT;
	if (fg_read_file(path, 64u << 20, &b) < 0) {
		fprintf(stderr, "fuzz-replay: cannot read %s\n", path);
		return -1;
	}
	fprintf(stderr, "replay %s\n", path); /* named before it runs: a crash points at it */
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* an exact-size copy, so reading past the input is caught as it is under libFuzzer */
	uint8_t *copy = fg_xmalloc(b.len ? b.len : 1);
	memcpy(copy, b.ptr ? b.ptr : "", b.len);
	one(copy, b.len);
	free(copy);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("ok %s %.3fs\n", path, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
	fg_buf_release(&b);
	return 0;
}

static int run_path(int (*one)(const uint8_t *, size_t), const char *path, unsigned *n)
{
	struct stat st;
	if (stat(path, &st) < 0) {
		fprintf(stderr, "fuzz-replay: %s: no such file or folder\n", path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode)) {
		(*n)++;
		return run_file(one, path);
	}
	DIR *d = opendir(path);
	if (!d) {
		fprintf(stderr, "fuzz-replay: cannot open the folder %s\n", path);
		return -1;
	}
	char **names = NULL;
	size_t count = 0;
	for (struct dirent *e; (e = readdir(d));) {
		if (e->d_name[0] == '.' || !strcmp(e->d_name, "README.md"))
			continue;
		names = fg_xrealloc(names, (count + 1) * sizeof(char *));
		fg_buf p = FG_BUF_INIT;
		fg_buf_printf(&p, "%s/%s", path, e->d_name);
		names[count++] = fg_buf_detach(&p);
	}
	closedir(d);
	qsort(names, count, sizeof(char *), cmp_str);
	int rc = 0;
	for (size_t i = 0; i < count; i++) {
		if (rc == 0 && run_path(one, names[i], n) < 0)
			rc = -1;
		free(names[i]);
	}
	free(names);
	return rc;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: fuzz-replay TARGET FILE|DIR...\n");
		return 2;
	}
	int (*one)(const uint8_t *, size_t) = NULL;
	for (size_t i = 0; i < FG_ARRAY_SIZE(targets); i++)
		if (!strcmp(argv[1], targets[i].name))
			one = targets[i].one;
	if (!one) {
		fprintf(stderr, "fuzz-replay: no fuzz target %s; see tests/fuzz/fuzz_*.c\n", argv[1]);
		return 2;
	}
	unsigned n = 0;
	int rc = 0;
	for (int i = 2; i < argc && rc == 0; i++)
		rc = run_path(one, argv[i], &n);
	fz_shutdown();
	printf("%u inputs replayed\n", n);
	return rc < 0 ? 2 : 0;
}
