/*
 * no_ca.c - dynamic builds: libgit2's start-up without reading the CA bundle.
 *
 * git_libgit2_init() sets HTTPS up for an mbedTLS libgit2 (Debian's 1.5) and
 * parses every certificate of /etc/ssl/certs/ca-certificates.crt: ~54M
 * instructions, a fifth of a pre-commit run.  libgit2 1.5 has no option to
 * leave it out, and foundry-guard never contacts a remote.  Defined in the
 * executable, this function takes precedence over libmbedx509's for libgit2
 * (symbol interposition): while fg_source_global_init runs it loads nothing;
 * at any other time it forwards to the library's.  The static binary links
 * a libgit2 built without network transports, and not this file (Makefile).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdbool.h>
#include <stddef.h>

bool fg__ca_skip; /* true around git_libgit2_init (source.c) */

int mbedtls_x509_crt_parse_file(void *chain, const char *path);

int mbedtls_x509_crt_parse_file(void *chain, const char *path)
{
	if (fg__ca_skip)
		return 0; /* no certificates: an empty chain */
	static int (*real)(void *, const char *);
	if (!real)
		*(void **)&real = dlsym(RTLD_NEXT, "mbedtls_x509_crt_parse_file");
	return real ? real(chain, path) : -1;
}
