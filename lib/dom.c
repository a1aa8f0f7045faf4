/* dom.c: libxml2 parse and the single walk of the tree. It turns the tree into text
 * blocks: inline content accumulates into the nearest block-level element; every
 * block-level element becomes a container so scores can later flow up the page's own
 * structure. On the same walk it hands every element and text within the depth limit to
 * the page-fact readers (facts.h), and reads the subtrees the prune stage drops for facts
 * alone, so no later stage walks the tree again (the page-kind features aside). */
#include "dom.h"

#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>

#include "buf.h"
#include "facts.h"
#include "mojibake.h"
#include "prune.h"
#include "structure.h"
#include "tags.h"
#include "textutil.h"

/* Work the parse may spend searching the open elements, per byte of page and at least.
 * libxml2 2.9 searches them for every end tag that does not close the innermost element
 * and for every <body> tag. The most any of the 2,017 corpus pages costs is 0.12 units a
 * byte, so the budget only ever stops a page built to be quadratic, and keeps its parse
 * linear: 16 units a byte are well under a second for 8 MB. */
#define PARSE_WORK_PER_BYTE 16u
#define PARSE_WORK_FLOOR ((size_t)1 << 22)
/* Callbacks between two readings of the clock. */
#define DEADLINE_EVERY 64u

/* What the parse may still do, shared with libxml2's callbacks through the context. */
typedef struct {
    startElementSAXFunc start; /* libxml2's own tree builder */
    size_t work, budget;
    const xmlChar *charged_at; /* where the last search was charged: once per tag */
    const newsclean_deadline *deadline;
    unsigned ticks;
    bool over_budget, timed_out;
} parse_guard;

static void
stop(xmlParserCtxtPtr ctxt, parse_guard *g)
{
    if (!g->over_budget && !g->timed_out)
        return;
    /* Stopped between tokens: libxml2 keeps the tree read so far. */
    xmlStopParser(ctxt);
}

static void
tick(xmlParserCtxtPtr ctxt, parse_guard *g)
{
    if (++g->ticks % DEADLINE_EVERY == 0 && newsclean_deadline_passed(g->deadline)) {
        g->timed_out = true;
        stop(ctxt, g);
    }
}

/* Charge a search through the open elements made at the current input position. */
static void
charge(xmlParserCtxtPtr ctxt, parse_guard *g)
{
    if (!ctxt->input || ctxt->input->cur == g->charged_at)
        return;
    g->charged_at = ctxt->input->cur;
    g->work += (size_t)(ctxt->nameNr > 0 ? ctxt->nameNr : 0);
    if (g->work > g->budget) {
        g->over_budget = true;
        stop(ctxt, g);
    }
}

/* Whether an end tag closes whatever is open inside its element, as a browser reads it:
 * sections, figures, lists and the other blocks whose end tag pops the open elements down
 * to its own. */
static bool
closes_open_inner(newsclean_el el)
{
    switch (el) {
    case NEWSCLEAN_EL_ADDRESS:
    case NEWSCLEAN_EL_ARTICLE:
    case NEWSCLEAN_EL_ASIDE:
    case NEWSCLEAN_EL_BLOCKQUOTE:
    case NEWSCLEAN_EL_CENTER:
    case NEWSCLEAN_EL_DETAILS:
    case NEWSCLEAN_EL_DIALOG:
    case NEWSCLEAN_EL_DIR:
    case NEWSCLEAN_EL_DL:
    case NEWSCLEAN_EL_FIELDSET:
    case NEWSCLEAN_EL_FIGCAPTION:
    case NEWSCLEAN_EL_FIGURE:
    case NEWSCLEAN_EL_FOOTER:
    case NEWSCLEAN_EL_HEADER:
    case NEWSCLEAN_EL_HGROUP:
    case NEWSCLEAN_EL_MAIN:
    case NEWSCLEAN_EL_MENU:
    case NEWSCLEAN_EL_NAV:
    case NEWSCLEAN_EL_OL:
    case NEWSCLEAN_EL_SECTION:
    case NEWSCLEAN_EL_SUMMARY:
    case NEWSCLEAN_EL_UL:
    case NEWSCLEAN_EL_LI:
    case NEWSCLEAN_EL_DD:
    case NEWSCLEAN_EL_DT:
    case NEWSCLEAN_EL_H1:
    case NEWSCLEAN_EL_H2:
    case NEWSCLEAN_EL_H3:
    case NEWSCLEAN_EL_H4:
    case NEWSCLEAN_EL_H5:
    case NEWSCLEAN_EL_H6:
        return true;
    default:
        return false;
    }
}

