/* test_textutil.c: unit tests for lib/textutil.c: UTF-8 decoding, character classes,
 * case folding, trimming and case-insensitive search. */
#include "textutil.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* ---- UTF-8 ---------------------------------------------------------------------------- */

START_TEST(seq_valid_lengths)
{
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"a", 1), 1);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xC3\xA9", 2), 2);     /* é */
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xE2\x80\x9C", 3), 3); /* “ */
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xF0\x9F\x98\x80", 4), 4); /* 😀 */
}
END_TEST

START_TEST(seq_invalid)
{
    /* Overlong forms, a surrogate, past U+10FFFF, a stray continuation, cut short. */
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xC0\xAF", 2), 0);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xC1\xBF", 2), 0);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xE0\x80\xAF", 3), 0);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xED\xA0\x80", 3), 0);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xF0\x80\x80\xAF", 4), 0);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xF4\x90\x80\x80", 4), 0);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xF5\x80\x80\x80", 4), 0);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\x80", 1), 0);
    ck_assert_uint_eq(newsclean_utf8_seq((const unsigned char *)"\xE2\x80\x9C", 2), 0);
}
END_TEST

START_TEST(decode_code_points)
{
    const char *s = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";
    size_t len = strlen(s), n;
    ck_assert_uint_eq(newsclean_utf8_decode(s, len, 0, &n), 'a');
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(newsclean_utf8_decode(s, len, 1, &n), 0xE9);
    ck_assert_uint_eq(n, 2);
    ck_assert_uint_eq(newsclean_utf8_decode(s, len, 3, &n), 0x201C);
    ck_assert_uint_eq(n, 3);
    ck_assert_uint_eq(newsclean_utf8_decode(s, len, 6, &n), 0x1F600);
    ck_assert_uint_eq(n, 4);
}
END_TEST

START_TEST(decode_bad_bytes_advance_by_one)
{
    size_t n;
    /* An overlong slash is no slash: it reads as U+FFFD, one byte at a time. */
    ck_assert_uint_eq(newsclean_utf8_decode("\xC0\xAF", 2, 0, &n), 0xFFFD);
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(newsclean_utf8_decode("\xED\xA0\x80", 3, 0, &n), 0xFFFD);
    ck_assert_uint_eq(n, 1);
    /* A sequence cut by the end of the span. */
    ck_assert_uint_eq(newsclean_utf8_decode("x\xE2\x80\x9C", 3, 1, &n), 0xFFFD);
    ck_assert_uint_eq(n, 1);
}
END_TEST

START_TEST(before_steps_back_one_character)
{
    const char *s = "a\xC3\xA9\xE2\x80\x9C";
    size_t len = strlen(s), n = 9;
    ck_assert_uint_eq(newsclean_utf8_before(s, len, 6, &n), 0x201C);
    ck_assert_uint_eq(n, 3);
    ck_assert_uint_eq(newsclean_utf8_before(s, len, 3, &n), 0xE9);
    ck_assert_uint_eq(n, 2);
    ck_assert_uint_eq(newsclean_utf8_before(s, len, 1, &n), 'a');
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(newsclean_utf8_before(s, len, 0, &n), 0);
    ck_assert_uint_eq(n, 0);
    /* Inside a character: what ends there is no whole character. */
    ck_assert_uint_eq(newsclean_utf8_before(s, len, 5, &n), 0xFFFD);
    ck_assert_uint_eq(n, 1);
    ck_assert_uint_eq(newsclean_utf8_before(s, len, 6, NULL), 0x201C);
}
END_TEST

/* ---- classes -------------------------------------------------------------------------- */

START_TEST(spaces)
{
    const char *ascii = " \t\n\r\f\v";
    for (const char *p = ascii; *p; p++) {
        ck_assert(newsclean_is_ascii_space((unsigned char)*p));
        ck_assert(newsclean_is_space((unsigned char)*p));
    }
    ck_assert(!newsclean_is_ascii_space('x'));
    ck_assert(!newsclean_is_ascii_space(0xA0));
    ck_assert(!newsclean_is_ascii_space('\0'));
    const uint32_t wide[] = {0xA0, 0x2000, 0x2009, 0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF};
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        ck_assert_msg(newsclean_is_space(wide[i]), "U+%04X", (unsigned)wide[i]);
    const uint32_t not_space[] = {0, 'a', 0x200C, 0x2028, 0x2010, 0xE9};
    for (size_t i = 0; i < sizeof not_space / sizeof not_space[0]; i++)
        ck_assert_msg(!newsclean_is_space(not_space[i]), "U+%04X", (unsigned)not_space[i]);
}
END_TEST

