/* text.c - text or binary, UTF-16 or not (see text.h). */
#include "text.h"
#include <ctype.h>

unsigned fg_text_utf16_unit(const unsigned char *p, bool le)
{
	return le ? (unsigned)p[0] | (unsigned)p[1] << 8 : (unsigned)p[0] << 8 | (unsigned)p[1];
}

/*
 * UTF-16 without a byte-order mark, told by its NUL pattern over the first
 * 8 KiB: at least 60% of the code units have a zero high byte (mostly ASCII
 * text), no unit has a zero byte in the other half, and every ASCII unit is
 * printable or white space (binary data of small 16-bit numbers has control
 * codes).
 */
static bool utf16_without_bom(const unsigned char *p, size_t len, bool *le)
{
	size_t n = FG_MIN(len, (size_t)8192) & ~(size_t)1;
	if (n < 4)
		return false;
	size_t units = n / 2, zero_second = 0, zero_first = 0;
	for (size_t i = 0; i < n; i += 2) {
		zero_second += p[i + 1] == 0; /* little-endian ASCII: the high byte comes second */
		zero_first += p[i] == 0;
	}
	bool little = zero_second * 10 >= units * 6 && zero_first == 0;
	bool big = zero_first * 10 >= units * 6 && zero_second == 0;
	if (!little && !big)
		return false;
	for (size_t i = 0; i < n; i += 2) {
		unsigned u = fg_text_utf16_unit(p + i, little);
		if (u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f')
			return false;
	}
	*le = little;
	return true;
}

bool fg_text_is_utf16(const char *data, size_t len, bool *le, size_t *skip)
{
	const unsigned char *p = (const unsigned char *)data;
	if (len >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
		*le = p[0] == 0xFF;
		*skip = 2;
		return true;
	}
	*skip = 0;
	return utf16_without_bom(p, len, le);
}

bool fg_text_is_binary(const char *data, size_t len)
{
	bool le;
	size_t skip;
	if (fg_text_is_utf16(data, len, &le, &skip))
		return false;
	return memchr(data, '\0', FG_MIN(len, (size_t)8192)) != NULL;
}

void fg_name_normalize(const char *name, size_t len, char *out, size_t outlen)
{
	size_t o = 0;
	bool pending_space = false;
	if (!outlen)
		return;
	for (size_t i = 0; i < len && o + 2 < outlen; i++) {
		unsigned char c = (unsigned char)name[i];
		bool sep = c == '_' || c == '-' || c == '.' || c == ' ' || c == ':' || c == '$' ||
			   c == '\t' || isdigit(c) || c == '/' || c == '"' || c == '\'' || c == '`';
		if (sep) {
			pending_space = o > 0;
			continue;
		}
		if (isupper(c) && i > 0) {
			unsigned char p = (unsigned char)name[i - 1];
			unsigned char n = i + 1 < len ? (unsigned char)name[i + 1] : 0;
			/* aB -> a b ; 0B -> 0 b ; ABc -> a bc */
			if (islower(p) || isdigit(p) || (isupper(p) && islower(n)))
				pending_space = o > 0;
		}
		if (pending_space) {
			out[o++] = ' ';
			pending_space = false;
		}
		out[o++] = (char)tolower(c);
	}
	out[o] = '\0';
	/* Drop a leading accessor verb: get_ssn -> ssn. */
	if (o > 4 && (out[0] == 'g' || out[0] == 's') && out[1] == 'e' && out[2] == 't' && out[3] == ' ')
		memmove(out, out + 4, o - 4 + 1);
}