/* Elements an end tag does not reach past: a table's cells and the document's frame. */
static bool
end_tag_barrier(newsclean_el el)
{
    switch (el) {
    case NEWSCLEAN_EL_TABLE:
    case NEWSCLEAN_EL_CAPTION:
    case NEWSCLEAN_EL_TD:
    case NEWSCLEAN_EL_TH:
    case NEWSCLEAN_EL_TR:
    case NEWSCLEAN_EL_THEAD:
    case NEWSCLEAN_EL_TBODY:
    case NEWSCLEAN_EL_TFOOT:
    case NEWSCLEAN_EL_HTML:
    case NEWSCLEAN_EL_HEAD:
    case NEWSCLEAN_EL_BODY:
    case NEWSCLEAN_EL_OBJECT:
    case NEWSCLEAN_EL_APPLET:
    case NEWSCLEAN_EL_MARQUEE:
    case NEWSCLEAN_EL_TEMPLATE:
        return true;
    default:
        return false;
    }
}

/* libxml2 2.9 lets an end tag close only elements of lower "end priority", and gives <div> a
 * higher one than every element it does not know, HTML5's among them. So in
 * "<figure><div>…</figure><p>…" the </figure> is refused and the rest of the page, the
 * article included, is read as part of the figure (the same for <aside>, <section>, <li>
 * and the others). A browser pops the open <div> and closes the figure. libxml2 raises the
 * mismatch error just before it would close the element, so the open elements above it
 * are closed here, with libxml2's own tree builder, and libxml2 then closes the element
 * itself. A table cell or the document's frame between them stops this, as it stops a
 * browser. */
static void
close_refused_end_tag(xmlParserCtxtPtr ctxt)
{
    const xmlError *e = &ctxt->lastError;
    const char *closing = e->str1, *innermost = e->str2;
    if (!closing || !innermost || !ctxt->name || ctxt->nameNr < 2 || !ctxt->sax ||
        !ctxt->sax->endElement || strcmp(innermost, (const char *)ctxt->name) != 0 ||
        !closes_open_inner(newsclean_el_lookup(closing)))
        return;
    int at = ctxt->nameNr - 1;
    bool div_above = false;
    for (; at >= 0; at--) {
        const char *open = (const char *)ctxt->nameTab[at];
        if (strcmp(open, closing) == 0)
            break;
        newsclean_el el = newsclean_el_lookup(open);
        if (end_tag_barrier(el))
            return;
        div_above |= el == NEWSCLEAN_EL_DIV;
    }
    /* Without an open <div> above it libxml2 has closed, or is closing, the element
     * itself. */
    if (at < 0 || !div_above)
        return;
    while (ctxt->nameNr - 1 > at) {
        ctxt->sax->endElement(ctxt->userData, ctxt->name);
        ctxt->nameTab[--ctxt->nameNr] = NULL;
        ctxt->name = ctxt->nameTab[ctxt->nameNr - 1];
    }
}

/* libxml2 reports a search that did not end at the innermost element as an error: an end
 * tag that closes nothing or not the innermost element, a <body> (or <html>, <head>) out of
 * place. With NOERROR nothing else hears of errors. */
static void
on_error(void *ctx, const char *msg, ...)
{
    (void)msg;
    xmlParserCtxtPtr ctxt = ctx;
    parse_guard *g = ctxt->_private;
    int code = ctxt->lastError.code;
    if (code == XML_ERR_TAG_NAME_MISMATCH || code == XML_HTML_STRUCURE_ERROR)
        charge(ctxt, g);
    if (code == XML_ERR_TAG_NAME_MISMATCH)
        close_refused_end_tag(ctxt);
    tick(ctxt, g);
}

static void
on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    xmlParserCtxtPtr ctxt = ctx;
    parse_guard *g = ctxt->_private;
    g->start(ctx, name, atts);
    /* A <body> that is not out of place made libxml2 search the open elements without an
     * error. */
    if (name[0] == 'b' && strcmp((const char *)name, "body") == 0)
        charge(ctxt, g);
    tick(ctxt, g);
}

