/* pattern: rule patterns into pattern elements (see pattern.h). */
#include <config.h>

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "inflect.h"
#include "lines.h"
#include "pattern.h"
#include "rule.h"
#include "segment.h"
#include "xalloc.h"

static int
fail(struct pattern_env *p, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	lines_verror(p->err, p->errlen, p->path, p->line, fmt, ap);
	va_end(ap);
	return -1;
}

static const struct {
	const char	*name;
	enum cls	 cls;
} builtins[] = {
	{ "any", CLS_ANY }, { "word", CLS_WORD }, { "num", CLS_NUM },
	{ "punct", CLS_PUNCT }, { "Cap", CLS_CAP }, { "lower", CLS_LOWER },
	{ "UPPER", CLS_UPPER }, { NULL, CLS_NONE }
};

struct spanstate {
	bool	open;	/* inside { } */
	bool	seen;	/* braces used at all */
	bool	closed;
	bool	sstart;	/* pending ^ */
	bool	not_sstart;	/* pending !^ */
};

static int expand_groups(const char *, char ***);

/* Fold a word for matching: ’ to ', lower case unless exact. */
char *
pattern_word(const char *s, bool fold, size_t *len)
{
	struct buf b = { 0 };

	for (; *s != '\0'; s++) {
		if (strncmp(s, "\xE2\x80\x99", 3) == 0) {
			buf_addc(&b, '\'');
			s += 2;
		} else
			buf_addc(&b, *s);
	}
	buf_str(&b);
	if (fold)
		segment_fold(b.data, b.len, b.data);
	*len = b.len;
	return b.data;
}

static bool
has_capital(const char *s)
{
	for (; *s != '\0'; s++)
		if ((*s >= 'A' && *s <= 'Z') ||
		    ((unsigned char)*s == 0xC3 && (unsigned char)s[1] >= 0x80 &&
		    (unsigned char)s[1] <= 0x9E))
			return true;
	return false;
}

/* A "*-tail" literal: any word that ends in "-tail" after a first part. */
static bool
is_suffix(const char *word)
{
	return word[0] == '*' && word[1] == '-' && word[2] != '\0' &&
	    word[2] != '-';
}

static void
add_lit(struct pattern_env *p, struct pel *e, const char *word, bool exact,
    int form)
{
	size_t len, i;
	char *text = pattern_word(word, !exact, &len), *shared;

	for (i = 0; i < e->nlits; i++)
		if (e->lits[i].len == len && e->lits[i].exact == exact &&
		    memcmp(e->lits[i].text, text, len) == 0) {
			free(text);
			return;		/* same form in two slots */
		}
	/* The ruleset's copy of the text, shared by every rule. */
	shared = strmap_put_slot(&p->rs->texts, text, len)->key;
	free(text);
	e->lits = xrealloc(e->lits, (e->nlits + 1) * sizeof(*e->lits));
	e->lits[e->nlits].text = shared;
	e->lits[e->nlits].len = len;
	e->lits[e->nlits].exact = exact;
	e->lits[e->nlits].suffix = is_suffix(shared);
	e->lits[e->nlits].form = (int8_t)form;
	e->nlits++;
}

/* A literal alternative, maybe `=exact` and maybe `word~n` / `word~v`. */
static int
parse_lit(struct pattern_env *p, struct pel *e, char *word)
{
	bool exact = false;
	char *tilde;
	int slot, nslots;

	if (word[0] == '=' && word[1] != '\0') {
		exact = true;
		word++;
	}
	if (word[0] == '\0')
		return fail(p, "empty alternative");
	exact = exact || has_capital(word);
	if (is_suffix(word) && (exact || strchr(word, '~') != NULL))
		return fail(p, "'%s': a *-tail word is case-blind and not "
		    "inflected", word);
	tilde = strchr(word, '~');
	if (tilde == NULL || tilde == word) {
		add_lit(p, e, word, exact, -1);
		return 0;
	}
	if ((tilde[1] != 'n' && tilde[1] != 'v') || tilde[2] != '\0')
		return fail(p, "'%s': inflection is ~n or ~v", word);
	if (e->infl != 0 && e->infl != tilde[1])
		return fail(p, "'%s': mixed ~n and ~v", word);
	e->infl = tilde[1];
	*tilde = '\0';
	nslots = inflect_nslots(e->infl);
	for (slot = 0; slot < nslots; slot++) {
		char *form = inflect_form(p->rs->inflect, word, e->infl, slot);

		add_lit(p, e, form, exact, slot);
		free(form);
	}
	return 0;
}

