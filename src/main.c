/*
 * main.c: the unspin command line.  Parses options, opens files, and hands
 * bytes to libunspin; everything it prints goes through msg.c, changelog.c
 * or report.c.
 */
#include <config.h>

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <poll.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "changelog.h"
#include "msg.h"
#include "report.h"
#include "unspin.h"
#include "xalloc.h"

#define READ_BLOCK	(64 * 1024)
/* An idle pipe this long gets its complete lines processed (tail -f). */
#define IDLE_MS		200

struct cli {
	struct unspin_config	 cfg;
	struct unspin_options	 opt;
	bool			 check;
	bool			 test_rules;
	bool			 list_rules;
	const char		*log_path;
	enum log_format		 log_format;
	FILE			*log;
	bool			 found;		/* --check: something to fix */
	const char		**rule_files;	/* --rules, owned */
	const char		**disabled;	/* --disable, owned */
	const char		**enabled;	/* --enable, owned */
	const char		**files;
	size_t			 nfiles;
};

enum {
	OPT_LOG = 256,
	OPT_LOG_FORMAT,
	OPT_RULES,
	OPT_NO_DEFAULT_RULES,
	OPT_DISABLE,
	OPT_ENABLE,
	OPT_DICT_DIR,
	OPT_NO_DENSITY,
	OPT_TEST_RULES,
	OPT_LIST_RULES,
	OPT_NO_SPELLING,
	OPT_HUNSPELL_DIR
};

