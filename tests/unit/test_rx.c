/* test_rx.c: unit tests for lib/rx.c: pattern compilation and the match state every
 * pattern-matching stage scans with. */
#include "rx.h"

#include <check.h>
#include <string.h>

static int
match(const pcre2_code *re, const char *s, pcre2_match_data *md, pcre2_match_context *mc)
{
    return pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, mc);
}

START_TEST(compile_caseless_unicode)
{
    pcre2_code *re = newsclean_rx_compile("^\\w+ über$", PCRE2_ZERO_TERMINATED, 0);
    ck_assert_ptr_nonnull(re);
    pcre2_match_data *md;
    pcre2_match_context *mc;
    ck_assert(newsclean_rx_match_new(&md, &mc, NULL, 4, 100000, 1000));
    ck_assert_int_gt(match(re, "Straße ÜBER", md, mc), 0); /* \w takes ß, Ü folds to ü */
    ck_assert_int_eq(match(re, "Straße unter", md, mc), PCRE2_ERROR_NOMATCH);
    newsclean_rx_match_free(&md, &mc);
    pcre2_code_free(re);
}
END_TEST

START_TEST(compile_takes_length_and_extra)
{
    /* Only the first three bytes are the pattern. */
    pcre2_code *re = newsclean_rx_compile("abc(", 3, PCRE2_ANCHORED);
    ck_assert_ptr_nonnull(re);
    uint32_t opts = 0;
    pcre2_pattern_info(re, PCRE2_INFO_ALLOPTIONS, &opts);
    ck_assert(opts & PCRE2_ANCHORED);
    ck_assert(opts & PCRE2_CASELESS);
    ck_assert(opts & PCRE2_UTF);
    pcre2_code_free(re);
    ck_assert_ptr_null(newsclean_rx_compile("abc(", PCRE2_ZERO_TERMINATED, 0));
}
END_TEST

START_TEST(match_state_sized_by_pattern)
{
    pcre2_code *re = newsclean_rx_compile("(a)(b)(c)", PCRE2_ZERO_TERMINATED, 0);
    ck_assert_ptr_nonnull(re);
    pcre2_match_data *md;
    pcre2_match_context *mc;
    ck_assert(newsclean_rx_match_new(&md, &mc, re, 1, 1000, 100));
    ck_assert_uint_eq(pcre2_get_ovector_count(md), 4);
    ck_assert_int_eq(match(re, "xABC", md, mc), 4);
    newsclean_rx_match_free(&md, &mc);
    ck_assert_ptr_null(md);
    ck_assert_ptr_null(mc);
    /* Without a pattern the pair count given is the room. */
    ck_assert(newsclean_rx_match_new(&md, &mc, NULL, 7, 1000, 100));
    ck_assert_uint_eq(pcre2_get_ovector_count(md), 7);
    newsclean_rx_match_free(&md, &mc);
    newsclean_rx_match_free(&md, &mc); /* freeing twice is harmless */
    pcre2_code_free(re);
}
END_TEST

START_TEST(match_limit_bounds_backtracking)
{
    /* Nested quantifiers over a text that fails at its end backtrack exponentially; the
     * interpreter (no JIT here: PCRE2_NO_JIT) must stop at the match limit. */
    pcre2_code *re = newsclean_rx_compile("^(a+)+$", PCRE2_ZERO_TERMINATED, 0);
    ck_assert_ptr_nonnull(re);
    pcre2_match_data *md;
    pcre2_match_context *mc;
    ck_assert(newsclean_rx_match_new(&md, &mc, re, 0, 1000, 1000));
    const char *s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab";
    ck_assert_int_eq(pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, PCRE2_NO_JIT, md, mc),
                     PCRE2_ERROR_MATCHLIMIT);
    newsclean_rx_match_free(&md, &mc);
    pcre2_code_free(re);
}
END_TEST

static Suite *
rx_suite(void)
{
    Suite *s = suite_create("rx");
    TCase *tc = tcase_create("rx");
    tcase_add_test(tc, compile_caseless_unicode);
    tcase_add_test(tc, compile_takes_length_and_extra);
    tcase_add_test(tc, match_state_sized_by_pattern);
    tcase_add_test(tc, match_limit_bounds_backtracking);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(rx_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
