/* prune.c: tag, role, visibility, class and id rules that mark page chrome. Hard drops
 * are kept to what is never article text (scripts, hidden and navigation elements);
 * class and id names only give hints, because a wrapper named "page-with-sidebar" may
 * still hold the whole article. The scoring stage weighs the hints. */
#include "prune.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "blocks.h"
#include "buf.h"
#include "lexicon.h"
#include "rx.h"

/* Bounds for one pattern match: class strings and short blocks are small, so these only
 * stop a pathological input from costing more than linear time. */
#define MATCH_LIMIT 100000
#define DEPTH_LIMIT 1000

/* Text a hidden panel holds, at least, to be taken for a collapsed part of the page. */
#define PANEL_MIN_CHARS 40

/* Class and id names are matched word by word: a value splits at spaces, '-' and '_' into
 * words, and runs of up to three words are looked up joined ("side-bar", "sidebar" and
 * "side_bar" all give "sidebar"). A hash lookup per word costs far less than running
 * patterns over every distinct class string of a page. */
enum {
    NAME_STRONG = 1u << NEWSCLEAN_LX_NAME_STRONG,
    NAME_WEAK = 1u << NEWSCLEAN_LX_NAME_WEAK,
    NAME_CONTENT = 1u << NEWSCLEAN_LX_NAME_CONTENT,
    NAME_BYLINE = 1u << NEWSCLEAN_LX_NAME_BYLINE,
    NAME_CAPTION = 1u << NEWSCLEAN_LX_NAME_CAPTION,
    NAME_SLIDES = 1u << NEWSCLEAN_LX_NAME_SLIDES,
    NAME_SIGNATURE = 1u << NEWSCLEAN_LX_NAME_SIGNATURE
};

/* Longest joined name looked up; longer runs are in no list. */
#define NAME_WORD_MAX 24

/* One of the lexicon's block patterns, compiled, with the byte limit of its entry. */
typedef struct {
    pcre2_code *re;
    size_t max;
    const char *keys; /* the class's KEYS words: a block holding none cannot match; or NULL */
} block_rule;

struct newsclean_prune_rules {
    newsclean_lex_words *names; /* the lexicon's class and id words */
    block_rule noise;           /* whole-block UI phrases */
    block_rule credit;          /* a picture credit ending a block */
    block_rule closing;         /* calls to action closing an article */
    block_rule meta_line;       /* filing, dating and source lines */
    block_rule related;         /* labels set over lists of other stories */
    block_rule signup;          /* newsletter sign-up boxes */
};

/* Compile the lexicon's block entries of one class, joined as alternatives. */
static bool
compile_block(block_rule *b, newsclean_lex_class cls)
{
    newsclean_buf pat;
    newsclean_buf_init(&pat);
    bool ok = newsclean_lexicon_join(&pat, cls, NEWSCLEAN_LXF_BLOCK, &b->max);
    b->re = ok && pat.len ? newsclean_rx_compile(pat.data, pat.len, PCRE2_NO_UTF_CHECK) : NULL;
    newsclean_buf_free(&pat);
    size_t at = 0;
    const newsclean_lex_entry *keys = newsclean_lexicon_next(&at, cls, NEWSCLEAN_LXF_KEYS);
    b->keys = keys ? keys->text : NULL;
    return b->re != NULL;
}

static unsigned
lookup_name(const struct newsclean_prune_rules *r, const char *w, size_t n)
{
    if (n == 0 || n > NAME_WORD_MAX)
        return 0;
    return newsclean_lex_words_get(r->names, w, n);
}

/* The NAME_* bits of one class name ("story__body", "read-more"): each of its words,
 * and each run of two or three words joined, looked up lower-cased. */