static const struct option longopts[] = {
	{ "check", no_argument, NULL, 'c' },
	{ "level", required_argument, NULL, 'l' },
	{ "log", required_argument, NULL, OPT_LOG },
	{ "log-format", required_argument, NULL, OPT_LOG_FORMAT },
	{ "rules", required_argument, NULL, OPT_RULES },
	{ "no-default-rules", no_argument, NULL, OPT_NO_DEFAULT_RULES },
	{ "disable", required_argument, NULL, OPT_DISABLE },
	{ "enable", required_argument, NULL, OPT_ENABLE },
	{ "dict-dir", required_argument, NULL, OPT_DICT_DIR },
	{ "no-density", no_argument, NULL, OPT_NO_DENSITY },
	{ "no-spelling", no_argument, NULL, OPT_NO_SPELLING },
	{ "hunspell-dir", required_argument, NULL, OPT_HUNSPELL_DIR },
	{ "test-rules", no_argument, NULL, OPT_TEST_RULES },
	{ "list-rules", no_argument, NULL, OPT_LIST_RULES },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(void)
{
	fputs(
"Usage: unspin [OPTION]... [FILE]...\n"
"Repair text damaged by synonym spinners and machine translation.\n"
"With no FILE, or when FILE is -, read standard input.  Corrected text\n"
"goes to standard output, a paragraph at a time.\n"
"\n"
"  -c, --check             report findings as FILE:LINE:COL: lines instead\n"
"                          of printing text; exit 1 if any would be fixed\n"
"  -l, --level=LEVEL       apply fixes at or above LEVEL: sure (default),\n"
"                          likely or maybe; the rest are only reported\n"
"      --log=FILE          write every change to FILE (- for stderr)\n"
"      --log-format=FMT    tsv (default, with a header line) or jsonl\n"
"      --rules=FILE        also load the rule table FILE (repeatable)\n"
"      --no-default-rules  do not load the shipped rule tables\n"
"      --disable=ID[,ID]   disable rules by id, or whole tables by name\n"
"      --enable=TABLE      also load an optional shipped table (repeatable\n"
"                          or comma-separated): guillemets (« » -> “ ”)\n"
"      --dict-dir=DIR      read data from DIR (default $UNSPIN_DICTDIR,\n"
"                          else " PKGDATADIR ")\n"
"      --no-density        never apply likely fixes on the strength of a\n"
"                          document's density of sure ones\n"
"      --no-spelling       skip the Hunspell spelling stage\n"
"      --hunspell-dir=DIR  where en_US.aff and en_US.dic are (default\n"
"                          $UNSPIN_HUNSPELL_DIR, else " HUNSPELL_DIR ")\n"
"      --test-rules        run every rule's examples and report failures\n"
"      --list-rules        print the loaded rules: id, level, kind, place\n"
"  -h, --help              show this help and exit\n"
"  -V, --version           show the version and exit\n"
"\n"
"Exit status: 0 on success, 1 if --check found something, 2 on trouble.\n"
"Full documentation: man unspin; the rule format: man 5 unspin-rules.\n",
	    stdout);
}

static void
add_list(const char ***list, size_t *n, const char *item)
{
	*list = xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = item;
}

/* --disable and --enable take comma-separated lists; pieces kept for good. */
static void
add_names(const char ***list, size_t *n, char *arg)
{
	char *save = NULL, *id;

	for (id = strtok_r(arg, ",", &save); id != NULL;
	    id = strtok_r(NULL, ",", &save))
		add_list(list, n, id);
}

static int
parse_args(struct cli *c, int argc, char **argv)
{
	int ch;

	while ((ch = getopt_long(argc, argv, "cl:hV", longopts, NULL)) != -1)
		switch (ch) {
		case 'c':
			c->check = true;
			break;
		case 'l':
			if (unspin_level_parse(optarg, &c->opt.level) == -1) {
				msg_usage("invalid level '%s' (expected sure, "
				    "likely or maybe)", optarg);
				return -1;
			}
			break;
		case OPT_LOG:
			c->log_path = optarg;
			break;
		case OPT_LOG_FORMAT:
			if (strcmp(optarg, "tsv") == 0)
				c->log_format = LOG_TSV;
			else if (strcmp(optarg, "jsonl") == 0)
				c->log_format = LOG_JSONL;
			else {
				msg_usage("invalid log format '%s' (expected "
				    "tsv or jsonl)", optarg);
				return -1;
			}
			break;
		case OPT_RULES:
			add_list(&c->rule_files, &c->cfg.nrule_files, optarg);
			c->cfg.rule_files = c->rule_files;
			break;
		case OPT_NO_DEFAULT_RULES:
			c->cfg.no_default_rules = true;
			break;
		case OPT_DISABLE:
			add_names(&c->disabled, &c->cfg.ndisable, optarg);
			c->cfg.disable = c->disabled;
			break;
		case OPT_ENABLE:
			add_names(&c->enabled, &c->cfg.nenable, optarg);
			c->cfg.enable = c->enabled;
			break;
		case OPT_DICT_DIR:
			c->cfg.dictdir = optarg;
			break;
		case OPT_NO_DENSITY:
			c->opt.no_density = true;
			break;
		case OPT_NO_SPELLING:
			c->cfg.no_spelling = true;
			break;
		case OPT_HUNSPELL_DIR:
			c->cfg.hunspell_dir = optarg;
			break;
		case OPT_TEST_RULES:
			c->test_rules = true;
			break;
		case OPT_LIST_RULES:
			c->list_rules = true;
			break;
		case 'h':
			usage();
			exit(0);
		case 'V':
			printf("unspin %s\n", unspin_version());
			exit(0);
		default:
			fputs("Try 'unspin --help' for more information.\n",
			    stderr);
			msg_status(EXIT_TROUBLE);
			return -1;
		}
	c->files = (const char **)argv + optind;
	c->nfiles = (size_t)(argc - optind);
	return 0;
}

static int
write_out(void *ctx, const char *s, size_t n)
{
	return fwrite(s, 1, n, stdout) == n ? 0 : -1;
}

static void
on_change(void *ctx, const struct unspin_change *ch)
{
	struct cli *c = ctx;

	if (c->log != NULL)
		changelog_write(c->log, c->log_format, ch);
	if (c->check) {
		report_finding(stdout, ch);
		if (ch->level <= c->opt.level)
			c->found = true;
	}
}

static void
on_diag(void *ctx, const struct unspin_diag *d)
{
	msg_error(d->file, d->line, "%s", d->message);
}

/* Wait for input; false when the pipe stayed idle for IDLE_MS. */
static bool
wait_input(int fd, bool is_pipe)
{
	struct pollfd p = { .fd = fd, .events = POLLIN };

	return !is_pipe || poll(&p, 1, IDLE_MS) != 0;
}

static int
run_fd(struct unspin *u, int fd, const char *name)
{
	static char block[READ_BLOCK];
	struct stat st;
	bool is_pipe = fstat(fd, &st) == 0 && !S_ISREG(st.st_mode);
	ssize_t n;

	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		errno = EISDIR;
		msg_sys(name);
		return -1;
	}
	unspin_begin(u, name);
	for (;;) {
		if (!wait_input(fd, is_pipe)) {
			if (unspin_flush(u) == -1)
				break;
			fflush(stdout);
			continue;
		}
		n = read(fd, block, sizeof(block));
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			msg_sys(name);
			break;
		}
		if (unspin_feed(u, block, (size_t)n) == -1)
			break;
	}
	if (unspin_end(u) == -1 || *unspin_error(u) != '\0') {
		msg_error(NULL, 0, "%s", unspin_error(u));
		return -1;
	}
	return 0;
}

