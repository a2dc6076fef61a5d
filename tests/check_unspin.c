/* Unit tests for the public API in unspin.h: streaming, levels, records. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/buf.h"
#include "../src/unspin.h"
#include "testutil.h"

static const char table[] =
    "@level sure\n"
    "intl: International Minister -> Foreign Minister\n"
    "  ex: x => x\n"
    "locs: international locations -> countries\n"
    "  ex: x => x\n"
    "within: {within the} <Cap> -> in the\n"
    "  level: likely\n"
    "  ex: x => x\n"
    "clear: {clear} vitality -> clean\n"
    "  ex: x => x\n"
    "pair: clean vitality -> clean energy\n"
    "  ex: x => x\n"
    "plan: clean energy {plan} -> strategy\n"
    "  ex: x => x\n"
    "folks: {folks} -> people\n  level: likely\n  ex: x => x\n"
    "stated: {stated} -> said\n  level: likely\n  ex: x => x\n"
    "still: {nonetheless} -> still\n  level: likely\n  ex: x => x\n"
    "until: {till} -> until\n  level: likely\n  ex: x => x\n"
    "i: {i} -> I\n  kind: casing\n  ex: x => x\n";

struct run {
	struct buf	out;
	struct buf	log;	/* "offset:length:after|" per applied change */
	struct buf	rules;	/* "rule|" per applied change, no table */
	int		changes, reported, diags;
};

/* A rule id without its table names: "t.a+t.b" -> "a+b". */
static void
add_rule(struct buf *b, const char *id)
{
	const char *part = id, *dot;

	while (part != NULL) {
		const char *plus = strchr(part, '+');

		dot = strchr(part, '.');
		if (dot != NULL && (plus == NULL || dot < plus))
			part = dot + 1;
		buf_add(b, part, plus ? (size_t)(plus - part) + 1 :
		    strlen(part));
		part = plus ? plus + 1 : NULL;
	}
	buf_addc(b, '|');
}

static int
on_write(void *ctx, const char *s, size_t n)
{
	buf_add(&((struct run *)ctx)->out, s, n);
	return 0;
}

static void
on_change(void *ctx, const struct unspin_change *c)
{
	struct run *r = ctx;
	char head[64];

	if (!c->applied) {
		r->reported++;
		return;
	}
	r->changes++;
	snprintf(head, sizeof(head), "%llu:%llu:%llu:",
	    (unsigned long long)c->line, (unsigned long long)c->offset,
	    (unsigned long long)c->length);
	buf_adds(&r->log, head);
	buf_add(&r->log, c->after, c->after_len);
	buf_addc(&r->log, '|');
	add_rule(&r->rules, c->rule);
}

static void
on_diag(void *ctx, const struct unspin_diag *d)
{
	((struct run *)ctx)->diags++;
}

/*
 * The table above, loaded once for all the runs of a test.  Spelling is
 * off: these tests are about streaming and records, and a Hunspell
 * handle per run made them slow enough to time out on a busy machine.
 */
static struct unspin_data *shared;

static struct unspin_data *
data(void)
{
	char *path, *err = NULL;
	const char *files[1];
	struct unspin_config cfg = { .dictdir = tu_dictdir(),
	    .rule_files = files, .nrule_files = 1, .no_default_rules = true,
	    .no_spelling = true };

	if (shared != NULL)
		return shared;
	files[0] = path = tu_temp_file(table);
	shared = unspin_data_load(&cfg, &err);
	ck_assert_msg(shared != NULL, "%s", err);
	remove(path);
	free(path);
	return shared;
}

static void
teardown(void)
{
	unspin_data_free(shared);
	shared = NULL;
}

/* Run text through the library in pieces of step bytes. */
static void
run(struct run *r, const char *text, size_t n, size_t step,
    enum unspin_level level)
{
	struct unspin_options opt = { .level = level, .write = on_write,
	    .change = on_change, .diag = on_diag, .ctx = r };
	struct unspin *u;
	size_t i;