static unsigned
class_name_bits(const struct newsclean_prune_rules *r, const char *v, size_t n)
{
    enum { MAX_WORDS = 16 };
    size_t start[MAX_WORDS], len[MAX_WORDS], nw = 0;
    for (size_t i = 0; i < n && nw < MAX_WORDS;) {
        while (i < n && (v[i] == '-' || v[i] == '_'))
            i++;
        size_t b = i;
        while (i < n && v[i] != '-' && v[i] != '_')
            i++;
        if (i > b) {
            start[nw] = b;
            len[nw++] = i - b;
        }
    }
    unsigned bits = 0;
    for (size_t k = 0; k < nw; k++) {
        char joined[NAME_WORD_MAX];
        size_t jl = 0;
        for (size_t q = k; q < k + 3 && q < nw && jl + len[q] <= NAME_WORD_MAX; q++) {
            for (size_t c = 0; c < len[q]; c++) {
                char ch = v[start[q] + c];
                joined[jl++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
            }
            bits |= lookup_name(r, joined, jl);
        }
    }
    return bits;
}

/* A name that states what an element holds or how it shows ("has-sharing", "with-sidebar",
 * "no-comments") says nothing of what the element is. */
static bool
state_name(const char *v, size_t n)
{
    static const char *const prefixes[] = {"has-", "has_", "with-", "with_", "no-", "no_"};
    /* Most names begin with none of the prefixes' letters. */
    char first = (char)(n ? v[0] | 0x20 : 0);
    if (first != 'h' && first != 'w' && first != 'n')
        return false;
    for (size_t k = 0; k < sizeof prefixes / sizeof prefixes[0]; k++) {
        size_t pl = strlen(prefixes[k]);
        if (n > pl && strncasecmp(v, prefixes[k], pl) == 0)
            return true;
    }
    return false;
}

/* Hash seed of the per-name cache entries; name_flags uses 0 (class) and 1 (id). */
#define NAME_SEED 2

/* The NAME_* bits of a class or id value: the union over its space-separated names.
 * BEM modifiers ("Section--Ads", "teaser--large") describe a variant of the block they
 * follow, not what the element is, and are left out. */
static unsigned
name_bits(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s, const char *v,
          size_t n)
{
    unsigned bits = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && (v[i] == ' ' || v[i] == '\t' || v[i] == '\n'))
            i++;
        size_t b = i;
        while (i < n && v[i] != ' ' && v[i] != '\t' && v[i] != '\n')
            i++;
        size_t e = b;
        while (e < i && !(v[e] == '-' && e + 1 < i && v[e + 1] == '-'))
            e++;
        if (e > b && !state_name(v + b, e - b)) {
            /* Cached per name too, beside the values' flags (a seed of its own keeps the
             * two apart): values differ far more than the names they are made of. */
            uint64_t h = newsclean_hash(v + b, e - b, NAME_SEED) | 1;
            size_t slot = (size_t)(h % NEWSCLEAN_PRUNE_CACHE);
            if (s->cache[slot].hash != h) {
                s->cache[slot].hash = h;
                s->cache[slot].flags = class_name_bits(r, v + b, e - b);
            }
            bits |= s->cache[slot].flags;
        }
    }
    return bits;
}

struct newsclean_prune_rules *
newsclean_prune_rules_new(void)
{
    struct newsclean_prune_rules *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->names = newsclean_lex_words_new(NAME_STRONG | NAME_WEAK | NAME_CONTENT | NAME_BYLINE |
                                           NAME_CAPTION | NAME_SLIDES | NAME_SIGNATURE,
                                       ~0u);
    bool ok = r->names && compile_block(&r->noise, NEWSCLEAN_LX_UI) &&
              compile_block(&r->credit, NEWSCLEAN_LX_CAPTION) &&
              compile_block(&r->closing, NEWSCLEAN_LX_CLOSING) &&
              compile_block(&r->meta_line, NEWSCLEAN_LX_TAXONOMY) &&
              compile_block(&r->related, NEWSCLEAN_LX_LISTHEAD) &&
              compile_block(&r->signup, NEWSCLEAN_LX_SIGNUP);
    if (!ok) {
        newsclean_prune_rules_free(r);
        return NULL;
    }
    return r;
}

void
newsclean_prune_rules_free(struct newsclean_prune_rules *r)
{
    if (!r)
        return;
    newsclean_lex_words_free(r->names);
    pcre2_code_free(r->noise.re);
    pcre2_code_free(r->credit.re);
    pcre2_code_free(r->closing.re);
    pcre2_code_free(r->meta_line.re);
    pcre2_code_free(r->related.re);
    pcre2_code_free(r->signup.re);
    free(r);
}

