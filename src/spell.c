/* spell: Hunspell, the project's word lists, and safe fixes (see spell.h). */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <iconv.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <hunspell/hunspell.h>

#include "buf.h"
#include "edit.h"
#include "editindex.h"
#include "lines.h"
#include "segment.h"
#include "spell.h"
#include "strmap.h"
#include "xalloc.h"

/* The cache is dropped and restarted past this many distinct words. */
#define CACHE_MAX	200000
/* A word seen this often is taken as the writer's own spelling. */
#define CONSISTENT	3

/* What is known of an unknown word: worked out once, then cached. */
struct unknown {
	char		*name;		/* the one listed name one edit away */
	uint8_t		 nnames;	/* how many there were (capped) */
	uint8_t		 kind;		/* enum edit_kind of that edit */
	size_t		 at;
	bool		 named;		/* the fields above are worked out */
	bool		 suggested;	/* suggestion below was asked for */
	char		*suggestion;	/* Hunspell's, or NULL */
	/* The document's own spelling one edit away, as last worked out. */
	uint32_t	 doc;		/* for this document ... */
	size_t		 vocab;		/* ... when it had this many words */
	char		*doc_fix;	/* NULL: none, or not just one */
	uint8_t		 doc_kind;
	size_t		 doc_at;
};

struct spell_lists {
	struct editindex *words;	/* exact-case entries of the lists */
	char		**dics;		/* their paths, for Hunspell_add_dic */
	size_t		  ndics;
};

/* A cache entry: Hunspell's verdict and the word's use in the document. */
struct word {
	bool		 known;
	uint32_t	 doc;		/* the document count belongs to */
	uint32_t	 count;
	struct unknown	*unk;		/* NULL for known words */
};

struct spell {
	Hunhandle			*h;
	const struct spell_lists	*lists;
	iconv_t				 to_dic;	/* when not UTF-8 */
	struct strmap			 cache;		/* -> struct word */
	uint32_t			 doc;		/* current document */
	size_t				 vocab;		/* its distinct words */
	size_t				 lookups;
	struct buf			 word;
	bool				 suggest;
};

struct loader {
	struct spell_lists	*l;
	const char		*path;
	char			*err;
	size_t			 errlen;
};

/* A .dic line: the count first, then word[/flags]. */
static int
dic_line(void *ctx, char *line, int lineno)
{
	struct loader *ld = ctx;
	char *end;

	if (lineno == 1) {
		strtol(line, &end, 10);
		if (end == line || *end != '\0') {
			return lines_error(ld->err, ld->errlen, ld->path, 1,
			    "the first line of a .dic is its word count");
		}
		return 0;
	}
	line[strcspn(line, "/\t ")] = '\0';
	if (line[0] != '\0')
		editindex_add(ld->l->words, line, strlen(line));
	return 0;
}

static int
load_dic(struct spell_lists *l, const char *path, char *err, size_t errlen)
{
	struct loader ld = { l, path, err, errlen };

	if (lines_read(path, dic_line, &ld, err, errlen) == -1)
		return -1;
	l->dics = xrealloc(l->dics, (l->ndics + 1) * sizeof(char *));
	l->dics[l->ndics++] = xstrdup(path);
	return 0;
}

static int
is_dic(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 4 &&
	    strcmp(d->d_name + n - 4, ".dic") == 0;
}

struct spell_lists *
spell_lists_load(const char *dictdir, char *err, size_t errlen)
{
	struct spell_lists *l = xcalloc(1, sizeof(*l));
	struct dirent **names;

	char dir[4096], path[4096 + 256];
	int n, i, rc = 0;

	l->words = editindex_new();
	snprintf(dir, sizeof(dir), "%s/words", dictdir);
	n = scandir(dir, &names, is_dic, alphasort);
	if (n == -1) {
		/* No words/ folder is no word lists, not an error. */
		if (errno == ENOENT)
			return l;
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		spell_lists_free(l);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (rc == 0)
			rc = load_dic(l, path, err, errlen);
		free(names[i]);
	}
	free(names);
	if (rc == -1) {
		spell_lists_free(l);
		return NULL;
	}
	editindex_seal(l->words);
	return l;
}

