/* segment: tokens and sentences of a paragraph (see segment.h). */
#include <config.h>

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "segment.h"
#include "strmap.h"
#include "utf8.h"
#include "xalloc.h"

static uint32_t
fold_cp(uint32_t c)
{
	if (c >= 'A' && c <= 'Z')
		return c + 32;
	if (c < 0xC0)
		return c;
	if ((c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3A9) ||
	    (c >= 0x410 && c <= 0x42F))
		return c + 32;
	if (c >= 0x100 && c <= 0x17F && (c & 1) == 0)
		return c + 1;
	return c;
}

void
segment_fold(const char *s, size_t n, char *out)
{
	size_t i = 0, k;
	uint32_t c;

	while (i < n) {
		if ((unsigned char)s[i] < 0x80) {
			out[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i];
			i++;
			continue;
		}
		k = utf8_decode(s + i, n - i, &c);
		/* Every folded pair above has the same encoded length. */
		utf8_encode(fold_cp(c), out + i);
		i += k;
	}
}

static uint32_t
peek(const char *s, size_t n, size_t i, size_t *len)
{
	uint32_t c;

	if (i >= n) {
		*len = 0;
		return 0;
	}
	if ((unsigned char)s[i] < 0x80) {	/* most text is ASCII */
		*len = 1;
		return (unsigned char)s[i];
	}
	*len = utf8_decode(s + i, n - i, &c);
	return c;
}

/* An inner joiner keeps a word whole: self-defense, 1000’s, U.S. */
static bool
is_joiner(uint32_t c)
{
	return c == '-' || c == '.' || utf8_is_apostrophe(c) || c == 0x2010 ||
	    c == ',';
}

/* Length in bytes of the word starting at i. */
static size_t
word_end(const char *s, size_t n, size_t i, bool *has_dot)
{
	size_t k, k2;
	uint32_t c, next;
	bool digits = (unsigned char)s[i] >= '0' && (unsigned char)s[i] <= '9';

	*has_dot = false;
	for (;;) {
		c = peek(s, n, i, &k);
		if (k == 0)
			return i;
		if (utf8_is_word(c)) {
			i += k;
			continue;
		}
		if (!is_joiner(c))
			return i;
		next = peek(s, n, i + k, &k2);
		/* A comma joins only digit groups: 1,000. */
		if (k2 == 0 || !utf8_is_word(next) ||
		    (c == ',' && !(digits && next >= '0' && next <= '9')))
			return i;
		if (c == '.')
			*has_dot = true;
		i += k + k2;
	}
}

static void
classify(struct token *t, const char *s)
{
	size_t i = 0, k;
	uint32_t c;
	bool upper = false, lower = false, first = true;

	t->type = (s[0] >= '0' && s[0] <= '9') ? TOK_NUM : TOK_WORD;
	while (i < t->len) {
		if ((unsigned char)s[i] < 0x80) {
			char a = s[i++];

			if (a >= 'A' && a <= 'Z') {
				upper = true;
				if (first)
					t->flags |= TOKF_CAP;
			} else if (a >= 'a' && a <= 'z')
				lower = true;
			else if (a == '-')
				t->flags |= TOKF_HYPHEN;
			first = false;
			continue;
		}
		k = utf8_decode(s + i, t->len - i, &c);
		if (c == 0x2019)
			t->flags |= TOKF_CURLY;
		if (utf8_is_upper(c)) {
			upper = true;
			if (first)
				t->flags |= TOKF_CAP;
		} else if (utf8_is_lower(c) && !(c >= '0' && c <= '9'))
			lower = true;
		first = false;
		i += k;
	}
	if (upper && !lower)
		t->flags |= TOKF_UPPER;
	if (lower && !upper)
		t->flags |= TOKF_LOWER;
}

/* Fill norm, fold and hash, copying only when they differ from the text. */
static void
set_forms(struct token *t, const char *s, struct arena *a)
{
	char *norm, *fold;
	size_t i, j;

	if (t->flags & TOKF_CURLY) {
		norm = arena_alloc(a, t->len + 1);
		for (i = j = 0; i < t->len; ) {
			if ((unsigned char)s[i] == 0xE2 && i + 2 < t->len &&
			    (unsigned char)s[i + 1] == 0x80 &&
			    (unsigned char)s[i + 2] == 0x99) {
				norm[j++] = '\'';
				i += 3;
			} else
				norm[j++] = s[i++];
		}
		norm[j] = '\0';
		t->norm = norm;
		t->nlen = j;
	} else {
		t->norm = s;
		t->nlen = t->len;
	}
	if (t->flags & (TOKF_CAP | TOKF_UPPER) || !(t->flags & TOKF_LOWER)) {
		fold = arena_alloc(a, t->nlen + 1);
		segment_fold(t->norm, t->nlen, fold);
		fold[t->nlen] = '\0';
		t->fold = fold;
	} else
		t->fold = t->norm;
	t->hash = strmap_hash(t->fold, t->nlen);
}