bool
newsclean_prune_scratch_init(newsclean_prune_scratch *s)
{
    memset(s->cache, 0, sizeof s->cache);
    return newsclean_rx_match_new(&s->md, &s->mctx, NULL, 8, MATCH_LIMIT, DEPTH_LIMIT);
}

void
newsclean_prune_scratch_free(newsclean_prune_scratch *s)
{
    newsclean_rx_match_free(&s->md, &s->mctx);
}

static bool
matches(const pcre2_code *re, newsclean_prune_scratch *s, const char *text, size_t len)
{
    return pcre2_match(re, (PCRE2_SPTR)text, len, 0, 0, s->md, s->mctx) >= 0;
}

/* Whether one of the space-separated words in 'keys' (lower case, as KEYS entries are)
 * stands in text, caseless. */
static bool
holds_a_key(const char *keys, const char *text, size_t len)
{
    size_t n;
    for (const char *at = keys, *w; (w = newsclean_lex_next_word(&at, &n));)
        for (size_t i = 0; i + n <= len; i++)
            if ((text[i] | 0x20) == w[0] && strncasecmp(text + i, w, n) == 0)
                return true;
    return false;
}

/* A short block that the rule's pattern matches, its KEYS words asked first. */
static bool
block_matches(const block_rule *b, newsclean_prune_scratch *s, const char *text, size_t len)
{
    return len <= b->max && (!b->keys || holds_a_key(b->keys, text, len)) &&
           matches(b->re, s, text, len);
}

static int
compare_str(const void *key, const void *elem)
{
    return strcmp((const char *)key, *(const char *const *)elem);
}

/* libxml2's HTML parser lowercases element names, so tag tests are exact lookups in
 * sorted tables. */
static bool
in_sorted(const char *name, const char *const *table, size_t n)
{
    return bsearch(name, table, n, sizeof *table, compare_str) != NULL;
}

/* What the rules ask of an element's name. prune runs for every element of the page, so
 * the name is looked up once instead of compared against each rule's tags in turn. */
enum {
    TAG_OTHER,
    TAG_NEVER_TEXT, /* content is never article text */
    TAG_ROOT,       /* html, body */
    TAG_CHROME,     /* nav, aside, footer, form */
    TAG_ARTICLE,    /* article, main */
    TAG_HEADER,
    TAG_FIGURE,
    TAG_TIME,
    TAG_PARAGRAPH /* p */
};

static int
tag_of(const char *t)
{
#define IS(name) (strcmp(t, name) == 0)
    /* By first letter: a name meets only the few tags that share it. */
    switch (t[0]) {
    case 'a':
        return IS("article") ? TAG_ARTICLE
               : IS("aside") ? TAG_CHROME
               : IS("audio") ? TAG_NEVER_TEXT
                             : TAG_OTHER;
    case 'b':
        return IS("body") ? TAG_ROOT : IS("button") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'c':
        return IS("canvas") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'd':
        return IS("dialog") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'e':
        return IS("embed") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'f':
        return IS("figure") ? TAG_FIGURE : IS("footer") || IS("form") ? TAG_CHROME : TAG_OTHER;
    case 'h':
        return IS("head")     ? TAG_NEVER_TEXT
               : IS("header") ? TAG_HEADER
               : IS("html")   ? TAG_ROOT
                              : TAG_OTHER;
    case 'i':
        return IS("iframe") || IS("input") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'l':
        return IS("label") || IS("link") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'm':
        return IS("main") ? TAG_ARTICLE : IS("map") || IS("meta") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'n':
        return IS("nav") ? TAG_CHROME : IS("noscript") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'o':
        return IS("object") || IS("option") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 'p':
        return IS("p") ? TAG_PARAGRAPH : IS("picture") ? TAG_NEVER_TEXT : TAG_OTHER;
    case 's':
        return IS("script") || IS("select") || IS("source") || IS("style") || IS("svg")
                   ? TAG_NEVER_TEXT
                   : TAG_OTHER;
    case 't':
        return IS("time")                         ? TAG_TIME
               : IS("template") || IS("textarea") ? TAG_NEVER_TEXT
                                                  : TAG_OTHER;
    case 'v':
        return IS("video") ? TAG_NEVER_TEXT : TAG_OTHER;
    default:
        return TAG_OTHER;
    }
#undef IS
}

