/* kind_features.c: print the page-kind feature vector lib/kind.c computes for each file,
 * for tools/kindtrain.py to fit the model on. Not a test: a window onto the library's
 * internals, built with the tests.
 *
 *   kind_features [--text] FILE...
 *
 * Prints a "#name name ..." line, then per file "FILE<TAB>KIND:P<TAB>x0 x1 ...", P being
 * the model's probability for KIND. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "kind.h"

static char *
slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *b = realloc(buf, cap * 2);
        if (!b) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = b;
        cap *= 2;
    }
    fclose(f);
    *len = n;
    return buf;
}

int
main(int argc, char **argv)
{
    newsclean_input_kind input = NEWSCLEAN_INPUT_HTML;
    int first = 1;
    if (argc > 1 && !strcmp(argv[1], "--text")) {
        input = NEWSCLEAN_INPUT_TEXT;
        first = 2;
    }
    newsclean_extractor *ex = newsclean_extractor_new(NEWSCLEAN_OPT_NO_QUOTES);
    if (!ex)
        return 2;
    fputs("#", stdout);
    for (size_t i = 0; newsclean_kind_feature_name(i); i++)
        printf("%s%s", i ? " " : "", newsclean_kind_feature_name(i));
    putchar('\n');
    int rc = 0;
    for (int i = first; i < argc; i++) {
        size_t len = 0;
        char *data = slurp(argv[i], &len);
        newsclean_article *a = NULL;
        if (!data || newsclean_extract_ex(ex, data, len, &(newsclean_input){.kind = input}, &a) !=
                         NEWSCLEAN_OK) {
            fprintf(stderr, "%s: cannot extract\n", argv[i]);
            rc = 1;
        } else {
            double p = 0;
            newsclean_kind_decide(&a->kind_features, &p);
            printf("%s\t%s:%.3f\t", argv[i], newsclean_article_kind(a), p);
            for (size_t j = 0; j < NEWSCLEAN_KIND_FEATURES; j++)
                printf("%s%.6g", j ? " " : "", a->kind_features.f[j]);
            putchar('\n');
        }
        newsclean_article_free(a);
        free(data);
    }
    newsclean_extractor_free(ex);
    return rc;
}
