/*
 * article: "a" or "an" before a word, so that a replacement after an
 * article keeps the pair grammatical ("an irregular woodland" becomes
 * "a random forest").  Exceptions to the vowel-letter rule come from
 * dicts/articles.txt.
 */
#ifndef UNSPIN_ARTICLE_H
#define UNSPIN_ARTICLE_H

#include <stdbool.h>
#include <stddef.h>

struct articles;

struct articles	*articles_new(void);
/* Read PATH; 0, or -1 with "FILE:LINE: message" in err. */
int		 articles_load(struct articles *, const char *path, char *err,
		    size_t errlen);
/* Does word (n bytes) take "an"? */
bool		 articles_wants_an(const struct articles *, const char *word,
		    size_t n);
void		 articles_free(struct articles *);

#endif