void
spell_lists_free(struct spell_lists *l)
{
	size_t i;

	if (l == NULL)
		return;
	editindex_free(l->words);
	for (i = 0; i < l->ndics; i++)
		free(l->dics[i]);
	free(l->dics);
	free(l);
}

bool
spell_lists_has(const struct spell_lists *l, const char *w, size_t n)
{
	return editindex_has(l->words, w, n);
}

size_t
spell_lists_count(const struct spell_lists *l)
{
	return editindex_count(l->words);
}

int
spell_check_dir(const char *dir, char *err, size_t errlen)
{
	static const char *const names[] = { "en_US.aff", "en_US.dic" };
	char path[4096];
	size_t i;

	/* Hunspell_create does not say when a file is missing. */
	for (i = 0; i < 2; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (access(path, R_OK) != 0) {
			snprintf(err, errlen, "%s: %s (the en_US Hunspell "
			    "dictionary; see --hunspell-dir)", path,
			    strerror(errno));
			return -1;
		}
	}
	return 0;
}

struct spell *
spell_new(const char *dir, const struct spell_lists *lists, char *err,
    size_t errlen)
{
	char aff[4096], dic[4096];
	const char *enc;
	struct spell *s;
	size_t i;

	if (spell_check_dir(dir, err, errlen) == -1)
		return NULL;
	snprintf(aff, sizeof(aff), "%s/en_US.aff", dir);
	snprintf(dic, sizeof(dic), "%s/en_US.dic", dir);
	s = xcalloc(1, sizeof(*s));
	s->doc = 1;	/* new cache entries (doc 0) belong to no document */
	s->h = Hunspell_create(aff, dic);
	s->lists = lists;
	for (i = 0; i < lists->ndics; i++)
		Hunspell_add_dic(s->h, lists->dics[i]);
	s->to_dic = (iconv_t)-1;
	enc = Hunspell_get_dic_encoding(s->h);
	if (enc != NULL && strcasecmp(enc, "UTF-8") != 0) {
		s->to_dic = iconv_open(enc, "UTF-8");
		if (s->to_dic == (iconv_t)-1) {
			snprintf(err, errlen, "%s: cannot convert to its "
			    "encoding %s", aff, enc);
			spell_free(s);
			return NULL;
		}
	}
	return s;
}

static void
free_word(void *v)
{
	struct word *w = v;

	if (w->unk != NULL) {
		free(w->unk->name);
		free(w->unk->suggestion);
		free(w->unk->doc_fix);
		free(w->unk);
	}
	free(w);
}

static void
clear_cache(struct spell *s)
{
	strmap_free_values(&s->cache, free_word);
}

void
spell_free(struct spell *s)
{
	if (s == NULL)
		return;
	if (s->h != NULL)
		Hunspell_destroy(s->h);
	if (s->to_dic != (iconv_t)-1)
		iconv_close(s->to_dic);
	clear_cache(s);
	buf_free(&s->word);
	free(s);
}

/* Ask Hunspell, converting to the dictionary's encoding if it needs it. */
static bool
ask(struct spell *s, const char *w)
{
	char out[1024], *in = (char *)w, *o = out;
	size_t inleft = strlen(w), outleft = sizeof(out) - 1;

	s->lookups++;
	if (s->to_dic == (iconv_t)-1)
		return Hunspell_spell(s->h, w) != 0;
	iconv(s->to_dic, NULL, NULL, NULL, NULL);
	if (iconv(s->to_dic, &in, &inleft, &o, &outleft) == (size_t)-1)
		return false;	/* not representable: not in the dictionary */
	*o = '\0';
	return Hunspell_spell(s->h, out) != 0;
}

/* Ask Hunspell about w, n bytes and not NUL-terminated. */
static bool
ask_word(struct spell *s, const char *w, size_t n)
{
	s->word.len = 0;
	buf_add(&s->word, w, n);
	return ask(s, buf_str(&s->word));
}

/* The cache entry for w, asking Hunspell the first time. */
static struct word *
lookup(struct spell *s, const char *w, size_t n)
{
	struct word *e = strmap_get(&s->cache, w, n, strmap_hash(w, n));

	if (e != NULL)
		return e;
	if (s->cache.count >= CACHE_MAX)
		clear_cache(s);
	e = xcalloc(1, sizeof(*e));
	e->known = ask_word(s, w, n);
	if (!e->known)
		e->unk = xcalloc(1, sizeof(*e->unk));
	*strmap_put(&s->cache, w, n) = e;
	return e;
}