newsclean_status
newsclean_dom_parse_ex(const char *utf8, size_t len, const char *url,
                       const newsclean_deadline *deadline, xmlDocPtr *doc, bool *cut_short)
{
    *doc = NULL;
    if (cut_short)
        *cut_short = false;
    if (len > (size_t)0x7fffffff)
        return NEWSCLEAN_ERR_LIMIT;
    /* HUGE lifts libxml2's 10 MB text-node cap; the extractor's own input limit bounds
     * the size instead, and a single long line is still linear to parse. */
    int opts = HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
               HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    /* As htmlReadMemory does it, with the guard's callbacks added. No encoding is named:
     * libxml2 reads its own UTF-8 directly. Naming "UTF-8" would make it convert the page
     * to UTF-8 piecemeal as it parses, and libxml2 2.9 loses the start of a non-ASCII name
     * (an entity reference such as "&ÿÿÿ") whose reading spans a piece, so the tree would
     * depend on where the pieces fall. IGNORE_ENC keeps a <meta charset> from switching the
     * encoding, and the input stage has removed any byte-order mark. */
    xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(utf8, (int)len);
    if (!ctxt)
        return len == 0 ? NEWSCLEAN_ERR_PARSE
                        : NEWSCLEAN_ERR_NOMEM; /* libxml2 takes no empty page */
    xmlSAXHandler html;
    memset(&html, 0, sizeof html);
    xmlSAX2InitHtmlDefaultSAXHandler(&html);
    if (ctxt->sax)
        memcpy(ctxt->sax, &html, sizeof(xmlSAXHandlerV1));
    htmlCtxtUseOptions(ctxt, opts);
    /* htmlCtxtUseOptions turns the dictionary off, and with it COMPACT: every short text
     * (most attribute values among them) would be an allocation of its own. With it, a short
     * text lives in its node and a blank run in the document's own dictionary (one per
     * parse, so nothing is shared between threads). */
    ctxt->dictNames = 1;
    ctxt->html = 1;
    if (url && ctxt->input && !ctxt->input->filename)
        ctxt->input->filename = (char *)xmlStrdup((const xmlChar *)url);
    size_t budget = len > (SIZE_MAX - PARSE_WORK_FLOOR) / PARSE_WORK_PER_BYTE
                        ? SIZE_MAX
                        : len * PARSE_WORK_PER_BYTE + PARSE_WORK_FLOOR;
    parse_guard guard = {.start = ctxt->sax ? ctxt->sax->startElement : NULL,
                         .budget = budget,
                         .deadline = deadline};
    if (ctxt->sax && guard.start) {
        ctxt->_private = &guard;
        ctxt->sax->error = on_error;
        ctxt->sax->startElement = on_start;
    }
    htmlParseDocument(ctxt);
    xmlDocPtr d = ctxt->myDoc;
    ctxt->myDoc = NULL;
    /* The document took its own reference to the dictionary. */
    xmlFreeParserCtxt(ctxt);
    if (guard.timed_out) {
        xmlFreeDoc(d);
        return NEWSCLEAN_ERR_LIMIT;
    }
    if (!d)
        return NEWSCLEAN_ERR_PARSE;
    if (cut_short)
        *cut_short = guard.over_budget;
    *doc = d;
    return NEWSCLEAN_OK;
}

newsclean_status
newsclean_dom_parse(const char *utf8, size_t len, const char *url, xmlDocPtr *doc)
{
    return newsclean_dom_parse_ex(utf8, len, url, NULL, doc, NULL);
}

typedef struct {
    const newsclean_extractor *ex;
    newsclean_blocks *blocks;
    newsclean_prune_scratch scratch;
    bool explain;
    bool noscript; /* walk into <noscript> too (see newsclean_dom_to_blocks) */
    bool oom;
    newsclean_rich *rich;        /* images, and the inline markup when full; may be NULL */
    bool full;                   /* rich && newsclean_rich_full(rich) */
    newsclean_page_facts *facts; /* read on the same walk; NULL when not wanted */
} walker;

