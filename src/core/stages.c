#include "../fg.h"
#include "stages.h"
#include <sys/resource.h>
#include <time.h>

static const char *const names[FG_STAGE__COUNT] = { "walk", "read", "parse", "index", "flow", "claims", "suppress",
						     "report" };

const char *fg_stage_name(fg_stage s)
{
	return s < FG_STAGE__COUNT ? names[s] : "?";
}

static double secs(clockid_t c)
{
	struct timespec t;
	clock_gettime(c, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

void fg_stage_start(const fg_stages *st, fg_stage_mark *m)
{
	if (!st) {
		m->cpu = m->wall = 0;
		return;
	}
	m->cpu = secs(CLOCK_THREAD_CPUTIME_ID);
	m->wall = secs(CLOCK_MONOTONIC);
}

void fg_stage_end(fg_stages *st, fg_stage s, fg_stage_mark *m, size_t files)
{
	if (!st)
		return;
	fg_stage_mark now;
	fg_stage_start(st, &now);
	st->cpu[s] += now.cpu - m->cpu;
	st->wall[s] += now.wall - m->wall;
	st->files[s] += files;
	*m = now;
}

void fg_stages_add(fg_stages *to, const fg_stages *from)
{
	for (int s = 0; s < FG_STAGE__COUNT; s++) {
		to->cpu[s] += from->cpu[s];
		to->wall[s] += from->wall[s];
		to->files[s] += from->files[s];
	}
	to->bytes_parsed += from->bytes_parsed;
	for (int p = 0; p < 3; p++)
		to->analysed[p] += from->analysed[p];
	to->deferred += from->deferred;
}

size_t fg_peak_rss(void)
{
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return 0;
	return (size_t)ru.ru_maxrss * 1024u; /* Linux: KiB */
}

double fg_process_cpu(void)
{
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return 0;
	return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}