bool
spell_known(struct spell *s, const char *w, size_t n)
{
	return lookup(s, w, n)->known;
}

void
spell_begin_document(struct spell *s)
{
	s->doc++;	/* every count of an earlier document is now stale */
	s->vocab = 0;
}

void
spell_set_suggest(struct spell *s, bool on)
{
	s->suggest = on;
}

size_t
spell_lookups(const struct spell *s)
{
	return s->lookups;
}

/* Words the stage looks at: letters, maybe a possessive 's; no acronyms. */
static size_t
checkable(const struct token *t)
{
	size_t i, n = t->nlen;

	if (t->type != TOK_WORD || (t->flags & TOKF_UPPER) || n < 3)
		return 0;
	if (n > 2 && t->norm[n - 2] == '\'' && t->norm[n - 1] == 's')
		n -= 2;
	else if (t->norm[n - 1] == '\'')
		n -= 1;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)t->norm[i];

		if (c < 0x80 && !((c | 32) >= 'a' && (c | 32) <= 'z'))
			return 0;	/* digits, hyphens, dots, apostrophes */
	}
	/* A plural of capitals, "GPUs", is an acronym, not a name. */
	for (i = 0; i + 1 < n && t->norm[i] >= 'A' && t->norm[i] <= 'Z'; i++)
		;
	if (i >= 2 && i + 1 == n && t->norm[i] == 's')
		return 0;
	return n >= 3 ? n : 0;
}

/* How often the current document used w so far. */
static uint32_t
seen_count(const struct spell *s, const char *w, size_t n)
{
	const struct word *e = strmap_get(&s->cache, w, n, strmap_hash(w, n));

	return e != NULL && e->doc == s->doc ? e->count : 0;
}

enum edit_kind {
	EDIT_DROPPED,	/* the word lacks a letter of the name */
	EDIT_SWAPPED,	/* two neighbouring letters change places */
	EDIT_ADDED,	/* the word has a letter the name lacks */
	EDIT_DOUBLE,	/* a double letter made single or the reverse */
	EDIT_CHANGE	/* a letter replaced: often a variant, not a slip */
};

struct candidates {
	char		text[8][128];
	enum edit_kind	kind[8];
	size_t		at[8];	/* where in the word the edit is */
	size_t		n;
	bool		overflow;
};

/* Keep candidate v once; past eight, only note that there were more. */
static void
add_candidate(struct candidates *c, const char *v, size_t n,
    enum edit_kind kind, size_t at)
{
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strlen(c->text[i]) == n && memcmp(c->text[i], v, n) == 0)
			return;
	if (c->n == 8) {
		c->overflow = true;
		return;
	}
	memcpy(c->text[c->n], v, n);
	c->text[c->n][n] = '\0';
	c->kind[c->n] = kind;
	c->at[c->n++] = at;
}

/* Does the spelling v, n bytes, count as a candidate? */
typedef bool (*candidate_test)(struct spell *, const char *, size_t);

/* A spelling of the document's that Hunspell knows. */
static bool
in_document(struct spell *s, const char *v, size_t n)
{
	return seen_count(s, v, n) > 0 && spell_known(s, v, n);
}

static void
consider(struct spell *s, candidate_test ok, const char *v, size_t n,
    enum edit_kind kind, size_t at, struct candidates *c)
{
	if (ok(s, v, n))
		add_candidate(c, v, n, kind, at);
}

/*
 * Every spelling one deletion, swap, change or insertion away from w that
 * passes ok.  Letters are changed or added in lower case, but for a capital
 * first letter, which stays one.
 */
static void
one_edit_away(struct spell *s, candidate_test ok, const char *w, size_t n,
    struct candidates *c)
{
	char v[130];
	size_t i;
	int ch;

