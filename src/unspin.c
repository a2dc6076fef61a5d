/*
 * unspin.c: implements unspin.h.  The one place that knows the order of
 * the stages and how input is cut into paragraphs.
 */
#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "density.h"
#include "edit.h"
#include "names.h"
#include "paragraph.h"
#include "render.h"
#include "repass.h"
#include "resolve.h"
#include "rule.h"
#include "rulefile.h"
#include "rules.h"
#include "ruletest.h"
#include "segment.h"
#include "spell.h"
#include "unspin.h"
#include "utf8.h"
#include "xalloc.h"

#ifndef PKGDATADIR
#define PKGDATADIR "/usr/local/share/unspin"
#endif

#ifndef HUNSPELL_DIR
#define HUNSPELL_DIR "/usr/share/hunspell"
#endif

struct unspin_data {
	struct ruleset		*rules;
	struct spell_lists	*words;		/* NULL: no spelling stage */
	char			*hunspell_dir;
};

/* What a stage sees of the paragraph it proposes edits for. */
struct para {
	const struct unspin_data	*data;
	struct spell			*spell;	/* this stream's, or NULL */
	struct names			*names;
	const char			*text;
	size_t				 len;
	const struct tokens		*toks;
	struct arena			*arena;
	struct edits			*edits;
	struct survey			*survey;	/* or NULL */
	uint64_t			 offset;	/* of text */
};

/* The survey of the document's head may have matched this already. */
static void
stage_rules(struct para *p)
{
	if (p->survey != NULL && survey_take(p->survey, p->offset, p->len,
	    p->edits))
		return;
	rules_match(p->data->rules, p->text, p->len, p->toks, p->arena,
	    p->edits);
}

/*
 * The stages after segmentation, in pipeline order (DESIGN.md).  Each one
 * only proposes edits; resolve and render come after all of them.
 */
static void
stage_spelling(struct para *p)
{
	if (p->spell != NULL)
		spell_stage(p->spell, p->text, p->toks, p->arena, p->edits);
}

static void
stage_names(struct para *p)
{
	if (p->names != NULL)
		names_stage(p->names, p->text, p->toks, p->arena, p->edits);
}

static void (*const stages[])(struct para *) = {
	stage_rules,
	stage_spelling,
	stage_names,
};

/*
 * The stages that run again over repaired text, where a fixed word is the
 * context another fix needs ("clear vitality": "clean" first, then
 * "energy").  Spelling and names saw every word the first time.
 */
static void (*const repass_stages[])(struct para *) = {
	stage_rules,
};

/* Passes over one paragraph at most: the input and repaired texts. */
#define MAX_PASSES	3

struct unspin {
	const struct unspin_data	*data;
	struct unspin_options		 opt;
	struct spell			*spell;
	struct names			*names;
	char				 err[512];
	/* The current document. */
	char				*name;
	struct buf			 pending;
	size_t				 scan;
	uint64_t			 offset;	/* of pending[0] */
	uint64_t			 line;		/* of pending[0] */
	bool				 longline;	/* copying one through */
	bool				 binary;	/* copying the rest */
	bool				 surveyed;	/* the head counted */
	struct survey			 survey;
	struct density			 head;		/* its first bytes */
	struct density			 seen;		/* so far */
	struct unspin_stats		 st;		/* words, sure: in seen */
	/* Per-paragraph scratch, reused. */
	struct arena			 arena;
	struct tokens			 toks;
	struct edits			 edits;
	struct edits			 candidates;
	struct edits			 again;		/* a later pass's */
	struct buf			 out;
};

static char *
strdupf(const char *fmt, ...)
{
	va_list ap;
	char buf[1024];

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	return xstrdup(buf);
}

