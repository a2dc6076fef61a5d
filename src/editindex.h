/*
 * editindex: a word list that answers "which listed words are one edit
 * from this word?" in a few lookups.  Besides the words it keeps the hash
 * of every word with one byte deleted (a deletion index), so a search
 * costs about twice the word's length in lookups instead of one per
 * possible edit (some fifty per letter).
 */
#ifndef UNSPIN_EDITINDEX_H
#define UNSPIN_EDITINDEX_H

#include <stdbool.h>
#include <stddef.h>

struct editindex;

/* How a listed word differs from the word searched for. */
enum ei_edit {
	EI_DELETE,	/* byte at of the word is not in the listed word */
	EI_INSERT,	/* the listed word has byte ch before byte at */
	EI_REPLACE,	/* byte at of the word is ch in the listed word */
	EI_SWAP		/* bytes at and at + 1 change places */
};

/* One listed word near the word searched for. */
struct ei_match {
	const char	*word;	/* NUL-terminated, owned by the index */
	size_t		 len;
	enum ei_edit	 edit;
	size_t		 at;	/* first position where they differ */
	char		 ch;	/* the listed word's byte (insert, replace) */
};

typedef void	 ei_found(void *ctx, const struct ei_match *);

struct editindex	*editindex_new(void);
void			 editindex_free(struct editindex *);
void			 editindex_add(struct editindex *, const char *, size_t);
/* Makes the index searchable after words were added. */
void			 editindex_seal(struct editindex *);
bool			 editindex_has(const struct editindex *, const char *,
			    size_t);
size_t			 editindex_count(const struct editindex *);
/*
 * Calls found for every listed word one deletion, insertion, replacement
 * or swap of neighbours from w (n bytes, at most 126), each word once.
 * Finds nothing in an index added to since it was last sealed.
 */
void			 editindex_near(const struct editindex *, const char *w,
			    size_t n, ei_found *, void *ctx);

#endif