/* Text gathered for the block-level element being walked. */
typedef struct {
    newsclean_buf text;
    size_t link_chars;
    newsclean_block_kind kind;
    unsigned level;
    unsigned flags;
    size_t container;
    unsigned depth;
    bool pre;
    newsclean_buf rich; /* the text with inline markers, when the walker is full */
    bool after_br;      /* the next block follows a <br> of this run */
    bool gap;           /* a word-joining boundary between sibling elements is pending */
    bool gap_digit;     /* ... and the text before it ends in a digit */
    unsigned code;      /* depth of <code> around the text, where spans split one token */
} run;

/* Does element 'n' (looked up as 'el') start a new block? Custom elements
 * (<story-body>, <amp-...>) are nearly always layout boxes. */
static bool
block_level(const xmlNode *n, newsclean_el el)
{
    return (newsclean_el_props(el) & NEWSCLEAN_EL_BLOCK) || strchr((const char *)n->name, '-');
}

static void
kind_of(newsclean_el el, newsclean_block_kind parent_kind, newsclean_block_kind *kind,
        unsigned *level)
{
    *level = 0;
    if (el >= NEWSCLEAN_EL_H1 && el <= NEWSCLEAN_EL_H6) {
        *kind = NEWSCLEAN_BLOCK_HEADING;
        *level = (unsigned)(el - NEWSCLEAN_EL_H1) + 1;
    } else if (el == NEWSCLEAN_EL_LI || el == NEWSCLEAN_EL_DT || el == NEWSCLEAN_EL_DD) {
        *kind = NEWSCLEAN_BLOCK_LIST_ITEM;
    } else if (el == NEWSCLEAN_EL_TD || el == NEWSCLEAN_EL_TH) {
        *kind = NEWSCLEAN_BLOCK_CELL;
    } else if (el == NEWSCLEAN_EL_PRE || el == NEWSCLEAN_EL_LISTING || el == NEWSCLEAN_EL_XMP) {
        *kind = NEWSCLEAN_BLOCK_PRE;
    } else if (el == NEWSCLEAN_EL_FIGCAPTION || el == NEWSCLEAN_EL_CAPTION) {
        *kind = NEWSCLEAN_BLOCK_CAPTION;
    } else if (el == NEWSCLEAN_EL_BLOCKQUOTE) {
        *kind = NEWSCLEAN_BLOCK_QUOTE;
    } else if (parent_kind == NEWSCLEAN_BLOCK_QUOTE || parent_kind == NEWSCLEAN_BLOCK_LIST_ITEM ||
               parent_kind == NEWSCLEAN_BLOCK_CELL || parent_kind == NEWSCLEAN_BLOCK_CAPTION) {
        /* A <p> inside a quote or list item keeps its ancestor's nature. */
        *kind = parent_kind;
    } else {
        *kind = NEWSCLEAN_BLOCK_PARAGRAPH;
    }
}

static void
flush(walker *w, run *r)
{
    size_t before = w->blocks->n;
    if (r->text.len > 0 && !w->oom) {
        if (!newsclean_blocks_add(w->blocks, r->text.data, r->text.len, r->kind, r->level, r->depth,
                                  r->flags, r->container, r->link_chars))
            w->oom = true;
    }
    if (w->full) {
        if (w->blocks->n > before && !r->pre &&
            !newsclean_rich_block(w->rich, before, r->rich.data, r->rich.len, r->after_br))
            w->oom = true;
        r->rich.len = 0;
    }
    r->after_br = false;
    r->gap = false;
    r->text.len = 0;
    if (r->text.data)
        r->text.data[0] = '\0';
    r->link_chars = 0;
}

static size_t
count_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static void
label_of(const xmlNode *n, char *dst, size_t cap)
{
    xmlChar *cls = xmlGetProp(n, (const xmlChar *)"class");
    xmlChar *id = xmlGetProp(n, (const xmlChar *)"id");
    snprintf(dst, cap, "%s%s%s%s%s", (const char *)n->name, cls ? "." : "",
             cls ? (const char *)cls : "", id ? "#" : "", id ? (const char *)id : "");
    for (char *p = dst; *p; p++)
        if (*p == ' ')
            *p = '.';
    xmlFree(cls);
    xmlFree(id);
}

/* The template an element was made from: its name and the first word of its class, with
 * digits left out so "post-12" and "post-345" match (FNV-1a). Siblings sharing it are
 * repeated parts of one list, which kind_body.c looks for. */
