/* Unit tests for names.c: one-edit distance and document consistency. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "../src/buf.h"
#include "../src/edit.h"
#include "../src/names.h"
#include "../src/render.h"
#include "../src/resolve.h"
#include "../src/segment.h"
#include "../src/spell.h"
#include "testutil.h"

static struct spell_lists *lists;
static struct spell *sp;
static struct names *nm;

static void
setup(void)
{
	char err[512];
	const char *h = getenv("UNSPIN_HUNSPELL_DIR");

	lists = spell_lists_load(tu_dictdir(), err, sizeof(err));
	ck_assert_msg(lists != NULL, "%s", err);
	sp = spell_new(h ? h : "/usr/share/hunspell", lists, err, sizeof(err));
	ck_assert_msg(sp != NULL, "%s", err);
	nm = names_new(lists, sp);
}

static void
teardown(void)
{
	names_free(nm);
	spell_free(sp);
	spell_lists_free(lists);
}

static void
stage(void *ctx, const char *text, const struct tokens *toks, struct arena *a,
    struct edits *out)
{
	names_stage(ctx, text, toks, a, out);
}

static void
check(const char *in, enum level max, const char *want)
{
	char *got = tu_run(stage, nm, in, max);

	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(test_names_one_edit)
{
	ck_assert(names_one_edit("Choi", 4, "Choe", 4));
	ck_assert(names_one_edit("Choi", 4, "Choie", 5));
	ck_assert(names_one_edit("Choie", 5, "Choi", 4));
	ck_assert(!names_one_edit("Choi", 4, "Choi", 4));
	ck_assert(!names_one_edit("Choi", 4, "Chae", 4));
	ck_assert(!names_one_edit("Un", 2, "Il", 2));
}
END_TEST

START_TEST(test_names_minority_spelling_follows_majority)
{
	check("Choi Son-hui met Lavrov. Later Choi Son-hui spoke.",
	    LEVEL_SURE, "Choi Son-hui met Lavrov. Later Choi Son-hui spoke.");
	/* The same stream, same document: now the odd one out. */
	check("Then Choie Son-hui smiled.", LEVEL_SURE,
	    "Then Choi Son-hui smiled.");
}
END_TEST

START_TEST(test_names_leave_words_initials_and_plurals)
{
	check("Major Smith and Major Smith met Mayor Smith. The Yankee "
	    "Stadium, the Yankee Stadium and the Yankees Stadium. J. R. "
	    "Ewing, J. R. Ewing and O. R. Ewing.", LEVEL_MAYBE,
	    "Major Smith and Major Smith met Mayor Smith. The Yankee "
	    "Stadium, the Yankee Stadium and the Yankees Stadium. J. R. "
	    "Ewing, J. R. Ewing and O. R. Ewing.");
}
END_TEST

START_TEST(test_names_new_document_forgets)
{
	check("Choi Son-hui and Choi Son-hui.", LEVEL_SURE,
	    "Choi Son-hui and Choi Son-hui.");
	names_begin_document(nm);
	check("Choie Son-hui spoke.", LEVEL_SURE, "Choie Son-hui spoke.");
}
END_TEST

static Suite *
make_names_suite(void)
{
	Suite *s = suite_create("names");
	TCase *tc = tcase_create("Core");

	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, test_names_one_edit);
	tcase_add_test(tc, test_names_minority_spelling_follows_majority);
	tcase_add_test(tc, test_names_leave_words_initials_and_plurals);
	tcase_add_test(tc, test_names_new_document_forgets);
	suite_add_tcase(s, tc);
	return s;
}

TU_MAIN(make_names_suite)
