/* api.c: public entry points: the extractor's life cycle and the pipeline that runs
 * decode -> parse -> prune/blocks -> score -> metadata -> quotes for one input. */
#include "newsclean.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>

#include "article.h"
#include "assemble.h"
#include "blocks.h"
#include "dates.h"
#include "dom.h"
#include "input.h"
#include "meta.h"
#include "prune.h"
#include "quotes.h"
#include "score.h"
#include "textdump.h"

/* Larger inputs are not web pages; 64 MiB bounds memory per extraction (the tree takes
 * several times the input). */
#define DEFAULT_MAX_INPUT_BYTES ((size_t)64 << 20)
/* Real layouts nest 30-60 deep; 256 leaves room and bounds the walk's recursion. */
#define DEFAULT_MAX_DEPTH 256u

static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void
init_xml(void)
{
    /* libxml2 keeps process-wide tables; they are set up once, never torn down here,
     * because the host program may use libxml2 too. */
    xmlInitParser();
}

newsclean_extractor *
newsclean_extractor_new(unsigned options)
{
    if (options & ~NEWSCLEAN_OPT_ALL)
        return NULL;
    pthread_once(&xml_once, init_xml);
    newsclean_extractor *ex = calloc(1, sizeof *ex);
    if (!ex)
        return NULL;
    ex->options = options;
    ex->max_input_bytes = DEFAULT_MAX_INPUT_BYTES;
    ex->max_depth = DEFAULT_MAX_DEPTH;
    ex->prune = newsclean_prune_rules_new();
    ex->dates = newsclean_date_rules_new();
    ex->quotes = newsclean_quote_rules_new();
    ex->textdump = newsclean_textdump_rules_new();
    if (!ex->prune || !ex->dates || !ex->quotes || !ex->textdump) {
        newsclean_extractor_free(ex);
        return NULL;
    }
    return ex;
}

void
newsclean_extractor_free(newsclean_extractor *ex)
{
    if (!ex)
        return;
    newsclean_prune_rules_free(ex->prune);
    newsclean_date_rules_free(ex->dates);
    newsclean_quote_rules_free(ex->quotes);
    newsclean_textdump_rules_free(ex->textdump);
    free(ex);
}

newsclean_status
newsclean_extractor_set_limit(newsclean_extractor *ex, newsclean_limit which, size_t value)
{
    if (!ex)
        return NEWSCLEAN_ERR_INVALID_ARG;
    switch (which) {
    case NEWSCLEAN_LIMIT_INPUT_BYTES:
        ex->max_input_bytes = value ? value : DEFAULT_MAX_INPUT_BYTES;
        return NEWSCLEAN_OK;
    case NEWSCLEAN_LIMIT_DEPTH:
        if (value > 100000)
            return NEWSCLEAN_ERR_INVALID_ARG;
        ex->max_depth = value ? (unsigned)value : DEFAULT_MAX_DEPTH;
        return NEWSCLEAN_OK;
    }
    return NEWSCLEAN_ERR_INVALID_ARG;
}

static bool
resolve_html(const newsclean_extractor *ex, newsclean_input_kind kind, const char *in, size_t len)
{
    if (kind == NEWSCLEAN_INPUT_HTML)
        return true;
    if (kind == NEWSCLEAN_INPUT_TEXT)
        return false;
    if (kind == NEWSCLEAN_INPUT_DEFAULT) {
        unsigned both = NEWSCLEAN_OPT_INPUT_HTML | NEWSCLEAN_OPT_INPUT_TEXT;
        if ((ex->options & both) == NEWSCLEAN_OPT_INPUT_HTML)
            return true;
        if ((ex->options & both) == NEWSCLEAN_OPT_INPUT_TEXT)
            return false;
    }
    return newsclean_input_looks_like_html(in, len);
}

static bool
blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' && s[i] != '\f')
            return false;
    return true;
}

static newsclean_status
extract_html(const newsclean_extractor *ex, char *utf8, size_t len, const char *url,
             newsclean_blocks *blocks, newsclean_article *a)
{
    xmlDocPtr doc = NULL;
    /* No stage reads script or style text (JSON-LD aside), comments or most attributes:
     * libxml2 need not build them. */
    len = newsclean_dom_cut(utf8, len);
    newsclean_status st = newsclean_dom_parse(utf8, len, url, &doc);
    if (st == NEWSCLEAN_ERR_PARSE && blank(utf8, len))
        return NEWSCLEAN_OK; /* an empty page is no article, not a broken one */
    if (st != NEWSCLEAN_OK)
        return st;
    st = newsclean_dom_to_blocks(ex, doc, blocks);
    if (st == NEWSCLEAN_OK)
        st = newsclean_score_blocks(ex, blocks);
    if (st == NEWSCLEAN_OK)
        st = newsclean_meta_from_html(ex, doc, blocks, url, &a->meta);
    xmlFreeDoc(doc);
    return st;
}