static unsigned
template_sig(const xmlNode *n)
{
    unsigned h = 2166136261u;
    for (const xmlChar *p = n->name; p && *p; p++)
        h = (h ^ *p) * 16777619u;
    xmlChar *cls = xmlGetProp(n, (const xmlChar *)"class");
    if (cls) {
        const xmlChar *p = cls;
        while (*p == ' ' || *p == '\t' || *p == '\n')
            p++;
        h = (h ^ '.') * 16777619u;
        for (; *p && *p != ' ' && *p != '\t' && *p != '\n'; p++)
            if (*p < '0' || *p > '9')
                h = (h ^ *p) * 16777619u;
        xmlFree(cls);
    }
    return h ? h : 1;
}

/* A letter or digit of a script written with spaces between words. Thai, Lao, Myanmar,
 * Khmer, CJK and later blocks run words together, so two elements there meet with no gap
 * to restore. */
static bool
spaced_word_char(uint32_t c)
{
    if (c < 0x80)
        return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    if ((c >= 0x0E00 && c < 0x0F00) || (c >= 0x1000 && c < 0x10A0) || (c >= 0x1780 && c < 0x1800) ||
        (c >= 0x2000 && c < 0x2C00))
        return false;
    return c >= 0xC0 && c < 0x2E80 && c != 0xD7 && c != 0xF7;
}

/* Whether the last word an element wrote, ending s[from, to), has two characters or more
 * (one is a drop cap or a letter-by-letter word). Only the last two characters are read:
 * this runs after every inline element. */
static bool
ends_in_long_word(const char *s, size_t from, size_t to)
{
    size_t words = 0, seq;
    while (words < 2 && to > from && spaced_word_char(newsclean_utf8_before(s, to, to, &seq)) &&
           seq > 0) {
        words++;
        to -= seq;
    }
    return words >= 2;
}

/* Text that opens with a short lower-case word ending there or at punctuation: "g", "mg",
 * "kcal", the unit a price or a nutrition table sets apart from its number. */
static bool
unit_word(const char *t, size_t len)
{
    size_t i = 0;
    while (i < len && i < 5 && t[i] >= 'a' && t[i] <= 'z')
        i++;
    if (i == 0 || i > 4)
        return false;
    size_t seq;
    return i == len || !spaced_word_char(newsclean_utf8_decode(t, len, i, &seq));
}

static bool
ends_in_word(const newsclean_buf *b)
{
    size_t n;
    return b->len > 0 && spaced_word_char(newsclean_utf8_before(b->data, b->len, b->len, &n));
}

static void walk_children(walker *w, xmlNodePtr parent, run *r, unsigned flags, bool in_link,
                          const newsclean_fact_frame *fr);

static void
walk_block(walker *w, xmlNodePtr el, newsclean_el id, run *outer, unsigned flags, unsigned el_flags,
           const newsclean_fact_frame *fr)
{
    char label[160];
    size_t container;
    if (w->explain)
        label_of(el, label, sizeof label);
    if (!newsclean_blocks_add_container(w->blocks, outer->container, w->explain ? label : NULL,
                                        el_flags, &container)) {
        w->oom = true;
        return;
    }
    w->blocks->c[container].tag = newsclean_tag_of((const char *)el->name);
    w->blocks->c[container].sig = template_sig(el);
    if (w->full && !newsclean_rich_container(w->rich, w->blocks, container, el)) {
        w->oom = true;
        return;
    }
    run r;
    newsclean_buf_init(&r.text);
    newsclean_buf_init(&r.rich);
    r.after_br = false;
    r.gap = false;
    r.gap_digit = false;
    r.code = 0;
    r.link_chars = 0;
    kind_of(id, outer->kind, &r.kind, &r.level);
    /* Byline and date hints mark the element that carries them and the inline text in it,
     * not every block below: an <article class="author-article"> is not a byline. */
    unsigned marks = NEWSCLEAN_BF_BYLINE | NEWSCLEAN_BF_DATELINE;
    r.flags = (flags & ~marks) | (el_flags & marks);
    r.container = container;
    r.depth = outer->depth + 1;
    r.pre = outer->pre || r.kind == NEWSCLEAN_BLOCK_PRE;
    if (r.pre)
        r.kind = NEWSCLEAN_BLOCK_PRE;
    if (r.depth > w->ex->max_depth) {
        /* Deeper than any real layout: skipped, so stack use stays bounded. */
        newsclean_buf_free(&r.text);
        return;
    }
    walk_children(w, el, &r, flags, false, fr);
    flush(w, &r);
    newsclean_buf_free(&r.text);
    newsclean_buf_free(&r.rich);
}

