/* density: is a document dense enough in sure spins for likely fixes? */
#include <config.h>

#include <string.h>

#include "buf.h"
#include "density.h"
#include "edit.h"
#include "paragraph.h"
#include "resolve.h"
#include "rule.h"
#include "rules.h"
#include "segment.h"
#include "utf8.h"

/*
 * The minimum count keeps a short opening with a stray finding from
 * deciding for a long document.
 */
#define DENSITY_PER_1000	10
#define DENSITY_MIN_SURE	5

bool
density_dense(const struct density *d)
{
	return d->sure >= DENSITY_MIN_SURE &&
	    d->sure * 1000 >= DENSITY_PER_1000 * d->words;
}

void
density_count(struct density *d, const struct tokens *toks,
    const struct edits *l)
{
	size_t i;

	for (i = 0; i < toks->n; i++)
		if (toks->v[i].type != TOK_PUNCT)
			d->words++;
	for (i = 0; i < l->n; i++)
		if (l->v[i].level == LEVEL_SURE &&
		    strcmp(l->v[i].kind, "spelling") != 0)
			d->sure++;
}

void
density_survey(struct density *d, const struct ruleset *rs, const char *s,
    size_t n, struct arena *a, struct tokens *toks, struct edits *edits)
{
	size_t done = 0, scan = 0, len, bad;

	while (done < n) {
		enum para_cut cut = paragraph_cut(s + done, n - done, &scan,
		    true, &len);

		if (cut == PARA_NONE || cut == PARA_LONGLINE || len == 0)
			break;
		/* What the pipeline will copy through unread counts for nothing. */
		if (memchr(s + done, '\0', len) == NULL &&
		    utf8_valid(s + done, len, &bad)) {
			arena_reset(a);
			edits->n = 0;
			segment_paragraph(s + done, len, a, &rs->abbrevs, toks);
			rules_match(rs, s + done, len, toks, a, edits);
			resolve(edits, s + done, LEVEL_SURE);
			density_count(d, toks, edits);
		}
		done += len;
		scan = 0;
	}
}
