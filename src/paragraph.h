/*
 * paragraph: finds where the next paragraph of pending input ends, so the
 * pipeline can stream a paragraph at a time in bounded memory.
 */
#ifndef UNSPIN_PARAGRAPH_H
#define UNSPIN_PARAGRAPH_H

#include <stdbool.h>
#include <stddef.h>

/* Largest paragraph handed to the stages; longer ones split at a line. */
#define PARAGRAPH_MAX	(256 * 1024)

enum para_cut {
	PARA_NONE,	/* need more input */
	PARA_END,	/* a paragraph (with its blank lines) ends at *len */
	PARA_SPLIT,	/* too long: cut at the line end *len */
	PARA_LONGLINE	/* a single line exceeds PARAGRAPH_MAX */
};

/*
 * Look at s[0..n) from *scan on (where an earlier call stopped) for the
 * end of the first paragraph.  With final set, the input is complete.
 */
enum para_cut	 paragraph_cut(const char *s, size_t n, size_t *scan,
		    bool final, size_t *len);

#endif