/* Text of a text node for the inline markup: the marker bytes become spaces. */
static bool
append_rich_text(newsclean_buf *b, const char *t, size_t len)
{
    size_t start = b->len;
    if (!newsclean_buf_append(b, t, len))
        return false;
    for (size_t i = start; i < b->len; i++)
        if (b->data[i] == NEWSCLEAN_MARK || b->data[i] == NEWSCLEAN_MARK_END)
            b->data[i] = ' ';
    return true;
}

/* Images inside an element the prune stage drops whole (<picture>). */
static void
images_within(walker *w, xmlNodePtr el, run *r)
{
    for (xmlNodePtr n = el->children; n && !w->oom; n = n->next)
        if (n->type == XML_ELEMENT_NODE &&
            newsclean_el_lookup((const char *)n->name) == NEWSCLEAN_EL_IMG &&
            !newsclean_rich_image(w->rich, n, w->blocks->n, r->container))
            w->oom = true;
}

/* The facts of an element the block walk does not go into, read on their own. */
static void
facts_below(walker *w, xmlNodePtr n, const newsclean_fact_frame *child, unsigned depth)
{
    if (child->readers && n->children)
        newsclean_facts_walk(w->facts, n, child, depth);
}

static void
walk_children(walker *w, xmlNodePtr parent, run *r, unsigned flags, bool in_link,
              const newsclean_fact_frame *fr)
{
    /* The last element here ended in a word of two or more characters, and no text came
     * after it. */
    bool prev_el = false;
    for (xmlNodePtr n = parent->children; n && !w->oom; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (fr->readers)
                newsclean_facts_text(w->facts, fr, n);
            const char *t = (const char *)n->content;
            if (!t)
                continue;
            size_t len = strlen(t);
            if (len == 0)
                continue;
            size_t seq;
            uint32_t first = newsclean_utf8_decode(t, len, 0, &seq);
            /* A number's unit set in its own element ("31" "g") reads as one. */
            bool unit = r->gap && r->gap_digit && unit_word(t, len);
            if (r->gap && !unit && spaced_word_char(first) &&
                (!newsclean_buf_append_char(&r->text, ' ') ||
                 (w->full && !newsclean_buf_append_char(&r->rich, ' ')))) {
                w->oom = true;
                return;
            }
            r->gap = false;
            prev_el = false;
            if (!newsclean_buf_append(&r->text, t, len)) {
                w->oom = true;
                return;
            }
            if (in_link)
                r->link_chars += count_chars(t, len);
            if (w->full && !r->pre && !append_rich_text(&r->rich, t, len)) {
                w->oom = true;
                return;
            }
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        /* Facts are read of every element the walk reaches within the depth limit, in
         * document order, whether or not it makes blocks. */
        newsclean_el el = newsclean_el_lookup((const char *)n->name);
        newsclean_fact_frame child = {0};
        unsigned depth = r->depth + 1;
        if (fr->readers && depth <= w->ex->max_depth)
            newsclean_facts_element(w->facts, fr, n, el, &child);
        unsigned el_flags;
        const char *why;
        if (newsclean_prune_element(w->ex->prune, &w->scratch, n, &el_flags, &why) ==
                NEWSCLEAN_PRUNE_DROP &&
            !(w->noscript && el == NEWSCLEAN_EL_NOSCRIPT)) {
            if (w->rich && el == NEWSCLEAN_EL_PICTURE)
                images_within(w, n, r);
            facts_below(w, n, &child, depth);
            continue;
        }
        if (el == NEWSCLEAN_EL_BR || el == NEWSCLEAN_EL_HR) {
            facts_below(w, n, &child, depth);
            if (r->pre) {
                if (!newsclean_buf_append_char(&r->text, '\n'))
                    w->oom = true;
            } else {
                /* Pages that set text in <br>-separated runs get a block per run. */
                size_t before = w->blocks->n;
                flush(w, r);
                r->after_br = w->blocks->n > before && el == NEWSCLEAN_EL_BR;
            }
            continue;
        }
        if (block_level(n, el)) {
            flush(w, r);
            /* A link wrapping blocks (a heading, a blurb, a time) is a card for another
             * page: its blocks hold no link of their own, so they carry the mark. */
            unsigned card = in_link ? NEWSCLEAN_BF_IN_CARD : 0;
            walk_block(w, n, el, r, flags | el_flags | card, el_flags, &child);
            r->after_br = false;
            continue;
        }
        /* Inline element: its text joins the current run. Images speak through alt only
         * in captions, never in the body, so they are skipped, but for the structure. */
        if (el == NEWSCLEAN_EL_IMG) {
            if (w->rich && !newsclean_rich_image(w->rich, n, w->blocks->n, r->container))
                w->oom = true;
            facts_below(w, n, &child, depth);
            continue;
        }
        if (r->depth + 1 > w->ex->max_depth)
            continue;
        /* Byline and date hints on inline elements mark the run they sit in. */
        r->flags |= el_flags & (NEWSCLEAN_BF_BYLINE | NEWSCLEAN_BF_DATELINE);
        /* Two sibling elements each holding words, <span>brand</span><span>name</span> or a
         * run of tag links, are boxes a browser shows apart; within one element the words
         * join as written. An element ending in a lone letter is a drop cap, a word set letter
         * by letter or one cut by an editor's style spans ("truck s" "ped"), and code
         * splits one token across highlighting spans. */
        if (prev_el && !r->pre && r->code == 0 && el != NEWSCLEAN_EL_CODE &&
            ends_in_word(&r->text)) {
            char last = r->text.data[r->text.len - 1];
            r->gap = true;
            r->gap_digit = last >= '0' && last <= '9';
        }
        size_t start = r->text.len;
        r->code += el == NEWSCLEAN_EL_CODE;
        if (el == NEWSCLEAN_EL_CODE)
            r->flags |= NEWSCLEAN_BF_CODE;
        r->depth++;
        bool marked = false;
        if (w->full && !r->pre && !newsclean_rich_inline(w->rich, n, true, &marked, &r->rich))
            w->oom = true;
        walk_children(w, n, r, flags | el_flags, in_link || el == NEWSCLEAN_EL_A, &child);
        if (marked && !newsclean_rich_inline(w->rich, n, false, &marked, &r->rich))
            w->oom = true;
        r->code -= el == NEWSCLEAN_EL_CODE;
        r->depth--;
        prev_el = r->text.len > start && ends_in_long_word(r->text.data, start, r->text.len);
    }
}

