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
#include "pattern.h"
#include "rule.h"
#include "rulefile.h"
#include "ruleindex.h"
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
	bool		 cur_level;	/* cur has had its level: line */
	bool		 cur_kind;	/* and its kind: line */
	char		*err;
	size_t		 errlen;
};

static int
fail(struct parse *p, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	lines_verror(p->err, p->errlen, p->path, p->line, fmt, ap);
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





static int
parse_rule(struct parse *p, char *line)
{
	char *colon = strchr(line, ':'), *arrow, *id;
	struct pattern_env env;
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
	p->cur_level = p->cur_kind = false;
	buf_adds(&full, p->stem);
	buf_addc(&full, '.');
	buf_adds(&full, id);
	r->id = buf_str(&full);
	r->file = p->path;
	r->line = p->line;
	r->kind = xstrdup(p->kind);
	r->level = p->level;
	r->repl = xstrdup(trim(arrow + 2));
	env.rs = p->rs;
	env.classes = &p->classes;
	env.path = p->path;
	env.line = p->line;
	env.err = p->err;
	env.errlen = p->errlen;
	return pattern_compile(&env, r, colon + 1);
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
	/* A second one is most often a rule pasted above another's tail. */
	if ((strcmp(key, "level") == 0 && p->cur_level) ||
	    (strcmp(key, "kind") == 0 && p->cur_kind))
		return fail(p, "%s given twice for rule '%s'", key,
		    p->cur->id);
	if (strcmp(key, "level") == 0) {
		p->cur_level = true;
		if (level_parse(val, &p->cur->level) == -1)
			return fail(p, "unknown level '%s' (expected sure, "
			    "likely or maybe)", val);
		return 0;
	}
	if (strcmp(key, "kind") == 0) {
		p->cur_kind = true;
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
		char *f = pattern_word(w, true, &len);

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



static void rule_free(struct rule *);

/* Forget r's examples (kept only to be run). */
static void
free_examples(struct rule *r)
{
	size_t i;

	for (i = 0; i < r->nex; i++) {
		free(r->ex[i].in);
		free(r->ex[i].out);
	}
	free(r->ex);
	r->ex = NULL;
	r->nex = 0;
}

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
	if (rs->drop_examples)
		free_examples(r);
	rs->rules = xgrow(rs->rules, &rs->cap, rs->n + 1, sizeof(*rs->rules));
	r->order = rs->n;
	rs->rules[rs->n++] = r;
	for (size_t i = 0; i < r->nvariants; i++) {
		/* Attribute lines came after the variants were made. */
		r->variants[i]->kind = r->kind;
		r->variants[i]->level = r->level;
		r->variants[i]->order = r->order;
		r->has_context = r->has_context || r->variants[i]->has_context;
	}
	ruleindex_add(rs, r);
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
free_class(void *v)
{
	strmap_free(v);
	free(v);
}

static void
free_classes(struct strmap *m)
{
	strmap_free_values(m, free_class);
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

/*
 * Read a support file of the data folder a line at a time with fn, which
 * gets a struct parse to report "FILE:LINE: what is wrong" through.
 */
static int
read_support(struct ruleset *rs, const char *path,
    int (*fn)(void *, char *, int), char *err, size_t errlen)
{
	struct parse p = { 0 };

	p.rs = rs;
	p.path = path;
	p.err = err;
	p.errlen = errlen;
	return lines_read(path, fn, &p, err, errlen);
}

static int
abbrev_line(void *ctx, char *line, int lineno)
{
	struct ruleset *rs = ctx;
	char *t = trim(line), *f;
	size_t n;

	if (*t == '\0' || *t == '#')
		return 0;
	f = pattern_word(t, true, &n);
	*strmap_put(&rs->abbrevs, f, n) = rs;
	free(f);
	return 0;
}

static int
load_abbrevs(struct ruleset *rs, const char *path, char *err, size_t errlen)
{
	return lines_read(path, abbrev_line, rs, err, errlen);
}

/* "word<TAB>occurrences per million", for the choice of index keys. */
static int
freq_line(void *ctx, char *line, int lineno)
{
	struct parse *p = ctx;
	char *t = trim(line), *tab, *end;
	unsigned long n;

	p->line = lineno;
	if (*t == '\0' || *t == '#')
		return 0;
	if ((tab = strchr(t, '\t')) == NULL || tab == t)
		return fail(p, "expected a word, a tab and a count");
	*tab = '\0';
	errno = 0;
	n = strtoul(tab + 1, &end, 10);
	if (errno != 0 || end == tab + 1 || *end != '\0' || n == 0)
		return fail(p, "'%s': not a count", tab + 1);
	*strmap_put(&p->rs->freq, t, strlen(t)) = (void *)(uintptr_t)n;
	return 0;
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
	char *freq = path_join(dictdir, "word-frequencies.tsv");
	/* `name: words` lines (classes.def) into the global map first. */
	int rc = read_support(rs, classes, class_line, err, errlen);

	if (rc == 0)
		rc = load_abbrevs(rs, abbrevs, err, errlen);
	if (rc == 0)
		rc = inflect_load(rs->inflect, infl, err, errlen);
	if (rc == 0)
		rc = articles_load(rs->articles, arts, err, errlen);
	if (rc == 0)
		rc = read_support(rs, freq, freq_line, err, errlen);
	free(freq);
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
	size_t i;

	for (i = 0; i < r->npels; i++) {
		const struct pel *e = &r->pels[i];

		/* Their texts are the ruleset's, and maybe the list too. */
		if (e->litset == NULL || e->lits != e->litset->lits)
			free(e->lits);
		free(e->classes);
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
	free_examples(r);
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
	ruleindex_free(rs);
	free_classes(&rs->classes);
	strmap_free(&rs->abbrevs);
	strmap_free(&rs->freq);
	strmap_free(&rs->texts);
	inflect_free(rs->inflect);
	articles_free(rs->articles);
	for (i = 0; i < rs->nfiles; i++)
		free(rs->files[i]);
	free(rs->files);
	free(rs);
}