/* Roles that mark navigation and other chrome (sorted). */
static const char *const chrome_roles[] = {"alertdialog", "complementary", "contentinfo", "dialog",
                                           "menu",        "menubar",       "navigation",  "search",
                                           "tablist",     "toolbar"};

/* The attributes the rules read, gathered in one pass over the element's attribute list
 * (xmlGetProp per name would walk and copy it again for each). Values are borrowed. */
typedef struct {
    const char *cls, *id, *style, *role, *itemprop, *rel, *aria_hidden;
    bool hidden;
} attrs;

/* An attribute's value when given as one text node, as the rules read them; "" otherwise. */
static const char *
attr_value(xmlAttrPtr p)
{
    return p->children && p->children->type == XML_TEXT_NODE && !p->children->next
               ? (const char *)p->children->content
               : "";
}

static void
read_attrs(xmlNodePtr el, attrs *a)
{
    memset(a, 0, sizeof *a);
    for (xmlAttrPtr p = el->properties; p; p = p->next) {
        const char *name = (const char *)p->name;
        const char *v = attr_value(p);
        switch (name[0]) {
        case 'c':
            if (!strcmp(name, "class"))
                a->cls = v;
            break;
        case 'i':
            if (!strcmp(name, "id"))
                a->id = v;
            else if (!strcmp(name, "itemprop"))
                a->itemprop = v;
            break;
        case 's':
            if (!strcmp(name, "style"))
                a->style = v;
            break;
        case 'r':
            if (!strcmp(name, "role"))
                a->role = v;
            else if (!strcmp(name, "rel"))
                a->rel = v;
            break;
        case 'a':
            if (!strcmp(name, "aria-hidden"))
                a->aria_hidden = v;
            break;
        case 'h':
            if (!strcmp(name, "hidden"))
                a->hidden = true;
            break;
        default:
            break;
        }
    }
}

static bool
eq_ci(const char *a, const char *b)
{
    return a && strcasecmp(a, b) == 0;
}

/* React's streaming server rendering sends each part of a page not ready at first as a
 * hidden <div id="S:n"> late in the document, which a script then moves into its place:
 * the reader sees it, and at times it is the whole article. React writes n in hex
 * ("S:2e"), so a page with more than ten such parts has letters in some. */
static bool
streamed_segment(const attrs *a)
{
    const char *id = a->id;
    if (!id || id[0] != 'S' || id[1] != ':' || id[2] == '\0')
        return false;
    for (id += 2; *id; id++)
        if (!((*id >= '0' && *id <= '9') || (*id >= 'a' && *id <= 'f')))
            return false;
    return true;
}

static bool
hidden(const attrs *a)
{
    if ((a->hidden && !streamed_segment(a)) || eq_ci(a->aria_hidden, "true"))
        return true;
    if (!a->style)
        return false;
    /* Compare without spaces: "display: none" and "display:none" are both common. */
    char compact[256];
    size_t k = 0;
    for (const char *p = a->style; *p && k + 1 < sizeof compact; p++)
        if (*p != ' ')
            compact[k++] = (char)(*p | ((*p >= 'A' && *p <= 'Z') ? 0x20 : 0));
    compact[k] = '\0';
    return strstr(compact, "display:none") || strstr(compact, "visibility:hidden");
}

/* A collapsed panel of a tab or accordion widget (role tabpanel or region) holds text the
 * reader opens in place, such as a product's specifications; it is hidden only until then.
 * Menus, dialogs and cookie boxes carry other roles or none, and stay dropped. */
static bool
disclosure_panel(const attrs *a)
{
    return eq_ci(a->role, "tabpanel") || eq_ci(a->role, "region");
}

/* Value of an attribute as read_attrs takes them, or NULL if the element has none. */
static const char *
attr(xmlNodePtr el, const char *name)
{
    for (xmlAttrPtr p = el->properties; p; p = p->next)
        if (!strcmp((const char *)p->name, name))
            return attr_value(p);
    return NULL;
}

/* Whether a space-separated list holds 'word'. */
static bool
list_holds(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; *p;) {
        while (*p == ' ')
            p++;
        const char *b = p;
        while (*p && *p != ' ')
            p++;
        if ((size_t)(p - b) == n && !strncmp(b, word, n))
            return true;
    }
    return false;
}

