/* test_inflate.c: unit tests for the decoding loop of lib/gzip.c (newsclean_decode_run)
 * that the zlib, brotli and zstd decoders step through, driven by a scripted step. */
#include "inflate.h"

#include <check.h>
#include <stdlib.h>
#include <string.h>

/* A decoder that writes 'per_step' bytes of 'x' a step and reports the statuses of its
 * script in turn. */
typedef struct {
    const newsclean_step_status *script;
    size_t steps, at, per_step;
    size_t limit;
} fake;

static newsclean_step_status
fake_step(void *state, char *dst, size_t room, size_t *got)
{
    fake *f = state;
    size_t n = f->per_step < room ? f->per_step : room;
    memset(dst, 'x', n);
    *got = n;
    return f->script[f->at < f->steps ? f->at++ : f->steps - 1];
}

static newsclean_inflate_result
run(fake *f, newsclean_buf *out)
{
    newsclean_buf_init(out);
    return newsclean_decode_run(out, f->limit, fake_step, f);
}

START_TEST(decode_run_to_end)
{
    const newsclean_step_status s[] = {NEWSCLEAN_STEP_MORE, NEWSCLEAN_STEP_MORE,
                                       NEWSCLEAN_STEP_END};
    fake f = {s, 3, 0, 5, 100};
    newsclean_buf out;
    ck_assert_int_eq(run(&f, &out), NEWSCLEAN_INFLATE_END);
    ck_assert_uint_eq(out.len, 15);
    ck_assert_uint_eq(strlen(out.data), 15); /* NUL-terminated */
    newsclean_buf_free(&out);
}
END_TEST

START_TEST(decode_run_stopped)
{
    /* Stopping after some output is a cut stream; stopping before any is not the format. */
    const newsclean_step_status s[] = {NEWSCLEAN_STEP_MORE, NEWSCLEAN_STEP_STOPPED};
    fake f = {s, 2, 0, 4, 100};
    newsclean_buf out;
    ck_assert_int_eq(run(&f, &out), NEWSCLEAN_INFLATE_CUT);
    ck_assert_uint_eq(out.len, 8);
    newsclean_buf_free(&out);
    fake g = {s + 1, 1, 0, 0, 100};
    ck_assert_int_eq(run(&g, &out), NEWSCLEAN_INFLATE_BAD);
    ck_assert_uint_eq(out.len, 0);
    newsclean_buf_free(&out);
}
END_TEST

START_TEST(decode_run_bad_and_nomem)
{
    const newsclean_step_status bad[] = {NEWSCLEAN_STEP_MORE, NEWSCLEAN_STEP_BAD};
    fake f = {bad, 2, 0, 4, 100};
    newsclean_buf out;
    ck_assert_int_eq(run(&f, &out), NEWSCLEAN_INFLATE_BAD); /* whatever came out */
    newsclean_buf_free(&out);
    const newsclean_step_status nomem[] = {NEWSCLEAN_STEP_NOMEM};
    fake g = {nomem, 1, 0, 4, 100};
    ck_assert_int_eq(run(&g, &out), NEWSCLEAN_INFLATE_NOMEM);
    newsclean_buf_free(&out);
}
END_TEST

START_TEST(decode_run_limit)
{
    /* A stream that never ends is stopped one byte past the limit, with no more stored. */
    const newsclean_step_status s[] = {NEWSCLEAN_STEP_MORE};
    fake f = {s, 1, 0, 1000, 2500};
    newsclean_buf out;
    ck_assert_int_eq(run(&f, &out), NEWSCLEAN_INFLATE_LIMIT);
    ck_assert_uint_eq(out.len, 2501);
    newsclean_buf_free(&out);
    /* Reaching the limit exactly is still a whole stream. */
    const newsclean_step_status e[] = {NEWSCLEAN_STEP_MORE, NEWSCLEAN_STEP_MORE,
                                       NEWSCLEAN_STEP_END};
    fake g = {e, 3, 0, 1000, 3000};
    ck_assert_int_eq(run(&g, &out), NEWSCLEAN_INFLATE_END);
    ck_assert_uint_eq(out.len, 3000);
    newsclean_buf_free(&out);
}
END_TEST

static Suite *
inflate_suite(void)
{
    Suite *s = suite_create("inflate");
    TCase *tc = tcase_create("decode_run");
    tcase_add_test(tc, decode_run_to_end);
    tcase_add_test(tc, decode_run_stopped);
    tcase_add_test(tc, decode_run_bad_and_nomem);
    tcase_add_test(tc, decode_run_limit);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(inflate_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