/* The word lists; en_US itself is opened by each stream. */
static int
load_spelling(struct unspin_data *d, const struct unspin_config *cfg,
    const char *dictdir, char *err, size_t errlen)
{
	const char *hdir = cfg->hunspell_dir;

	if (hdir == NULL)
		hdir = getenv("UNSPIN_HUNSPELL_DIR");
	if (hdir == NULL || *hdir == '\0')
		hdir = HUNSPELL_DIR;
	d->hunspell_dir = xstrdup(hdir);
	if ((d->words = spell_lists_load(dictdir, err, errlen)) == NULL)
		return -1;
	return spell_check_dir(hdir, err, errlen);
}

/*
 * An optional table, DIR/optional/NAME.rules: shipped but loaded only on
 * request, for artifacts only the user can call artifacts (guillemets).
 */
static int
load_optional(struct ruleset *rs, const char *dir, const char *name,
    char *err, size_t errsize)
{
	char *path;
	int rc;

	if (name[strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-")] !=
	    '\0' || name[0] == '\0') {
		snprintf(err, errsize, "--enable: '%s' is not a table name",
		    name);
		return -1;
	}
	path = strdupf("%s/optional/%s.rules", dir, name);
	if (access(path, R_OK) == -1) {
		snprintf(err, errsize, "--enable: no optional table '%s' "
		    "(%s: %s)", name, path, strerror(errno));
		free(path);
		return -1;
	}
	rc = ruleset_load_file(rs, path, err, errsize);
	free(path);
	return rc;
}

struct unspin_data *
unspin_data_load(const struct unspin_config *cfg, char **errp)
{
	struct unspin_data *d = xcalloc(1, sizeof(*d));
	const char *dir = cfg->dictdir;
	char err[1024] = "";
	char *rulesdir;
	size_t i;
	int rc;

	if (dir == NULL)
		dir = getenv("UNSPIN_DICTDIR");
	if (dir == NULL || *dir == '\0')
		dir = PKGDATADIR;
	d->rules = ruleset_new();
	d->rules->drop_examples = cfg->drop_examples;
	rc = ruleset_load_support(d->rules, dir, err, sizeof(err));
	rulesdir = strdupf("%s/rules", dir);
	if (rc == 0 && !cfg->no_default_rules)
		rc = ruleset_load_dir(d->rules, rulesdir, err, sizeof(err));
	free(rulesdir);
	for (i = 0; rc == 0 && i < cfg->nenable; i++)
		rc = load_optional(d->rules, dir, cfg->enable[i], err,
		    sizeof(err));
	for (i = 0; rc == 0 && i < cfg->nrule_files; i++)
		rc = ruleset_load_file(d->rules, cfg->rule_files[i], err,
		    sizeof(err));
	if (rc == 0 && !cfg->no_spelling)
		rc = load_spelling(d, cfg, dir, err, sizeof(err));
	for (i = 0; rc == 0 && i < cfg->ndisable; i++)
		if (ruleset_disable(d->rules, cfg->disable[i]) == -1) {
			snprintf(err, sizeof(err), "--disable: no rule or table "
			    "'%s'", cfg->disable[i]);
			rc = -1;
		}
	if (rc == -1) {
		*errp = xstrdup(err);
		unspin_data_free(d);
		return NULL;
	}
	return d;
}

void
unspin_data_free(struct unspin_data *d)
{
	if (d == NULL)
		return;
	ruleset_free(d->rules);
	spell_lists_free(d->words);
	free(d->hunspell_dir);
	free(d);
}

size_t
unspin_data_rule_count(const struct unspin_data *d)
{
	return d->rules->n;
}

void
unspin_data_rule_info(const struct unspin_data *d, size_t i,
    struct unspin_rule_info *info)
{
	const struct rule *r = d->rules->rules[i];

	info->id = r->id;
	info->kind = r->kind;
	info->level = (enum unspin_level)r->level;
	info->file = r->file;
	info->line = r->line;
}

size_t
unspin_data_test(const struct unspin_data *d,
    void (*fail)(void *, const char *, int, const char *), void *ctx)
{
	return ruletest_run(d->rules, fail, ctx);
}

struct unspin *
unspin_new(const struct unspin_data *d, const struct unspin_options *opt)
{
	struct unspin *u = xcalloc(1, sizeof(*u));

	char err[512];

	u->data = d;
	u->opt = *opt;
	/* en_US opened at load, so only memory can fail here. */
	if (d->words != NULL)
		u->spell = spell_new(d->hunspell_dir, d->words, err,
		    sizeof(err));
	if (u->spell != NULL) {
		spell_set_suggest(u->spell, opt->level == UNSPIN_MAYBE);
		u->names = names_new(d->words, u->spell);
	}
	return u;
}

int
unspin_begin(struct unspin *u, const char *name)
{
	free(u->name);
	u->name = xstrdup(name);
	u->pending.len = 0;
	u->scan = 0;
	u->offset = 0;
	u->line = 1;
	u->longline = u->binary = false;
	memset(&u->st, 0, sizeof(u->st));
	memset(&u->head, 0, sizeof(u->head));
	memset(&u->seen, 0, sizeof(u->seen));
	/* Only the default level waits for the density of the head. */
	u->surveyed = u->opt.no_density || u->opt.level != UNSPIN_SURE;
	survey_reset(&u->survey);
	if (u->spell != NULL)
		spell_begin_document(u->spell);
	if (u->names != NULL)
		names_begin_document(u->names);
	return 0;
}

static void
diag(struct unspin *u, uint64_t line, const char *fmt, ...)
{
	struct unspin_diag d;
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	u->st.problems++;
	if (u->opt.diag == NULL)
		return;
	d.file = u->name;
	d.line = line;
	d.message = msg;
	u->opt.diag(u->opt.ctx, &d);
}

static int
emit(struct unspin *u, const char *s, size_t n)
{
	if (u->opt.write == NULL || n == 0)
		return 0;
	if (u->opt.write(u->opt.ctx, s, n) == -1) {
		snprintf(u->err, sizeof(u->err), "write error");
		return -1;
	}
	return 0;
}

static uint64_t
count_lines(const char *s, size_t n)
{
	uint64_t k = 0;
	const char *p = s, *end = s + n;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		k++;
		p++;
	}
	return k;
}