static struct token *
push(struct tokens *toks)
{
	struct token *t;

	if (toks->n == toks->cap)
		toks->v = xgrow(toks->v, &toks->cap, toks->n + 1,
		    sizeof(*toks->v));
	t = &toks->v[toks->n++];
	memset(t, 0, sizeof(*t));
	return t;
}

/* Classes of ASCII bytes for the fast path. */
#define B_SPACE	0x01
#define B_UPPER	0x02
#define B_LOWER	0x04
#define B_DIGIT	0x08
#define B_ALNUM	(B_UPPER | B_LOWER | B_DIGIT)
#define B_JOIN	0x10

static uint8_t ascii[128];

static void
init_ascii(void)
{
	int c;

	for (c = 0; c < 128; c++)
		ascii[c] = (c == ' ' || (c >= '\t' && c <= '\r')) ? B_SPACE :
		    (c >= 'A' && c <= 'Z') ? B_UPPER :
		    (c >= 'a' && c <= 'z') ? B_LOWER :
		    (c >= '0' && c <= '9') ? B_DIGIT :
		    (c == '-' || c == '.' || c == '\'' || c == ',') ? B_JOIN : 0;
}

#define FNV_PRIME	16777619u

/*
 * An all-ASCII word starting at i, with its case flags, fold and hash
 * worked out in the same pass.  Returns false where a byte >= 0x80 makes
 * the slow path necessary.
 */
static bool
ascii_word(const char *s, size_t n, size_t i, struct token *t,
    struct arena *a)
{
	size_t j = i;
	uint32_t h = 2166136261u;
	uint8_t seen = 0, k;
	bool dot = false, digits = ascii[(unsigned char)s[i]] & B_DIGIT;
	unsigned char b, nb;
	char *fold;

	for (; j < n; j++) {
		if ((b = (unsigned char)s[j]) >= 0x80)
			return false;
		k = ascii[b];
		if (k & B_ALNUM) {
			seen |= k;
			h = (h ^ (b | (k & B_UPPER ? 0x20 : 0))) * FNV_PRIME;
			continue;
		}
		if (!(k & B_JOIN) || j + 1 >= n)
			break;
		if ((nb = (unsigned char)s[j + 1]) >= 0x80)
			return false;
		/* A joiner needs a word character after it; a comma, digits. */
		if (!(ascii[nb] & B_ALNUM) ||
		    (b == ',' && !(digits && (ascii[nb] & B_DIGIT))))
			break;
		dot = dot || b == '.';
		if (b == '-')
			t->flags |= TOKF_HYPHEN;
		h = (h ^ b) * FNV_PRIME;
	}
	/* "U.S." keeps its final dot when it has inner ones. */
	if (dot && j < n && s[j] == '.')
		h = (h ^ (unsigned char)s[j++]) * FNV_PRIME;
	t->len = t->nlen = (uint32_t)(j - i);
	t->type = digits ? TOK_NUM : TOK_WORD;
	if (ascii[(unsigned char)s[i]] & B_UPPER)
		t->flags |= TOKF_CAP;
	if ((seen & B_UPPER) && !(seen & B_LOWER))
		t->flags |= TOKF_UPPER;
	if ((seen & B_LOWER) && !(seen & B_UPPER))
		t->flags |= TOKF_LOWER;
	t->norm = s + i;
	t->fold = t->norm;
	if (seen & B_UPPER) {
		t->fold = fold = arena_alloc(a, t->nlen + 1);
		segment_fold(t->norm, t->nlen, fold);
		fold[t->nlen] = '\0';
	}
	t->hash = h;
	return true;
}

/* Any token, through full UTF-8 decoding. */
static void
slow_token(const char *s, size_t n, size_t i, uint32_t c, size_t k,
    struct token *t, struct arena *a)
{
	bool has_dot;
	size_t end;

	if (utf8_is_word(c)) {
		end = word_end(s, n, i, &has_dot);
		if (has_dot && end < n && s[end] == '.')
			end++;
		t->len = (uint32_t)(end - i);
		classify(t, s + i);
	} else {
		t->len = (uint32_t)k;
		t->type = TOK_PUNCT;
	}
	set_forms(t, s + i, a);
}