	memset(r, 0, sizeof(*r));
	u = unspin_new(data(), &opt);
	unspin_begin(u, "t");
	for (i = 0; i < n; i += step)
		ck_assert_int_eq(unspin_feed(u, text + i,
		    i + step <= n ? step : n - i), 0);
	ck_assert_int_eq(unspin_end(u), 0);
	buf_str(&r->out);
	buf_str(&r->log);
	buf_str(&r->rules);
	unspin_free(u);
}

static void
done(struct run *r)
{
	buf_free(&r->out);
	buf_free(&r->log);
	buf_free(&r->rules);
}

START_TEST(test_unspin_clean_text_is_byte_identical)
{
	static const char *texts[] = {
		"Plain text with CRLF\r\nline ends\r\n\r\nand no final newline",
		"\n\n\nleading blank lines, trailing ones\n\n\n",
		"odd bytes \x7f \x01 and tabs\t\there\n",
		"",
	};
	struct run r;
	size_t i, step;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		for (step = 1; step <= 64; step *= 4) {
			run(&r, texts[i], strlen(texts[i]), step, UNSPIN_SURE);
			ck_assert_str_eq(r.out.data ? r.out.data : "",
			    texts[i]);
			ck_assert_int_eq(r.changes, 0);
			done(&r);
		}
}
END_TEST

START_TEST(test_unspin_changes_carry_their_place)
{
	const char *in = "Intro.\n\nThe International Minister and\n"
	    "two international locations.\n";
	struct run r;

	run(&r, in, strlen(in), 7, UNSPIN_SURE);
	ck_assert_str_eq(r.out.data, "Intro.\n\nThe Foreign Minister and\n"
	    "two countries.\n");
	ck_assert_str_eq(r.log.data, "3:12:22:Foreign Minister|"
	    "4:43:23:countries|");
	done(&r);
}
END_TEST

START_TEST(test_unspin_fixes_what_a_fix_reveals)
{
	/*
	 * "pair" needs "clean", which "clear" writes; "plan" needs what
	 * "pair" writes, but not its own word.  The first two become one
	 * change of the input; the third stays a change of its own.
	 */
	const char *in = "A clear vitality plan.\n";
	struct run r;

	run(&r, in, strlen(in), 100, UNSPIN_SURE);
	ck_assert_str_eq(r.out.data, "A clean energy strategy.\n");
	ck_assert_str_eq(r.log.data, "1:2:14:clean energy|1:17:4:strategy|");
	ck_assert_str_eq(r.rules.data, "clear+pair|plan|");
	done(&r);
}
END_TEST

START_TEST(test_unspin_level_decides_what_is_applied)
{
	const char *in = "We met within the Kremlin.\n";
	struct run r;

	run(&r, in, strlen(in), 100, UNSPIN_SURE);
	ck_assert_str_eq(r.out.data, in);
	ck_assert_int_eq(r.reported, 1);
	done(&r);
	run(&r, in, strlen(in), 100, UNSPIN_LIKELY);
	ck_assert_str_eq(r.out.data, "We met in the Kremlin.\n");
	done(&r);
}
END_TEST

START_TEST(test_unspin_dense_spin_promotes_likely)
{
	const char *in = "International Minister, International Minister, "
	    "international locations, International Minister and "
	    "international locations met within the Kremlin.\n";
	const char *two = "International Minister and international "
	    "locations met within the Kremlin.\n";
	struct run r;

	run(&r, in, strlen(in), 100, UNSPIN_SURE);
	ck_assert_str_eq(r.out.data, "Foreign Minister, Foreign Minister, "
	    "countries, Foreign Minister and countries met in the Kremlin.\n");
	done(&r);
	/* Two sure findings are not yet evidence enough. */
	run(&r, two, strlen(two), 100, UNSPIN_SURE);
	ck_assert(strstr(r.out.data, "within the Kremlin") != NULL);
	done(&r);
}
END_TEST

