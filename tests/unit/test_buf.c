/* test_buf.c: unit tests for lib/buf.c: the growable buffer, the overflow-checked size
 * helpers and the string duplicators every other module builds on. */
#include "buf.h"

#include <check.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- size arithmetic ----------------------------------------------------------------- */

START_TEST(size_add_plain)
{
    size_t r = 0;
    ck_assert(newsclean_size_add(2, 3, &r));
    ck_assert_uint_eq(r, 5);
    ck_assert(newsclean_size_add(0, 0, &r));
    ck_assert_uint_eq(r, 0);
}
END_TEST

START_TEST(size_add_edges)
{
    size_t r = 7;
    ck_assert(newsclean_size_add(SIZE_MAX - 1, 1, &r));
    ck_assert(r == SIZE_MAX);
    ck_assert(newsclean_size_add(SIZE_MAX, 0, &r));
    ck_assert(r == SIZE_MAX);
    ck_assert(newsclean_size_add(0, SIZE_MAX, &r));
    ck_assert(r == SIZE_MAX);
}
END_TEST

START_TEST(size_add_overflow)
{
    size_t r = 42;
    ck_assert(!newsclean_size_add(SIZE_MAX, 1, &r));
    ck_assert_uint_eq(r, 42); /* untouched on failure */
    ck_assert(!newsclean_size_add(1, SIZE_MAX, &r));
    ck_assert(!newsclean_size_add(SIZE_MAX / 2 + 1, SIZE_MAX / 2 + 1, &r));
    ck_assert(!newsclean_size_add(SIZE_MAX, SIZE_MAX, &r));
    ck_assert_uint_eq(r, 42);
}
END_TEST

START_TEST(array_grow)
{
    /* From nothing to 'first' elements, then doubling; the elements kept. */
    size_t cap = 0;
    int *v = newsclean_array_grow(NULL, &cap, sizeof *v, 4);
    ck_assert_ptr_nonnull(v);
    ck_assert_uint_eq(cap, 4);
    for (int i = 0; i < 4; i++)
        v[i] = i * 10;
    int *w = newsclean_array_grow(v, &cap, sizeof *v, 4);
    ck_assert_ptr_nonnull(w);
    ck_assert_uint_eq(cap, 8);
    ck_assert_int_eq(w[3], 30);
    /* A size that would overflow: NULL, the array and its count as they were. */
    size_t huge = SIZE_MAX / 2 + 1;
    ck_assert_ptr_null(newsclean_array_grow(w, &huge, 1, 4));
    ck_assert_uint_eq(huge, SIZE_MAX / 2 + 1);
    size_t some = 8;
    ck_assert_ptr_null(newsclean_array_grow(w, &some, SIZE_MAX / 8, 4));
    ck_assert_uint_eq(some, 8);
    ck_assert_int_eq(w[1], 10);
    free(w);
}
END_TEST

START_TEST(size_mul_plain)
{
    size_t r = 0;
    ck_assert(newsclean_size_mul(6, 7, &r));
    ck_assert_uint_eq(r, 42);
    ck_assert(newsclean_size_mul(0, SIZE_MAX, &r));
    ck_assert_uint_eq(r, 0);
    ck_assert(newsclean_size_mul(SIZE_MAX, 0, &r));
    ck_assert_uint_eq(r, 0);
    ck_assert(newsclean_size_mul(SIZE_MAX, 1, &r));
    ck_assert(r == SIZE_MAX);
    ck_assert(newsclean_size_mul(1, SIZE_MAX, &r));
    ck_assert(r == SIZE_MAX);
}
END_TEST

START_TEST(size_mul_overflow)
{
    size_t r = 9;
    ck_assert(!newsclean_size_mul(SIZE_MAX, 2, &r));
    ck_assert(!newsclean_size_mul(2, SIZE_MAX, &r));
    ck_assert(!newsclean_size_mul(SIZE_MAX / 2 + 1, 2, &r));
    ck_assert_uint_eq(r, 9);
    /* The largest product that fits. */
    ck_assert(newsclean_size_mul(SIZE_MAX / 2, 2, &r));
    ck_assert(r == SIZE_MAX - 1);
    size_t half = (size_t)1 << (sizeof(size_t) * 4);
    ck_assert(!newsclean_size_mul(half, half, &r));
    ck_assert(newsclean_size_mul(half - 1, half, &r));
}
END_TEST

/* ---- buffer -------------------------------------------------------------------------- */

START_TEST(buf_init_empty)
{
    newsclean_buf b;
    memset(&b, 0xAB, sizeof b);
    newsclean_buf_init(&b);
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
    newsclean_buf_free(&b); /* freeing an empty buffer is fine */
    ck_assert_ptr_null(b.data);
}
END_TEST

