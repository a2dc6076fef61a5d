/* inflect: regular and irregular English inflection (see inflect.h). */
#include <config.h>

#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "inflect.h"
#include "lines.h"
#include "strmap.h"
#include "xalloc.h"

struct inflect {
	struct strmap	irregular;	/* "v:go" -> char *[slots] */
};

struct inflect *
inflect_new(void)
{
	return xcalloc(1, sizeof(struct inflect));
}

int
inflect_nslots(char kind)
{
	return kind == 'n' ? 2 : kind == 'v' ? 5 : 0;
}

static bool
is_vowel(char c)
{
	return strchr("aeiouAEIOU", c) != NULL && c != '\0';
}

static bool
ends(const char *w, const char *suffix)
{
	size_t n = strlen(w), k = strlen(suffix);

	return n >= k && strcmp(w + n - k, suffix) == 0;
}

/* One-syllable consonant-vowel-consonant words double: stop, stopped. */
static bool
doubles(const char *w)
{
	size_t n = strlen(w), i, groups = 0;
	char last = n ? w[n - 1] : 0;

	if (n < 3 || is_vowel(last) || strchr("wxyWXY", last) != NULL ||
	    !is_vowel(w[n - 2]) || is_vowel(w[n - 3]))
		return false;
	for (i = 0; i < n; i++)
		if (is_vowel(w[i]) && (i == 0 || !is_vowel(w[i - 1])))
			groups++;
	return groups == 1;
}

static char *
join(const char *w, size_t keep, const char *suffix)
{
	size_t k = strlen(suffix);
	char *s = xmalloc(keep + k + 1);

	memcpy(s, w, keep);
	memcpy(s + keep, suffix, k + 1);
	return s;
}

/* stop + ed = stopped: the last consonant doubled, then the suffix. */
static char *
join_doubled(const char *w, size_t n, const char *suffix)
{
	char *t = join(w, n, w + n - 1), *s = join(t, n + 1, suffix);

	free(t);
	return s;
}

static char *
plural(const char *w)
{
	size_t n = strlen(w);

	if (ends(w, "s") || ends(w, "x") || ends(w, "z") || ends(w, "ch") ||
	    ends(w, "sh"))
		return join(w, n, "es");
	if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
		return join(w, n - 1, "ies");
	return join(w, n, "s");
}

static char *
past(const char *w)
{
	size_t n = strlen(w);

	if (ends(w, "e"))
		return join(w, n, "d");
	if (n >= 2 && w[n - 1] == 'y' && !is_vowel(w[n - 2]))
		return join(w, n - 1, "ied");
	return doubles(w) ? join_doubled(w, n, "ed") : join(w, n, "ed");
}

static char *
gerund(const char *w)
{
	size_t n = strlen(w);

	if (ends(w, "ie"))
		return join(w, n - 2, "ying");
	if (ends(w, "e") && n > 2 && !ends(w, "ee") && !ends(w, "ye") &&
	    !ends(w, "oe"))
		return join(w, n - 1, "ing");
	return doubles(w) ? join_doubled(w, n, "ing") : join(w, n, "ing");
}

char *
inflect_form(const struct inflect *in, const char *w, char kind, int slot)
{
	char key[256];
	char **irr;
	int n = snprintf(key, sizeof(key), "%c:%s", kind, w);

	if (n > 0 && (size_t)n < sizeof(key)) {
		irr = strmap_get(&in->irregular, key, (size_t)n,
		    strmap_hash(key, (size_t)n));
		if (irr != NULL)
			return xstrdup(irr[slot]);
	}
	switch (slot) {
	case 0:
		return xstrdup(w);
	case 1:
		return plural(w);
	case 2:
	case 3:
		return past(w);
	default:
		return gerund(w);
	}
}

struct loader {
	struct inflect	*in;
	const char	*path;
	char		*err;
	size_t		 errlen;
};

static int
parse_line(void *ctx, char *line, int lineno)
{
	struct loader *l = ctx;
	char *f[INFLECT_MAXSLOTS + 1], *save = NULL, **forms, key[256];
	int n = 0, want, i;
	void **slot;

	if (line[0] == '\0' || line[0] == '#')
		return 0;
	for (char *p = strtok_r(line, "\t", &save); p != NULL;
	    p = strtok_r(NULL, "\t", &save))
		if (n++ < INFLECT_MAXSLOTS + 1)
			f[n - 1] = p;
	want = n > 0 ? inflect_nslots(f[0][0]) : 0;
	if (want == 0 || f[0][1] != '\0' || n != want + 1) {
		return lines_error(l->err, l->errlen, l->path, lineno,
		    "expected 'n' and 2 forms or 'v' and 5 forms, tab-separated");
	}
	snprintf(key, sizeof(key), "%c:%s", f[0][0], f[1]);
	slot = strmap_put(&l->in->irregular, key, strlen(key));
	if (*slot != NULL) {
		return lines_error(l->err, l->errlen, l->path, lineno,
		    "'%s' listed twice", f[1]);
	}
	forms = xcalloc((size_t)want, sizeof(*forms));
	for (i = 0; i < want; i++)
		forms[i] = xstrdup(f[i + 1]);
	*slot = forms;
	return 0;
}

int
inflect_load(struct inflect *in, const char *path, char *err, size_t errlen)
{
	struct loader l = { in, path, err, errlen };

	return lines_read(path, parse_line, &l, err, errlen);
}

void
inflect_free(struct inflect *in)
{
	size_t i;
	int k;

	if (in == NULL)
		return;
	for (i = 0; i < in->irregular.cap; i++) {
		char **forms = in->irregular.slots[i].value;

		if (forms == NULL)
			continue;
		for (k = 0; k < inflect_nslots(in->irregular.slots[i].key[0]); k++)
			free(forms[k]);
		free(forms);
	}
	strmap_free(&in->irregular);
	free(in);
}