/* Elements looked at, at most, in a control before a hidden panel and in the panel. */
#define DISCLOSURE_SCAN_NODES 64
#define PANEL_SCAN_NODES 2048

/* True if 'c' is, or holds, a collapsed disclosure control: aria-expanded="false", or an
 * aria-controls naming the panel's id. */
static bool
holds_control(xmlNodePtr c, const char *panel_id)
{
    size_t seen = 0;
    xmlNodePtr n = c;
    while (n && seen < DISCLOSURE_SCAN_NODES) {
        if (n->type == XML_ELEMENT_NODE) {
            seen++;
            const char *v = attr(n, "aria-expanded");
            if (v && !strcasecmp(v, "false"))
                return true;
            v = panel_id ? attr(n, "aria-controls") : NULL;
            if (v && list_holds(v, panel_id))
                return true;
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        while (n && n != c && !n->next)
            n = n->parent;
        if (!n || n == c)
            break;
        n = n->next;
    }
    return false;
}

static xmlNodePtr
prev_element(xmlNodePtr n)
{
    for (n = n->prev; n && n->type != XML_ELEMENT_NODE; n = n->prev)
        ;
    return n;
}

/* Whether a hidden element's text is prose rather than links: menus and link lists behind
 * a toggle are navigation, an answer or a description behind one is the page's. Text in
 * the elements that never hold article text (buttons, scripts) is not counted. */
static bool
prose_panel(xmlNodePtr el)
{
    size_t seen = 0, chars = 0, link_chars = 0;
    xmlNodePtr n = el->children;
    while (n && seen < PANEL_SCAN_NODES) {
        bool down = false;
        if (n->type == XML_TEXT_NODE && n->content) {
            size_t k = 0;
            for (const unsigned char *t = n->content; *t; t++)
                k += *t > ' ' && (*t & 0xc0) != 0x80;
            chars += k;
            for (xmlNodePtr p = n->parent; p && p != el; p = p->parent)
                if (!strcmp((const char *)p->name, "a")) {
                    link_chars += k;
                    break;
                }
        } else if (n->type == XML_ELEMENT_NODE) {
            seen++;
            down = n->children && tag_of((const char *)n->name) != TAG_NEVER_TEXT;
        }
        if (down) {
            n = n->children;
            continue;
        }
        while (n && n != el && !n->next)
            n = n->parent;
        if (!n || n == el)
            break;
        n = n->next;
    }
    return chars >= PANEL_MIN_CHARS && link_chars * 10 < chars * 3;
}

/* A hidden panel that a collapsed control just before it opens: an accordion's answer, a
 * product's description under its "Details" toggle. The control is the panel's previous
 * sibling or, when the panel sits first in a wrapper or two (an animated container), the
 * wrapper's. Toggled menus are link lists and stay dropped. */
static bool
disclosed(xmlNodePtr el, const attrs *a)
{
    xmlNodePtr at = el, c = NULL;
    for (int up = 0; up < 3 && at; up++) {
        c = prev_element(at);
        if (c)
            break;
        at = at->parent;
    }
    return c && holds_control(c, a->id && a->id[0] ? a->id : NULL) && prose_panel(el);
}

static bool
chrome_role(const attrs *a)
{
    if (!a->role || strlen(a->role) > 20)
        return false;
    char lower[24];
    size_t k = 0;
    for (const char *p = a->role; *p; p++)
        lower[k++] = (char)(*p | ((*p >= 'A' && *p <= 'Z') ? 0x20 : 0));
    lower[k] = '\0';
    return in_sorted(lower, chrome_roles, sizeof chrome_roles / sizeof chrome_roles[0]);
}

/* An id made from a heading ("sharing-with-multiple-developers") names a section of the
 * text, not a widget: four or more words joined by hyphens. */
static bool
slug_like(const char *id)
{
    size_t dashes = 0;
    for (const char *p = id; *p; p++)
        dashes += *p == '-';
    return dashes >= 3;
}

/* Flags for one class or id value. Pages repeat the same class strings hundreds of times
 * (every menu item, every paragraph), so results are cached per extraction. */
static unsigned
name_flags(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s, const char *v,
           uint64_t seed)
{
    size_t n = strlen(v);
    if (n == 0 || n >= 512)
        return 0;
    uint64_t h = newsclean_hash(v, n, seed) | 1; /* 0 marks an empty cache slot */
    size_t slot = (size_t)(h % NEWSCLEAN_PRUNE_CACHE);
    if (s->cache[slot].hash == h)
        return s->cache[slot].flags;
    unsigned bits = name_bits(r, s, v, n), flags = 0;
    if (bits & NAME_STRONG)
        flags |= NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_STRONG_HINT;
    else if (bits & NAME_SLIDES)
        flags |= NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_STRONG_HINT |
                 ((bits & NAME_WEAK) ? 0 : NEWSCLEAN_BF_SLIDES);
    else if ((bits & NAME_WEAK) && !(bits & NAME_CONTENT))
        flags |= NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_WEAK_NAME;
    else if (bits & NAME_CONTENT)
        flags |= NEWSCLEAN_BF_CONTENT_HINT;
    if (bits & NAME_BYLINE)
        flags |= NEWSCLEAN_BF_BYLINE;
    if ((bits & NAME_SIGNATURE) && !(bits & NAME_CONTENT))
        flags |= NEWSCLEAN_BF_SIGNATURE;
    if (bits & NAME_CAPTION)
        flags |= NEWSCLEAN_BF_IN_FIGURE;
    s->cache[slot].hash = h;
    s->cache[slot].flags = flags;
    return flags;
}

/* Elements looked at, at most, to tell a button holding the page from a real one. */
#define BUTTON_SCAN_NODES 4096

/* True if 'el' holds a paragraph, an <article> or a <main>: a real button never does. The
 * scan stops after BUTTON_SCAN_NODES elements, so nested buttons cannot make it
 * quadratic. */
static bool
holds_paragraphs(xmlNodePtr el)
{
    size_t seen = 0;
    xmlNodePtr n = el->children;
    while (n && seen < BUTTON_SCAN_NODES) {
        if (n->type == XML_ELEMENT_NODE) {
            seen++;
            const char *t = (const char *)n->name;
            if (!strcmp(t, "p") || !strcmp(t, "article") || !strcmp(t, "main"))
                return true;
            if (n->children) {
                n = n->children;
                continue;
            }
        }
        while (n && !n->next && n != el)
            n = n->parent;
        if (!n || n == el)
            break;
        n = n->next;
    }
    return false;
}

/* Whether 'el' is h1 to h6. */
static bool
heading_tag(const xmlNode *el)
{
    const char *n = (const char *)el->name;
    return (n[0] == 'h' || n[0] == 'H') && n[1] >= '1' && n[1] <= '6' && n[2] == '\0';
}

/* Whether 'href' points at the fragment 'id' of this page ("#id"). */
static bool
links_to_id(const char *href, const char *id)
{
    return href && id && *id && href[0] == '#' && strcmp(href + 1, id) == 0;
}

/* How deep inside a heading its anchor may sit (a span around the link, a link around
 * a span). */
#define SELF_LINK_REACH 2

/* A heading that links to itself: documentation generators and blog engines set each
 * subheading's text in a link to the heading's own id, so that readers can copy its
 * address. The link leads nowhere else; the heading is the article's. The id may sit on
 * the heading, on the anchor ("<a id=x href=#x>") or on the section the heading opens
 * ("<section id=x><h2><a href=#x>"). */
static bool
self_linked_heading(const char *id, const char *section_id, xmlNodePtr el, unsigned depth)
{
    for (xmlNodePtr n = el->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (!strcmp((const char *)n->name, "a")) {
            const char *href = attr(n, "href");
            if (links_to_id(href, id) || links_to_id(href, section_id) ||
                links_to_id(href, attr(n, "id")) || links_to_id(href, attr(n, "name")))
                return true;
        } else if (depth < SELF_LINK_REACH && self_linked_heading(id, section_id, n, depth + 1)) {
            return true;
        }
    }
    return false;
}

newsclean_prune_verdict
newsclean_prune_element(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s,
                        xmlNodePtr el, unsigned *flags, const char **why)
{
    *flags = 0;
    *why = NULL;
    int tag = tag_of((const char *)el->name);
    /* A button left open with a <div> open inside it makes libxml2 ignore its end tag, so
     * the rest of the page lands in the button: one holding paragraphs is walked as chrome,
     * for the scorer's wrapper rule to keep the text it holds. */
    if (tag == TAG_NEVER_TEXT &&
        !(strcmp((const char *)el->name, "button") == 0 && holds_paragraphs(el))) {
        *why = "tag never holds article text";
        return NEWSCLEAN_PRUNE_DROP;
    }
    attrs a;
    read_attrs(el, &a);
    /* Pages hide <body> until their scripts run; the root elements are never hidden. */
    bool root = tag == TAG_ROOT;
    if (!root && hidden(&a) && !disclosure_panel(&a) && !disclosed(el, &a)) {
        *why = "hidden";
        return NEWSCLEAN_PRUNE_DROP;
    }
    /* Navigation, asides and footers are chrome, but only as a hint: a parser recovering
     * from an unclosed <nav> may put the whole page inside it, and the scorer's wrapper
     * rule must be able to keep that text. Forms are comment boxes, logins and searches;
     * a page wrapped whole in one form (as some frameworks do) is rescued the same way, and
     * so is one that a button left open swallowed. */
    bool structural = chrome_role(&a) || tag == TAG_CHROME || tag == TAG_NEVER_TEXT;
    if (structural)
        *flags |= NEWSCLEAN_BF_BOILER_HINT;
    if (tag == TAG_ARTICLE || eq_ci(a.role, "main") || eq_ci(a.role, "article") ||
        eq_ci(a.itemprop, "articleBody"))
        *flags |= NEWSCLEAN_BF_IN_ARTICLE | NEWSCLEAN_BF_CONTENT_HINT;
    if (tag == TAG_HEADER)
        *flags |= NEWSCLEAN_BF_IN_HEADER;
    else if (tag == TAG_FIGURE)
        *flags |= NEWSCLEAN_BF_IN_FIGURE;
    else if (tag == TAG_TIME)
        *flags |= NEWSCLEAN_BF_DATELINE;
    else if (tag == TAG_PARAGRAPH)
        *flags |= NEWSCLEAN_BF_PARAGRAPH;
    /* A dialog (a consent box's settings, a sign-in or a newsletter pop-up) lies over the
     * page: the stages that widen a page's content beyond the scorer's choice leave it
     * out. */
    if (eq_ci(a.role, "dialog") || eq_ci(a.role, "alertdialog"))
        *flags |= NEWSCLEAN_BF_DIALOG;
    if (eq_ci(a.rel, "author") || eq_ci(a.itemprop, "author"))
        *flags |= NEWSCLEAN_BF_BYLINE;
    if (heading_tag(el)) {
        xmlNodePtr up = el->parent;
        const char *section_id = up && up->type == XML_ELEMENT_NODE ? attr(up, "id") : NULL;
        if (self_linked_heading(a.id, section_id, el, 1))
            *flags |= NEWSCLEAN_BF_SELF_LINK;
    }

    /* The root elements are containers of everything, whatever they are named. */
    if (root)
        return NEWSCLEAN_PRUNE_KEEP;
    if (a.cls)
        *flags |= name_flags(r, s, a.cls, 0);
    if (a.id && !slug_like(a.id))
        *flags |= name_flags(r, s, a.id, 1);
    /* A weak word is the only thing calling the element chrome, or it is not weak. */
    if (structural || (*flags & NEWSCLEAN_BF_STRONG_HINT))
        *flags &= ~NEWSCLEAN_BF_WEAK_NAME;
    return NEWSCLEAN_PRUNE_KEEP;
}

bool
newsclean_prune_is_noise_text(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s,
                              const char *text, size_t len)
{
    return block_matches(&r->noise, s, text, len) || block_matches(&r->closing, s, text, len) ||
           block_matches(&r->signup, s, text, len) || block_matches(&r->meta_line, s, text, len);
}

bool
newsclean_prune_is_caption_text(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s,
                                const char *text, size_t len)
{
    return block_matches(&r->credit, s, text, len);
}

bool
newsclean_prune_is_related_label(const struct newsclean_prune_rules *r, newsclean_prune_scratch *s,
                                 const char *text, size_t len)
{
    return block_matches(&r->related, s, text, len);
}