START_TEST(classes)
{
    ck_assert_int_eq(newsclean_char_class_of(0), NEWSCLEAN_CH_SPACE);
    ck_assert_int_eq(newsclean_char_class_of(0x3000), NEWSCLEAN_CH_SPACE);
    ck_assert_int_eq(newsclean_char_class_of('7'), NEWSCLEAN_CH_WORD);
    ck_assert_int_eq(newsclean_char_class_of('Q'), NEWSCLEAN_CH_WORD);
    ck_assert_int_eq(newsclean_char_class_of(0xDF), NEWSCLEAN_CH_WORD);   /* ß */
    ck_assert_int_eq(newsclean_char_class_of(0x416), NEWSCLEAN_CH_WORD);  /* Ж */
    ck_assert_int_eq(newsclean_char_class_of(0x4E2D), NEWSCLEAN_CH_WORD); /* 中 */
    ck_assert_int_eq(newsclean_char_class_of('-'), NEWSCLEAN_CH_PUNCT);
    ck_assert_int_eq(newsclean_char_class_of(0xAB), NEWSCLEAN_CH_PUNCT);   /* « */
    ck_assert_int_eq(newsclean_char_class_of(0xD7), NEWSCLEAN_CH_PUNCT);   /* × */
    ck_assert_int_eq(newsclean_char_class_of(0x201C), NEWSCLEAN_CH_PUNCT); /* “ */
    ck_assert_int_eq(newsclean_char_class_of(0x3002), NEWSCLEAN_CH_PUNCT); /* 。 */
    ck_assert_int_eq(newsclean_char_class_of(0xFF08), NEWSCLEAN_CH_PUNCT); /* （ */
    ck_assert_int_eq(newsclean_char_class_of(0xFFFD), NEWSCLEAN_CH_PUNCT);
    ck_assert(newsclean_is_word_char(0xE9));
    ck_assert(!newsclean_is_word_char(0x2019));
    ck_assert(!newsclean_is_word_char(' '));
}
END_TEST

/* ---- folding -------------------------------------------------------------------------- */

START_TEST(fold_cases)
{
    const char *in = "\xC3\x9C"
                     "BER \xC3\x89T\xC3\x89 \xD0\x9C\xD0\xAF\xD0\xA7 \xC3\x97 \xC3\x9F";
    /* ÜBER ÉTÉ МЯЧ × ß */
    const char *want = "\xC3\xBC"
                       "ber \xC3\xA9t\xC3\xA9 \xD0\xBC\xD1\x8F\xD1\x87 \xC3\x97 \xC3\x9F";
    size_t n = strlen(in);
    char out[64];
    memset(out, 'x', sizeof out);
    newsclean_fold(in, n, out);
    ck_assert_str_eq(out, want);
    ck_assert_uint_eq(strlen(out), n);
}
END_TEST

START_TEST(fold_leaves_other_bytes)
{
    /* Greek capitals, a bad byte and a cut sequence are copied as they are. */
    const char in[] = "\xCE\x91x\xFFy\xC3";
    char out[sizeof in];
    newsclean_fold(in, sizeof in - 1, out);
    ck_assert_mem_eq(out, in, sizeof in - 1);
    ck_assert_int_eq(out[sizeof in - 1], '\0');
}
END_TEST

/* ---- trimming ------------------------------------------------------------------------- */

START_TEST(trim_ascii_only)
{
    const char *s = " \t\xC2\xA0x y\xC2\xA0\r\n";
    size_t a = 0, b = strlen(s);
    newsclean_trim_ascii(s, &a, &b);
    ck_assert_uint_eq(a, 2);
    ck_assert_uint_eq(b, strlen(s) - 2);
    const char *blank = " \t ";
    a = 0, b = 3;
    newsclean_trim_ascii(blank, &a, &b);
    ck_assert_uint_eq(a, b);
}
END_TEST

START_TEST(trim_unicode_spaces)
{
    /* NBSP, thin space, ideographic space, "x y", narrow NBSP, BOM, tab. */
    const char *s = "\xC2\xA0\xE2\x80\x89\xE3\x80\x80x y\xE2\x80\xAF\xEF\xBB\xBF\t";
    size_t a = 0, b = strlen(s);
    newsclean_trim_space(s, &a, &b);
    ck_assert_uint_eq(b - a, 3);
    ck_assert_mem_eq(s + a, "x y", 3);
    /* Only spaces: the span closes. */
    const char *only = "\xE2\x80\x83 \xC2\xA0";
    a = 0, b = strlen(only);
    newsclean_trim_space(only, &a, &b);
    ck_assert_uint_eq(a, b);
    /* A word ending in a multi-byte letter keeps it whole. */
    const char *word = " caf\xC3\xA9 ";
    a = 0, b = strlen(word);
    newsclean_trim_space(word, &a, &b);
    ck_assert_uint_eq(a, 1);
    ck_assert_uint_eq(b, strlen(word) - 1);
}
END_TEST