static newsclean_status
walk_document(walker *w, xmlNodePtr root)
{
    newsclean_fact_frame facts_top = {0};
    if (w->facts)
        facts_top = newsclean_facts_top();
    size_t top;
    if (!newsclean_blocks_add_container(w->blocks, NEWSCLEAN_NO_CONTAINER, "document", 0, &top))
        return NEWSCLEAN_ERR_NOMEM;
    run r;
    newsclean_buf_init(&r.text);
    newsclean_buf_init(&r.rich);
    r.after_br = false;
    r.gap = false;
    r.gap_digit = false;
    r.code = 0;
    r.link_chars = 0;
    r.kind = NEWSCLEAN_BLOCK_PARAGRAPH;
    r.level = 0;
    r.flags = 0;
    r.container = top;
    r.depth = 0;
    r.pre = false;
    /* The root itself goes through the walk like any element, so <html> text counts. */
    xmlNode fake;
    memset(&fake, 0, sizeof fake);
    fake.children = root;
    walk_children(w, &fake, &r, 0, false, &facts_top);
    flush(w, &r);
    newsclean_buf_free(&r.text);
    newsclean_buf_free(&r.rich);
    return w->oom ? NEWSCLEAN_ERR_NOMEM : NEWSCLEAN_OK;
}

/* A page with less visible text than this may have its content inside <noscript>. */
#define NOSCRIPT_RETRY_CHARS 200

newsclean_status
newsclean_dom_to_blocks(const newsclean_extractor *ex, xmlDocPtr doc, newsclean_blocks *blocks)
{
    return newsclean_dom_walk(ex, doc, blocks, NULL, NULL);
}

newsclean_status
newsclean_dom_to_blocks_rich(const newsclean_extractor *ex, xmlDocPtr doc, newsclean_blocks *blocks,
                             newsclean_rich *rich)
{
    return newsclean_dom_walk(ex, doc, blocks, rich, NULL);
}

