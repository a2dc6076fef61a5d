/* article: a or an (see article.h). */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "lines.h"
#include "segment.h"
#include "xalloc.h"

struct prefix {
	char	*text;	/* lower case */
	size_t	 len;
	bool	 an;
};

struct articles {
	struct prefix	*v;
	size_t		 n;
};

struct articles *
articles_new(void)
{
	return xcalloc(1, sizeof(struct articles));
}

struct loader {
	struct articles	*a;
	const char	*path;
	char		*err;
	size_t		 errlen;
};

static int
article_line(void *ctx, char *line, int lineno)
{
	struct loader *l = ctx;
	struct articles *a = l->a;
	char art[8], word[64];

	if (line[strspn(line, " \t")] == '\0' || line[0] == '#')
		return 0;
	if (sscanf(line, "%7s %63s", art, word) != 2 ||
	    (strcmp(art, "a") != 0 && strcmp(art, "an") != 0)) {
		return lines_error(l->err, l->errlen, l->path, lineno,
		    "expected 'a PREFIX' or 'an PREFIX'");
	}
	a->v = xrealloc(a->v, (a->n + 1) * sizeof(*a->v));
	a->v[a->n].len = strlen(word);
	a->v[a->n].text = xstrdup(word);
	segment_fold(word, a->v[a->n].len, a->v[a->n].text);
	a->v[a->n++].an = art[1] == 'n';
	return 0;
}

int
articles_load(struct articles *a, const char *path, char *err, size_t errlen)
{
	struct loader l = { a, path, err, errlen };

	return lines_read(path, article_line, &l, err, errlen);
}

bool
articles_wants_an(const struct articles *a, const char *w, size_t n)
{
	char low[64];
	size_t i, best = 0;
	bool an;

	if (n == 0)
		return false;
	if (n > sizeof(low))
		n = sizeof(low);
	segment_fold(w, n, low);
	an = strchr("aeiou", low[0]) != NULL;
	for (i = 0; i < a->n; i++)
		if (a->v[i].len <= n && a->v[i].len > best &&
		    memcmp(a->v[i].text, low, a->v[i].len) == 0) {
			best = a->v[i].len;
			an = a->v[i].an;
		}
	return an;
}

void
articles_free(struct articles *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->n; i++)
		free(a->v[i].text);
	free(a->v);
	free(a);
}
