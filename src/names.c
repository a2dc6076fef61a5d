/* names: consistent spelling of names within a document (see names.h). */
#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "edit.h"
#include "names.h"
#include "segment.h"
#include "spell.h"
#include "strmap.h"
#include "xalloc.h"

#define RUN_MIN		2	/* words in a name */
#define RUN_MAX		4
#define DOC_MAX		100000	/* distinct names kept per document */

/* Names that differ only in word i share the key "Kim \1 Un"/i. */
struct similar {
	char	**keys;		/* borrowed from names->count */
	size_t	  n;
};

struct names {
	const struct spell_lists	*lists;
	struct spell			*spell;
	struct strmap			 count;		/* name -> uses */
	struct strmap			 similar;	/* skeleton -> similar */
	struct buf			 key;
	struct buf			 skel;
};

struct names *
names_new(const struct spell_lists *lists, struct spell *spell)
{
	struct names *n = xcalloc(1, sizeof(*n));

	n->lists = lists;
	n->spell = spell;
	return n;
}

static void
free_similar(void *v)
{
	struct similar *s = v;

	free(s->keys);
	free(s);
}

void
names_begin_document(struct names *n)
{
	strmap_free_values(&n->similar, free_similar);
	strmap_free(&n->count);
}

void
names_free(struct names *n)
{
	if (n == NULL)
		return;
	names_begin_document(n);
	buf_free(&n->key);
	buf_free(&n->skel);
	free(n);
}

bool
names_one_edit(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0;

	if (an > bn)
		return names_one_edit(b, bn, a, an);
	if (bn - an > 1)
		return false;
	while (i < an && a[i] == b[i])
		i++;
	if (an == bn)	/* one substitution: the rest is equal */
		return i < an && memcmp(a + i + 1, b + i + 1, an - i - 1) == 0;
	return memcmp(a + i, b + i + 1, an - i) == 0;	/* one insertion */
}

/* A capitalised word joined to the previous one by blanks only. */
static bool
continues(const char *text, const struct token *prev, const struct token *t)
{
	size_t i;

	if (t->type != TOK_WORD || !(t->flags & TOKF_CAP) ||
	    t->sent != prev->sent)
		return false;
	for (i = prev->off + prev->len; i < t->off; i++)
		if (text[i] != ' ')
			return false;
	return true;
}

/* The k-th word of a space-joined name. */
static const char *
word_of(const char *key, size_t k, size_t *len)
{
	while (k-- > 0)
		key = strchr(key, ' ') + 1;
	*len = strcspn(key, " ");
	return key;
}

static void
make_key(struct names *n, const struct token *v, size_t words)
{
	size_t i;

	n->key.len = 0;
	for (i = 0; i < words; i++) {
		if (i > 0)
			buf_addc(&n->key, ' ');
		buf_add(&n->key, v[i].norm, v[i].nlen);
	}
	buf_str(&n->key);
}

static void
make_skeleton(struct names *n, const struct token *v, size_t words,
    size_t hole)
{
	size_t i;

	n->skel.len = 0;
	buf_addc(&n->skel, (char)('0' + hole));
	for (i = 0; i < words; i++) {
		buf_addc(&n->skel, ' ');
		if (i != hole)
			buf_add(&n->skel, v[i].norm, v[i].nlen);
	}
}

static uintptr_t
uses(const struct names *n, const char *key)
{
	size_t len = strlen(key);

	return (uintptr_t)strmap_get(&n->count, key, len,
	    strmap_hash(key, len));
}

/*
 * Could w be a slip for other?  Not an initial, not an English word
 * (Major, Mayor), not a plural or possessive (Yankee, Yankees).
 */
