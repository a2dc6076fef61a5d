/*
 * buf: a growable byte buffer, and an arena for per-paragraph objects that
 * is reset, not freed piece by piece, so streaming keeps a flat footprint.
 */
#ifndef UNSPIN_BUF_H
#define UNSPIN_BUF_H

#include <stddef.h>

struct buf {
	char	*data;
	size_t	 len;
	size_t	 cap;
};

void	 buf_add(struct buf *, const void *, size_t);
void	 buf_addc(struct buf *, char);
void	 buf_adds(struct buf *, const char *);
/* Remove the first n bytes, keeping the rest. */
void	 buf_consume(struct buf *, size_t n);
/* NUL-terminate without counting the NUL; returns data. */
char	*buf_str(struct buf *);
void	 buf_free(struct buf *);

struct arena_block;

struct arena {
	struct arena_block	*head;
};

void	*arena_alloc(struct arena *, size_t);
char	*arena_strndup(struct arena *, const char *, size_t);
/* Forget all allocations but keep the first block for reuse. */
void	 arena_reset(struct arena *);
void	 arena_free(struct arena *);

#endif
