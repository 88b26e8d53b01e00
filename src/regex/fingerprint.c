/*
 * fingerprint.c - where a literal of a set may start, 16 bytes at a time.
 *
 * Every literal of a set has three bytes or more; its first three (in
 * every case) are its fingerprint, and each literal is given one of eight
 * buckets.  For each of the three byte positions, two 16-entry tables give
 * the buckets whose fingerprint has a byte with that low nibble, and with
 * that high nibble there: a SSSE3 byte shuffle looks up 16 positions at
 * once, and a position is a candidate when some bucket survives all six
 * look-ups.  Every position where a literal starts is a candidate (the
 * tables only ever hold more than the fingerprints); the caller compares
 * the literals there.  This is the idea of the "Teddy" search of Hyperscan
 * and Rust's aho-corasick, in its plainest form.
 */
#include "fingerprint.h"
#include <string.h>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define FG_FP_SIMD 1
#endif

/* Bytes one step reads: 16 positions, and the two bytes after the last one. */
#define FP_STEP 16u
#define FP_READ (FP_STEP + FG_FP_BYTES - 1)

void fg_fp_add(fg_fingerprints *fp, unsigned bucket, unsigned pos, unsigned char byte)
{
	uint8_t bit = (uint8_t)(1u << (bucket % 8));
	fp->lo[pos][byte & 15] |= bit;
	fp->hi[pos][byte >> 4] |= bit;
}

void fg_fp_add_any(fg_fingerprints *fp, unsigned bucket, unsigned pos)
{
	for (unsigned b = 0; b < 16; b++) {
		fp->lo[pos][b] |= (uint8_t)(1u << (bucket % 8));
		fp->hi[pos][b] |= (uint8_t)(1u << (bucket % 8));
	}
}

#ifdef FG_FP_SIMD
__attribute__((target("ssse3"))) static size_t skip_ssse3(const fg_fingerprints *fp, const unsigned char *s,
							   size_t len, size_t i, bool *found)
{
	const __m128i nib = _mm_set1_epi8(0x0f), zero = _mm_setzero_si128();
	__m128i lo[FG_FP_BYTES], hi[FG_FP_BYTES];
	for (unsigned k = 0; k < FG_FP_BYTES; k++) {
		lo[k] = _mm_loadu_si128((const __m128i *)fp->lo[k]);
		hi[k] = _mm_loadu_si128((const __m128i *)fp->hi[k]);
	}
	for (; i + FP_READ <= len; i += FP_STEP) {
		__m128i r = _mm_set1_epi8(-1);
		for (unsigned k = 0; k < FG_FP_BYTES; k++) {
			__m128i v = _mm_loadu_si128((const __m128i *)(s + i + k));
			__m128i l = _mm_shuffle_epi8(lo[k], _mm_and_si128(v, nib));
			__m128i h = _mm_shuffle_epi8(hi[k], _mm_and_si128(_mm_srli_epi16(v, 4), nib));
			r = _mm_and_si128(r, _mm_and_si128(l, h));
		}
		unsigned m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(r, zero)) ^ 0xFFFFu;
		if (m) {
			*found = true;
			return i + (unsigned)__builtin_ctz(m);
		}
	}
	*found = false;
	return i;
}

static bool have_ssse3(void)
{
	static int known; /* 0: not asked yet, 1: yes, 2: no (the same answer for every thread) */
	int k = __atomic_load_n(&known, __ATOMIC_RELAXED);
	if (!k) {
		__builtin_cpu_init();
		k = __builtin_cpu_supports("ssse3") ? 1 : 2;
		__atomic_store_n(&known, k, __ATOMIC_RELAXED);
	}
	return k == 1;
}
#endif

bool fg_fp_usable(void)
{
#ifdef FG_FP_SIMD
	return have_ssse3();
#else
	return false;
#endif
}

size_t fg_fp_skip(const fg_fingerprints *fp, const unsigned char *s, size_t len, size_t i, bool *found)
{
#ifdef FG_FP_SIMD
	if (have_ssse3())
		return skip_ssse3(fp, s, len, i, found);
#else
	(void)fp;
	(void)s;
	(void)len;
#endif
	*found = false;
	return i;
}