/* Text the stages must not see goes out as it came in. */
static int
pass_through(struct unspin *u, const char *s, size_t n)
{
	u->st.bytes += n;
	u->offset += n;
	u->line += count_lines(s, n);
	return emit(u, s, n);
}

/*
 * Apply likely edits too in a document dense in spins: its head, surveyed
 * before any output, or what has been read of it so far.
 */
static enum level
apply_level(const struct unspin *u)
{
	enum level l = (enum level)u->opt.level;

	if (!u->opt.no_density && l == LEVEL_SURE &&
	    (density_dense(&u->head) || density_dense(&u->seen)))
		l = LEVEL_LIKELY;
	return l;
}

/*
 * Findings below likely are shown only to a user who asked for them with
 * --level=maybe: a consistent unknown name is no news at the default level.
 */
static void
drop_unreported(const struct unspin *u, struct edits *l)
{
	enum level report = (enum level)u->opt.level;
	size_t i, n = 0;

	if (report < LEVEL_LIKELY)
		report = LEVEL_LIKELY;
	for (i = 0; i < l->n; i++)
		if (l->v[i].level <= report)
			l->v[n++] = l->v[i];
	l->n = n;
}

/* The candidates before resolve, for a second resolve at another tier. */
static void
keep_candidates(struct unspin *u)
{
	u->candidates.n = 0;
	edits_append(&u->candidates, u->edits.v, u->edits.n);
}

static void
restore_candidates(struct unspin *u)
{
	u->edits.n = 0;
	edits_append(&u->edits, u->candidates.v, u->candidates.n);
}

/*
 * Density of spins says a spinner was at work, not that names are
 * misspelled: a likely spelling fix stays a report when only the density
 * made likely fixes apply.
 */
static void
keep_spelling_reported(struct unspin *u)
{
	size_t i;

	for (i = 0; i < u->edits.n; i++)
		if (u->edits.v[i].level == LEVEL_LIKELY &&
		    strcmp(u->edits.v[i].kind, "spelling") == 0)
			u->edits.v[i].level = LEVEL_MAYBE;
}

