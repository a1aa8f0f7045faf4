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
    newsclean_el_cache cache;
    memset(&cache, 0, sizeof cache);
    /* Names at addresses that share a slot, each looked up twice: a slot taken by one name
     * answers for another only at that name's own address. */
    char *names = calloc(NEWSCLEAN_EL_CACHE * 8 * 3, 1);
    ck_assert_ptr_nonnull(names);
    char *img = names, *nav = names + NEWSCLEAN_EL_CACHE * 8,
         *div = names + NEWSCLEAN_EL_CACHE * 16;
    strcpy(img, "img");
    strcpy(nav, "nav");
    strcpy(div, "div");
    for (int round = 0; round < 2; round++) {
        ck_assert_int_eq(newsclean_el_lookup_cached(&cache, img), NEWSCLEAN_EL_IMG);
        ck_assert_int_eq(newsclean_el_lookup_cached(&cache, nav), NEWSCLEAN_EL_NAV);
        ck_assert_int_eq(newsclean_el_lookup_cached(&cache, div), NEWSCLEAN_EL_DIV);
        ck_assert_int_eq(newsclean_el_lookup_cached(&cache, "span"), NEWSCLEAN_EL_OTHER);
    }
    free(names);
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
