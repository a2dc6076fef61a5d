/* Unit tests for editindex.c: listed words one edit away. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/editindex.h"
#include "testutil.h"

static struct editindex *x;
static char got[512];

static void
setup(void)
{
	static const char *const words[] = { "Pyongyang", "Kimmel", "Kimel",
	    "Lavrov", "Seoul", "Soeul", "Rinne", NULL };
	size_t i;

	x = editindex_new();
	for (i = 0; words[i] != NULL; i++)
		editindex_add(x, words[i], strlen(words[i]));
	editindex_add(x, "Seoul", 5);	/* a second time: no change */
	editindex_seal(x);
}

static void
teardown(void)
{
	editindex_free(x);
}

static void
collect(void *ctx, const struct ei_match *m)
{
	static const char *const names[] = { "delete", "insert", "replace",
	    "swap" };
	size_t n = strlen(got);

	(void)ctx;
	snprintf(got + n, sizeof(got) - n, "%s%s:%s@%zu", n ? " " : "",
	    m->word, names[m->edit], m->at);
}

/* The matches for w, in the order found, as "word:edit@at ...". */
static void
near(const char *w, const char *want)
{
	got[0] = '\0';
	editindex_near(x, w, strlen(w), collect, NULL);
	ck_assert_str_eq(got, want);
}

START_TEST(test_editindex_finds_each_kind_of_edit)
{
	near("Pyonyang", "Pyongyang:insert@4");
	near("Pyongyangg", "Pyongyang:delete@8");
	near("Pyongyahg", "Pyongyang:replace@7");
	near("Lavorv", "Lavrov:swap@3");
	near("Lavrov", "");	/* the word itself is no edit */
	near("Moscow", "");
}
END_TEST

START_TEST(test_editindex_reports_a_word_once)
{
	/* Kimmmel less any m is Kimmel: one match, the first place. */
	near("Kimmmel", "Kimmel:delete@2");
	/* Kimel is listed; Kimmel is one m more, Kimel one edit less. */
	near("Kimmel", "Kimel:delete@2");
	near("Seuol", "Seoul:swap@2");
	ck_assert_uint_eq(editindex_count(x), 7);
	ck_assert(editindex_has(x, "Soeul", 5));
	ck_assert(!editindex_has(x, "soeul", 5));
}
END_TEST

START_TEST(test_editindex_unsealed_finds_nothing)
{
	editindex_add(x, "Busan", 5);
	near("Pusan", "");
	editindex_seal(x);
	near("Pusan", "Busan:replace@0");
}
END_TEST

static Suite *
make_editindex_suite(void)
{
	Suite *s = suite_create("editindex");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_editindex_finds_each_kind_of_edit);
	tcase_add_test(tc, test_editindex_reports_a_word_once);
	tcase_add_test(tc, test_editindex_unsealed_finds_nothing);
	suite_add_tcase(s, tc);
	return s;
}

TU_MAIN(make_editindex_suite)
