/* editindex: listed words one edit away, through a deletion index. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "editindex.h"
#include "strmap.h"
#include "xalloc.h"

/* A word less one byte, by its hash, and the word it came from. */
struct deletion {
	uint32_t	hash;
	uint32_t	word;	/* index in words_v */
};

struct editindex {
	struct strmap	  words;	/* word -> its own key copy */
	const char	**words_v;	/* the same, in order of adding */
	size_t		  nwords, capwords;
	/*
	 * Every word less each of its bytes, sorted by hash: 8 bytes an
	 * entry, where a map of keys would take ten times that.
	 */
	struct deletion	 *dels;
	size_t		  ndels, capdels;
	bool		  sorted;
};

struct editindex *
editindex_new(void)
{
	return xcalloc(1, sizeof(struct editindex));
}

void
editindex_free(struct editindex *x)
{
	if (x == NULL)
		return;
	strmap_free(&x->words);
	free(x->words_v);
	free(x->dels);
	free(x);
}

void
editindex_add(struct editindex *x, const char *w, size_t n)
{
	struct strmap_slot *s;
	char key[128];
	size_t i;

	if (n == 0 || n >= sizeof(key))
		return;
	s = strmap_put_slot(&x->words, w, n);
	if (s->value != NULL)
		return;
	s->value = s->key;	/* the key copy stays put: point at it */
	x->words_v = xgrow(x->words_v, &x->capwords, x->nwords + 1,
	    sizeof(*x->words_v));
	x->words_v[x->nwords] = s->key;
	for (i = 0; i < n; i++) {
		if (i > 0 && w[i - 1] == w[i])
			continue;	/* "aab" less either a is one key */
		memcpy(key, w, i);
		memcpy(key + i, w + i + 1, n - i - 1);
		x->dels = xgrow(x->dels, &x->capdels, x->ndels + 1,
		    sizeof(*x->dels));
		x->dels[x->ndels].hash = strmap_hash(key, n - 1);
		x->dels[x->ndels++].word = (uint32_t)x->nwords;
	}
	x->nwords++;
	x->sorted = false;
}

static int
by_hash(const void *a, const void *b)
{
	const struct deletion *p = a, *q = b;

	return p->hash < q->hash ? -1 : p->hash > q->hash;
}

void
editindex_seal(struct editindex *x)
{
	if (!x->sorted && x->ndels > 0)
		qsort(x->dels, x->ndels, sizeof(*x->dels), by_hash);
	x->sorted = true;
}

bool
editindex_has(const struct editindex *x, const char *w, size_t n)
{
	return strmap_get(&x->words, w, n, strmap_hash(w, n)) != NULL;
}

size_t
editindex_count(const struct editindex *x)
{
	return x->words.count;
}

/* The first deletion entry whose key hashes to h (ndels if none). */
static size_t
first_deletion(const struct editindex *x, const char *key, size_t n,
    uint32_t *h)
{
	size_t lo = 0, hi = x->ndels;

	*h = strmap_hash(key, n);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (x->dels[mid].hash < *h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Listed words that are w less one byte, or w with two neighbours swapped. */
static void
shorter_and_swapped(const struct editindex *x, const char *w, size_t n,
    ei_found *found, void *ctx)
{
	char v[128];
	size_t i;
	struct ei_match m;

	for (i = 0; i < n; i++) {
		memcpy(v, w, i);
		memcpy(v + i, w + i + 1, n - i - 1);
		m.word = strmap_get(&x->words, v, n - 1, strmap_hash(v, n - 1));
		/* A doubled letter gives one word twice: report it once. */
		if (m.word != NULL && !(i > 0 && w[i - 1] == w[i])) {
			m.len = n - 1;
			m.edit = EI_DELETE;
			m.at = i;
			m.ch = 0;
			found(ctx, &m);
		}
	}
	for (i = 0; i + 1 < n; i++) {
		if (w[i] == w[i + 1])
			continue;
		memcpy(v, w, n);
		v[i] = w[i + 1];
		v[i + 1] = w[i];
		m.word = strmap_get(&x->words, v, n, strmap_hash(v, n));
		if (m.word != NULL) {
			m.len = n;
			m.edit = EI_SWAP;
			m.at = i;
			m.ch = 0;
			found(ctx, &m);
		}
	}
}

/* Listed words that are w with one byte more. */
static void
longer(const struct editindex *x, const char *w, size_t n, ei_found *found,
    void *ctx)
{
	struct ei_match m;
	uint32_t h;
	size_t k, i;

	for (k = first_deletion(x, w, n, &h); k < x->ndels &&
	    x->dels[k].hash == h; k++) {
		const char *c = x->words_v[x->dels[k].word];

		if (strlen(c) != n + 1)
			continue;
		for (i = 0; i < n && c[i] == w[i]; i++)
			;
		if (memcmp(c + i + 1, w + i, n - i) != 0)
			continue;	/* another key with the same hash */
		m.word = c;
		m.len = n + 1;
		m.edit = EI_INSERT;
		m.at = i;
		m.ch = c[i];
		found(ctx, &m);
	}
}

/* Listed words that are w with byte i replaced. */
static void
replaced_at(const struct editindex *x, const char *w, size_t n, size_t i,
    ei_found *found, void *ctx)
{
	char v[128];
	struct ei_match m;
	uint32_t h;
	size_t k;

	memcpy(v, w, i);
	memcpy(v + i, w + i + 1, n - i - 1);
	for (k = first_deletion(x, v, n - 1, &h); k < x->ndels &&
	    x->dels[k].hash == h; k++) {
		const char *c = x->words_v[x->dels[k].word];

		/* Same length, same bytes but at i: a replacement. */
		if (strlen(c) != n || c[i] == w[i] || memcmp(c, w, i) != 0 ||
		    memcmp(c + i + 1, w + i + 1, n - i - 1) != 0)
			continue;
		m.word = c;
		m.len = n;
		m.edit = EI_REPLACE;
		m.at = i;
		m.ch = c[i];
		found(ctx, &m);
	}
}

void
editindex_near(const struct editindex *x, const char *w, size_t n,
    ei_found *found, void *ctx)
{
	size_t i;

	if (n == 0 || n + 1 >= 128 || !x->sorted)
		return;
	shorter_and_swapped(x, w, n, found, ctx);
	longer(x, w, n, found, ctx);
	for (i = 0; i < n; i++)
		replaced_at(x, w, n, i, found, ctx);
}