static int
parse_class(struct pattern_env *p, struct pel *e, char *name)
{
	size_t i, n = strlen(name);
	struct pclass c = { CLS_DATA, NULL };

	for (i = 0; builtins[i].name != NULL; i++)
		if (strcmp(builtins[i].name, name) == 0)
			c.cls = builtins[i].cls;
	if (c.cls == CLS_DATA) {
		c.words = strmap_get(p->classes, name, n,
		    strmap_hash(name, n));
		if (c.words == NULL)
			c.words = strmap_get(&p->rs->classes, name, n,
			    strmap_hash(name, n));
		if (c.words == NULL)
			return fail(p, "unknown class '<%s>'", name);
	}
	e->classes = xrealloc(e->classes, (e->nclasses + 1) *
	    sizeof(*e->classes));
	e->classes[e->nclasses++] = c;
	return 0;
}

/* One alternative: a class <name> or a literal. */
static int
parse_alt(struct pattern_env *p, struct pel *e, char *alt)
{
	size_t n = strlen(alt);

	if (alt[0] == '<' && n > 2 && alt[n - 1] == '>') {
		alt[n - 1] = '\0';
		return parse_class(p, e, alt + 1);
	}
	return parse_lit(p, e, alt);
}

/* One pattern piece without its braces: !x?, (a|b), <cls>, word~v. */
static int
parse_elem(struct pattern_env *p, struct pel *e, char *s)
{
	size_t n = strlen(s);
	char *alt, *save = NULL;

	if (s[0] == '!' && n > 1) {
		e->negated = true;
		s++;
		n--;
	}
	if (n > 1 && s[n - 1] == '?') {
		e->optional = true;
		s[--n] = '\0';
	}
	if (e->negated && e->optional)
		return fail(p, "'%s': a token cannot be both ! and ?", s);
	if (s[0] == '(' && n > 2 && s[n - 1] == ')') {
		s[n - 1] = '\0';
		for (alt = strtok_r(s + 1, "|", &save); alt != NULL;
		    alt = strtok_r(NULL, "|", &save))
			if (parse_alt(p, e, alt) == -1)
				return -1;
		if (e->nlits + e->nclasses == 0)
			return fail(p, "empty alternatives '()'");
		return 0;
	}
	if (s[0] == '<')
		return parse_alt(p, e, s);
	if (strchr(s, '(') != NULL || strchr(s, '|') != NULL)
		return fail(p, "'%s': alternatives are written (a|b), one token "
		    "each", s);
	return parse_lit(p, e, s);
}

static struct pel *
new_elem(struct rule *r)
{
	struct pel *e;

	r->pels = xrealloc(r->pels, (r->npels + 1) * sizeof(*r->pels));
	e = &r->pels[r->npels++];
	memset(e, 0, sizeof(*e));
	return e;
}

/*
 * A plain literal piece may hold several tokens ("hand," is "hand" ",");
 * split it the way text is split.
 */
static int
add_plain(struct pattern_env *p, struct rule *r, const char *s, bool span)
{
	struct arena a = { 0 };
	struct tokens toks = { 0 };
	size_t i;
	int rc = 0;

	segment_paragraph(s, strlen(s), &a, NULL, &toks);
	for (i = 0; i < toks.n && rc == 0; i++) {
		struct pel *e = new_elem(r);
		char *w = xstrndup(s + toks.v[i].off, toks.v[i].len);

		e->in_span = span;
		rc = parse_lit(p, e, w);
		free(w);
	}
	tokens_free(&toks);
	arena_free(&a);
	return rc;
}

static bool
is_plain(const char *s)
{
	return (strpbrk(s, "!?()<>|~=") == NULL && !is_suffix(s)) ||
	    strlen(s) == 1;
}

