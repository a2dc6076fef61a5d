/*
 * casing: makes a replacement look like the text it replaces: Title or
 * UPPER case, and curly apostrophes where the input used them.
 */
#ifndef UNSPIN_CASING_H
#define UNSPIN_CASING_H

#include <stddef.h>

struct buf;
struct token;

enum casemode {
	CASE_KEEP,	/* as the rule wrote it */
	CASE_TITLE,	/* first letter capitalised */
	CASE_NAME,	/* every word capitalised, but small words */
	CASE_UPPER	/* everything capitalised */
};

/* The case of the replaced tokens v[0..n). */
enum casemode	 casing_of(const struct token *, size_t n);
/* Apply mode to the replacement in b. */
void		 casing_apply(struct buf *, enum casemode);
/* Turn ' into ’ in b. */
void		 casing_curly(struct buf *);

#endif