newsclean_status
newsclean_extract_ex(const newsclean_extractor *ex, const char *input, size_t len,
                     newsclean_input_kind kind, const char *charset, const char *url,
                     newsclean_article **out)
{
    if (out)
        *out = NULL;
    if (!ex || !out || (!input && len) || kind > NEWSCLEAN_INPUT_TEXT)
        return NEWSCLEAN_ERR_INVALID_ARG;
    if (len > ex->max_input_bytes)
        return NEWSCLEAN_ERR_LIMIT;
    if (!input)
        input = "";

    bool html = resolve_html(ex, kind, input, len);
    char *utf8 = NULL;
    size_t utf8_len = 0;
    newsclean_blocks blocks;
    newsclean_blocks_init(&blocks);
    newsclean_article *a = calloc(1, sizeof *a);
    newsclean_status st = a ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
    if (st == NEWSCLEAN_OK)
        st = newsclean_input_to_utf8(input, len, html, charset, &utf8, &utf8_len, NULL);
    if (st != NEWSCLEAN_OK)
        goto done;

    if (html)
        st = extract_html(ex, utf8, utf8_len, url, &blocks, a);
    else
        st = newsclean_textdump_extract(ex->textdump, ex->dates, utf8, utf8_len, &blocks, &a->meta);
    if (st == NEWSCLEAN_OK && !html && url && !a->meta.url &&
        !newsclean_meta_set(&a->meta.url, url, strlen(url)))
        st = NEWSCLEAN_ERR_NOMEM;
    if (st == NEWSCLEAN_OK)
        st = newsclean_assemble_body(&blocks, a);
    if (st == NEWSCLEAN_OK && !(ex->options & NEWSCLEAN_OPT_NO_QUOTES) &&
        !newsclean_quotes_find(ex->quotes, a->body, a->body_len, a->meta.language, &a->quotes))
        st = NEWSCLEAN_ERR_NOMEM;
    if (st == NEWSCLEAN_OK && (ex->options & NEWSCLEAN_OPT_EXPLAIN))
        st = newsclean_assemble_explain(&blocks, a);

done:
    newsclean_blocks_free(&blocks);
    free(utf8);
    if (st != NEWSCLEAN_OK) {
        newsclean_article_free(a);
        return st;
    }
    *out = a;
    return NEWSCLEAN_OK;
}

newsclean_status
newsclean_extract(const newsclean_extractor *ex, const char *input, size_t len,
                  newsclean_article **out)
{
    return newsclean_extract_ex(ex, input, len, NEWSCLEAN_INPUT_DEFAULT, NULL, NULL, out);
}

const char *
newsclean_status_code(newsclean_status st)
{
    switch (st) {
    case NEWSCLEAN_OK:
        return "ok";
    case NEWSCLEAN_ERR_NOMEM:
        return "nomem";
    case NEWSCLEAN_ERR_INVALID_ARG:
        return "invalid-argument";
    case NEWSCLEAN_ERR_PARSE:
        return "parse";
    case NEWSCLEAN_ERR_LIMIT:
        return "limit";
    case NEWSCLEAN_ERR_NO_ARTICLE:
        return "no-article";
    case NEWSCLEAN_ERR_IO:
        return "io";
    }
    return "unknown";
}

const char *
newsclean_status_str(newsclean_status st)
{
    switch (st) {
    case NEWSCLEAN_OK:
        return "success";
    case NEWSCLEAN_ERR_NOMEM:
        return "out of memory";
    case NEWSCLEAN_ERR_INVALID_ARG:
        return "invalid argument";
    case NEWSCLEAN_ERR_PARSE:
        return "the input could not be parsed";
    case NEWSCLEAN_ERR_LIMIT:
        return "the input exceeds a size or nesting limit";
    case NEWSCLEAN_ERR_NO_ARTICLE:
        return "no article found";
    case NEWSCLEAN_ERR_IO:
        return "input/output error";
    }
    return "unknown status";
}

void
newsclean_free(void *p)
{
    free(p);
}

const char *
newsclean_version_string(void)
{
    return NEWSCLEAN_VERSION_STRING;
}

unsigned
newsclean_version(void)
{
    return NEWSCLEAN_VERSION;
}
