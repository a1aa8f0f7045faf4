/*
 * structure_corpus.c: the Markdown of every page of a corpus parses as CommonMark and reads
 * the same words as the body, in the same order.
 *
 *   structure-corpus [-v] DIR...
 *
 * Walks each DIR for *.html.gz and *.html pages, extracts each with NEWSCLEAN_OPT_STRUCTURE,
 * renders it with newsclean_article_to_markdown(), parses that with cmark and gathers the
 * text a reader sees (text, code and code blocks; not the alt text of images), then compares
 * its words (runs of letters and digits) with the body's. Prints the pages where they
 * differ (with -v, where) and their count, and also checks that newsclean_article_to_html()
 * gives a fragment libxml2 reads as well-formed XML. Exit 0 when no page differs, 1 when
 * some do, 77 (skipped) when no DIR exists.
 */
#define _XOPEN_SOURCE 700

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include <cmark.h>
#include <libxml/parser.h>

#include <newsclean.h>

typedef struct {
    char *d;
    size_t n, cap;
} buf;

static void
add(buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n + 1)
            cap *= 2;
        char *p = realloc(b->d, cap);
        if (!p) {
            fprintf(stderr, "structure-corpus: out of memory\n");
            exit(2);
        }
        b->d = p;
        b->cap = cap;
    }
    memcpy(b->d + b->n, s, n);
    b->n += n;
    b->d[b->n] = '\0';
}

static bool
read_page(const char *path, buf *out)
{
    gzFile f = gzopen(path, "rb");
    if (!f)
        return false;
    char chunk[65536];
    int k;
    while ((k = gzread(f, chunk, sizeof chunk)) > 0)
        add(out, chunk, (size_t)k);
    gzclose(f);
    return k == 0;
}

/* Words: runs of letters and digits, i.e. of bytes that are ASCII alphanumerics or part of
 * a multibyte character that is not punctuation or a space we know of. */
static bool
word_byte(const unsigned char *s, size_t i, size_t n, size_t *len)
{
    unsigned char c = s[i];
    *len = 1;
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    size_t k = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + k > n)
        k = n - i;
    *len = k;
    /* U+00A0..U+00BF (spaces, signs, quotes), U+2000..U+206F (spaces, dashes, quotes),
     * U+3000..U+303F (CJK punctuation) and U+FE00..U+FFFF (variation selectors, fullwidth
     * forms' punctuation and specials) separate words. */
    if (c == 0xC2 && k >= 2 && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF)
        return false;
    if (c == 0xE2 && k >= 3 && s[i + 1] >= 0x80 && s[i + 1] <= 0x81)
        return false;
    if (c == 0xE3 && k >= 3 && s[i + 1] == 0x80)
        return false;
    if (c == 0xEF && k >= 3 && s[i + 1] >= 0xB8)
        return false;
    return true;
}

/* The words of s, each followed by '\n'. */
static void
words(const char *str, buf *out)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t n = strlen(str), i = 0;
    while (i < n) {
        size_t len;
        if (!word_byte(s, i, n, &len)) {
            i += len;
            continue;
        }
        size_t start = i;
        while (i < n && word_byte(s, i, n, &len))
            i += len;
        add(out, str + start, i - start);
        add(out, "\n", 1);
    }
}

/* The text of a CommonMark document as a reader sees it: blocks split by spaces, image
 * descriptions left out (alt text is not body text). */
static void
rendered_text(cmark_node *doc, buf *out)
{
    cmark_iter *it = cmark_iter_new(doc);
    cmark_event_type ev;
    int in_image = 0;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        cmark_node_type t = cmark_node_get_type(n);
        if (t == CMARK_NODE_IMAGE) {
            in_image += ev == CMARK_EVENT_ENTER ? 1 : -1;
            continue;
        }
        if (in_image)
            continue;
        if (ev == CMARK_EVENT_EXIT) {
            if (t >= CMARK_NODE_FIRST_BLOCK && t <= CMARK_NODE_LAST_BLOCK)
                add(out, " ", 1);
            continue;
        }
        if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE || t == CMARK_NODE_CODE_BLOCK ||
            t == CMARK_NODE_HTML_INLINE || t == CMARK_NODE_HTML_BLOCK) {
            const char *lit = cmark_node_get_literal(n);
            if (lit)
                add(out, lit, strlen(lit));
        }
        if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK || t == CMARK_NODE_CODE_BLOCK ||
            t == CMARK_NODE_HTML_BLOCK)
            add(out, " ", 1);
    }
    cmark_iter_free(it);
}

