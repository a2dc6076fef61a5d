/* render: the corrected text and the change records (see render.h). */
#include <config.h>

#include <string.h>

#include "buf.h"
#include "edit.h"
#include "render.h"
#include "unspin.h"

void
render_text(const char *text, size_t len, const struct edits *l,
    struct buf *out)
{
	size_t i, at = 0;

	for (i = 0; i < l->n; i++) {
		const struct edit *e = &l->v[i];

		if (!e->applied)
			continue;
		buf_add(out, text + at, e->start - at);
		buf_add(out, e->repl, e->rlen);
		at = e->end;
	}
	buf_add(out, text + at, len - at);
}

void
render_changes(const char *text, const struct edits *l,
    const struct render_pos *pos,
    void (*fn)(void *, const struct unspin_change *), void *ctx)
{
	uint64_t line = pos->line, column = 1;
	size_t i, at = 0;

	for (i = 0; i < l->n; i++) {
		const struct edit *e = &l->v[i];
		struct unspin_change c;

		/* Lines and columns incrementally: edits come in order. */
		for (; at < e->start; at++)
			if (text[at] == '\n') {
				line++;
				column = 1;
			} else if (((unsigned char)text[at] & 0xC0) != 0x80)
				column++;	/* not a continuation byte */
		memset(&c, 0, sizeof(c));
		c.file = pos->file;
		c.line = line;
		c.column = column;
		c.offset = pos->offset + e->start;
		c.length = e->end - e->start;
		c.rule = e->id;
		c.kind = e->kind;
		c.level = (enum unspin_level)e->level;
		c.applied = e->applied;
		c.before = text + e->start;
		c.before_len = e->end - e->start;
		c.after = e->repl;
		c.after_len = e->rlen;
		fn(ctx, &c);
	}
}