	if (n + 1 >= sizeof(v))
		return;
	for (i = 0; i < n; i++) {		/* deletions */
		memcpy(v, w, i);
		memcpy(v + i, w + i + 1, n - i - 1);
		consider(s, ok, v, n - 1, (i > 0 && w[i - 1] == w[i]) ||
		    (i + 1 < n && w[i + 1] == w[i]) ? EDIT_DOUBLE : EDIT_ADDED,
		    i, c);
	}
	for (i = 0; i + 1 < n; i++) {		/* transpositions */
		memcpy(v, w, n);
		v[i] = w[i + 1];
		v[i + 1] = w[i];
		consider(s, ok, v, n, EDIT_SWAPPED, i, c);
	}
	for (i = 0; i <= n; i++) {		/* changes and insertions */
		char lo = (i == 0 && w[0] >= 'A' && w[0] <= 'Z') ? 'A' : 'a';

		for (ch = lo; ch < lo + 26; ch++) {
			if (i < n && w[i] != ch) {
				memcpy(v, w, n);
				v[i] = (char)ch;
				consider(s, ok, v, n, EDIT_CHANGE, i, c);
			}
			if (i == 0 && lo == 'A' && ch != w[0])
				continue;	/* keep the capital first */
			memcpy(v, w, i);
			v[i] = (char)ch;
			memcpy(v + i + 1, w + i, n - i);
			consider(s, ok, v, n + 1, (i > 0 && w[i - 1] == ch) ||
			    (i < n && w[i] == ch) ? EDIT_DOUBLE : EDIT_DROPPED,
			    i, c);
		}
	}
}

struct near {
	const char		*w;
	size_t			 n;
	struct candidates	*c;
};

/*
 * A listed name one edit from the word, taken when one_edit_away() would
 * have made that edit (same letters, same kinds): the word lists answer
 * through their deletion index instead of a lookup per possible edit.
 */
static void
near_name(void *ctx, const struct ei_match *m)
{
	const struct near *x = ctx;
	const char *w = x->w;
	size_t n = x->n, i = m->at;
	bool capital = w[0] >= 'A' && w[0] <= 'Z';
	char lo = (i == 0 && capital) ? 'A' : 'a';
	enum edit_kind kind;

	switch (m->edit) {
	case EI_DELETE:
		kind = (i > 0 && w[i - 1] == w[i]) ||
		    (i + 1 < n && w[i + 1] == w[i]) ? EDIT_DOUBLE : EDIT_ADDED;
		break;
	case EI_SWAP:
		kind = EDIT_SWAPPED;
		break;
	case EI_INSERT:
		if (i == 0 && capital ? m->ch != w[0] :
		    !(m->ch >= 'a' && m->ch <= 'z'))
			return;
		kind = (i > 0 && w[i - 1] == m->ch) || (i < n && w[i] == m->ch) ?
		    EDIT_DOUBLE : EDIT_DROPPED;
		break;
	default:	/* EI_REPLACE */
		if (m->ch < lo || m->ch >= lo + 26)
			return;
		kind = EDIT_CHANGE;
		break;
	}
	add_candidate(x->c, m->word, m->len, kind, i);
}

static void
propose(struct edits *out, struct arena *a, const struct token *t,
    size_t nbase, const char *fix, const char *id, enum level level)
{
	struct edit *e = edits_add(out);

	e->start = t->off;
	/* The base in the text: a curly ’s is 4 bytes where norm has 2. */
	e->end = t->off + t->len - (t->nlen - nbase) -
	    ((t->flags & TOKF_CURLY) && nbase < t->nlen ? 2 : 0);
	e->repl = arena_strndup(a, fix, strlen(fix));
	e->rlen = strlen(fix);
	e->id = id;
	e->kind = "spelling";
	e->level = level;
}

static bool
ends_with(const char *w, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);

	return n >= k && memcmp(w + n - k, suffix, k) == 0;
}

/* Does w, n bytes and not NUL-terminated, contain part? */
static bool
contains(const char *w, size_t n, const char *part)
{
	size_t i, k = strlen(part);

	for (i = 0; i + k <= n; i++)
		if (memcmp(w + i, part, k) == 0)
			return true;
	return false;
}

/* Is v the word w with one "re" written "er" (theatres, theaters)? */
static bool
re_er(const char *w, size_t n, const char *v, size_t k)
{
	size_t i = 0;

	if (n != k)
		return false;
	while (i < n && w[i] == v[i])
		i++;
	return i + 1 < n && w[i] == 'r' && w[i + 1] == 'e' &&
	    v[i] == 'e' && v[i + 1] == 'r' &&
	    memcmp(w + i + 2, v + i + 2, n - i - 2) == 0;
}

