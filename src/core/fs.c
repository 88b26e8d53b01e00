#include "fs.h"
#include <errno.h>
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