START_TEST(buf_append_and_terminate)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    ck_assert(newsclean_buf_append(&b, "hello", 5));
    ck_assert_uint_eq(b.len, 5);
    ck_assert_uint_ge(b.cap, 6);
    ck_assert_str_eq(b.data, "hello");
    ck_assert(newsclean_buf_append_char(&b, ','));
    ck_assert(newsclean_buf_append_str(&b, " world"));
    ck_assert_str_eq(b.data, "hello, world");
    ck_assert_uint_eq(b.len, 12);
    /* Appending part of a string takes only n bytes. */
    ck_assert(newsclean_buf_append(&b, "!!!???", 3));
    ck_assert_str_eq(b.data, "hello, world!!!");
    newsclean_buf_free(&b);
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
}
END_TEST

START_TEST(buf_append_zero)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    /* An empty append on an empty buffer still allocates, so data is a valid string. */
    ck_assert(newsclean_buf_append(&b, "", 0));
    ck_assert_ptr_nonnull(b.data);
    ck_assert_str_eq(b.data, "");
    ck_assert_uint_eq(b.len, 0);
    ck_assert(newsclean_buf_append_str(&b, ""));
    ck_assert_uint_eq(b.len, 0);
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(buf_embedded_nul)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    ck_assert(newsclean_buf_append(&b, "a\0b", 3));
    ck_assert_uint_eq(b.len, 3);
    ck_assert_mem_eq(b.data, "a\0b\0", 4);
    ck_assert(newsclean_buf_append_char(&b, '\0'));
    ck_assert_uint_eq(b.len, 4);
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(buf_grows_many)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    for (size_t i = 0; i < 100000; i++)
        ck_assert(newsclean_buf_append_char(&b, (char)('a' + (i % 26))));
    ck_assert_uint_eq(b.len, 100000);
    ck_assert_uint_gt(b.cap, b.len);
    ck_assert(b.data[b.len] == '\0');
    for (size_t i = 0; i < 100000; i++)
        ck_assert(b.data[i] == (char)('a' + (i % 26)));
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(buf_reserve)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    ck_assert(newsclean_buf_reserve(&b, 1000));
    ck_assert_uint_ge(b.cap, 1001);
    ck_assert_uint_eq(b.len, 0);
    char *before = b.data;
    size_t cap = b.cap;
    /* Room already there: no reallocation. */
    ck_assert(newsclean_buf_append(&b, "0123456789", 10));
    ck_assert_ptr_eq(b.data, before);
    ck_assert_uint_eq(b.cap, cap);
    ck_assert(newsclean_buf_reserve(&b, 0));
    ck_assert_uint_eq(b.cap, cap);
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(buf_reserve_overflow)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    ck_assert(newsclean_buf_append_str(&b, "abc"));
    /* len + extra + 1 overflows: refused without touching the contents. */
    ck_assert(!newsclean_buf_reserve(&b, SIZE_MAX));
    ck_assert(!newsclean_buf_reserve(&b, SIZE_MAX - 3));
    ck_assert(!newsclean_buf_append(&b, "x", SIZE_MAX - 1));
    ck_assert_str_eq(b.data, "abc");
    ck_assert_uint_eq(b.len, 3);
    /* A size that does not overflow the sum but cannot be doubled to: refused too. */
    ck_assert(!newsclean_buf_reserve(&b, SIZE_MAX / 2 + 10));
    ck_assert_str_eq(b.data, "abc");
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(buf_detach)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    ck_assert(newsclean_buf_append_str(&b, "owned"));
    char *p = newsclean_buf_detach(&b);
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(p, "owned");
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
    ck_assert_uint_eq(b.cap, 0);
    free(p);
    /* The buffer is reusable after detaching. */
    ck_assert(newsclean_buf_append_str(&b, "again"));
    ck_assert_str_eq(b.data, "again");
    newsclean_buf_free(&b);
}
END_TEST

START_TEST(buf_detach_empty)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    char *p = newsclean_buf_detach(&b);
    ck_assert_ptr_nonnull(p); /* never NULL on success, even with nothing appended */
    ck_assert_str_eq(p, "");
    ck_assert_ptr_null(b.data);
    free(p);
}
END_TEST

/* ---- strndup / strdup ---------------------------------------------------------------- */

START_TEST(strndup_copies_n)
{
    char *p = newsclean_strndup("abcdef", 3);
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(p, "abc");
    free(p);
    p = newsclean_strndup("abc", 0);
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(p, "");
    free(p);
    /* Source need not be NUL-terminated. */
    const char raw[4] = {'w', 'x', 'y', 'z'};
    p = newsclean_strndup(raw, 4);
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(p, "wxyz");
    free(p);
    /* Embedded NULs are copied through; the result ends one byte later. */
    p = newsclean_strndup("a\0b", 3);
    ck_assert_ptr_nonnull(p);
    ck_assert_mem_eq(p, "a\0b\0", 4);
    free(p);
}
END_TEST

