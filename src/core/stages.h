/*
 * stages.h - where a scan's time goes (--stats): CPU and wall time per
 * stage, files per stage, bytes parsed.
 *
 * Each worker thread owns one fg_stages and adds to it; the scan sums them
 * at the end, so no counter is shared between threads.  A NULL fg_stages
 * measures nothing (the clocks are read only with --stats).
 */
#ifndef FG_CORE_STAGES_H
#define FG_CORE_STAGES_H

#include <stddef.h>
#include <stdint.h>

typedef enum fg_stage {
	FG_STAGE_WALK,     /* listing the files (libgit2 status, or the folder walk) */
	FG_STAGE_READ,     /* reading a file, binary and prefilter checks */
	FG_STAGE_PARSE,    /* tree-sitter */
	FG_STAGE_INDEX,    /* the repository index, the Foundry context */
	FG_STAGE_FLOW,     /* clients, requests and data flows */
	FG_STAGE_CLAIMS,   /* claims in comments and documents */
	FG_STAGE_SUPPRESS, /* inline ignores, configuration, baseline */
	FG_STAGE_REPORT,   /* sorting the findings and writing the report */
	FG_STAGE__COUNT
} fg_stage;

typedef struct fg_stages {
	double cpu[FG_STAGE__COUNT];  /* seconds of CPU, summed over threads */
	double wall[FG_STAGE__COUNT]; /* seconds, summed over threads */
	size_t files[FG_STAGE__COUNT];
	uint64_t bytes_parsed;
	size_t analysed[3];           /* files analysed in the first, second and third pass */
	size_t deferred;              /* first pass: facts only, analysed in the second */
} fg_stages;

/* A point in time of the calling thread. */
typedef struct fg_stage_mark {
	double cpu, wall;
} fg_stage_mark;

const char *fg_stage_name(fg_stage s);
/* Now, for the calling thread (zeros when st is NULL: nothing is measured). */
void fg_stage_start(const fg_stages *st, fg_stage_mark *m);
/* Adds the time since *m to stage s (and one file when files), and moves *m to now. */
void fg_stage_end(fg_stages *st, fg_stage s, fg_stage_mark *m, size_t files);
void fg_stages_add(fg_stages *to, const fg_stages *from);
/* Peak resident set size of the process, in bytes. */
size_t fg_peak_rss(void);
/* CPU seconds the process has used (user + system, all threads). */
double fg_process_cpu(void);

#endif
