/* api.c: public entry points: the extractor's life cycle and the pipeline, each stage
 * called here in turn for one input: decode -> (HTML) cut -> parse -> mojibake repair ->
 * one walk into blocks and page facts, with the prune stage -> score -> metadata -> dates,
 * or (text) the dump stages -> kind -> body -> structure -> quotes. */
#include "newsclean.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "article.h"
#include "assemble.h"
#include "blocks.h"
#include "dates.h"
#include "deadline.h"
#include "dom.h"
#include "facts.h"
#include "input.h"
#include "kind.h"
#include "kind_body.h"
#include "lexicon.h"
#include "page_limits.h"
#include "meta.h"
#include "prune.h"
#include "quotes.h"
#include "score.h"
#include "structure.h"
#include "textdump.h"

/* Memory estimate. What the estimate counts, measured on generated floods of each (tests/bench): an
 * element costs the tree, the walk and the scores about 200 bytes, a text node between tags 150, an
 * attribute the cut keeps 260 (its node, its text node and its value), and each byte of the
 * page up to 7 more in its copies (the caller's, the UTF-8 text, libxml2's buffer, text
 * nodes, blocks, the body and its JSON). The estimate came out 1.1 to 2.5 times the peak
 * each flood took at 8 MB. */
#define PEAK_BYTES_PER_BYTE 9u
#define PEAK_BYTES_PER_ELEMENT 220u
#define PEAK_BYTES_PER_TEXT 160u
#define PEAK_BYTES_PER_ATTRIBUTE 350u

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
    ex->max_input_bytes = NEWSCLEAN_DEFAULT_MAX_INPUT_BYTES;
    ex->max_depth = NEWSCLEAN_DEFAULT_MAX_DEPTH;
    ex->max_milliseconds = NEWSCLEAN_DEFAULT_MAX_MILLISECONDS;
    ex->max_memory_bytes = NEWSCLEAN_DEFAULT_MAX_MEMORY_BYTES;
    ex->prune = newsclean_prune_rules_new();
    ex->dates = newsclean_date_rules_new();
    ex->quotes = newsclean_quote_rules_new();
    ex->textdump = newsclean_textdump_rules_new();
    ex->kind = newsclean_kind_rules_new();
    if (!ex->prune || !ex->dates || !ex->quotes || !ex->textdump || !ex->kind) {
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
    newsclean_kind_rules_free(ex->kind);
    free(ex);
}

newsclean_status
newsclean_extractor_set_limit(newsclean_extractor *ex, newsclean_limit which, size_t value)
{
    if (!ex)
        return NEWSCLEAN_ERR_INVALID_ARG;
    switch (which) {
    case NEWSCLEAN_LIMIT_INPUT_BYTES:
        ex->max_input_bytes = value ? value : NEWSCLEAN_DEFAULT_MAX_INPUT_BYTES;
        return NEWSCLEAN_OK;
    case NEWSCLEAN_LIMIT_DEPTH:
        if (value > 100000)
            return NEWSCLEAN_ERR_INVALID_ARG;
        ex->max_depth = value ? (unsigned)value : NEWSCLEAN_DEFAULT_MAX_DEPTH;
        return NEWSCLEAN_OK;
    case NEWSCLEAN_LIMIT_MILLISECONDS:
        ex->max_milliseconds = value ? value : NEWSCLEAN_DEFAULT_MAX_MILLISECONDS;
        return NEWSCLEAN_OK;
    case NEWSCLEAN_LIMIT_MEMORY_BYTES:
        ex->max_memory_bytes = value ? value : NEWSCLEAN_DEFAULT_MAX_MEMORY_BYTES;
        return NEWSCLEAN_OK;
    }
    return NEWSCLEAN_ERR_INVALID_ARG;
}