static int
parse_piece(struct pattern_env *p, struct rule *r, char *s,
    struct spanstate *st)
{
	size_t n, before = r->npels;
	bool closes = false;

	if (strcmp(s, "^") == 0 || strcmp(s, "!^") == 0) {
		if (s[0] == '!')
			st->not_sstart = true;
		else
			st->sstart = true;
		return 0;
	}
	if (strcmp(s, "$") == 0) {
		if (r->npels == 0)
			return fail(p, "'$' needs a token before it");
		r->pels[r->npels - 1].send = true;
		return 0;
	}
	if (s[0] == '{' && s[1] != '\0' ? true : strcmp(s, "{") == 0) {
		if (st->seen)
			return fail(p, "only one {...} span per pattern");
		st->open = st->seen = true;
		s++;
	}
	n = strlen(s);
	if (n > 0 && s[n - 1] == '}') {
		if (!st->open)
			return fail(p, "'}' without '{'");
		s[--n] = '\0';
		closes = true;
	}
	if (n > 0) {
		if (is_plain(s)) {
			if (add_plain(p, r, s, st->open) == -1)
				return -1;
		} else {
			struct pel *e = new_elem(r);

			e->in_span = st->open;
			if (parse_elem(p, e, s) == -1)
				return -1;
		}
		if (r->npels > before) {
			r->pels[before].sstart = st->sstart;
			r->pels[before].not_sstart = st->not_sstart;
			st->sstart = st->not_sstart = false;
		}
	}
	if (closes) {
		st->open = false;
		st->closed = true;
	}
	return 0;
}

static int
parse_pattern(struct pattern_env *p, struct rule *r, char *pat)
{
	struct spanstate st = { 0 };
	char *s, *save = NULL;
	size_t i;

	for (s = strtok_r(pat, " \t", &save); s != NULL;
	    s = strtok_r(NULL, " \t", &save))
		if (parse_piece(p, r, s, &st) == -1)
			return -1;
	if (st.open)
		return fail(p, "'{' without '}'");
	if (st.sstart || st.not_sstart)
		return fail(p, "'^' needs a token after it");
	if (r->npels == 0)
		return fail(p, "empty pattern");
	if (r->npels > RULE_MAXPELS)
		return fail(p, "pattern longer than %d tokens", RULE_MAXPELS);
	if (!st.seen)
		for (i = 0; i < r->npels; i++)
			r->pels[i].in_span = !r->pels[i].negated;
	for (i = 0; i < r->npels; i++) {
		if (r->pels[i].in_span && r->pels[i].negated)
			return fail(p, "a !token cannot be replaced; put it "
			    "outside {}");
		if (!r->pels[i].in_span)
			r->has_context = true;
	}
	return 0;
}

static bool
span_has_suffix(const struct rule *r)
{
	size_t i, k;

	for (i = 0; i < r->npels; i++)
		for (k = 0; k < r->pels[i].nlits; k++)
			if (r->pels[i].in_span && r->pels[i].lits[k].suffix)
				return true;
	return false;
}

static int
check_repl(struct pattern_env *p, struct rule *r)
{
	const char *s;

	for (s = r->repl; (s = strchr(s, '$')) != NULL; s++) {
		long n = strtol(s + 1, NULL, 10);

		if (s[1] < '1' || s[1] > '9' || n < 1 || (size_t)n > r->npels)
			return fail(p, "'$%c...': no such pattern token (1..%zu)",
			    s[1], r->npels);
	}
	if (strchr(r->repl, '*') != NULL && !span_has_suffix(r))
		return fail(p, "'*' in the replacement needs a *-tail word in "
		    "the replaced span");
	if (strchr(r->repl, '~') != NULL) {
		size_t i;

		for (i = 0; i < r->npels; i++)
			if (r->pels[i].in_span && r->pels[i].infl)
				return 0;
		return fail(p, "'~' in the replacement needs a ~n or ~v token "
		    "in the replaced span");
	}
	return 0;
}

