/* Unit tests for rulefile.c and rules.c: the format and the matcher. */
#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "../src/rule.h"
#include "../src/rulefile.h"
#include "testutil.h"

static char err[1024];

/* Apply a one-table rule set to text and compare. */
static void
check(const char *table, const char *in, const char *want)
{
	struct ruleset *rs = tu_ruleset(table, err, sizeof(err));
	char *out;

	ck_assert_msg(rs != NULL, "load failed: %s", err);
	out = tu_apply(rs, in);
	ck_assert_str_eq(out, want);
	free(out);
	ruleset_free(rs);
}

/* Loading table must fail with a message containing want. */
static void
bad(const char *table, const char *want)
{
	struct ruleset *rs = tu_ruleset(table, err, sizeof(err));

	ck_assert_msg(rs == NULL, "table loaded but should not: %s", table);
	ck_assert_msg(strstr(err, want) != NULL, "error '%s' lacks '%s'", err,
	    want);
}

#define EX "\n  ex: x => x\n"

START_TEST(test_rules_literal_any_case_and_case_transfer)
{
	const char *t = "a: international locations -> countries" EX;

	check(t, "two international locations", "two countries");
	check(t, "International locations agree.", "Countries agree.");
	check(t, "INTERNATIONAL LOCATIONS", "COUNTRIES");
	/* A name keeps every word capitalised, small words aside. */
	check("a: pinnacle of state -> head of state" EX,
	    "the Pinnacle of State and the pinnacle of state",
	    "the Head of State and the head of state");
	check("a: central financial institution -> central bank" EX,
	    "Central financial institution rates", "Central bank rates");
}
END_TEST

START_TEST(test_rules_capital_literal_is_exact)
{
	const char *t = "a: International Minister -> Foreign Minister" EX;

	check(t, "Russian International Minister Sergey Lavrov said it.",
	    "Russian Foreign Minister Sergey Lavrov said it.");
	check(t, "an international minister", "an international minister");
	check("a: =putin -> Putin" EX, "putin and Putin", "Putin and Putin");
}
END_TEST

START_TEST(test_rules_context_outside_braces_stays)
{
	const char *t = "a: <det> {go to} (of|to) -> visit" EX;

	check(t, "the go to of Lavrov", "the visit of Lavrov");
	check(t, "They go to Paris.", "They go to Paris.");
	check("a: mining {trade} -> industry" EX, "the mining trade grew",
	    "the mining industry grew");
}
END_TEST

START_TEST(test_rules_negation_optional_and_alternatives)
{
	const char *t = "a: {trade~n} !(war|deal|wars) -> commerce" EX;

	check(t, "trade war", "trade war");
	check(t, "free trade.", "free commerce.");
	check("a: {very? powerful} engine -> strong" EX,
	    "a very powerful engine", "a strong engine");
	check("a: {very? powerful} engine -> strong" EX,
	    "a powerful engine", "a strong engine");
}
END_TEST

START_TEST(test_rules_sentence_start)
{
	const char *t = "a: ^ {Then again ,} -> On the other hand," EX;

	check(t, "It rained. Then again, it was May.",
	    "It rained. On the other hand, it was May.");
	check(t, "and then again, later", "and then again, later");
}
END_TEST

START_TEST(test_rules_inflection_follows_the_match)
{
	const char *t = "a: {go~v to} <det> -> visit~" EX;

	check(t, "He went to the plant.", "He visited the plant.");
	check(t, "She goes to the plant.", "She visits the plant.");
	check("a: {assembly~n} -> meeting~" EX, "two assemblies",
	    "two meetings");
}
END_TEST

START_TEST(test_rules_references_and_deletion)
{
	check("a: {the} the -> " EX, "the the cat", "the cat");
	/* An absent optional token leaves no double blank. */
	check("a: {run~v for (the|an)? workplace} -> $1 for $3 office" EX,
	    "she ran for workplace", "she ran for office");
	check("a: {run~v for (the|an)? workplace} -> $1 for $3 office" EX,
	    "she ran for the workplace", "she ran for the office");
	check("a: {(North|South) Korean chief} -> $1 Korean leader" EX,
	    "the North Korean chief", "the North Korean leader");
}
END_TEST

