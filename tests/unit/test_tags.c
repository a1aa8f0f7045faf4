/* test_tags.c: unit tests for the one lookup of element names (lib/tags.c). */
#include "tags.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

START_TEST(lookup_names)
{
    ck_assert_int_eq(newsclean_el_lookup("a"), NEWSCLEAN_EL_A);
    ck_assert_int_eq(newsclean_el_lookup("code"), NEWSCLEAN_EL_CODE);
    ck_assert_int_eq(newsclean_el_lookup("input"), NEWSCLEAN_EL_INPUT);
    ck_assert_int_eq(newsclean_el_lookup("xmp"), NEWSCLEAN_EL_XMP);
    ck_assert_int_eq(newsclean_el_lookup("h7"), NEWSCLEAN_EL_OTHER);
    ck_assert_int_eq(newsclean_el_lookup("story-body"), NEWSCLEAN_EL_OTHER);
    ck_assert(newsclean_el_props(NEWSCLEAN_EL_P) & NEWSCLEAN_EL_BLOCK);
    ck_assert(!(newsclean_el_props(NEWSCLEAN_EL_CODE) & NEWSCLEAN_EL_BLOCK));
}
END_TEST

START_TEST(cached_lookup_follows_the_address)
{
    static const char *const words[] = {"img", "nav", "div", "p", "span", "a", "li", "h1"};
    enum { N = 3 * NEWSCLEAN_EL_CACHE, W = sizeof words / sizeof words[0] };
    newsclean_el_cache cache;
    memset(&cache, 0, sizeof cache);
    /* More names side by side than the cache has slots, so some share one, each looked up
     * twice: a slot taken by one name answers for another only at that name's address. */
    char *buf = calloc(N, 6);
    const char *at[N];
    ck_assert_ptr_nonnull(buf);
    char *w = buf;
    for (size_t i = 0; i < N; i++) {
        strcpy(w, words[i % W]);
        at[i] = w;
        w += strlen(w) + 1;
    }
    for (int round = 0; round < 2; round++)
        for (size_t i = 0; i < N; i++)
            ck_assert_int_eq(newsclean_el_lookup_cached(&cache, at[i]),
                             newsclean_el_lookup(words[i % W]));
    ck_assert_int_eq(newsclean_el_lookup(words[0]), NEWSCLEAN_EL_IMG);
    ck_assert_int_eq(newsclean_el_lookup(words[4]), NEWSCLEAN_EL_OTHER);
    free(buf);
}
END_TEST

static Suite *
tags_suite(void)
{
    Suite *s = suite_create("tags");
    TCase *tc = tcase_create("tags");
    tcase_add_test(tc, lookup_names);
    tcase_add_test(tc, cached_lookup_follows_the_address);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(tags_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