/*
 * British and American spellings are both right: theatre/theater,
 * travelled/traveled, whisky/whiskey, colour/color.  The word w is a
 * token's text, not NUL-terminated; v is a candidate string.
 */
static bool
spelling_variant(const char *w, size_t n, const char *v)
{
	size_t k = strlen(v);

	if (re_er(w, n, v, k))
		return true;
	if (contains(w, n, "ll") && !contains(v, k, "ll"))
		return true;
	if (contains(w, n, "our") && !contains(v, k, "our"))
		return true;
	if (contains(w, n, "ise") && contains(v, k, "ize"))
		return true;
	return (ends_with(w, n, "y") && ends_with(v, k, "ey")) ||
	    (ends_with(w, n, "ey") && ends_with(v, k, "y"));
}

/*
 * How sure a one-edit fix is.  A dropped or swapped letter inside a long
 * word is a slip (Pyonyang, Belusconi, Tianamen).  A letter more than the
 * listed name is most often another spelling of a name (Rothenberg,
 * Rotenberg; Yevgeniy, Yevgeny; Chaudhary, Chaudhry), and so are a double
 * letter, a changed letter, or a change at either end (Kimmell, Kimmel;
 * Rinna, Rinne; Ratcliff, Ratcliffe; Khasan, Bhasan).
 */
static enum level
confidence(const struct candidates *c, size_t n, size_t min_len)
{
	if ((c->kind[0] == EDIT_DROPPED || c->kind[0] == EDIT_SWAPPED) &&
	    c->at[0] > 0 && c->at[0] + 1 < n && n >= min_len)
		return LEVEL_SURE;
	return c->kind[0] == EDIT_CHANGE ? LEVEL_MAYBE : LEVEL_LIKELY;
}

/* Listed names one edit away: the lists never change, so ask once. */
static void
name_candidates(struct spell *s, struct unknown *u, const char *w, size_t n,
    struct candidates *names)
{
	if (!u->named) {
		struct near x = { w, n, names };

		editindex_near(s->lists->words, w, n, near_name, &x);
		u->named = true;
		u->nnames = (uint8_t)(names->overflow ? 9 : names->n);
		if (names->n == 1) {
			u->name = xstrdup(names->text[0]);
			u->kind = (uint8_t)names->kind[0];
			u->at = names->at[0];
		}
		return;
	}
	names->n = u->nnames == 1 ? 1 : 0;
	names->overflow = u->nnames > 8;
	if (u->nnames == 1) {
		snprintf(names->text[0], sizeof(names->text[0]), "%s", u->name);
		names->kind[0] = (enum edit_kind)u->kind;
		names->at[0] = u->at;
	}
	if (u->nnames > 1)
		names->n = 2;	/* only "more than one" matters */
}

/*
 * Words of the document one edit away.  The search is costly, so its
 * answer is kept, and worked out again only for a new document or once
 * the document has twice the words it had when it was last asked.
 */
static void
doc_candidates(struct spell *s, struct unknown *u, const char *w, size_t n,
    struct candidates *doc)
{
	if (u->doc != s->doc || s->vocab > 2 * u->vocab) {
		one_edit_away(s, in_document, w, n, doc);
		u->doc = s->doc;
		u->vocab = s->vocab;
		free(u->doc_fix);
		u->doc_fix = NULL;
		if (doc->n == 1 && !doc->overflow) {
			u->doc_fix = xstrdup(doc->text[0]);
			u->doc_kind = (uint8_t)doc->kind[0];
			u->doc_at = doc->at[0];
		}
		return;
	}
	doc->n = 0;
	if (u->doc_fix != NULL) {
		snprintf(doc->text[0], sizeof(doc->text[0]), "%s", u->doc_fix);
		doc->kind[0] = (enum edit_kind)u->doc_kind;
		doc->at[0] = u->doc_at;
		doc->n = 1;
	}
}

/*
 * The one word of the dictionary a single edit from w, if there is just one
 * and it is not merely the other side's spelling (theatre, theater); else
 * NULL.  Hunspell's own suggestions cost some ten milliseconds a word and
 * name a best guess even where several are as near.
 */