static bool
any_applied(const struct edits *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->v[i].applied)
			return true;
	return false;
}

/*
 * Match again over the repaired paragraph while the last pass changed
 * something, and fold what is found into the edits of the input text.
 */
static void
repass(struct unspin *u, const char *s, size_t n, enum level level)
{
	struct para p = { u->data, u->spell, u->names, NULL, 0, &u->toks,
	    &u->arena, &u->again, NULL, 0 };
	int pass;
	size_t i;

	if (!any_applied(&u->edits))
		return;
	for (pass = 1; pass < MAX_PASSES; pass++) {
		u->out.len = 0;
		render_text(s, n, &u->edits, &u->out);
		p.len = u->out.len;
		p.text = arena_strndup(&u->arena, u->out.data ? u->out.data :
		    "", p.len);
		segment_paragraph(p.text, p.len, &u->arena,
		    &u->data->rules->abbrevs, &u->toks);
		u->again.n = 0;
		for (i = 0; i < sizeof(repass_stages) /
		    sizeof(repass_stages[0]); i++)
			repass_stages[i](&p);
		drop_unreported(u, &u->again);
		resolve(&u->again, p.text, level);
		resolve_apply(&u->again, level);
		repass_compose(&u->edits, p.text, &u->again, &u->arena);
		if (!any_applied(&u->again))
			break;
	}
}

static void
tally(void *ctx, const struct unspin_change *c)
{
	struct unspin *u = ctx;

	if (c->applied)
		u->st.changes++;
	else
		u->st.reported++;
	if (u->opt.change != NULL)
		u->opt.change(u->opt.ctx, c);
}

static int
process(struct unspin *u, const char *s, size_t n)
{
	struct para p = { u->data, u->spell, u->names, s, n, &u->toks,
	    &u->arena, &u->edits, &u->survey, u->offset };
	enum level level;
	struct render_pos pos = { u->name, u->offset, u->line };
	size_t i, bad;
	int rc;

	if (memchr(s, '\0', n) != NULL) {
		diag(u, u->line + count_lines(s, (size_t)((char *)memchr(s,
		    '\0', n) - s)), "binary data (NUL byte); the rest is "
		    "copied unchanged");
		u->binary = true;
		return pass_through(u, s, n);
	}
	if (!utf8_valid(s, n, &bad)) {
		diag(u, u->line + count_lines(s, bad), "invalid UTF-8 (byte "
		    "0x%02X); paragraph copied unchanged",
		    (unsigned char)s[bad]);
		return pass_through(u, s, n);
	}
	arena_reset(&u->arena);
	u->edits.n = 0;
	segment_paragraph(s, n, &u->arena, &u->data->rules->abbrevs, &u->toks);
	for (i = 0; i < sizeof(stages) / sizeof(stages[0]); i++)
		stages[i](&p);
	drop_unreported(u, &u->edits);
	keep_candidates(u);
	resolve(&u->edits, s, LEVEL_SURE);
	/* Words, and the findings that are spins (not typos or casing). */
	density_count(&u->seen, &u->toks, &u->edits);
	level = apply_level(u);
	if (level >= LEVEL_LIKELY) {
		/* Likely edits will apply: longer ones may win now. */
		restore_candidates(u);
		if (level > (enum level)u->opt.level)
			keep_spelling_reported(u);
		resolve(&u->edits, s, LEVEL_LIKELY);
	}
	resolve_apply(&u->edits, level);
	repass(u, s, n, level);
	u->out.len = 0;
	render_text(s, n, &u->edits, &u->out);
	render_changes(s, &u->edits, &pos, tally, u);
	rc = emit(u, u->out.data, u->out.len);
	u->st.bytes += n;
	u->offset += n;
	u->line += count_lines(s, n);
	return rc;
}

/* Copy a line too long to process through to its end; returns bytes. */
static size_t
skip_long_line(struct unspin *u, const char *s, size_t n, int *rc)
{
	const char *nl = memchr(s, '\n', n);
	size_t k = nl ? (size_t)(nl - s) + 1 : n;

	*rc = pass_through(u, s, k);
	if (nl != NULL)
		u->longline = false;
	return k;
}

