/* utf8: decoding and character classes (see utf8.h). */
#include <config.h>

#include <string.h>

#include "utf8.h"

bool
utf8_valid(const char *s, size_t n, size_t *bad)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, len, k;
	uint32_t cp, min;

	while (i < n) {
		/* Eight ASCII bytes at a time: the common case. */
		while (n - i >= 8) {
			uint64_t w;

			memcpy(&w, p + i, 8);
			if (w & 0x8080808080808080ULL)
				break;
			i += 8;
		}
		if (i >= n)
			break;
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		if (p[i] >= 0xC2 && p[i] <= 0xDF) {
			len = 2; cp = p[i] & 0x1F; min = 0x80;
		} else if ((p[i] & 0xF0) == 0xE0) {
			len = 3; cp = p[i] & 0x0F; min = 0x800;
		} else if (p[i] >= 0xF0 && p[i] <= 0xF4) {
			len = 4; cp = p[i] & 0x07; min = 0x10000;
		} else
			goto fail;	/* continuation byte or C0/C1/F5+ lead */
		if (n - i < len)
			goto fail;	/* truncated sequence */
		for (k = 1; k < len; k++) {
			if ((p[i + k] & 0xC0) != 0x80)
				goto fail;
			cp = cp << 6 | (p[i + k] & 0x3F);
		}
		if (cp < min)
			goto fail;	/* overlong encoding */
		if (cp >= 0xD800 && cp <= 0xDFFF)
			goto fail;	/* UTF-16 surrogate */
		if (cp > 0x10FFFF)
			goto fail;	/* beyond Unicode */
		i += len;
	}
	return true;
fail:
	if (bad != NULL)
		*bad = i;
	return false;
}

size_t
utf8_decode(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len, k;

	if (p[0] < 0x80 || n < 2) {
		*cp = p[0];
		return 1;
	}
	len = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
	if (len > n)
		len = n;
	*cp = p[0] & (0x7F >> len);
	for (k = 1; k < len; k++)
		*cp = *cp << 6 | (p[k] & 0x3F);
	return len;
}

size_t
utf8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | cp >> 12);
		out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | cp >> 18);
	out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	out[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

bool
utf8_is_space(uint32_t c)
{
	return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xA0 ||
	    (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 ||
	    c == 0x202F || c == 0x205F || c == 0x2060 || c == 0x3000 ||
	    c == 0xFEFF;
}

bool
utf8_is_word(uint32_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	/* Latin-1 punctuation and symbols, but ª µ º are letters. */
	if (c <= 0xBF)
		return c == 0xAA || c == 0xB5 || c == 0xBA;
	if (c == 0xD7 || c == 0xF7)
		return false;
	/* General punctuation, currency, symbols, arrows, CJK punctuation. */
	if ((c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F) ||
	    (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF0F) ||
	    c == 0xFEFF || (c >= 0xFFF0 && c <= 0xFFFF))
		return false;
	return true;
}

bool
utf8_is_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	if (c >= 0xC0 && c <= 0xDE)
		return c != 0xD7;
	if (c >= 0x100 && c <= 0x17F)
		return (c & 1) == 0;	/* Latin Extended-A pairs */
	if (c >= 0x391 && c <= 0x3A9)
		return true;		/* Greek */
	return c >= 0x400 && c <= 0x42F;	/* Cyrillic */
}

bool
utf8_is_lower(uint32_t c)
{
	return utf8_is_word(c) && !utf8_is_upper(c) &&
	    !(c >= '0' && c <= '9');
}

bool
utf8_is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019;
}