START_TEST(test_unspin_many_likely_spins_make_a_document_spun)
{
	/* Five likely rules in twelve words: the spinner was here. */
	const char *in = "Folks stated they were nonetheless waiting till the "
	    "vote within the Kremlin.\n";
	/* One rule five times is one writer's habit. */
	const char *habit = "Within the Kremlin, within the Duma, within the "
	    "Senate, within the Cabinet and within the Court.\n";
	struct run r;

	run(&r, in, strlen(in), 100, UNSPIN_SURE);
	ck_assert_str_eq(r.out.data, "People said they were still waiting "
	    "until the vote in the Kremlin.\n");
	done(&r);
	run(&r, habit, strlen(habit), 100, UNSPIN_SURE);
	ck_assert_str_eq(r.out.data, habit);
	done(&r);
}
END_TEST

START_TEST(test_unspin_casing_is_no_evidence_of_spinning)
{
	/* Three sure fixes, all of casing: chat text, not a spun story. */
	const char *in = "i think i know i can go within the Kremlin.\n";
	struct run r;

	run(&r, in, strlen(in), 100, UNSPIN_SURE);
	ck_assert_str_eq(r.out.data,
	    "I think I know I can go within the Kremlin.\n");
	done(&r);
}
END_TEST

START_TEST(test_unspin_density_counts_the_whole_head)
{
	/* The spins come after the likely finding, and it is fixed. */
	const char *in = "They met within the Kremlin.\n\n"
	    "International Minister, International Minister, "
	    "international locations, International Minister and "
	    "international locations.\n";
	struct run r;

	run(&r, in, strlen(in), 7, UNSPIN_SURE);
	ck_assert_str_eq(r.out.data, "They met in the Kremlin.\n\n"
	    "Foreign Minister, Foreign Minister, countries, Foreign "
	    "Minister and countries.\n");
	done(&r);
}
END_TEST

START_TEST(test_unspin_invalid_utf8_is_reported_and_kept)
{
	const char in[] = "International Minister \xff here\n\nInternational "
	    "Minister\n";
	struct run r;

	run(&r, in, sizeof(in) - 1, 5, UNSPIN_SURE);
	ck_assert_int_eq(r.diags, 1);
	ck_assert_str_eq(r.out.data, "International Minister \xff here\n\n"
	    "Foreign Minister\n");
	done(&r);
}
END_TEST

START_TEST(test_unspin_bad_table_is_an_error)
{
	char *path = tu_temp_file("x: a -> b\n  level: never\n"), *err = NULL;
	const char *files[] = { path };
	struct unspin_config cfg = { .dictdir = tu_dictdir(),
	    .rule_files = files, .nrule_files = 1, .no_default_rules = true };

	ck_assert_ptr_null(unspin_data_load(&cfg, &err));
	ck_assert_msg(strstr(err, ":2: unknown level 'never'") != NULL, "%s",
	    err);
	free(err);
	remove(path);
	free(path);
}
END_TEST

static Suite *
make_unspin_suite(void)
{
	Suite *s = suite_create("unspin");
	TCase *core = tcase_create("Core"), *limits = tcase_create("Limits");

	tcase_add_checked_fixture(core, NULL, teardown);
	tcase_add_checked_fixture(limits, NULL, teardown);
	tcase_add_test(core, test_unspin_clean_text_is_byte_identical);
	tcase_add_test(core, test_unspin_changes_carry_their_place);
	tcase_add_test(core, test_unspin_fixes_what_a_fix_reveals);
	tcase_add_test(core, test_unspin_level_decides_what_is_applied);
	tcase_add_test(core, test_unspin_dense_spin_promotes_likely);
	tcase_add_test(core, test_unspin_many_likely_spins_make_a_document_spun);
	tcase_add_test(core, test_unspin_casing_is_no_evidence_of_spinning);
	tcase_add_test(core, test_unspin_density_counts_the_whole_head);
	tcase_add_test(limits, test_unspin_invalid_utf8_is_reported_and_kept);
	tcase_add_test(limits, test_unspin_bad_table_is_an_error);
	suite_add_tcase(s, core);
	suite_add_tcase(s, limits);
	return s;
}

TU_MAIN(make_unspin_suite)
