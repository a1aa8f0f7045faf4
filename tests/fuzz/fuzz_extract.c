/* fuzz_extract.c: feeds arbitrary bytes through every input kind and every renderer.
 * With NEWSCLEAN_FUZZ (clang) it is a libFuzzer target; otherwise replay.c's main replays
 * the files named on its command line, so ctest re-runs fixtures and past crashers. */
#include <newsclean.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every tag of the HTML fragment is one of the allowlist, with no attribute but href, src,
 * alt and start, and every URL is http(s), mailto or ftp (or relative). */
static int
html_is_safe(const char *h)
{
    static const char *const tags[] = {"a",  "article",    "blockquote", "br",    "caption", "code",
                                       "em", "figcaption", "figure",     "h1",    "h2",      "h3",
                                       "h4", "h5",         "h6",         "img",   "li",      "ol",
                                       "p",  "pre",        "strong",     "table", "tbody",   "td",
                                       "th", "thead",      "tr",         "ul"};
    for (const char *p = strchr(h, '<'); p; p = strchr(p + 1, '<')) {
        const char *q = p + 1 + (p[1] == '/');
        size_t n = strspn(q, "abcdefghijklmnopqrstuvwxyz0123456789");
        int known = 0;
        for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
            known |= strlen(tags[i]) == n && strncmp(q, tags[i], n) == 0;
        if (!known)
            return 0;
        const char *end = strchr(q, '>');
        if (!end)
            return 0;
        for (const char *at = q + n; at < end; at++) {
            if (*at != ' ')
                continue;
            size_t k = strspn(at + 1, "abcdefghijklmnopqrstuvwxyz");
            if (!((k == 4 && !strncmp(at + 1, "href", 4)) ||
                  (k == 3 && !strncmp(at + 1, "src", 3)) ||
                  (k == 3 && !strncmp(at + 1, "alt", 3)) ||
                  (k == 5 && !strncmp(at + 1, "start", 5))))
                return 0;
            if (k != 3 || strncmp(at + 1, "alt", 3)) {
                const char *v = at + k + 3; /* past name=" */
                size_t s =
                    strspn(v, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
                if (v[s] == ':' && !(s == 4 && !strncmp(v, "http", 4)) &&
                    !(s == 5 && !strncmp(v, "https", 5)) && !(s == 6 && !strncmp(v, "mailto", 6)) &&
                    !(s == 3 && !strncmp(v, "ftp", 3)))
                    return 0;
            }
            /* Skip the quoted value: attribute values hold no '"' (escaped). */
            const char *close = strchr(at + k + 3, '"');
            if (!close || close > end)
                return 0;
            at = close;
        }
    }
    return 1;
}

static void
run(newsclean_extractor *ex, const char *in, size_t len, newsclean_input_kind kind)
{
    newsclean_article *a = NULL;
    const newsclean_input info = {.kind = kind, .url = "https://example.org/2020/01/10/x"};
    if (newsclean_extract_ex(ex, in, len, &info, &a) != NEWSCLEAN_OK)
        return;
    char *out = NULL;
    size_t n = 0;
    if (newsclean_article_to_json(a, "fuzz", 0, &out, &n) == NEWSCLEAN_OK)
        newsclean_free(out);
    if (newsclean_article_to_text(a, &out, &n) == NEWSCLEAN_OK)
        newsclean_free(out);
    if (newsclean_article_to_json(a, "fuzz", NEWSCLEAN_RENDER_MARKDOWN, &out, &n) == NEWSCLEAN_OK)
        newsclean_free(out);
    if (newsclean_article_to_markdown(a, &out, &n) == NEWSCLEAN_OK)
        newsclean_free(out);
    if (newsclean_article_to_html(a, &out, &n) == NEWSCLEAN_OK) {
        if (!html_is_safe(out))
            abort(); /* a tag or attribute outside the allowlist reached the output */
        newsclean_free(out);
    }
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
