/* fuzz_extract.c: feeds arbitrary bytes through every input kind and every renderer.
 * With NEWSCLEAN_FUZZ (clang) it is a libFuzzer target; otherwise a small main replays
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

#ifndef NEWSCLEAN_FUZZ
int
main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        if (!f) {
            fprintf(stderr, "fuzz_extract: cannot open %s\n", argv[i]);
            return 1;
        }
        size_t cap = 1 << 16, n = 0;
        uint8_t *buf = malloc(cap);
        size_t k;
        while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
            n += k;
            if (n == cap) {
                uint8_t *p = realloc(buf, cap *= 2);
                if (!p) {
                    free(buf);
                    buf = NULL;
                }
                buf = p;
            }
        }
        fclose(f);
        if (!buf)
            return 1;
        LLVMFuzzerTestOneInput(buf, n);
        free(buf);
    }
    printf("replayed %d inputs\n", argc - 1);
    return 0;
}
#endif