static bool
variant(struct names *n, const struct token *w, const char *other,
    size_t len)
{
	size_t short_len = w->nlen < len ? w->nlen : len;
	const char *longer = w->nlen > len ? w->norm : other;

	if (w->nlen < 3 || len < 3 || memchr(w->norm, '.', w->nlen) != NULL ||
	    spell_known(n->spell, w->norm, w->nlen))
		return false;
	if ((w->nlen == len + 1 || len == w->nlen + 1) &&
	    longer[short_len] == 's' && memcmp(w->norm, other, short_len) == 0)
		return false;
	return names_one_edit(w->norm, w->nlen, other, len);
}

/* Look for a more used spelling of this name that differs in word hole. */
static void
compare(struct names *n, const struct token *v, size_t words, size_t hole,
    struct arena *a, struct edits *out)
{
	const struct token *w = &v[hole];
	const struct similar *s;
	uintptr_t mine;
	size_t i, len;
	const char *other;
	struct edit *e;

	/* Only a word Hunspell does not know can be the slip (variant()). */
	if (w->nlen < 3 || spell_known(n->spell, w->norm, w->nlen))
		return;
	mine = uses(n, n->key.data);
	make_skeleton(n, v, words, hole);
	s = strmap_get(&n->similar, n->skel.data, n->skel.len,
	    strmap_hash(n->skel.data, n->skel.len));
	for (i = 0; s != NULL && i < s->n; i++) {
		if (uses(n, s->keys[i]) < 2 || uses(n, s->keys[i]) <= mine)
			continue;
		other = word_of(s->keys[i], hole, &len);
		if (!variant(n, w, other, len))
			continue;
		e = edits_add(out);
		e->start = w->off;
		e->end = w->off + w->len;
		e->repl = arena_strndup(a, other, len);
		e->rlen = len;
		e->id = "names.consistent";
		e->kind = "spelling";
		e->level = spell_lists_has(n->lists, other, len) &&
		    !spell_lists_has(n->lists, w->norm, w->nlen) ?
		    LEVEL_SURE : LEVEL_MAYBE;
		return;
	}
}

static void
remember(struct names *n, const struct token *v, size_t words)
{
	struct strmap_slot *name = strmap_put_slot(&n->count, n->key.data,
	    n->key.len);
	/* Rehashing moves slots, not keys: keep the key pointer. */
	char *key = name->key;
	size_t hole;

	name->value = (void *)((uintptr_t)name->value + 1);
	if ((uintptr_t)name->value > 1)
		return;		/* already filed under its skeletons */
	for (hole = 0; hole < words; hole++) {
		void **slot;
		struct similar *s;

		make_skeleton(n, v, words, hole);
		slot = strmap_put(&n->similar, n->skel.data, n->skel.len);
		if (*slot == NULL)
			*slot = xcalloc(1, sizeof(struct similar));
		s = *slot;
		s->keys = xrealloc(s->keys, (s->n + 1) * sizeof(char *));
		s->keys[s->n++] = key;
	}
}

/*
 * Every stretch of 2 to 4 words of a capitalised run is a name candidate:
 * "Later Choi Son-hui" holds "Choi Son-hui".
 */
static void
each_name(struct names *n, const struct token *v, size_t words,
    struct arena *a, struct edits *out)
{
	size_t from, len, hole;

	for (from = 0; from + RUN_MIN <= words; from++)
		for (len = RUN_MIN; from + len <= words; len++) {
			make_key(n, v + from, len);
			for (hole = 0; hole < len; hole++)
				compare(n, v + from, len, hole, a, out);
			remember(n, v + from, len);
		}
}

void
names_stage(struct names *n, const char *text, const struct tokens *toks,
    struct arena *a, struct edits *out)
{
	size_t i = 0, words;

	if (n->count.count >= DOC_MAX)
		names_begin_document(n);
	while (i < toks->n) {
		const struct token *v = &toks->v[i];

		if (v->type != TOK_WORD || !(v->flags & TOKF_CAP)) {
			i++;
			continue;
		}
		for (words = 1; i + words < toks->n && words < RUN_MAX &&
		    continues(text, &v[words - 1], &v[words]); words++)
			;
		if (words >= RUN_MIN)
			each_name(n, v, words, a, out);
		i += words;
	}
}
