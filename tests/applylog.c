/*
 * applylog: rebuilds unspin's output from its input and its TSV change log
 * (applied records only), to prove the log accounts for every changed
 * byte.  Usage: applylog INPUT LOG > OUTPUT
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *
slurp(const char *path, size_t *n)
{
	FILE *fp = fopen(path, "rb");
	char *s = NULL;
	size_t cap = 0, k;

	if (fp == NULL) {
		perror(path);
		exit(2);
	}
	*n = 0;
	do {
		cap = cap ? cap * 2 : 65536;
		s = realloc(s, cap);
		if (s == NULL)
			exit(2);
		k = fread(s + *n, 1, cap - *n, fp);
		*n += k;
	} while (*n == cap);
	fclose(fp);
	return s;
}

/* Undo changelog.c's TSV escapes in place; returns the new length. */
static size_t
unescape(char *s)
{
	size_t i, j;

	for (i = j = 0; s[i] != '\0'; i++, j++) {
		if (s[i] != '\\' || s[i + 1] == '\0') {
			s[j] = s[i];
			continue;
		}
		i++;
		s[j] = s[i] == 't' ? '\t' : s[i] == 'n' ? '\n' :
		    s[i] == 'r' ? '\r' : s[i];
	}
	s[j] = '\0';
	return j;
}

int
main(int argc, char **argv)
{
	size_t n, at = 0;
	char *in, line[1 << 16];
	FILE *log;

	if (argc != 3) {
		fputs("usage: applylog INPUT LOG\n", stderr);
		return 2;
	}
	in = slurp(argv[1], &n);
	if ((log = fopen(argv[2], "r")) == NULL) {
		perror(argv[2]);
		return 2;
	}
	fgets(line, sizeof(line), log);	/* header */
	while (fgets(line, sizeof(line), log) != NULL) {
		char *f[11], *save = NULL;
		int k = 0;
		unsigned long long off, len;

		line[strcspn(line, "\n")] = '\0';
		for (char *p = line; k < 11; k++) {
			f[k] = p;
			p = strchr(p, '\t');
			if (p == NULL)
				break;
			*p++ = '\0';
		}
		(void)save;
		if (k < 10 || strcmp(f[10], "yes") != 0)
			continue;
		off = strtoull(f[3], NULL, 10);
		len = strtoull(f[4], NULL, 10);
		if (off < at || off + len > n) {
			fprintf(stderr, "applylog: bad offset %llu\n", off);
			return 1;
		}
		fwrite(in + at, 1, off - at, stdout);
		fwrite(f[9], 1, unescape(f[9]), stdout);
		at = off + len;
	}
	fwrite(in + at, 1, n - at, stdout);
	fclose(log);
	free(in);
	return 0;
}