newsclean_status
newsclean_dom_walk(const newsclean_extractor *ex, xmlDocPtr doc, newsclean_blocks *blocks,
                   newsclean_rich *rich, newsclean_page_facts *facts)
{
    xmlNodePtr root = xmlDocGetRootElement(doc);
    if (!root)
        return NEWSCLEAN_OK;
    walker w = {.ex = ex,
                .blocks = blocks,
                .explain = (ex->options & NEWSCLEAN_OPT_EXPLAIN) != 0,
                .rich = rich,
                .full = rich && newsclean_rich_full(rich),
                .facts = facts};
    if (!newsclean_prune_scratch_init(&w.scratch))
        return NEWSCLEAN_ERR_NOMEM;
    newsclean_status st = walk_document(&w, root);
    size_t chars = 0;
    for (size_t i = 0; i < blocks->n; i++)
        chars += blocks->v[i].chars;
    if (st == NEWSCLEAN_OK && chars < NOSCRIPT_RETRY_CHARS) {
        /* <noscript> mostly says "enable JavaScript", but a parser recovering from broken
         * markup may put the whole page inside one: when nothing else is visible, walk
         * again with <noscript> open. Rare, so the second walk costs little overall. */
        newsclean_blocks_free(blocks);
        newsclean_blocks_init(blocks);
        if (rich)
            newsclean_rich_reset(rich);
        w.noscript = true;
        w.facts = NULL; /* read once, on the first walk */
        st = walk_document(&w, root);
    }
    newsclean_prune_scratch_free(&w.scratch);
    return st;
}

/* Text a page shows as it was written, byte for byte: code, preformatted text and form
 * fields, and the script and style bodies no reader sees. A page about encodings shows its
 * mojibake there on purpose. */
static bool
verbatim_element(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || !n->name)
        return false;
    switch (newsclean_el_lookup((const char *)n->name)) {
    case NEWSCLEAN_EL_CODE:
    case NEWSCLEAN_EL_LISTING:
    case NEWSCLEAN_EL_PLAINTEXT:
    case NEWSCLEAN_EL_PRE:
    case NEWSCLEAN_EL_SCRIPT:
    case NEWSCLEAN_EL_STYLE:
    case NEWSCLEAN_EL_TEXTAREA:
    case NEWSCLEAN_EL_XMP:
        return true;
    default:
        return false;
    }
}

/* The node after 'n' in document order below 'root', not going into verbatim elements;
 * NULL after the last. Iterative: a page may nest deeper than the stack allows. */
static xmlNodePtr
next_prose_node(xmlNodePtr n, xmlNodePtr root)
{
    if (n->type == XML_ELEMENT_NODE && n->children && !verbatim_element(n))
        return n->children;
    for (; n && n != root; n = n->parent)
        if (n->next)
            return n->next;
    return NULL;
}

static bool
has_text(const xmlNode *n)
{
    return (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content &&
           n->content[0];
}

newsclean_status
newsclean_dom_repair_mojibake(xmlDocPtr doc)
{
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root)
        return NEWSCLEAN_OK;
    newsclean_mojibake_evidence ev;
    memset(&ev, 0, sizeof ev);
    for (xmlNodePtr n = root; n; n = next_prose_node(n, root))
        if (has_text(n))
            newsclean_mojibake_weigh((const char *)n->content, strlen((const char *)n->content),
                                     &ev);
    newsclean_mojibake how;
    if (!newsclean_mojibake_decide(&ev, &how))
        return NEWSCLEAN_OK;
    /* Every byte of the page reached the parser: none was dropped on the way, as a text
     * browser drops some, so no repair guesses at a lost one. */
    how.drop = false;
    newsclean_buf fixed;
    newsclean_buf_init(&fixed);
    bool ok = true;
    for (xmlNodePtr n = root; n && ok; n = next_prose_node(n, root)) {
        if (!has_text(n))
            continue;
        const char *t = (const char *)n->content;
        size_t len = strlen(t);
        fixed.len = 0;
        ok = newsclean_mojibake_fix(&how, t, len, &fixed) && fixed.len <= INT_MAX;
        if (ok && (fixed.len != len || memcmp(fixed.data, t, len) != 0))
            xmlNodeSetContentLen(n, (const xmlChar *)fixed.data, (int)fixed.len);
    }
    newsclean_buf_free(&fixed);
    return ok ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}