static int
run_file(struct unspin *u, const char *path)
{
	int fd, rc;

	if (strcmp(path, "-") == 0)
		return run_fd(u, STDIN_FILENO, "(standard input)");
	fd = open(path, O_RDONLY);
	if (fd == -1) {
		msg_sys(path);
		return 0;	/* go on with the other files */
	}
	rc = run_fd(u, fd, path);
	close(fd);
	return rc;
}

static void
on_rule_failure(void *ctx, const char *file, int line, const char *m)
{
	msg_error(file, (uint64_t)line, "%s", m);
}

static int
test_rules(struct cli *c)
{
	struct unspin_data *d;
	char *err = NULL;
	size_t failures;

	/* FILE arguments name the tables to test, alone. */
	if (c->nfiles > 0) {
		c->cfg.rule_files = c->files;
		c->cfg.nrule_files = c->nfiles;
		c->cfg.no_default_rules = true;
	}
	if ((d = unspin_data_load(&c->cfg, &err)) == NULL) {
		msg_error(NULL, 0, "%s", err);
		free(err);
		return EXIT_TROUBLE;
	}
	failures = unspin_data_test(d, on_rule_failure, NULL);
	printf("%zu rules, %zu failures\n", unspin_data_rule_count(d),
	    failures);
	unspin_data_free(d);
	return failures ? EXIT_TROUBLE : 0;
}

static void
list_rules(const struct unspin_data *d)
{
	struct unspin_rule_info r;
	size_t i;

	for (i = 0; i < unspin_data_rule_count(d); i++) {
		unspin_data_rule_info(d, i, &r);
		printf("%s\t%s\t%s\t%s:%d\n", r.id,
		    unspin_level_name(r.level), r.kind, r.file, r.line);
	}
}

static int
open_log(struct cli *c)
{
	if (c->log_path == NULL)
		return 0;
	c->log = strcmp(c->log_path, "-") == 0 ? stderr :
	    fopen(c->log_path, "w");
	if (c->log == NULL) {
		msg_sys(c->log_path);
		return -1;
	}
	changelog_header(c->log, c->log_format);
	return 0;
}

static void
close_log(struct cli *c)
{
	if (c->log == NULL)
		return;
	if (fflush(c->log) == EOF || ferror(c->log))
		msg_sys(c->log_path);
	if (c->log != stderr && fclose(c->log) == EOF)
		msg_sys(c->log_path);
}

static int
run(struct cli *c)
{
	struct unspin_data *d;
	struct unspin *u;
	char *err = NULL;
	size_t i;

	c->cfg.drop_examples = true;	/* about 3 MB of text, never run here */
	if ((d = unspin_data_load(&c->cfg, &err)) == NULL) {
		msg_error(NULL, 0, "%s", err);
		free(err);
		return EXIT_TROUBLE;
	}
	if (c->list_rules) {
		list_rules(d);
		unspin_data_free(d);
		return 0;
	}
	if (open_log(c) == -1) {
		unspin_data_free(d);
		return EXIT_TROUBLE;
	}
	c->opt.write = c->check ? NULL : write_out;
	c->opt.change = on_change;
	c->opt.diag = on_diag;
	c->opt.ctx = c;
	u = unspin_new(d, &c->opt);
	if (c->nfiles == 0)
		run_file(u, "-");
	for (i = 0; i < c->nfiles; i++)
		if (run_file(u, c->files[i]) == -1)
			break;
	unspin_free(u);
	unspin_data_free(d);
	close_log(c);
	if (fflush(stdout) == EOF || ferror(stdout))
		msg_error(NULL, 0, "write error: %s", strerror(errno));
	if (c->found)
		msg_status(EXIT_FOUND);
	return msg_exit_status();
}

int
main(int argc, char **argv)
{
	struct cli c = { 0 };
	int status = EXIT_TROUBLE;

	c.opt.level = UNSPIN_SURE;
	if (parse_args(&c, argc, argv) == 0)
		status = c.test_rules ? test_rules(&c) : run(&c);
	free(c.rule_files);
	free(c.disabled);
	free(c.enabled);
	return status;
}