static bool
resolve_html(newsclean_input_kind kind, const char *in, size_t len)
{
    if (kind == NEWSCLEAN_INPUT_HTML)
        return true;
    if (kind == NEWSCLEAN_INPUT_TEXT)
        return false;
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

/* a + b, or SIZE_MAX past it. */
static size_t
add_sat(size_t a, size_t b)
{
    return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

static size_t
mul_sat(size_t a, size_t b)
{
    return b && a > SIZE_MAX / b ? SIZE_MAX : a * b;
}

static bool
ascii_letter(char c)
{
    return (unsigned char)((c | 0x20) - 'a') < 26;
}

/* Start tags, texts between tags and attribute values ('=' anywhere) in 's': what the
 * estimate below counts. The byte at i + 1 is read for the first two, so the last byte
 * counts for nothing. */
static void
count_markup(const char *s, size_t len, size_t *elements, size_t *texts, size_t *attributes)
{
    size_t i = 0;
#ifdef __SSE2__
    /* Sixteen bytes a step, and only the bytes that are one of '<', '>', '=' looked at one
     * by one: most of a page is text and attribute values, and every byte is counted. */
    const __m128i lt = _mm_set1_epi8('<'), gt = _mm_set1_epi8('>'), eq = _mm_set1_epi8('=');
    for (; i + 17 <= len; i += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
        unsigned m = (unsigned)_mm_movemask_epi8(_mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, lt), _mm_cmpeq_epi8(v, gt)), _mm_cmpeq_epi8(v, eq)));
        while (m) {
            size_t k = i + (size_t)__builtin_ctz(m);
            m &= m - 1;
            char c = s[k];
            if (c == '<')
                *elements += ascii_letter(s[k + 1]);
            else if (c == '>')
                *texts += s[k + 1] != '<';
            else
                ++*attributes;
        }
    }
#endif
    for (; i + 1 < len; i++) {
        char c = s[i];
        if (c == '<' && ascii_letter(s[i + 1]))
            ++*elements;
        else if (c == '>' && s[i + 1] != '<')
            ++*texts;
        else if (c == '=')
            ++*attributes;
    }
}

/* The most memory extracting 'len' bytes of UTF-8 (of an input of 'input_len' bytes) may
 * take, counting start tags, text between tags and attribute values when it is HTML (see
 * PEAK_BYTES_*). */
static size_t
estimate_peak(const char *s, size_t len, size_t input_len, bool html)
{
    size_t elements = 0, texts = 0, attributes = 0;
    if (html)
        count_markup(s, len, &elements, &texts, &attributes);
    size_t peak = add_sat(mul_sat(len, PEAK_BYTES_PER_BYTE), input_len);
    peak = add_sat(peak, mul_sat(elements, PEAK_BYTES_PER_ELEMENT));
    peak = add_sat(peak, mul_sat(texts, PEAK_BYTES_PER_TEXT));
    return add_sat(peak, mul_sat(attributes, PEAK_BYTES_PER_ATTRIBUTE));
}

/* Quotation marks of any kind in 's', counting a straight apostrophe only where it is not
 * between letters; stops counting past 'most'. */
static size_t
quote_marks(const char *s, size_t len, size_t most)
{
    size_t n = 0;
    for (size_t i = 0; i < len && n <= most; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"')
            n++;
        else if (c == '\'' &&
                 !(i > 0 && i + 1 < len && ascii_letter(s[i - 1]) && ascii_letter(s[i + 1])))
            n++;
        else if (c == 0xC2 && i + 1 < len && ((unsigned char)s[i + 1] | 0x10) == 0xBB)
            n++; /* U+00AB, U+00BB */
        else if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
                 (unsigned char)s[i + 2] >= 0x98 && (unsigned char)s[i + 2] <= 0x9F)
            n++; /* U+2018..U+201F */
        else if (c == 0xE3 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
                 (unsigned char)s[i + 2] >= 0x8C && (unsigned char)s[i + 2] <= 0x8F)
            n++; /* U+300C..U+300F */
    }
    return n;
}