/* The next piece of s to hand on (a paragraph, or bytes copied through). */
static size_t
next_piece(struct unspin *u, const char *s, size_t n, bool final, int *rc)
{
	size_t len;

	*rc = 0;
	if (u->binary) {
		*rc = pass_through(u, s, n);
		return n;
	}
	if (u->longline)
		return skip_long_line(u, s, n, rc);
	switch (paragraph_cut(s, n, &u->scan, final, &len)) {
	case PARA_NONE:
		return 0;
	case PARA_LONGLINE:
		diag(u, u->line, "line longer than %d bytes; copied unchanged",
		    PARAGRAPH_MAX);
		u->longline = true;
		return skip_long_line(u, s, n, rc);
	default:
		*rc = process(u, s, len);
		return len;
	}
}

/*
 * Count the spins of the document's head before any of it goes out,
 * once DENSITY_HEAD bytes are in, or all of it, or the input pauses.
 */
static bool
surveyed(struct unspin *u, bool now)
{
	if (u->surveyed)
		return true;
	if (!now && u->pending.len < DENSITY_HEAD)
		return false;
	density_survey(&u->head, u->data->rules, u->pending.data,
	    u->pending.len < DENSITY_HEAD ? u->pending.len : DENSITY_HEAD,
	    u->offset, &u->survey);
	u->surveyed = true;
	return true;
}

/*
 * Hand on every complete piece of pending input, then drop them all at
 * once: consuming piece by piece would move the buffer once per paragraph.
 */
static int
drain(struct unspin *u, bool final)
{
	size_t done = 0, k;
	int rc = 0;

	if (!surveyed(u, final))
		return 0;
	while (rc == 0 && done < u->pending.len) {
		k = next_piece(u, u->pending.data + done,
		    u->pending.len - done, final, &rc);
		if (k == 0)
			break;
		done += k;
	}
	buf_consume(&u->pending, done);
	return rc;
}

int
unspin_feed(struct unspin *u, const char *s, size_t n)
{
	buf_add(&u->pending, s, n);
	return drain(u, false);
}

int
unspin_flush(struct unspin *u)
{
	char *nl;
	size_t len;

	surveyed(u, true);
	if (drain(u, false) == -1)
		return -1;
	if (u->longline || u->binary || u->pending.len == 0)
		return 0;
	nl = u->pending.data + u->pending.len;
	while (nl > u->pending.data && nl[-1] != '\n')
		nl--;
	len = (size_t)(nl - u->pending.data);
	if (len == 0)
		return 0;
	if (process(u, u->pending.data, len) == -1)
		return -1;
	buf_consume(&u->pending, len);
	u->scan = 0;
	return 0;
}

int
unspin_end(struct unspin *u)
{
	return drain(u, true);
}

void
unspin_stats(const struct unspin *u, struct unspin_stats *st)
{
	*st = u->st;
	st->words = u->seen.words;
	st->sure = u->seen.sure;
}

const char *
unspin_error(const struct unspin *u)
{
	return u->err;
}

void
unspin_free(struct unspin *u)
{
	if (u == NULL)
		return;
	free(u->name);
	spell_free(u->spell);
	names_free(u->names);
	buf_free(&u->pending);
	buf_free(&u->out);
	arena_free(&u->arena);
	tokens_free(&u->toks);
	edits_free(&u->edits);
	edits_free(&u->candidates);
	edits_free(&u->again);
	survey_free(&u->survey);
	free(u);
}

const char *
unspin_level_name(enum unspin_level l)
{
	return level_name((enum level)l);
}

int
unspin_level_parse(const char *s, enum unspin_level *out)
{
	enum level l;

	if (level_parse(s, &l) == -1)
		return -1;
	*out = (enum unspin_level)l;
	return 0;
}

const char *
unspin_version(void)
{
	return PACKAGE_VERSION;
}