static char *
suggestion(struct spell *s, const char *w, size_t n)
{
	struct candidates c = { .n = 0 };

	/* Hunspell itself, not the cache: the few hundred spellings tried
	   for one unknown word would only push real words out of it. */
	one_edit_away(s, ask_word, w, n, &c);
	if (c.n != 1 || c.overflow || spelling_variant(w, n, c.text[0]))
		return NULL;
	return xstrdup(c.text[0]);
}

static void
fix_unknown(struct spell *s, const struct token *t, size_t n, bool in_name,
    struct arena *a, struct edits *out)
{
	struct candidates names = { .n = 0 }, doc = { .n = 0 };
	bool cap = (t->flags & TOKF_CAP) != 0;
	struct unknown *u = lookup(s, t->norm, n)->unk;
	enum level l;

	name_candidates(s, u, t->norm, n, &names);
	if (names.n == 1 && !names.overflow) {
		/* A name written the same way again and again may be right. */
		bool consistent = seen_count(s, t->norm, n) >= CONSISTENT &&
		    seen_count(s, names.text[0], strlen(names.text[0])) == 0;

		l = confidence(&names, n, 7);
		if (!cap || consistent)
			l = l == LEVEL_SURE ? LEVEL_LIKELY : LEVEL_MAYBE;
		/* Beside a first name or a surname, a near name is a name. */
		if (in_name && l == LEVEL_LIKELY)
			l = LEVEL_MAYBE;
		propose(out, a, t, n, names.text[0], "spelling.name", l);
		return;
	}
	if (names.n > 1)
		return;		/* two names are as close: say nothing */
	if (!cap)
		doc_candidates(s, u, t->norm, n, &doc);
	if (doc.n == 1 && !doc.overflow && !cap &&
	    !spelling_variant(t->norm, n, doc.text[0])) {
		/* The document's own spelling: never more than likely. */
		l = confidence(&doc, n, 6);
		propose(out, a, t, n, doc.text[0], "spelling.document",
		    l == LEVEL_SURE ? LEVEL_LIKELY : LEVEL_MAYBE);
		return;
	}
	if (s->suggest && !cap) {
		if (!u->suggested) {
			u->suggestion = suggestion(s, t->norm, n);
			u->suggested = true;
		}
		if (u->suggestion != NULL)
			propose(out, a, t, n, u->suggestion,
			    "spelling.suggest", LEVEL_MAYBE);
	}
}

/* A capitalised word, not one that only starts a sentence. */
static bool
name_word(const struct token *t)
{
	return t->type == TOK_WORD && (t->flags & TOKF_CAP) &&
	    !(t->flags & TOKF_SSTART);
}

/*
 * Is token i part of a run of capitalised words ("Sarina Wiegman",
 * "Juergen Klopp")?  A word one letter from a listed name is then more
 * often another name than a slip.
 */
static bool
in_name(const struct tokens *toks, size_t i)
{
	const struct token *prev = i > 0 ? &toks->v[i - 1] : NULL;

	/* A capital before counts even at a sentence start: "Sarina X". */
	return (prev != NULL && prev->type == TOK_WORD &&
	    (prev->flags & TOKF_CAP)) ||
	    (i + 1 < toks->n && name_word(&toks->v[i + 1]));
}

void
spell_stage(struct spell *s, const char *text, const struct tokens *toks,
    struct arena *a, struct edits *out)
{
	size_t i, n;
	/* The checked length of each unknown word, 0 for the others. */
	size_t *unknown = arena_alloc(a, (toks->n + 1) * sizeof(*unknown));

	/* First the words of the paragraph, so "elsewhere" includes it. */
	for (i = 0; i < toks->n; i++) {
		const struct token *t = &toks->v[i];
		struct word *e;

		unknown[i] = 0;
		if ((n = checkable(t)) == 0)
			continue;
		e = lookup(s, t->norm, n);
		if (e->doc != s->doc) {
			e->doc = s->doc;
			e->count = 0;
			s->vocab++;
		}
		e->count++;
		unknown[i] = e->known ? 0 : n;
	}
	/*
	 * fix_unknown() looks each word up again rather than take a pointer
	 * from above: a lookup in between may fill the cache and clear it.
	 */
	for (i = 0; i < toks->n; i++)
		if (unknown[i] > 0)
			fix_unknown(s, &toks->v[i], unknown[i],
			    in_name(toks, i), a, out);
}
