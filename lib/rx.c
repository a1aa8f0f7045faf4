/* rx.c: pcre2 compilation and match state, the same for every stage that matches patterns. */
#include "rx.h"

pcre2_code *
newsclean_rx_compile(const char *pattern, size_t len, uint32_t extra)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *re = pcre2_compile(
        (PCRE2_SPTR)pattern, len, PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS | extra, &err, &off, NULL);
    /* JIT is an optimisation only: a failure leaves the interpreter in charge. */
    if (re)
        (void)pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
    return re;
}

bool
newsclean_rx_match_new(pcre2_match_data **md, pcre2_match_context **mc, const pcre2_code *sized_by,
                       uint32_t pairs, uint32_t match_limit, uint32_t depth_limit)
{
    *md = sized_by ? pcre2_match_data_create_from_pattern(sized_by, NULL)
                   : pcre2_match_data_create(pairs, NULL);
    *mc = pcre2_match_context_create(NULL);
    if (!*md || !*mc) {
        newsclean_rx_match_free(md, mc);
        return false;
    }
    pcre2_set_match_limit(*mc, match_limit);
    pcre2_set_depth_limit(*mc, depth_limit);
    return true;
}

void
newsclean_rx_match_free(pcre2_match_data **md, pcre2_match_context **mc)
{
    pcre2_match_data_free(*md);
    pcre2_match_context_free(*mc);
    *md = NULL;
    *mc = NULL;
}
