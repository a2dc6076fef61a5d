/*
 * ruleindex: how the matcher finds a rule.  Each rule is filed under its
 * rarest required word, and long case-blind alternative sets get a hash
 * set, so matching cost follows the text and not the table.
 */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "rule.h"
#include "ruleindex.h"
#include "segment.h"
#include "strmap.h"
#include "xalloc.h"

/* Past this many alternatives an element looks words up in a hash set. */
#define LITSET_MIN	6

/*
 * l's text folded: the text itself, but for an exact literal ("The"),
 * whose folded copy goes to *tmp for the caller to free.
 */
static const char *
folded(const struct lit *l, char **tmp)
{
	*tmp = NULL;
	if (!l->exact)
		return l->text;
	*tmp = xstrndup(l->text, l->len);
	segment_fold(*tmp, l->len, *tmp);
	return *tmp;
}

/*
 * How often a literal can be expected in text, per million words: the
 * frequency list for common words, punctuation above any word ("the" is
 * 69,000), and 1 for the rest.  An exact literal ("The") counts as its
 * folded form.
 */
static unsigned long
commonness(const struct ruleset *rs, const struct lit *l)
{
	char *tmp;
	const char *f;
	void *v;

	if (l->len == 1 || !(l->text[0] & 0x80 || (l->text[0] | 32) >= 'a'))
		return 100000;
	f = folded(l, &tmp);
	v = strmap_get(&rs->freq, f, l->len, strmap_hash(f, l->len));
	free(tmp);
	return v != NULL ? (unsigned long)(uintptr_t)v : 1;
}

/*
 * The index key is the required literal element whose words are rarest,
 * so a rule is tried only where its least common word appears (a rule on
 * "the go to of" is tried at "go", not at every "the").  Without one the
 * rule is tried everywhere.
 */
static void
choose_anchor(struct ruleset *rs, struct rule *r)
{
	unsigned long best = ~0ul, cost;
	size_t i, k;

	r->anchor = (size_t)-1;
	for (i = 0; i < r->npels; i++) {
		const struct pel *e = &r->pels[i];

		if (e->optional || e->negated || e->nlits == 0 ||
		    e->nclasses > 0)
			continue;
		for (cost = 0, k = 0; k < e->nlits; k++)
			cost += commonness(rs, &e->lits[k]);
		if (cost < best) {
			best = cost;
			r->anchor = i;
		}
	}
	if (r->anchor != (size_t)-1)
		return;
	for (i = 0; i < r->npels; i++)
		if (!r->pels[i].optional && !r->pels[i].negated) {
			r->anchor = i;
			return;
		}
}

/*
 * The words element e may match, as a mask of rule_near_bit()s; all ones
 * when e may match other words too (a class, !x) or no word (x?), or
 * compares a word's tail.
 */
static uint64_t
near_mask(const struct pel *e)
{
	uint64_t mask = 0;
	size_t k;

	if (e->optional || e->negated || e->nclasses > 0 || e->nlits == 0)
		return ~(uint64_t)0;
	for (k = 0; k < e->nlits; k++) {
		char *tmp;
		const char *f;

		if (e->lits[k].suffix)
			return ~(uint64_t)0;
		f = folded(&e->lits[k], &tmp);
		mask |= rule_near_bit(strmap_hash(f, e->lits[k].len));
		free(tmp);
	}
	return mask;
}

/* Append to list an entry for r, with the neighbour masks of ref. */
static void
add_ref(struct rule_list *list, const struct rule_ref *ref)
{
	list->v = xgrow(list->v, &list->cap, list->n + 1, sizeof(*list->v));
	list->v[list->n++] = *ref;
}