START_TEST(strndup_overflow)
{
    /* n + 1 overflows: NULL rather than a tiny allocation. */
    ck_assert_ptr_null(newsclean_strndup("x", SIZE_MAX));
}
END_TEST

START_TEST(strdup_copies)
{
    const char *src = "caf\xC3\xA9 au lait";
    char *p = newsclean_strdup(src);
    ck_assert_ptr_nonnull(p);
    ck_assert_ptr_ne(p, src);
    ck_assert_str_eq(p, src);
    free(p);
    p = newsclean_strdup("");
    ck_assert_ptr_nonnull(p);
    ck_assert_str_eq(p, "");
    free(p);
}
END_TEST

START_TEST(buf_hand_over_ok)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    ck_assert(newsclean_buf_append_str(&b, "abc"));
    char *out = (char *)"stale";
    size_t len = 99;
    ck_assert(newsclean_buf_hand_over(&b, true, &out, &len));
    ck_assert_str_eq(out, "abc");
    ck_assert_uint_eq(len, 3);
    ck_assert_ptr_null(b.data); /* the buffer is empty again */
    ck_assert_uint_eq(b.len, 0);
    free(out);
    /* An empty buffer gives an empty string, never NULL; the length is optional. */
    ck_assert(newsclean_buf_hand_over(&b, true, &out, NULL));
    ck_assert_str_eq(out, "");
    free(out);
}
END_TEST

START_TEST(buf_hand_over_failed)
{
    newsclean_buf b;
    newsclean_buf_init(&b);
    ck_assert(newsclean_buf_append_str(&b, "abc"));
    char *out = (char *)"stale";
    size_t len = 99;
    ck_assert(!newsclean_buf_hand_over(&b, false, &out, &len));
    ck_assert_ptr_null(out);
    ck_assert_uint_eq(len, 99); /* untouched */
    ck_assert_ptr_null(b.data);
    ck_assert_uint_eq(b.len, 0);
}
END_TEST

START_TEST(array_fit_index)
{
    int *v = NULL;
    size_t cap = 0;
    ck_assert(newsclean_array_fit((void **)&v, &cap, sizeof *v, 0, 4, true));
    ck_assert_uint_eq(cap, 4);
    for (size_t i = 0; i < cap; i++)
        ck_assert_int_eq(v[i], 0);
    v[3] = 7;
    /* Room doubles until index 9 fits; new elements are zeroed, old ones kept. */
    ck_assert(newsclean_array_fit((void **)&v, &cap, sizeof *v, 9, 4, true));
    ck_assert_uint_eq(cap, 16);
    ck_assert_int_eq(v[3], 7);
    for (size_t i = 4; i < cap; i++)
        ck_assert_int_eq(v[i], 0);
    /* An index that fits changes nothing. */
    int *was = v;
    ck_assert(newsclean_array_fit((void **)&v, &cap, sizeof *v, 15, 4, true));
    ck_assert_ptr_eq(v, was);
    ck_assert_uint_eq(cap, 16);
    /* Overflow leaves the array as it was. */
    ck_assert(!newsclean_array_fit((void **)&v, &cap, sizeof *v, SIZE_MAX / 2, 4, false));
    ck_assert_ptr_eq(v, was);
    ck_assert_uint_eq(cap, 16);
    free(v);
}
END_TEST

static Suite *
buf_suite(void)
{
    Suite *s = suite_create("buf");
    TCase *tc = tcase_create("size");
    tcase_add_test(tc, size_add_plain);
    tcase_add_test(tc, size_add_edges);
    tcase_add_test(tc, size_add_overflow);
    tcase_add_test(tc, size_mul_plain);
    tcase_add_test(tc, size_mul_overflow);
    tcase_add_test(tc, array_grow);
    suite_add_tcase(s, tc);

    tc = tcase_create("buffer");
    tcase_add_test(tc, buf_init_empty);
    tcase_add_test(tc, buf_append_and_terminate);
    tcase_add_test(tc, buf_append_zero);
    tcase_add_test(tc, buf_embedded_nul);
    tcase_add_test(tc, buf_grows_many);
    tcase_add_test(tc, buf_reserve);
    tcase_add_test(tc, buf_reserve_overflow);
    tcase_add_test(tc, buf_detach);
    tcase_add_test(tc, buf_detach_empty);
    tcase_add_test(tc, buf_hand_over_ok);
    tcase_add_test(tc, buf_hand_over_failed);
    tcase_add_test(tc, array_fit_index);
    suite_add_tcase(s, tc);

    tc = tcase_create("strdup");
    tcase_add_test(tc, strndup_copies_n);
    tcase_add_test(tc, strndup_overflow);
    tcase_add_test(tc, strdup_copies);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(buf_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
