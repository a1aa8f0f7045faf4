/* fuzz_extract.c: feeds arbitrary bytes through every input kind and every renderer.
 * With NEWSCLEAN_FUZZ (clang) it is a libFuzzer target; otherwise replay.c's main replays
 * the files named on its command line, so ctest re-runs fixtures and past crashers. */
#include <newsclean.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
run(newsclean_extractor *ex, const char *in, size_t len, newsclean_input_kind kind)
{
    newsclean_article *a = NULL;
    if (newsclean_extract_ex(ex, in, len, kind, NULL, "https://example.org/2020/01/10/x", &a) !=
        NEWSCLEAN_OK)
        return;
    char *out = NULL;
    size_t n = 0;
    if (newsclean_article_to_json(a, "fuzz", 0, &out, &n) == NEWSCLEAN_OK)
        newsclean_free(out);
    if (newsclean_article_to_text(a, &out, &n) == NEWSCLEAN_OK)
        newsclean_free(out);
    for (size_t i = 0; i < newsclean_article_quote_count(a); i++) {
        size_t off, qlen;
        if (newsclean_article_quote_span(a, i, &off, &qlen) != NEWSCLEAN_OK ||
            off + qlen > strlen(newsclean_article_body(a)))
            abort(); /* a span outside the body is a bug */
    }
    newsclean_article_free(a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The first four bytes choose the options, masked to the valid ones. */
    unsigned options = 0;
    if (size >= 4) {
        memcpy(&options, data, 4);
        data += 4;
        size -= 4;
    }
    /* One extractor per option set, kept for the process: building one compiles every
     * pattern, which would otherwise cost more than the extraction being tested. */
    static newsclean_extractor *extractors[NEWSCLEAN_OPT_ALL + 1];
    options &= NEWSCLEAN_OPT_ALL;
    if (!extractors[options] && !(extractors[options] = newsclean_extractor_new(options)))
        abort();
    const char *in = (const char *)data;
    run(extractors[options], in, size, NEWSCLEAN_INPUT_HTML);
    run(extractors[options], in, size, NEWSCLEAN_INPUT_TEXT);
    run(extractors[options], in, size, NEWSCLEAN_INPUT_AUTO);
    return 0;
}