/* The dates stage: weigh the date signals the walk read. '*modified_shown_alone' as
 * newsclean_dates_decide gives it. */
static newsclean_status
set_dates(const newsclean_page_facts *facts, const char *url, newsclean_meta *meta,
          bool *modified_shown_alone)
{
    char published[NEWSCLEAN_DATE_MAX], modified[NEWSCLEAN_DATE_MAX];
    newsclean_dates_decide(facts->dates, url, published, modified, modified_shown_alone);
    bool ok = !published[0] || newsclean_meta_set(&meta->timestamp, published, strlen(published));
    ok = ok && (!modified[0] || newsclean_meta_set(&meta->modified, modified, strlen(modified)));
    return ok ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}

static newsclean_status
extract_html(const newsclean_extractor *ex, const newsclean_deadline *deadline, char *utf8,
             size_t len, size_t input_len, const char *url, newsclean_blocks *blocks,
             newsclean_article *a, newsclean_rich **rich, char **ld_description)
{
    xmlDocPtr doc = NULL;
    /* No stage reads script or style text (JSON-LD aside), comments or most attributes:
     * libxml2 need not build them. The structure reads links' addresses on their elements;
     * otherwise only the kind stage reads where links go, and takes them as a list, which
     * costs a copy where an attribute costs libxml2 a parse and a node. */
    unsigned cut =
        NEWSCLEAN_CUT_SCOPED |
        ((ex->options & NEWSCLEAN_OPT_STRUCTURE) ? NEWSCLEAN_CUT_LINKS : NEWSCLEAN_CUT_LINK_LIST);
    newsclean_buf links;
    newsclean_buf_init(&links);
    newsclean_cut_report cut_report = {.links = &links};
    len = newsclean_dom_cut_with(utf8, len, cut, &cut_report);
    newsclean_status st = NEWSCLEAN_OK;
    if (estimate_peak(utf8, len, input_len, true) > ex->max_memory_bytes)
        st = NEWSCLEAN_ERR_LIMIT;
    if (st == NEWSCLEAN_OK)
        st = newsclean_dom_parse_ex(utf8, len, url, deadline, &doc, NULL);
    if (st == NEWSCLEAN_OK && newsclean_dom_repair_mojibake(doc) != NEWSCLEAN_OK) {
        xmlFreeDoc(doc);
        st = NEWSCLEAN_ERR_NOMEM;
    }
    if (st != NEWSCLEAN_OK) {
        newsclean_buf_free(&links);
        /* An empty page is no article, not a broken one. */
        return st == NEWSCLEAN_ERR_PARSE && blank(utf8, len) ? NEWSCLEAN_OK : st;
    }
    newsclean_page_facts facts;
    if (!newsclean_facts_init(&facts, ex->dates, ex->max_depth)) {
        xmlFreeDoc(doc);
        newsclean_buf_free(&links);
        return NEWSCLEAN_ERR_NOMEM;
    }
    /* The one walk: blocks (the prune stage deciding what makes none) and the page facts.
     * Images are looked at for the lead image; the inline markup only when asked for. */
    *rich = newsclean_rich_new((ex->options & NEWSCLEAN_OPT_STRUCTURE) != 0, doc, url);
    st = *rich ? newsclean_dom_walk(ex, doc, blocks, *rich, &facts) : NEWSCLEAN_ERR_NOMEM;
    if (st == NEWSCLEAN_OK && newsclean_deadline_passed(deadline))
        st = NEWSCLEAN_ERR_LIMIT;
    if (st == NEWSCLEAN_OK)
        st = newsclean_score_blocks(ex, blocks);
    if (st == NEWSCLEAN_OK)
        st = newsclean_meta_from_facts(&facts, blocks, url, &a->meta);
    bool modified_shown_alone = false;
    if (st == NEWSCLEAN_OK)
        st = set_dates(&facts, url, &a->meta, &modified_shown_alone);
    if (st == NEWSCLEAN_OK) {
        const newsclean_meta *m = &a->meta;
        newsclean_kind_block_features(ex->kind, blocks, m->headline, m->description,
                                      m->timestamp != NULL, m->byline != NULL, &a->kind_features);
        /* A product's body may need its schema's description (kind_body.h); without
         * memory for it the body is made without. */
        *ld_description = newsclean_kind_ld_description(&facts);
        newsclean_kind_markup_features(ex->kind, doc, m->url, links.data, links.len,
                                       &a->kind_features);
    }
    /* The one date a page shows, an update's, stands for its publication in the record;
     * the kind, and the body that goes by it, are read from the dates the page declares as
     * such, as the kind models were fit. */
    if (st == NEWSCLEAN_OK && modified_shown_alone && !a->meta.timestamp &&
        !newsclean_meta_set(&a->meta.timestamp, a->meta.modified, strlen(a->meta.modified)))
        st = NEWSCLEAN_ERR_NOMEM;
    newsclean_facts_free(&facts);
    xmlFreeDoc(doc);
    newsclean_buf_free(&links);
    return st;
}