START_TEST(test_rules_apostrophe_style_follows_input)
{
	const char *t = "a: 1000's -> thousands" EX;

	check(t, "1000’s of boxes", "thousands of boxes");
	check("a: {don't seem to be} -> aren't" EX, "they don’t seem to be",
	    "they aren’t");
}
END_TEST

START_TEST(test_rules_article_agrees_with_the_replacement)
{
	const char *t = "a: irregular woodland -> random forest" EX
	    "b: counterfeit consciousness -> artificial intelligence" EX
	    "c: {one-sided} choice -> unilateral" EX;

	check(t, "We trained an irregular woodland.",
	    "We trained a random forest.");
	check(t, "A counterfeit consciousness helps.",
	    "An artificial intelligence helps.");
	check(t, "an  irregular woodland", "a  random forest");
	check(t, "a one-sided choice", "a unilateral choice");
}
END_TEST

START_TEST(test_rules_sentence_start_keeps_its_capital)
{
	check("a: PC vision -> computer vision" EX, "PC vision works. So.",
	    "Computer vision works. So.");
	check("a: PC vision -> computer vision" EX, "We use PC vision.",
	    "We use computer vision.");
}
END_TEST

START_TEST(test_rules_multi_word_alternatives)
{
	const char *t = "a: (sun oriented|sunlight based) {power} -> energy"
	    EX "b: (most extreme|greatest) likelihood -> maximum likelihood"
	    EX;

	check(t, "sun oriented power and sunlight based power",
	    "sun oriented energy and sunlight based energy");
	check(t, "The most extreme likelihood estimate.",
	    "The maximum likelihood estimate.");
	check(t, "greatest likelihood", "maximum likelihood");
	bad("a: (x y|z) w -> $1" EX, "cannot be used with multi-word");
}
END_TEST

START_TEST(test_rules_optional_multi_word_group)
{
	/* Absent, the group is no word at all; with a one-word alternative
	 * beside it, that alternative stays optional. */
	const char *t = "a: {seem} (to be)? nice -> look" EX
	    "b: {appear} (very|so much)? kind -> look" EX;

	check(t, "They seem nice.", "They look nice.");
	check(t, "They seem to be nice.", "They look to be nice.");
	check(t, "They seem to nice.", "They seem to nice.");
	check(t, "They appear kind; they appear very kind; they appear so "
	    "much kind.", "They look kind; they look very kind; they look so "
	    "much kind.");
}
END_TEST

START_TEST(test_rules_classes_inside_alternatives)
{
	const char *t = "@class nat: russian chinese\n"
	    "a: (G7|<nat>|<num>) {international locations} -> countries" EX;

	check(t, "the G7 international locations", "the G7 countries");
	check(t, "Chinese international locations", "Chinese countries");
	check(t, "7 international locations", "7 countries");
	check(t, "our international locations", "our international locations");
}
END_TEST

START_TEST(test_rules_not_at_sentence_start)
{
	const char *t = "a: !^ {Individuals} -> Americans" EX;

	check(t, "Europeans, Individuals and Japanese.",
	    "Europeans, Americans and Japanese.");
	check(t, "Individuals vary.", "Individuals vary.");
	/* An exact-case match keeps the case of a lower-case start. */
	check("a: =putin said -> Putin said" EX, "putin said so",
	    "Putin said so");
}
END_TEST

START_TEST(test_rules_possessive_follows_the_word)
{
	const char *t = "a: International Minister -> Foreign Minister" EX
	    "b: Kim Jung Un -> Kim Jong Un" EX "c: Pyonyang -> Pyongyang" EX;

	check(t, "the International Minister’s visit",
	    "the Foreign Minister’s visit");
	check(t, "Kim Jung Un's posture", "Kim Jong Un's posture");
	check(t, "Pyonyang’s mayor", "Pyongyang’s mayor");
	/* Inside the span a possessive cannot be carried over. */
	check(t, "Kim’s Jung Un", "Kim’s Jung Un");
	/* A $N of the possessive word has it once, not twice. */
	check("d: {final (year|week)} -> last $2" EX, "final year's prices "
	    "and final week’s talks", "last year's prices and last week’s "
	    "talks");
}
END_TEST

START_TEST(test_rules_no_match_inside_words)
{
	check("a: defense -> defence" EX, "self-defense and defense",
	    "self-defense and defence");
}
END_TEST

