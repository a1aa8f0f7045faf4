/* test_tags.c: unit tests for the one lookup of element names (lib/tags.c). */
#include "tags.h"

#include <check.h>
#include <stdlib.h>

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
    ck_assert(!(newsclean_el_props(NEWSCLEAN_EL_INPUT) & NEWSCLEAN_EL_BLOCK));
}
END_TEST

static Suite *
tags_suite(void)
{
    Suite *s = suite_create("tags");
    TCase *tc = tcase_create("tags");
    tcase_add_test(tc, lookup_names);
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
