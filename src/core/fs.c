#include "fs.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

int fg_read_file(const char *path, size_t max, fg_buf *out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return -1;
	struct stat st;
	if (fstat(fd, &st) < 0) {
		int e = errno;
		close(fd);
		errno = e;
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		errno = EINVAL;
		return -1;
	}
	if (max && (size_t)st.st_size > max) {
		close(fd);
		errno = EFBIG;
		return -1;
	}
	fg_buf_clear(out);
	fg_buf_grow(out, (size_t)st.st_size);
	for (;;) {
		fg_buf_grow(out, 65536);
		ssize_t n = read(fd, out->ptr + out->len, out->cap - out->len - 1);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			int e = errno;
			close(fd);
			errno = e;
			return -1;
		}
		if (n == 0)
			break;
		out->len += (size_t)n;
		if (max && out->len > max) {
			close(fd);
			errno = EFBIG;
			return -1;
		}
	}
	out->ptr[out->len] = '\0';
	close(fd);
	return 0;
}

/* Length of the leading component of p (up to '/' or the end). */
static size_t component_len(const char *p)
{
	size_t n = 0;
	while (p[n] && p[n] != '/')
		n++;
	return n;
}

void fg_path_relative(fg_buf *out, const char *target, const char *from)
{
	const char *t = target, *f = from;
	/* Skip the components both share. */
	for (;;) {
		while (*t == '/')
			t++;
		while (*f == '/')
			f++;
		size_t nt = component_len(t), nf = component_len(f);
		if (!nt || nt != nf || memcmp(t, f, nt) != 0)
			break;
		t += nt;
		f += nf;
	}
	size_t start = out->len;
	/* One ".." for each component of `from` left over. */
	while (*f) {
		size_t nf = component_len(f);
		if (nf)
			fg_buf_puts(out, out->len > start ? "/.." : "..");
		f += nf;
		while (*f == '/')
			f++;
	}
	size_t nt = strlen(t);
	while (nt && t[nt - 1] == '/')
		nt--;
	if (nt) {
		if (out->len > start)
			fg_buf_putc(out, '/');
		fg_buf_add(out, t, nt);
	}
	if (out->len == start)
		fg_buf_putc(out, '.');
}

static int write_stream(const char *path, const char *data, size_t len)
{
	FILE *fp = fopen(path, "wb");
	if (!fp)
		return -1;
	bool ok = fwrite(data, 1, len, fp) == len;
	int saved = errno;
	if (fclose(fp) != 0)
		return -1;
	errno = saved;
	return ok ? 0 : -1;
}

int fg_write_file(const char *path, const char *data, size_t len)
{
	struct stat st;
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
		return write_stream(path, data, len);
	fg_buf tmp = FG_BUF_INIT;
	fg_buf_printf(&tmp, "%s.tmp.%ld", path, (long)getpid());
	int rc = write_stream(tmp.ptr, data, len);
	if (rc == 0)
		rc = rename(tmp.ptr, path);
	if (rc < 0) {
		int saved = errno;
		unlink(tmp.ptr);
		errno = saved;
	}
	fg_buf_release(&tmp);
	return rc;
}