static void
tokenize(const char *s, size_t n, struct arena *a, struct tokens *toks)
{
	size_t i = 0, k;
	uint32_t c;
	struct token *t;
	unsigned char b;

	if (ascii['a'] == 0)
		init_ascii();
	while (i < n) {
		b = (unsigned char)s[i];
		if (b < 0x80 && (ascii[b] & B_SPACE)) {
			i++;
			continue;
		}
		if (b >= 0x80) {
			c = peek(s, n, i, &k);
			if (utf8_is_space(c)) {
				i += k;
				continue;
			}
		}
		t = push(toks);
		t->off = (uint32_t)i;
		if (b < 0x80 && !(ascii[b] & B_ALNUM)) {
			t->len = t->nlen = 1;	/* ASCII punctuation */
			t->type = TOK_PUNCT;
			t->norm = t->fold = s + i;
			t->hash = (2166136261u ^ b) * FNV_PRIME;
		} else if (b >= 0x80 || !ascii_word(s, n, i, t, a)) {
			c = peek(s, n, i, &k);
			slow_token(s, n, i, c, k, t, a);
		}
		i += t->len;
	}
}

static bool
is_terminal(const struct token *t)
{
	return t->type == TOK_PUNCT && t->nlen >= 1 &&
	    (t->fold[0] == '.' || t->fold[0] == '!' || t->fold[0] == '?' ||
	    (t->nlen == 3 && memcmp(t->fold, "\xE2\x80\xA6", 3) == 0));
}

/* Quotes and brackets that close a sentence after its full stop. */
static bool
is_closer(const struct token *t)
{
	static const char *const closers[] = { "\"", "'", ")", "]",
	    "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB", NULL };
	size_t i;

	if (t->type != TOK_PUNCT)
		return false;
	for (i = 0; closers[i] != NULL; i++)
		if (strcmp(t->fold, closers[i]) == 0 ||
		    (t->nlen == strlen(closers[i]) &&
		    memcmp(t->fold, closers[i], t->nlen) == 0))
			return true;
	return false;
}

static bool
starts_sentence(const struct token *t)
{
	if (t->type == TOK_PUNCT)
		return !is_terminal(t) && t->fold[0] != ',' &&
		    t->fold[0] != ';' && t->fold[0] != ':' && t->fold[0] != ')';
	return (t->flags & TOKF_CAP) || t->type == TOK_NUM;
}

/* Does the "." at token i follow an abbreviation or an initial? */
static bool
after_abbrev(const struct tokens *toks, size_t i, const struct strmap *ab)
{
	const struct token *w;

	if (i == 0 || toks->v[i].fold[0] != '.')
		return false;
	w = &toks->v[i - 1];
	if (w->off + w->len != toks->v[i].off || w->type == TOK_PUNCT)
		return false;
	if (w->nlen == 1 && (w->flags & TOKF_CAP))
		return true;	/* an initial: "V. Sergeev" */
	return ab != NULL && strmap_get(ab, w->fold, w->nlen, w->hash);
}

static void
mark_sentences(struct tokens *toks, const struct strmap *ab)
{
	size_t i, j;
	uint32_t sent = 0;
	bool start = true;

	for (i = 0; i < toks->n; i++) {
		struct token *t = &toks->v[i];

		t->sent = sent;
		if (start) {
			t->flags |= TOKF_SSTART;
			/* The first word after an opening quote starts it too. */
			start = t->type == TOK_PUNCT && starts_sentence(t);
		}
		if (!is_terminal(t))
			continue;
		for (j = i + 1; j < toks->n && is_closer(&toks->v[j]); j++)
			toks->v[j].sent = sent;
		if (j < toks->n && (!starts_sentence(&toks->v[j]) ||
		    after_abbrev(toks, i, ab)))
			continue;
		toks->v[j - 1].flags |= TOKF_SEND;
		for (i++; i < j; i++)
			toks->v[i].sent = sent;
		i--;
		sent++;
		start = true;
	}
	if (toks->n > 0)
		toks->v[toks->n - 1].flags |= TOKF_SEND;
}

void
segment_paragraph(const char *s, size_t n, struct arena *a,
    const struct strmap *abbrevs, struct tokens *toks)
{
	toks->n = 0;
	tokenize(s, n, a, toks);
	mark_sentences(toks, abbrevs);
}

void
tokens_free(struct tokens *toks)
{
	free(toks->v);
	toks->v = NULL;
	toks->n = toks->cap = 0;
}
