/* paragraph: blank-line paragraph boundaries (see paragraph.h). */
#include <config.h>

#include <string.h>

#include "paragraph.h"

static bool
is_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

enum para_cut
paragraph_cut(const char *s, size_t n, size_t *scan, bool final, size_t *len)
{
	size_t i = *scan, lastnl = 0, resume = 0;
	const char *nl;
	bool seen_text = false, in_blank = false;

	/* Restart at the line the earlier scan stopped in. */
	while (i > 0 && s[i - 1] != '\n')
		i--;
	seen_text = i > 0;
	while ((nl = memchr(s + i, '\n', n - i)) != NULL) {
		size_t end = (size_t)(nl - s) + 1;
		bool blank = is_blank(s + i, end - 1 - i);

		if (blank && seen_text && !in_blank) {
			in_blank = true;
			resume = i;	/* a later call re-reads the blank run */
		} else if (!blank && in_blank) {
			*len = i;	/* text after the blank run */
			*scan = 0;
			return PARA_END;
		}
		seen_text = seen_text || !blank;
		lastnl = end;
		i = end;
		if (i > PARAGRAPH_MAX)
			break;
	}
	if (final && n > 0) {
		*len = n;
		*scan = 0;
		return PARA_END;
	}
	if (n > PARAGRAPH_MAX) {
		*scan = 0;
		*len = lastnl;
		return lastnl > 0 ? PARA_SPLIT : PARA_LONGLINE;
	}
	*scan = in_blank ? resume : lastnl;
	return PARA_NONE;
}