START_TEST(test_rules_tail_of_a_hyphenated_word)
{
	const char *t = "a: {*-year-outdated} -> *-year-old" EX
	    "b: {*-primarily based} -> *-based" EX;

	check(t, "a 32-year-outdated man", "a 32-year-old man");
	check(t, "The five-year-outdated girl", "The five-year-old girl");
	check(t, "the Moscow-primarily based group",
	    "the Moscow-based group");
	/* The head must be there: a bare tail is no match. */
	check(t, "year-outdated files", "year-outdated files");
	check(t, "outdated files", "outdated files");
}
END_TEST

START_TEST(test_rules_longer_and_surer_win_overlaps)
{
	const char *t =
	    "a: satellite tv for pc -> satellite" EX
	    "b: tv for pc -> computer" EX;

	check(t, "satellite tv for pc images", "satellite images");
}
END_TEST

START_TEST(test_rulefile_errors_name_the_line)
{
	bad("a: x -> y\n  level: shure\n", ":2: unknown level 'shure'");
	bad("a: x -> y\n", "has no 'ex:' example");
	bad("a: x y\n  ex: x => y\n", "has no '->'");
	bad("a: <nosuch> -> y" EX, "unknown class '<nosuch>'");
	bad("a: {x -> y" EX, "'{' without '}'");
	bad("a: x -> $5" EX, "no such pattern token");
	bad("a: x -> y" EX "a: z -> w" EX, "used twice");
	bad("a: x -> y" EX "  level: likely\n  level: maybe\n",
	    ":4: level given twice");
	bad("a: x -> y" EX "  kind: mt\n  kind: spin\n", "kind given twice");
	bad("@level sometimes\n", ":1: unknown level");
	bad("  ex: a => b\n", "outside a rule");
	bad("a: x -> y~" EX, "needs a ~n or ~v token");
	bad("a: x -> *-y" EX, "needs a *-tail word");
	bad("a: (=*-x) -> y" EX, "case-blind and not inflected");
}
END_TEST

START_TEST(test_rulefile_disable_by_id_and_table)
{
	struct ruleset *rs = tu_ruleset("a: x -> y" EX, err, sizeof(err));
	char *out;

	ck_assert_ptr_nonnull(rs);
	ck_assert_int_eq(ruleset_disable(rs, "nosuch.rule"), -1);
	ck_assert_int_eq(ruleset_disable(rs, rs->rules[0]->id), 0);
	out = tu_apply(rs, "x");
	ck_assert_str_eq(out, "x");
	free(out);
	ruleset_free(rs);
}
END_TEST

static Suite *
make_rules_suite(void)
{
	Suite *s = suite_create("rules");
	TCase *core = tcase_create("Core"), *limits = tcase_create("Limits");

	tcase_add_test(core, test_rules_literal_any_case_and_case_transfer);
	tcase_add_test(core, test_rules_capital_literal_is_exact);
	tcase_add_test(core, test_rules_context_outside_braces_stays);
	tcase_add_test(core, test_rules_negation_optional_and_alternatives);
	tcase_add_test(core, test_rules_sentence_start);
	tcase_add_test(core, test_rules_inflection_follows_the_match);
	tcase_add_test(core, test_rules_references_and_deletion);
	tcase_add_test(core, test_rules_apostrophe_style_follows_input);
	tcase_add_test(core, test_rules_article_agrees_with_the_replacement);
	tcase_add_test(core, test_rules_sentence_start_keeps_its_capital);
	tcase_add_test(core, test_rules_multi_word_alternatives);
	tcase_add_test(core, test_rules_optional_multi_word_group);
	tcase_add_test(core, test_rules_classes_inside_alternatives);
	tcase_add_test(core, test_rules_not_at_sentence_start);
	tcase_add_test(core, test_rules_possessive_follows_the_word);
	tcase_add_test(core, test_rules_tail_of_a_hyphenated_word);
	tcase_add_test(limits, test_rules_no_match_inside_words);
	tcase_add_test(limits, test_rules_longer_and_surer_win_overlaps);
	tcase_add_test(limits, test_rulefile_errors_name_the_line);
	tcase_add_test(limits, test_rulefile_disable_by_id_and_table);
	suite_add_tcase(s, core);
	suite_add_tcase(s, limits);
	return s;
}

TU_MAIN(make_rules_suite)