/* ---- search --------------------------------------------------------------------------- */

START_TEST(contains_any_case)
{
    const char *s = "Entry-Title post";
    ck_assert(newsclean_contains_ci(s, strlen(s), "entry-title"));
    ck_assert(newsclean_contains_ci(s, strlen(s), "POST"));
    ck_assert(!newsclean_contains_ci(s, strlen(s), "posts"));
    /* Only the span counts, not what follows it. */
    ck_assert(!newsclean_contains_ci(s, 15, "post"));
    ck_assert(newsclean_contains_ci(s, 0, ""));
    ck_assert(!newsclean_contains_ci(s, 0, "e"));
    /* Letters fold, other bytes do not: no '-' matches a control byte. */
    const char *ctl = "entry\rtitle";
    ck_assert(!newsclean_contains_ci(ctl, strlen(ctl), "entry-title"));
    const char *doc = "  <!DOCTYPE HTML>";
    ck_assert(newsclean_contains_ci(doc, strlen(doc), "<!doctype html"));
}
END_TEST

START_TEST(letter_case_of_three_alphabets)
{
    /* Latin, Latin-1, Greek and Cyrillic capitals and small letters; a digit, the
     * multiplication and division signs and a CJK character are neither. */
    ck_assert(newsclean_cp_is_upper('Q') && !newsclean_cp_is_lower('Q'));
    ck_assert(newsclean_cp_is_lower('q') && !newsclean_cp_is_upper('q'));
    ck_assert(newsclean_cp_is_upper(0xC9) && newsclean_cp_is_lower(0xE9));   /* É é */
    ck_assert(newsclean_cp_is_lower(0xDF));                                  /* ß */
    ck_assert(newsclean_cp_is_upper(0x3A3) && newsclean_cp_is_lower(0x3C3)); /* Σ σ */
    ck_assert(newsclean_cp_is_upper(0x416) && newsclean_cp_is_lower(0x436)); /* Ж ж */
    ck_assert(!newsclean_cp_is_upper('7') && !newsclean_cp_is_lower('7'));
    ck_assert(!newsclean_cp_is_upper(0xD7) && !newsclean_cp_is_lower(0xF7));
    ck_assert(!newsclean_cp_is_upper(0x4E2D) && !newsclean_cp_is_lower(0x4E2D));
}
END_TEST

START_TEST(contains_within_a_budget)
{
    /* "Quote" at offset 4: four positions that fail on their first byte, then five bytes
     * that match. */
    const char *s = "The quote";
    size_t budget = 100;
    ck_assert(newsclean_contains_ci_within(s, strlen(s), "QUOTE", 5, &budget));
    ck_assert_uint_eq(budget, 96);
    /* A near miss costs every byte it matched: "aaab" against "aaaaaa" compares 4 bytes at
     * each of the 3 positions, and a budget of 10 runs out at the third. */
    budget = 10;
    ck_assert(!newsclean_contains_ci_within("aaaaaa", 6, "aaab", 4, &budget));
    ck_assert_uint_eq(budget, 0);
    /* Spent, it finds nothing, not even what is there. */
    ck_assert(!newsclean_contains_ci_within(s, strlen(s), "quote", 5, &budget));
    budget = 12;
    ck_assert(!newsclean_contains_ci_within("aaaaaa", 6, "aaab", 4, &budget));
    ck_assert_uint_eq(budget, 0);
    budget = 13;
    ck_assert(!newsclean_contains_ci_within("aaaaaa", 6, "aaab", 4, &budget));
    ck_assert_uint_eq(budget, 1);
    /* Only the first m bytes of the needle count. */
    budget = 100;
    ck_assert(newsclean_contains_ci_within(s, strlen(s), "quoted", 5, &budget));
}
END_TEST

static Suite *
textutil_suite(void)
{
    Suite *s = suite_create("textutil");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, seq_valid_lengths);
    tcase_add_test(tc, seq_invalid);
    tcase_add_test(tc, decode_code_points);
    tcase_add_test(tc, decode_bad_bytes_advance_by_one);
    tcase_add_test(tc, before_steps_back_one_character);
    tcase_add_test(tc, spaces);
    tcase_add_test(tc, classes);
    tcase_add_test(tc, fold_cases);
    tcase_add_test(tc, fold_leaves_other_bytes);
    tcase_add_test(tc, trim_ascii_only);
    tcase_add_test(tc, trim_unicode_spaces);
    tcase_add_test(tc, contains_any_case);
    tcase_add_test(tc, contains_within_a_budget);
    tcase_add_test(tc, letter_case_of_three_alphabets);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(textutil_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
