/* Unit tests for spell.c: word lists, the verdict cache, the fix decision. */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../src/buf.h"
#include "../src/edit.h"
#include "../src/render.h"
#include "../src/resolve.h"
#include "../src/segment.h"
#include "../src/spell.h"
#include "testutil.h"

static char dir[] = "/tmp/unspin-spell-XXXXXX";
static struct spell_lists *lists;
static struct spell *sp;

static const char *
hunspell_dir(void)
{
	const char *d = getenv("UNSPIN_HUNSPELL_DIR");

	return d != NULL ? d : "/usr/share/hunspell";
}

static void
write_list(const char *name, const char *text)
{
	char path[256];
	FILE *fp;

	snprintf(path, sizeof(path), "%s/words/%s", dir, name);
	fp = fopen(path, "w");
	ck_assert_ptr_nonnull(fp);
	fputs(text, fp);
	fclose(fp);
}

static void
setup(void)
{
	char err[512], words[256];

	ck_assert_ptr_nonnull(mkdtemp(dir));
	snprintf(words, sizeof(words), "%s/words", dir);
	mkdir(words, 0755);
	write_list("places.dic", "4\nPyongyang/M\nVladivostok/M\n"
	    "Zorbaville\nZorbaxille\n");
	write_list("people.dic", "1\nLavrov/M\n");
	lists = spell_lists_load(dir, err, sizeof(err));
	ck_assert_msg(lists != NULL, "%s", err);
	sp = spell_new(hunspell_dir(), lists, err, sizeof(err));
	ck_assert_msg(sp != NULL, "%s", err);
}

static void
teardown(void)
{
	char cmd[300];

	spell_free(sp);
	spell_lists_free(lists);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	ck_assert_int_eq(system(cmd), 0);
	strcpy(dir, "/tmp/unspin-spell-XXXXXX");
}

static void
stage(void *ctx, const char *text, const struct tokens *toks, struct arena *a,
    struct edits *out)
{
	spell_stage(ctx, text, toks, a, out);
}

/* Each check is a document of its own: nothing seen before counts. */
static void
check(const char *in, enum level max, const char *want)
{
	char *got;

	spell_begin_document(sp);
	got = tu_run(stage, sp, in, max);

	ck_assert_str_eq(got, want);
	free(got);
}

START_TEST(test_spell_lists_load_with_flags)
{
	ck_assert_uint_eq(spell_lists_count(lists), 5);
	ck_assert(spell_lists_has(lists, "Pyongyang", 9));
	ck_assert(!spell_lists_has(lists, "pyongyang", 9));
	/* Hunspell now knows them, with en_US affixes: 's from /M. */
	ck_assert(spell_known(sp, "Lavrov", 6));
	ck_assert(spell_known(sp, "Lavrov's", 8));
	ck_assert(!spell_known(sp, "Lavrof", 6));
}
END_TEST

START_TEST(test_spell_bad_list_names_the_line)
{
	char err[512];

	write_list("bad.dic", "many\nword\n");
	ck_assert_ptr_null(spell_lists_load(dir, err, sizeof(err)));
	ck_assert_msg(strstr(err, "bad.dic:1: the first line") != NULL, "%s",
	    err);
}
END_TEST

START_TEST(test_spell_cache_asks_once_per_word)
{
	size_t before = spell_lookups(sp);
	int i;

	for (i = 0; i < 100; i++) {
		ck_assert(spell_known(sp, "house", 5));
		ck_assert(!spell_known(sp, "hoise", 5));
	}
	ck_assert_uint_eq(spell_lookups(sp) - before, 2);
}
END_TEST

START_TEST(test_spell_fixes_a_name_one_edit_away)
{
	/* A dropped letter is a slip; a letter more is as often a variant. */
	check("Kim visited Pyonyang and Vladivostock.", LEVEL_SURE,
	    "Kim visited Pyongyang and Vladivostock.");
	check("Kim visited Pyonyang and Vladivostock.", LEVEL_LIKELY,
	    "Kim visited Pyongyang and Vladivostok.");
	check("Pyonyang’s leaders", LEVEL_SURE, "Pyongyang’s leaders");
}
END_TEST

START_TEST(test_spell_a_near_name_beside_a_name_is_a_name)
{
	/* A letter doubled: likely alone, only maybe in a full name. */
	check("They met Lavrovv there.", LEVEL_LIKELY,
	    "They met Lavrov there.");
	check("They met Sergei Lavrovv there.", LEVEL_LIKELY,
	    "They met Sergei Lavrovv there.");
	check("They met Sergei Lavrovv there.", LEVEL_MAYBE,
	    "They met Sergei Lavrov there.");
}
END_TEST

START_TEST(test_spell_leaves_ambiguous_and_unknown_names)
{
	/* Two listed names are one edit away: no fix. */
	check("They went to Zorbaille today.", LEVEL_MAYBE,
	    "They went to Zorbaille today.");
	check("Konstantin Asmolov said so.", LEVEL_MAYBE,
	    "Konstantin Asmolov said so.");
}
END_TEST

START_TEST(test_spell_document_spelling_is_likely_only)
{
	const char *in = "The goverment said the government would act.";

	check(in, LEVEL_SURE, in);
	check(in, LEVEL_LIKELY,
	    "The government said the government would act.");
	/* The text after the word ("will") is not part of the word. */
	check("The goverment said the government will act.", LEVEL_LIKELY,
	    "The government said the government will act.");
	/* The other side's spelling is not a slip. */
	check("Theatres and theaters; colour and color.", LEVEL_MAYBE,
	    "Theatres and theaters; colour and color.");
}
END_TEST

START_TEST(test_spell_suggests_the_one_word_an_edit_away)
{
	spell_set_suggest(sp, true);
	check("The programing was late.", LEVEL_MAYBE,
	    "The programming was late.");
	/* workers or brokers: no guess */
	check("The wrokers came.", LEVEL_MAYBE, "The wrokers came.");
	/* A suggestion is a report, applied only at maybe. */
	check("The programing was late.", LEVEL_LIKELY,
	    "The programing was late.");
}
END_TEST

START_TEST(test_spell_consistent_name_is_not_sure)
{
	const char *in = "Pyonyang. Pyonyang. Pyonyang.";

	check(in, LEVEL_SURE, in);
}
END_TEST

static Suite *
make_spell_suite(void)
{
	Suite *s = suite_create("spell");
	TCase *core = tcase_create("Core"), *limits = tcase_create("Limits");

	tcase_add_checked_fixture(core, setup, teardown);
	tcase_add_checked_fixture(limits, setup, teardown);
	tcase_add_test(core, test_spell_lists_load_with_flags);
	tcase_add_test(core, test_spell_cache_asks_once_per_word);
	tcase_add_test(core, test_spell_fixes_a_name_one_edit_away);
	tcase_add_test(core, test_spell_document_spelling_is_likely_only);
	tcase_add_test(core, test_spell_suggests_the_one_word_an_edit_away);
	tcase_add_test(limits, test_spell_bad_list_names_the_line);
	tcase_add_test(limits, test_spell_leaves_ambiguous_and_unknown_names);
	tcase_add_test(limits, test_spell_consistent_name_is_not_sure);
	tcase_add_test(limits, test_spell_a_near_name_beside_a_name_is_a_name);
	suite_add_tcase(s, core);
	suite_add_tcase(s, limits);
	return s;
}

TU_MAIN(make_spell_suite)