static void
index_one(struct ruleset *rs, struct rule *r)
{
	struct rule_ref ref = { r, -1, ~(uint64_t)0, ~(uint64_t)0 };
	struct rule_list *list;
	const struct pel *e;
	size_t i, b, a = r->anchor;

	if (a != (size_t)-1 && a > 0)
		ref.prev_mask = near_mask(&r->pels[a - 1]);
	if (a != (size_t)-1 && a + 1 < r->npels)
		ref.next_mask = near_mask(&r->pels[a + 1]);
	if (a == (size_t)-1 || r->pels[a].nlits == 0 ||
	    r->pels[a].nclasses > 0) {
		add_ref(&rs->unanchored, &ref);
		return;
	}
	e = &r->pels[a];
	for (i = 0; i < e->nlits; i++) {
		const struct lit *l = &e->lits[i];
		char *tmp;
		const char *f = folded(l, &tmp);
		void **slot;

		b = rule_filter_bit(strmap_hash(f, l->len));
		rs->filter[b >> 6] |= (uint64_t)1 << (b & 63);
		slot = strmap_put(&rs->index, f, l->len);
		free(tmp);
		if (*slot == NULL)
			*slot = xcalloc(1, sizeof(struct rule_list));
		list = *slot;
		/*
		 * Two alternatives can fold alike (exact "Jap", "jap"): index
		 * the rule once and let the matcher test which one it is.
		 */
		if (list->n > 0 && list->v[list->n - 1].rule == r) {
			list->v[list->n - 1].lit = -1;
			continue;
		}
		ref.lit = l->exact ? -1 : (int)i;
		add_ref(list, &ref);
	}
}

/*
 * The litset of literals lits[0..n): made once for every element that
 * lists the same words in the same order (a follow list of forty verbs
 * recurs in dozens of rules and in every variant of a rule).
 */
static const struct litset *
litset_of(struct ruleset *rs, const struct lit *lits, size_t n)
{
	struct buf sig = { 0 };
	struct litset *set;
	void **slot;
	size_t k, cap = 16;

	for (k = 0; k < n; k++) {
		buf_add(&sig, lits[k].text, lits[k].len);
		buf_addc(&sig, '\n');
	}
	slot = strmap_put(&rs->litsets, sig.data, sig.len);
	buf_free(&sig);
	if (*slot != NULL)
		return *slot;
	while (cap < 2 * n)
		cap *= 2;
	*slot = set = xcalloc(1, sizeof(*set));
	set->slot = xcalloc(cap, sizeof(*set->slot));
	set->mask = cap - 1;
	set->lits = xcalloc(n, sizeof(*set->lits));
	memcpy(set->lits, lits, n * sizeof(*lits));
	set->nlits = n;
	for (k = 0; k < n; k++) {
		size_t i = litset_probe(set, lits[k].text, lits[k].len,
		    strmap_hash(lits[k].text, lits[k].len));

		if (set->slot[i] == 0)	/* the first of two alike wins */
			set->slot[i] = (uint32_t)(k + 1);
	}
	return set;
}

/*
 * Let e use its litset's copy of the list when they are alike in every
 * field (the litset is found by the words alone; inflection slots may
 * differ): the long lists recur in dozens of rules and their variants.
 */
static void
share_lits(struct pel *e)
{
	const struct litset *set = e->litset;
	size_t k;

	if (set->nlits != e->nlits)
		return;
	for (k = 0; k < e->nlits; k++)
		if (set->lits[k].text != e->lits[k].text ||
		    set->lits[k].len != e->lits[k].len ||
		    set->lits[k].form != e->lits[k].form)
			return;
	free(e->lits);
	e->lits = set->lits;
}

static void
build_litsets(struct ruleset *rs, struct rule *r)
{
	size_t i, k;

	for (i = 0; i < r->npels; i++) {
		struct pel *e = &r->pels[i];

		if (e->nlits < LITSET_MIN)
			continue;
		for (k = 0; k < e->nlits && !e->lits[k].exact &&
		    !e->lits[k].suffix; k++)
			;
		if (k < e->nlits)
			continue;	/* exact and tail literals compare apart */
		e->litset = litset_of(rs, e->lits, e->nlits);
		share_lits(e);
	}
}

void
ruleindex_add(struct ruleset *rs, struct rule *r)
{
	size_t i;

	choose_anchor(rs, r);
	build_litsets(rs, r);
	index_one(rs, r);
	for (i = 0; i < r->nvariants; i++) {
		choose_anchor(rs, r->variants[i]);
		build_litsets(rs, r->variants[i]);
		index_one(rs, r->variants[i]);
	}
}

static void
free_rule_list(void *v)
{
	struct rule_list *l = v;

	free(l->v);
	free(l);
}

static void
free_litset(void *v)
{
	struct litset *set = v;

	free(set->slot);
	free(set->lits);
	free(set);
}

void
ruleindex_free(struct ruleset *rs)
{
	strmap_free_values(&rs->index, free_rule_list);
	strmap_free_values(&rs->litsets, free_litset);
	free(rs->unanchored.v);
}