/* Decode the input to UTF-8, deciding whether it is HTML on the way. */
static newsclean_status
decode(const char *input, size_t len, newsclean_input_kind kind, const char *charset, bool *html,
       char **utf8, size_t *utf8_len)
{
    /* UTF-16 and UTF-32 are converted first: the sniffing for markup and for binary data
     * reads bytes as ASCII would. */
    const char *wide = newsclean_input_wide_charset(input, len);
    if (wide) {
        newsclean_status st =
            newsclean_input_to_utf8(input, len, false, wide, utf8, utf8_len, NULL);
        if (st != NEWSCLEAN_OK)
            return st;
        *html = resolve_html(kind, *utf8, *utf8_len);
        return newsclean_input_looks_binary(*utf8, *utf8_len) ? NEWSCLEAN_ERR_NOT_TEXT
                                                              : NEWSCLEAN_OK;
    }
    if (newsclean_input_looks_binary(input, len))
        return NEWSCLEAN_ERR_NOT_TEXT;
    *html = resolve_html(kind, input, len);
    return newsclean_input_to_utf8(input, len, *html, charset, utf8, utf8_len, NULL);
}

newsclean_status
newsclean_extract_ex(const newsclean_extractor *ex, const char *input, size_t len,
                     const newsclean_input *info, newsclean_article **out)
{
    static const newsclean_input unknown = {0};
    if (!info)
        info = &unknown;
    newsclean_input_kind kind = info->kind;
    const char *charset = info->charset, *url = info->url;
    if (out)
        *out = NULL;
    if (!ex || !out || (!input && len) || (unsigned)kind > NEWSCLEAN_INPUT_TEXT)
        return NEWSCLEAN_ERR_INVALID_ARG;
    if (len > ex->max_input_bytes)
        return NEWSCLEAN_ERR_LIMIT;
    if (!input)
        input = "";

    newsclean_deadline deadline = newsclean_deadline_in(ex->max_milliseconds);
    bool html = false;
    char *utf8 = NULL;
    size_t utf8_len = 0;
    newsclean_blocks blocks;
    newsclean_blocks_init(&blocks);
    newsclean_rich *rich = NULL;
    char *ld_description = NULL;
    newsclean_article *a = calloc(1, sizeof *a);
    newsclean_status st = a ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
    if (st == NEWSCLEAN_OK)
        st = decode(input, len, kind, charset, &html, &utf8, &utf8_len);
    if (st != NEWSCLEAN_OK)
        goto done;

    if (html) {
        st = extract_html(ex, &deadline, utf8, utf8_len, len, url, &blocks, a, &rich,
                          &ld_description);
    } else if (estimate_peak(utf8, utf8_len, len, false) > ex->max_memory_bytes) {
        st = NEWSCLEAN_ERR_LIMIT;
    } else {
        st = newsclean_textdump_extract(ex->textdump, ex->dates, utf8, utf8_len, &blocks, &a->meta);
        if (st == NEWSCLEAN_OK)
            st = newsclean_score_text_blocks(ex, &blocks, 0);
        if (st == NEWSCLEAN_OK) {
            const newsclean_meta *m = &a->meta;
            newsclean_kind_block_features(ex->kind, &blocks, m->headline, m->description,
                                          m->timestamp != NULL, m->byline != NULL,
                                          &a->kind_features);
            newsclean_kind_url_features(ex->kind, url, &a->kind_features);
        }
    }
    if (st == NEWSCLEAN_OK) {
        a->kind = newsclean_kind_decide(&a->kind_features, &a->kind_prob);
        /* Only a parsed page's body goes by its kind; a text dump's is left as scored. */
        if (a->kind_features.html) {
            double wprob = 0;
            newsclean_page_kind wkind = newsclean_kind_decide_widening(&a->kind_features, &wprob);
            newsclean_kind_body(&blocks, wkind, wprob, true, ex->dates);
            if (!newsclean_kind_body_description(&blocks, wkind, ld_description))
                st = NEWSCLEAN_ERR_NOMEM;
        } else {
            newsclean_kind_body_dump(&blocks,
                                     newsclean_kind_decide_widening(&a->kind_features, NULL),
                                     a->kind, a->kind_prob);
        }
    }
    if (st == NEWSCLEAN_OK && !html && url && !a->meta.url &&
        !newsclean_meta_set(&a->meta.url, url, strlen(url)))
        st = NEWSCLEAN_ERR_NOMEM;
    if (st == NEWSCLEAN_OK && newsclean_deadline_passed(&deadline))
        st = NEWSCLEAN_ERR_LIMIT;
    if (st == NEWSCLEAN_OK)
        st = newsclean_assemble_body(&blocks, a);
    if (st == NEWSCLEAN_OK && html)
        st = newsclean_structure_build(&blocks, rich, a);
    else if (st == NEWSCLEAN_OK && (ex->options & NEWSCLEAN_OPT_STRUCTURE))
        st = newsclean_structure_from_text(&blocks, a);
    if (st == NEWSCLEAN_OK && !(ex->options & NEWSCLEAN_OPT_NO_QUOTES) &&
        quote_marks(a->body, a->body_len, NEWSCLEAN_MAX_QUOTE_MARKS) <= NEWSCLEAN_MAX_QUOTE_MARKS &&
        !newsclean_quotes_find(ex->quotes, a->body, a->body_len, a->meta.language, &a->quotes))
        st = NEWSCLEAN_ERR_NOMEM;
    if (st == NEWSCLEAN_OK && (ex->options & NEWSCLEAN_OPT_EXPLAIN))
        st = newsclean_assemble_explain(&blocks, a);
    if (st == NEWSCLEAN_OK && (ex->options & NEWSCLEAN_OPT_EXPLAIN))
        st = newsclean_kind_explain_into(&a->kind_features, &a->explain);
    if (st == NEWSCLEAN_OK && newsclean_deadline_passed(&deadline))
        st = NEWSCLEAN_ERR_LIMIT;

done:
    newsclean_blocks_free(&blocks);
    newsclean_rich_free(rich);
    free(ld_description);
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
    return newsclean_extract_ex(ex, input, len, NULL, out);
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
    case NEWSCLEAN_ERR_IO:
        return "io";
    case NEWSCLEAN_ERR_NOT_TEXT:
        return "not-text";
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
        return "the input exceeds a limit of size, time or memory";
    case NEWSCLEAN_ERR_IO:
        return "input/output error";
    case NEWSCLEAN_ERR_NOT_TEXT:
        return "the input is not text (binary data such as an image, a PDF or a program)";
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
