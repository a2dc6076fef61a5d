/* rulefile: the rule table parser and index builder (see rulefile.h). */
#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "buf.h"
#include "inflect.h"
#include "lines.h"
#include "rule.h"
#include "rulefile.h"
#include "segment.h"
#include "utf8.h"
#include "xalloc.h"

/* Parser state for one file. */
struct parse {
	struct ruleset	*rs;
	const char	*path;
	int		 line;
	char		*stem;		/* table name: file name less .rules */
	char		*kind;		/* @kind default */
	enum level	 level;		/* @level default */
	struct strmap	 classes;	/* @class, this file only */
	struct strmap	 ids;
	struct rule	*cur;
	char		*err;
	size_t		 errlen;
};

static int
fail(struct parse *p, const char *fmt, ...)
{
	va_list ap;
	int n = snprintf(p->err, p->errlen, "%s:%d: ", p->path, p->line);

	va_start(ap, fmt);
	if (n >= 0 && (size_t)n < p->errlen)
		vsnprintf(p->err + n, p->errlen - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

const char *
level_name(enum level l)
{
	return l == LEVEL_SURE ? "sure" : l == LEVEL_LIKELY ? "likely" :
	    "maybe";
}

int
level_parse(const char *s, enum level *out)
{
	if (strcmp(s, "sure") == 0)
		*out = LEVEL_SURE;
	else if (strcmp(s, "likely") == 0)
		*out = LEVEL_LIKELY;
	else if (strcmp(s, "maybe") == 0)
		*out = LEVEL_MAYBE;
	else
		return -1;
	return 0;
}

static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* Fold a word for matching: ’ to ', lower case unless exact. */
static char *
norm_word(const char *s, bool fold, size_t *len)
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

static void
add_lit(struct pel *e, const char *word, bool exact, int form)
{
	size_t len, i;
	char *text = norm_word(word, !exact, &len);

	for (i = 0; i < e->nlits; i++)
		if (e->lits[i].len == len && e->lits[i].exact == exact &&
		    memcmp(e->lits[i].text, text, len) == 0) {
			free(text);
			return;		/* same form in two slots */
		}
	e->lits = xrealloc(e->lits, (e->nlits + 1) * sizeof(*e->lits));
	e->lits[e->nlits].text = text;
	e->lits[e->nlits].len = len;
	e->lits[e->nlits].exact = exact;
	e->lits[e->nlits].form = (int8_t)form;
	e->nlits++;
}

/* A literal alternative, maybe `=exact` and maybe `word~n` / `word~v`. */
static int
parse_lit(struct parse *p, struct pel *e, char *word)
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
	tilde = strchr(word, '~');
	if (tilde == NULL || tilde == word) {
		add_lit(e, word, exact, -1);
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

		add_lit(e, form, exact, slot);
		free(form);
	}
	return 0;
}

static const struct {
	const char	*name;
	enum cls	 cls;
} builtins[] = {
	{ "any", CLS_ANY }, { "word", CLS_WORD }, { "num", CLS_NUM },
	{ "punct", CLS_PUNCT }, { "Cap", CLS_CAP }, { "lower", CLS_LOWER },
	{ "UPPER", CLS_UPPER }, { NULL, CLS_NONE }
};

static int
parse_class(struct parse *p, struct pel *e, char *name)
{
	size_t i, n = strlen(name);
	struct pclass c = { CLS_DATA, NULL };

	for (i = 0; builtins[i].name != NULL; i++)
		if (strcmp(builtins[i].name, name) == 0)
			c.cls = builtins[i].cls;
	if (c.cls == CLS_DATA) {
		c.words = strmap_get(&p->classes, name, n,
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
parse_alt(struct parse *p, struct pel *e, char *alt)
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
parse_elem(struct parse *p, struct pel *e, char *s)
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
add_plain(struct parse *p, struct rule *r, const char *s, bool span)
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
	return strpbrk(s, "!?()<>|~=") == NULL || strlen(s) == 1;
}


struct spanstate {
	bool	open;	/* inside { } */
	bool	seen;	/* braces used at all */
	bool	closed;
	bool	sstart;	/* pending ^ */
	bool	not_sstart;	/* pending !^ */
};

static int
parse_piece(struct parse *p, struct rule *r, char *s, struct spanstate *st)
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
parse_pattern(struct parse *p, struct rule *r, char *pat)
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

/*
 * How often a literal can be expected in text: punctuation and the words
 * of the shared classes (determiners, prepositions, pronouns ...) are on
 * every line, other words are not.
 */
static unsigned
commonness(const struct ruleset *rs, const struct lit *l)
{
	size_t i;

	if (l->len == 1 || !(l->text[0] & 0x80 || (l->text[0] | 32) >= 'a'))
		return 1000;	/* punctuation */
	for (i = 0; i < rs->classes.cap; i++) {
		const struct strmap *set = rs->classes.slots[i].value;

		if (set != NULL && strchr(rs->classes.slots[i].key, '/') == NULL &&
		    strmap_get(set, l->text, l->len, strmap_hash(l->text,
		    l->len)) != NULL)
			return 1000;
	}
	return 1;
}

/*
 * The index key is the required literal element whose words are rarest,
 * so a rule is tried only where its least common word appears (a rule on
 * "the go to of" is tried at "go", not at every "the").  Without one the
 * rule is tried everywhere.
 */
static void
choose_anchor(const struct ruleset *rs, struct rule *r)
{
	unsigned best = ~0u, cost;
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

static int
check_repl(struct parse *p, struct rule *r)
{
	const char *s;

	for (s = r->repl; (s = strchr(s, '$')) != NULL; s++) {
		long n = strtol(s + 1, NULL, 10);

		if (s[1] < '1' || s[1] > '9' || n < 1 || (size_t)n > r->npels)
			return fail(p, "'$%c...': no such pattern token (1..%zu)",
			    s[1], r->npels);
	}
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

static int
valid_id(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') ||
		    *s == '-' || *s == '_' || *s == '.' ||
		    (*s >= 'A' && *s <= 'Z')))
			return 0;
	return 1;
}

static int finish_rule(struct parse *);

static int expand_groups(const char *, char ***);

/* Append the expansions of pat with [open, close] replaced by alt. */
static int
add_expansions(const char *pat, const char *open, const char *close,
    const char *alt, char ***v, int n)
{
	struct buf b = { 0 };
	char **rest;
	int nrest, k;

	buf_add(&b, pat, (size_t)(open - pat));
	buf_adds(&b, alt);
	buf_adds(&b, close + 1);
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
 * "a (b c|d) e" gives "a b c e" and "a d e".  Single-word alternatives
 * stay for the matcher.  Returns the count, or -1 past the limit.
 */
static int
expand_groups(const char *pat, char ***out)
{
	const char *open = pat, *close;
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
		n = add_expansions(pat, open, close, alt, &v, n);
	}
	buf_addc(&single, ')');
	if (single.len > 2)
		n = add_expansions(pat, open, close, buf_str(&single), &v, n);
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
compile(struct parse *p, struct rule *r, char *pat)
{
	if (parse_pattern(p, r, pat) == -1 || check_repl(p, r) == -1)
		return -1;
	choose_anchor(p->rs, r);
	return 0;
}

static int
compile_variants(struct parse *p, struct rule *r, const char *pat)
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

static int
parse_rule(struct parse *p, char *line)
{
	char *colon = strchr(line, ':'), *arrow, *id;
	struct rule *r;
	struct buf full = { 0 };
	void **slot;

	if (finish_rule(p) == -1)
		return -1;
	if (colon == NULL)
		return fail(p, "expected 'ID: PATTERN -> REPLACEMENT'");
	*colon = '\0';
	id = trim(line);
	if (!valid_id(id))
		return fail(p, "bad rule id '%s' (letters, digits, - _ .)", id);
	slot = strmap_put(&p->ids, id, strlen(id));
	if (*slot != NULL)
		return fail(p, "rule id '%s' used twice in this file", id);
	*slot = p;
	arrow = strstr(colon + 1, "->");
	if (arrow == NULL)
		return fail(p, "rule '%s' has no '->'", id);
	*arrow = '\0';
	r = xcalloc(1, sizeof(*r));
	p->cur = r;
	buf_adds(&full, p->stem);
	buf_addc(&full, '.');
	buf_adds(&full, id);
	r->id = buf_str(&full);
	r->file = p->path;
	r->line = p->line;
	r->kind = xstrdup(p->kind);
	r->level = p->level;
	r->repl = xstrdup(trim(arrow + 2));
	return compile_variants(p, r, colon + 1);
}

static int
add_example(struct parse *p, char *text, bool negative)
{
	struct rule *r = p->cur;
	struct example *ex;
	char *sep = negative ? NULL : strstr(text, "=>");

	if (!negative && sep == NULL)
		return fail(p, "'ex:' needs 'INPUT => OUTPUT'");
	r->ex = xrealloc(r->ex, (r->nex + 1) * sizeof(*r->ex));
	ex = &r->ex[r->nex++];
	ex->line = p->line;
	if (negative) {
		ex->in = xstrdup(trim(text));
		ex->out = NULL;
	} else {
		*sep = '\0';
		ex->in = xstrdup(trim(text));
		ex->out = xstrdup(trim(sep + 2));
	}
	return 0;
}

static int
parse_attr(struct parse *p, char *line)
{
	char *colon = strchr(line, ':'), *key, *val;

	if (p->cur == NULL)
		return fail(p, "indented line outside a rule");
	if (colon == NULL)
		return fail(p, "expected 'ex:', 'no:', 'level:', 'kind:' or "
		    "'note:'");
	*colon = '\0';
	key = trim(line);
	val = trim(colon + 1);
	if (strcmp(key, "ex") == 0 || strcmp(key, "no") == 0)
		return add_example(p, val, key[0] == 'n');
	if (strcmp(key, "level") == 0) {
		if (level_parse(val, &p->cur->level) == -1)
			return fail(p, "unknown level '%s' (expected sure, "
			    "likely or maybe)", val);
		return 0;
	}
	if (strcmp(key, "kind") == 0) {
		if (!valid_id(val))
			return fail(p, "bad kind '%s'", val);
		free(p->cur->kind);
		p->cur->kind = xstrdup(val);
		return 0;
	}
	if (strcmp(key, "note") == 0)
		return 0;
	return fail(p, "unknown attribute '%s'", key);
}

/* `name: w1 w2 ...` into a class map. */
static int
parse_classdef(struct parse *p, struct strmap *into, char *def)
{
	char *colon = strchr(def, ':'), *name, *w, *save = NULL;
	struct strmap *set;
	void **slot;

	if (colon == NULL)
		return fail(p, "expected 'NAME: word word ...'");
	*colon = '\0';
	name = trim(def);
	if (!valid_id(name))
		return fail(p, "bad class name '%s'", name);
	slot = strmap_put(into, name, strlen(name));
	if (*slot != NULL)
		return fail(p, "class '%s' defined twice", name);
	set = xcalloc(1, sizeof(*set));
	*slot = set;
	for (w = strtok_r(colon + 1, " \t", &save); w != NULL;
	    w = strtok_r(NULL, " \t", &save)) {
		size_t len;
		char *f = norm_word(w, true, &len);

		*strmap_put(set, f, len) = set;
		free(f);
	}
	if (set->count == 0)
		return fail(p, "class '%s' is empty", name);
	return 0;
}

static char *
strip_comment(char *s)
{
	char *h = strstr(s, " #");

	if (h != NULL)
		*h = '\0';
	return trim(s);
}

static int
parse_directive(struct parse *p, char *line)
{
	char *val;

	if (finish_rule(p) == -1)
		return -1;
	if (strncmp(line, "@kind ", 6) == 0) {
		val = strip_comment(line + 6);
		if (!valid_id(val))
			return fail(p, "bad kind '%s'", val);
		free(p->kind);
		p->kind = xstrdup(val);
		return 0;
	}
	if (strncmp(line, "@level ", 7) == 0) {
		val = strip_comment(line + 7);
		if (level_parse(val, &p->level) == -1)
			return fail(p, "unknown level '%s' (expected sure, "
			    "likely or maybe)", val);
		return 0;
	}
	if (strncmp(line, "@class ", 7) == 0)
		return parse_classdef(p, &p->classes, line + 7);
	return fail(p, "unknown directive '%s'", line);
}

static void
index_rule(struct ruleset *rs, struct rule *r)
{
	struct rule_list *list;
	const struct pel *e;
	size_t i;

	if (r->anchor == (size_t)-1 || r->pels[r->anchor].nlits == 0 ||
	    r->pels[r->anchor].nclasses > 0) {
		list = &rs->unanchored;
		list->v = xgrow(list->v, &list->cap, list->n + 1,
		    sizeof(*list->v));
		list->v[list->n].rule = r;
		list->v[list->n++].lit = -1;
		return;
	}
	e = &r->pels[r->anchor];
	for (i = 0; i < e->nlits; i++) {
		char *key = e->lits[i].text;
		size_t len = e->lits[i].len;
		char *fold = xstrndup(key, len);
		void **slot;

		segment_fold(fold, len, fold);
		slot = strmap_put(&rs->index, fold, len);
		free(fold);
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
		list->v = xgrow(list->v, &list->cap, list->n + 1,
		    sizeof(*list->v));
		list->v[list->n].rule = r;
		list->v[list->n++].lit = e->lits[i].exact ? -1 : (int)i;
	}
}

/* Past this many alternatives an element looks words up in a hash set. */
#define LITSET_MIN	6

static void
build_litsets(struct rule *r)
{
	size_t i, k;

	for (i = 0; i < r->npels; i++) {
		struct pel *e = &r->pels[i];

		if (e->nlits < LITSET_MIN)
			continue;
		for (k = 0; k < e->nlits && !e->lits[k].exact; k++)
			;
		if (k < e->nlits)
			continue;	/* exact literals compare norm, not fold */
		e->litset = xcalloc(1, sizeof(*e->litset));
		for (k = 0; k < e->nlits; k++) {
			void **v = strmap_put(e->litset, e->lits[k].text,
			    e->lits[k].len);

			if (*v == NULL)
				*v = (void *)(uintptr_t)(k + 1);
		}
	}
}

static void rule_free(struct rule *);

static int
finish_rule(struct parse *p)
{
	struct rule *r = p->cur;
	struct ruleset *rs = p->rs;

	if (r == NULL)
		return 0;
	p->cur = NULL;
	if (r->nex == 0 || r->ex[0].out == NULL) {
		size_t i;

		for (i = 0; i < r->nex && r->ex[i].out == NULL; i++)
			;
		if (i == r->nex) {
			int line = p->line;

			p->line = r->line;
			fail(p, "rule '%s' has no 'ex:' example", r->id);
			p->line = line;
			rule_free(r);
			return -1;
		}
	}
	rs->rules = xgrow(rs->rules, &rs->cap, rs->n + 1, sizeof(*rs->rules));
	r->order = rs->n;
	rs->rules[rs->n++] = r;
	build_litsets(r);
	index_rule(rs, r);
	for (size_t i = 0; i < r->nvariants; i++) {
		/* Attribute lines came after the variants were made. */
		r->variants[i]->kind = r->kind;
		r->variants[i]->level = r->level;
		r->variants[i]->order = r->order;
		r->has_context = r->has_context || r->variants[i]->has_context;
		build_litsets(r->variants[i]);
		index_rule(rs, r->variants[i]);
	}
	return 0;
}

static int
parse_line(struct parse *p, char *line)
{
	char *t = trim(line);

	if (*t == '\0' || *t == '#')
		return 0;
	if (line[0] == ' ' || line[0] == '\t')
		return parse_attr(p, t);
	if (line[0] == '@')
		return parse_directive(p, t);
	return parse_rule(p, t);
}

static void
free_classes(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->cap; i++)
		if (m->slots[i].value != NULL) {
			strmap_free(m->slots[i].value);
			free(m->slots[i].value);
		}
	strmap_free(m);
}

static char *
table_stem(const char *path)
{
	const char *base = strrchr(path, '/');
	size_t n;

	base = base != NULL ? base + 1 : path;
	n = strlen(base);
	if (n > 6 && strcmp(base + n - 6, ".rules") == 0)
		n -= 6;
	return xstrndup(base, n);
}

static const char *
keep_name(struct ruleset *rs, const char *path)
{
	rs->files = xrealloc(rs->files, (rs->nfiles + 1) * sizeof(char *));
	return rs->files[rs->nfiles++] = xstrdup(path);
}

static int
rule_line(void *ctx, char *line, int lineno)
{
	struct parse *p = ctx;

	p->line = lineno;
	return parse_line(p, line);
}

int
ruleset_load_file(struct ruleset *rs, const char *path, char *err,
    size_t errlen)
{
	struct parse p = { 0 };
	int rc;

	p.rs = rs;
	p.path = keep_name(rs, path);
	p.stem = table_stem(path);
	p.kind = xstrdup("spin");
	p.level = LEVEL_SURE;
	p.err = err;
	p.errlen = errlen;
	rc = lines_read(path, rule_line, &p, err, errlen);
	if (rc == 0)
		rc = finish_rule(&p);
	else if (p.cur != NULL)
		rule_free(p.cur);
	free(p.stem);
	free(p.kind);
	strmap_free(&p.ids);
	/* Rules keep pointers into file-scoped classes: move them over. */
	{
		size_t i;

		for (i = 0; i < p.classes.cap; i++)
			if (p.classes.slots[i].value != NULL) {
				char key[300];

				snprintf(key, sizeof(key), "%s/%s", path,
				    p.classes.slots[i].key);
				*strmap_put(&rs->classes, key, strlen(key)) =
				    p.classes.slots[i].value;
				p.classes.slots[i].value = NULL;
			}
	}
	free_classes(&p.classes);
	return rc;
}

struct ruleset *
ruleset_new(void)
{
	struct ruleset *rs = xcalloc(1, sizeof(*rs));

	rs->inflect = inflect_new();
	rs->articles = articles_new();
	return rs;
}

static int
class_line(void *ctx, char *line, int lineno)
{
	struct parse *p = ctx;
	char *t = trim(line);

	p->line = lineno;
	return *t == '\0' || *t == '#' ? 0 :
	    parse_classdef(p, &p->rs->classes, t);
}

/* Read a file of `name: words` lines (classes.def) into the global map. */
static int
load_classes(struct ruleset *rs, const char *path, char *err, size_t errlen)
{
	struct parse p = { 0 };

	p.rs = rs;
	p.path = path;
	p.err = err;
	p.errlen = errlen;
	return lines_read(path, class_line, &p, err, errlen);
}

static int
abbrev_line(void *ctx, char *line, int lineno)
{
	struct ruleset *rs = ctx;
	char *t = trim(line), *f;
	size_t n;

	if (*t == '\0' || *t == '#')
		return 0;
	f = norm_word(t, true, &n);
	*strmap_put(&rs->abbrevs, f, n) = rs;
	free(f);
	return 0;
}

static int
load_abbrevs(struct ruleset *rs, const char *path, char *err, size_t errlen)
{
	return lines_read(path, abbrev_line, rs, err, errlen);
}

static char *
path_join(const char *dir, const char *name)
{
	struct buf b = { 0 };

	buf_adds(&b, dir);
	buf_addc(&b, '/');
	buf_adds(&b, name);
	return buf_str(&b);
}

int
ruleset_load_support(struct ruleset *rs, const char *dictdir, char *err,
    size_t errlen)
{
	char *classes = path_join(dictdir, "rules/classes.def");
	char *abbrevs = path_join(dictdir, "abbreviations.txt");
	char *infl = path_join(dictdir, "inflections.tsv");
	char *arts = path_join(dictdir, "articles.txt");
	int rc = load_classes(rs, classes, err, errlen);

	if (rc == 0)
		rc = load_abbrevs(rs, abbrevs, err, errlen);
	if (rc == 0)
		rc = inflect_load(rs->inflect, infl, err, errlen);
	if (rc == 0)
		rc = articles_load(rs->articles, arts, err, errlen);
	free(arts);
	free(classes);
	free(abbrevs);
	free(infl);
	return rc;
}

static int
is_table(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return d->d_name[0] != '.' && n > 6 &&
	    strcmp(d->d_name + n - 6, ".rules") == 0;
}

int
ruleset_load_dir(struct ruleset *rs, const char *dir, char *err,
    size_t errlen)
{
	struct dirent **names;
	int n, i, rc = 0;

	n = scandir(dir, &names, is_table, alphasort);
	if (n == -1) {
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		return -1;
	}
	for (i = 0; i < n; i++) {
		char *path = path_join(dir, names[i]->d_name);

		if (rc == 0)
			rc = ruleset_load_file(rs, path, err, errlen);
		free(path);
		free(names[i]);
	}
	free(names);
	return rc;
}

int
ruleset_disable(struct ruleset *rs, const char *id)
{
	size_t i, n = strlen(id);
	int found = 0;

	for (i = 0; i < rs->n; i++) {
		const char *rid = rs->rules[i]->id;

		/* "spin-news" or "spin-news." names a whole table. */
		if (strcmp(rid, id) == 0 || (strncmp(rid, id, n) == 0 &&
		    (rid[n] == '.' || (n > 0 && id[n - 1] == '.')))) {
			rs->rules[i]->disabled = true;
			for (size_t k = 0; k < rs->rules[i]->nvariants; k++)
				rs->rules[i]->variants[k]->disabled = true;
			found = 1;
		}
	}
	return found ? 0 : -1;
}

/* A variant owns only its pattern; the rule owns the shared fields. */
static void
free_pattern(struct rule *r)
{
	size_t i, k;

	for (i = 0; i < r->npels; i++) {
		for (k = 0; k < r->pels[i].nlits; k++)
			free(r->pels[i].lits[k].text);
		free(r->pels[i].lits);
		free(r->pels[i].classes);
		if (r->pels[i].litset != NULL) {
			strmap_free(r->pels[i].litset);
			free(r->pels[i].litset);
		}
	}
	free(r->pels);
}

static void
rule_free(struct rule *r)
{
	size_t i;

	for (i = 0; i < r->nvariants; i++) {
		free_pattern(r->variants[i]);
		free(r->variants[i]);
	}
	free(r->variants);
	free_pattern(r);
	for (i = 0; i < r->nex; i++) {
		free(r->ex[i].in);
		free(r->ex[i].out);
	}
	free(r->ex);
	free(r->id);
	free(r->kind);
	free(r->repl);
	free(r);
}

void
ruleset_free(struct ruleset *rs)
{
	size_t i;

	if (rs == NULL)
		return;
	for (i = 0; i < rs->n; i++)
		rule_free(rs->rules[i]);
	free(rs->rules);
	for (i = 0; i < rs->index.cap; i++) {
		struct rule_list *l = rs->index.slots[i].value;

		if (l != NULL) {
			free(l->v);
			free(l);
		}
	}
	strmap_free(&rs->index);
	free(rs->unanchored.v);
	free_classes(&rs->classes);
	strmap_free(&rs->abbrevs);
	inflect_free(rs->inflect);
	articles_free(rs->articles);
	for (i = 0; i < rs->nfiles; i++)
		free(rs->files[i]);
	free(rs->files);
	free(rs);
}
