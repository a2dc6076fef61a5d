/* Unit tests for inflect.c: regular spelling rules and the irregular table. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/inflect.h"
#include "testutil.h"

static struct inflect *in;

static void
setup(void)
{
	char path[1024], err[256];

	in = inflect_new();
	snprintf(path, sizeof(path), "%s/inflections.tsv", tu_dictdir());
	ck_assert_msg(inflect_load(in, path, err, sizeof(err)) == 0, "%s", err);
}

static void
teardown(void)
{
	inflect_free(in);
}

static void
form(const char *w, char kind, int slot, const char *want)
{
	char *got = inflect_form(in, w, kind, slot);

	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(test_inflect_regular_verbs)
{
	form("visit", 'v', 1, "visits");
	form("visit", 'v', 2, "visited");
	form("visit", 'v', 4, "visiting");
	form("stop", 'v', 2, "stopped");
	form("stop", 'v', 4, "stopping");
	form("rely", 'v', 1, "relies");
	form("rely", 'v', 2, "relied");
	form("discuss", 'v', 1, "discusses");
	form("state", 'v', 2, "stated");
	form("state", 'v', 4, "stating");
	form("die", 'v', 4, "dying");
	form("agree", 'v', 4, "agreeing");
}
END_TEST

START_TEST(test_inflect_irregular_table)
{
	form("go", 'v', 1, "goes");
	form("go", 'v', 2, "went");
	form("go", 'v', 3, "gone");
	form("become", 'v', 2, "became");
	form("commit", 'v', 2, "committed");
	form("crisis", 'n', 1, "crises");
	form("chief", 'n', 1, "chiefs");
}
END_TEST

START_TEST(test_inflect_regular_nouns)
{
	form("country", 'n', 1, "countries");
	form("day", 'n', 1, "days");
	form("box", 'n', 1, "boxes");
	form("church", 'n', 1, "churches");
	form("Minister", 'n', 1, "Ministers");
}
END_TEST

START_TEST(test_inflect_bad_table_line)
{
	struct inflect *x = inflect_new();
	char err[256], *path = tu_temp_file("v\tgo\tgoes\n");

	ck_assert_int_eq(inflect_load(x, path, err, sizeof(err)), -1);
	ck_assert_msg(strstr(err, ":1:") != NULL, "%s", err);
	inflect_free(x);
	remove(path);
	free(path);
}
END_TEST

static Suite *
make_inflect_suite(void)
{
	Suite *s = suite_create("inflect");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_inflect_regular_verbs);
	tcase_add_test(tc, test_inflect_irregular_table);
	tcase_add_test(tc, test_inflect_regular_nouns);
	tcase_add_test(tc, test_inflect_bad_table_line);
	suite_add_tcase(s, tc);
	return s;
}

TU_MAIN(make_inflect_suite)
