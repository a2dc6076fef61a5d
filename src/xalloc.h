/*
 * xalloc: allocation that cannot fail.  Out of memory is the one error on
 * which libunspin exits (status 2), so no call site tests for NULL.
 */
#ifndef UNSPIN_XALLOC_H
#define UNSPIN_XALLOC_H

#include <stddef.h>

void	*xmalloc(size_t);
void	*xcalloc(size_t, size_t);
void	*xrealloc(void *, size_t);
char	*xstrdup(const char *);
char	*xstrndup(const char *, size_t);
/* Grow *cap (doubling) until it holds need elements of size sz. */
void	*xgrow(void *, size_t *cap, size_t need, size_t sz);

#endif
