/* density: is a document dense enough in spins for likely fixes? */
#include <config.h>

#include <stdlib.h>
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
#include "xalloc.h"

/*
 * Sure spins decide at 3 and 10 per 1,000 words; the minimum count keeps a
 * short opening with a stray finding from deciding for a long document.
 * Likely ones are fluent English one by one, but a story the spinner went
 * through is thick with them: 20 per 1,000 words, from 5 rules or more
 * (one writer's habit, "within the" a dozen times, is one rule), decide
 * too.  No clean text measured comes near either (Brown in 2,000-word
 * pieces, nlp-corpus in 150-word pieces, 113 modern news excerpts: the
 * likely rate stays under 13 per 1,000), while spun articles with few
 * sure spins show 25 and more.
 */
#define DENSITY_PER_1000	10
#define DENSITY_MIN_SURE	3
#define DENSITY_LIKELY_PER_1000	20

bool
density_dense(const struct density *d)
{
	return (d->sure >= DENSITY_MIN_SURE &&
	    d->sure * 1000 >= DENSITY_PER_1000 * d->words) ||
	    (d->nlikely_ids >= DENSITY_MIN_LIKELY &&
	    d->likely * 1000 >= DENSITY_LIKELY_PER_1000 * d->words);
}

/* Note the rule of a likely finding, until there are enough of them. */
static void
add_likely_id(struct density *d, const char *id)
{
	size_t i;

	for (i = 0; i < d->nlikely_ids; i++)
		if (strcmp(d->likely_ids[i], id) == 0)
			return;
	if (d->nlikely_ids < DENSITY_MIN_LIKELY)
		d->likely_ids[d->nlikely_ids++] = id;
}

/*
 * Evidence of a spinner: spins and tortured phrases.  A lower-case "i", a
 * misspelled name or a doubled word says nothing of one: chat text full of
 * "i think" is not spun.
 */
static bool
spin_evidence(const struct edit *e)
{
	return strcmp(e->kind, "spin") == 0 || strcmp(e->kind, "tortured") == 0;
}

void
density_count(struct density *d, const struct tokens *toks,
    const struct edits *l)
{
	size_t i;

	for (i = 0; i < toks->n; i++)
		if (toks->v[i].type != TOK_PUNCT)
			d->words++;
	for (i = 0; i < l->n; i++) {
		if (!spin_evidence(&l->v[i]))
			continue;
		if (l->v[i].level == LEVEL_SURE)
			d->sure++;
		else if (l->v[i].level == LEVEL_LIKELY) {
			d->likely++;
			add_likely_id(d, l->v[i].id);
		}
	}
}

void
survey_free(struct survey *sv)
{
	arena_free(&sv->arena);
	tokens_free(&sv->toks);
	edits_free(&sv->edits);
	edits_free(&sv->scratch);
	free(sv->p);
	memset(sv, 0, sizeof(*sv));
}

void
survey_reset(struct survey *sv)
{
	arena_reset(&sv->arena);
	sv->edits.n = 0;
	sv->np = sv->next = 0;
}

bool
survey_take(struct survey *sv, uint64_t off, size_t len, struct edits *out)
{
	const struct survey_para *p;

	while (sv->next < sv->np && sv->p[sv->next].off < off)
		sv->next++;
	if (sv->next == sv->np || sv->p[sv->next].off != off ||
	    sv->p[sv->next].len != len)
		return false;
	p = &sv->p[sv->next++];
	edits_append(out, sv->edits.v + p->first, p->n);
	return true;
}

/* Match one paragraph, keep its edits, count what resolve keeps. */
static void
survey_paragraph(struct density *d, const struct ruleset *rs, const char *s,
    size_t len, uint64_t off, struct survey *sv)
{
	struct survey_para *p;
	size_t first = sv->edits.n;

	segment_paragraph(s, len, &sv->arena, &rs->abbrevs, &sv->toks);
	rules_match(rs, s, len, &sv->toks, &sv->arena, &sv->edits);
	sv->p = xgrow(sv->p, &sv->cap, sv->np + 1, sizeof(*sv->p));
	p = &sv->p[sv->np++];
	p->off = off;
	p->len = len;
	p->first = first;
	p->n = sv->edits.n - first;
	sv->scratch.n = 0;
	edits_append(&sv->scratch, sv->edits.v + first, p->n);
	resolve(&sv->scratch, s, LEVEL_SURE);
	density_count(d, &sv->toks, &sv->scratch);
}

void
density_survey(struct density *d, const struct ruleset *rs, const char *s,
    size_t n, uint64_t off, struct survey *sv)
{
	size_t done = 0, scan = 0, len, bad;

	survey_reset(sv);
	while (done < n) {
		enum para_cut cut = paragraph_cut(s + done, n - done, &scan,
		    true, &len);

		if (cut == PARA_NONE || cut == PARA_LONGLINE || len == 0)
			break;
		/* What the pipeline copies through unread counts for nothing. */
		if (memchr(s + done, '\0', len) == NULL &&
		    utf8_valid(s + done, len, &bad))
			survey_paragraph(d, rs, s + done, len, off + done, sv);
		done += len;
		scan = 0;
	}
}