/* Append the expansions of pat with [open, after) replaced by alt. */
static int
add_expansions(const char *pat, const char *open, const char *after,
    const char *alt, char ***v, int n)
{
	struct buf b = { 0 };
	char **rest;
	int nrest, k;

	buf_add(&b, pat, (size_t)(open - pat));
	buf_adds(&b, alt);
	buf_adds(&b, after);
	nrest = expand_groups(buf_str(&b), &rest);
	buf_free(&b);
	if (nrest < 0)
		return RULE_MAXVARIANTS + 1;
	for (k = 0; k < nrest; k++) {
		if (n >= RULE_MAXVARIANTS) {
			free(rest[k]);
			n = RULE_MAXVARIANTS + 1;
			continue;
		}
		*v = xrealloc(*v, (size_t)(n + 1) * sizeof(char *));
		(*v)[n++] = rest[k];
	}
	free(rest);
	return n;
}

/*
 * Spell out every combination of the multi-word alternatives of pat:
 * "a (b c|d) e" gives "a b c e" and "a (d) e".  Single-word alternatives
 * stay for the matcher.  An optional group loses its "?" in the longer
 * alternatives, and its absence is a variant of its own unless the
 * one-word alternatives, still optional, stand for it: "a (b c)? e" gives
 * "a b c e" and "a e".  Returns the count, or -1 past the limit.
 */
static int
expand_groups(const char *pat, char ***out)
{
	const char *open = pat, *close, *after;
	char **v = NULL, *alt, *save = NULL, *group;
	struct buf single = { 0 };
	int n = 0, i;

	for (;;) {
		open = strchr(open, '(');
		if (open == NULL || (close = strchr(open, ')')) == NULL)
			break;
		if (memchr(open, ' ', (size_t)(close - open)) != NULL)
			break;
		open = close;
	}
	if (open == NULL || strchr(open, ')') == NULL) {
		*out = xcalloc(1, sizeof(char *));
		(*out)[0] = xstrdup(pat);
		return 1;
	}
	close = strchr(open, ')');
	after = close[1] == '?' ? close + 2 : close + 1;
	group = xstrndup(open + 1, (size_t)(close - open - 1));
	/* One variant for all one-word alternatives, one per longer one. */
	buf_addc(&single, '(');
	for (alt = strtok_r(group, "|", &save); alt != NULL;
	    alt = strtok_r(NULL, "|", &save)) {
		if (strchr(alt, ' ') == NULL) {
			if (single.len > 1)
				buf_addc(&single, '|');
			buf_adds(&single, alt);
			continue;
		}
		n = add_expansions(pat, open, after, alt, &v, n);
	}
	buf_addc(&single, ')');
	if (single.len > 2)
		n = add_expansions(pat, open, close + 1, buf_str(&single), &v,
		    n);
	else if (after != close + 1)
		n = add_expansions(pat, open, after, "", &v, n);
	buf_free(&single);
	free(group);
	if (n > RULE_MAXVARIANTS) {
		for (i = 0; i < RULE_MAXVARIANTS && v != NULL; i++)
			free(v[i]);
		free(v);
		*out = NULL;
		return -1;
	}
	*out = v;
	return n;
}

/* Compile pattern text into r (the rule or one of its variants). */
static int
compile(struct pattern_env *p, struct rule *r, char *pat)
{
	return parse_pattern(p, r, pat) == -1 || check_repl(p, r) == -1 ?
	    -1 : 0;
}

int
pattern_compile(struct pattern_env *p, struct rule *r, const char *pat)
{
	char **pats;
	int n = expand_groups(pat, &pats), i, rc = 0;

	if (n == -1)
		return fail(p, "more than %d combinations of alternatives",
		    RULE_MAXVARIANTS);
	if (n > 1 && strchr(r->repl, '$') != NULL)
		rc = fail(p, "'$N' cannot be used with multi-word "
		    "alternatives: token numbers differ between them");
	for (i = 0; i < n; i++) {
		struct rule *v = r;

		if (rc == 0 && i > 0) {
			v = xcalloc(1, sizeof(*v));
			v->id = r->id;
			v->file = r->file;
			v->line = r->line;
			v->repl = r->repl;
			r->variants = xrealloc(r->variants,
			    (r->nvariants + 1) * sizeof(*r->variants));
			r->variants[r->nvariants++] = v;
		}
		if (rc == 0)
			rc = compile(p, v, pats[i]);
		free(pats[i]);
	}
	free(pats);
	return rc;
}
