/*
 * fingerprint.h - a vectorised filter for where a literal of a set may
 * start (fingerprint.c): the literal search of regex.c compares literals
 * only at the positions it gives.
 */
#ifndef FG_FINGERPRINT_H
#define FG_FINGERPRINT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A literal's first bytes that the filter looks at. */
#define FG_FP_BYTES 3

typedef struct fg_fingerprints {
	uint8_t lo[FG_FP_BYTES][16]; /* buckets with a byte of this low nibble at position k */
	uint8_t hi[FG_FP_BYTES][16]; /* ...and of this high nibble */
} fg_fingerprints;

/* Byte `byte` at position pos (< FG_FP_BYTES) of a fingerprint in bucket (0-7). */
void fg_fp_add(fg_fingerprints *fp, unsigned bucket, unsigned pos, unsigned char byte);
/* Any byte at position pos, for bucket. */
void fg_fp_add_any(fg_fingerprints *fp, unsigned bucket, unsigned pos);
/* Whether this machine runs the filter (else fg_fp_skip never moves). */
bool fg_fp_usable(void);
/*
 * From position i of s: the first candidate position (*found = true), or
 * the position from which the caller looks byte by byte (*found = false:
 * fewer than 18 bytes are left there, or the filter does not run here).
 */
size_t fg_fp_skip(const fg_fingerprints *fp, const unsigned char *s, size_t len, size_t i, bool *found);

#endif
