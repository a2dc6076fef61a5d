/*
 * render: applies the resolved edits of a paragraph and describes each
 * edit as a change record with its line, column and input offset.
 */
#ifndef UNSPIN_RENDER_H
#define UNSPIN_RENDER_H

#include <stddef.h>
#include <stdint.h>

struct buf;
struct edits;
struct unspin_change;

/* Where a paragraph starts in its document. */
struct render_pos {
	const char	*file;
	uint64_t	 offset;
	uint64_t	 line;
};

/* The paragraph with every applied edit made, appended to out. */
void	 render_text(const char *text, size_t len, const struct edits *,
	    struct buf *out);
/*
 * Call fn for each edit (applied or not) in position order, with its
 * place in the document.
 */
void	 render_changes(const char *text, const struct edits *,
	    const struct render_pos *,
	    void (*fn)(void *, const struct unspin_change *), void *ctx);

#endif