typedef struct {
    const newsclean_extractor *ex;
    bool verbose;
    size_t pages, differ, not_xml, failed;
} run;

/* Where two word lists part, for -v. */
static void
show_difference(const char *path, const char *a, const char *b)
{
    size_t i = 0, line = 0;
    while (a[i] && a[i] == b[i]) {
        if (a[i] == '\n')
            line++;
        i++;
    }
    fprintf(stderr, "  %s: word %zu: body has '%.40s', Markdown has '%.40s'\n", path, line + 1,
            a + i, b + i);
}

static void
check_page(run *r, const char *path)
{
    buf page = {0}, want = {0}, got = {0}, text = {0};
    if (!read_page(path, &page)) {
        r->failed++;
        free(page.d);
        return;
    }
    newsclean_article *a = NULL;
    if (newsclean_extract(r->ex, page.d, page.n, &a) != NEWSCLEAN_OK) {
        r->failed++;
        free(page.d);
        return;
    }
    r->pages++;
    char *md = NULL, *html = NULL;
    size_t md_len = 0, html_len = 0;
    if (newsclean_article_to_markdown(a, &md, &md_len) != NEWSCLEAN_OK ||
        newsclean_article_to_html(a, &html, &html_len) != NEWSCLEAN_OK) {
        r->failed++;
        goto done;
    }
    /* The headline comes first in the Markdown, not in the body. */
    const char *headline = newsclean_article_headline(a);
    if (headline) {
        add(&text, headline, strlen(headline));
        add(&text, "\n", 1);
    }
    add(&text, newsclean_article_body(a), strlen(newsclean_article_body(a)));
    words(text.d ? text.d : "", &want);
    cmark_node *doc = cmark_parse_document(md, md_len, CMARK_OPT_DEFAULT);
    buf seen = {0};
    rendered_text(doc, &seen);
    cmark_node_free(doc);
    words(seen.d ? seen.d : "", &got);
    free(seen.d);
    const char *w = want.d ? want.d : "", *g = got.d ? got.d : "";
    if (strcmp(w, g) != 0) {
        r->differ++;
        printf("differ: %s\n", path);
        if (r->verbose)
            show_difference(path, w, g);
    }
    xmlDocPtr x = xmlReadMemory(html, (int)html_len, "fragment.xml", NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!x) {
        r->not_xml++;
        printf("not well-formed: %s\n", path);
    }
    xmlFreeDoc(x);
done:
    newsclean_free(md);
    newsclean_free(html);
    newsclean_article_free(a);
    free(page.d);
    free(want.d);
    free(got.d);
    free(text.d);
}

static int
by_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static void
walk(run *r, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char **p = realloc(names, (n + 1) * sizeof *names);
        size_t len = strlen(dir) + strlen(e->d_name) + 2;
        if (!p || !(p[n] = malloc(len)))
            exit(2);
        names = p;
        snprintf(names[n++], len, "%s/%s", dir, e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        size_t len = strlen(names[i]);
        if (stat(names[i], &st) == 0 && S_ISDIR(st.st_mode))
            walk(r, names[i]);
        else if ((len > 8 && !strcmp(names[i] + len - 8, ".html.gz")) ||
                 (len > 5 && !strcmp(names[i] + len - 5, ".html")))
            check_page(r, names[i]);
        free(names[i]);
    }
    free(names);
}

int
main(int argc, char **argv)
{
    run r = {0};
    int first = 1;
    if (argc > 1 && !strcmp(argv[1], "-v")) {
        r.verbose = true;
        first = 2;
    }
    bool any = false;
    for (int i = first; i < argc; i++) {
        struct stat st;
        any |= stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode);
    }
    if (!any) {
        printf("structure-corpus: no corpus directory; skipped\n");
        return 77;
    }
    newsclean_extractor *ex = newsclean_extractor_new(NEWSCLEAN_OPT_STRUCTURE);
    if (!ex)
        return 2;
    r.ex = ex;
    for (int i = first; i < argc; i++)
        walk(&r, argv[i]);
    newsclean_extractor_free(ex);
    printf("structure-corpus: %zu pages, %zu whose Markdown words differ from the body's, %zu "
           "whose HTML is not well-formed, %zu not read\n",
           r.pages, r.differ, r.not_xml, r.failed);
    return r.differ || r.not_xml || r.failed ? 1 : 0;
}
