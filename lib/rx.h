/* rx.h: how the stages compile their pcre2 patterns and set up the match state they scan
 * with, written once. */
#ifndef NEWSCLEAN_RX_H
#define NEWSCLEAN_RX_H

#ifndef PCRE2_CODE_UNIT_WIDTH
#define PCRE2_CODE_UNIT_WIDTH 8
#endif

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <pcre2.h>

/* Compile 'len' bytes of pattern (PCRE2_ZERO_TERMINATED: up to the NUL) as UTF-8 with
 * Unicode classes, caseless, with the pcre2 options 'extra' besides, and JIT-compile it.
 * JIT code is read-only once built, so threads still share it; where the JIT is
 * unavailable pcre2_match() interprets the pattern with the same results. NULL if the
 * pattern does not compile or memory runs out. */
pcre2_code *newsclean_rx_compile(const char *pattern, size_t len, uint32_t extra);

/* Make the match data and match context one scan reads: room for 'pairs' ovector pairs
 * (or, if 'sized_by' is not NULL, for as many as that pattern has groups), and the given
 * match and depth limits, which bound the time a hostile text can take. False if out of
 * memory; both are then freed and NULL. */
bool newsclean_rx_match_new(pcre2_match_data **md, pcre2_match_context **mc,
                            const pcre2_code *sized_by, uint32_t pairs, uint32_t match_limit,
                            uint32_t depth_limit);

/* Free what newsclean_rx_match_new made (either may be NULL) and set both to NULL. */
void newsclean_rx_match_free(pcre2_match_data **md, pcre2_match_context **mc);

#endif /* NEWSCLEAN_RX_H */
