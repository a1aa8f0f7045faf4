/* meta.c: page metadata from <head>, JSON-LD and the visible headings. The page's one walk
 * (dom.c, facts.h) hands each element to the head-facts reader below, which keeps every
 * candidate; the choice between them is made afterwards, against the scored blocks. */
#define _POSIX_C_SOURCE 200809L
#include "meta.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "buf.h"
#include "byline.h"
#include "dates.h"
#include "facts.h"
#include "headline.h"
#include "textutil.h"
#include "lexicon.h"

/* The head facts: every candidate the walk finds, the first of each kind; the choice
 * between them is made once the blocks are scored. */
typedef struct newsclean_head_facts {
    char *title;
    char *og_title;
    char *dc_title;
    char *twitter_title;
    char *ld_headline;
    char *ld_name;
    char *site;
    char *ld_site;
    char *ld_image;
    char *description;
    char *image;
    char *language;
    char *canonical;
    char *og_url;
    char *author_meta;
    char *ld_author;
    char *visible_byline;
    char *h1_kicker; /* a kicker the first <h1> opens with, run into the headline */
    bool h1_seen;
    const struct newsclean_date_rules *dates; /* for cutting a date off a byline */
} found;

static void
found_free(found *f)
{
    free(f->title);
    free(f->h1_kicker);
    free(f->og_title);
    free(f->dc_title);
    free(f->twitter_title);
    free(f->ld_headline);
    free(f->ld_name);
    free(f->site);
    free(f->ld_site);
    free(f->ld_image);
    free(f->description);
    free(f->image);
    free(f->language);
    free(f->canonical);
    free(f->og_url);
    free(f->author_meta);
    free(f->ld_author);
    free(f->visible_byline);
}

/* Write code point cp as UTF-8 at d; returns the bytes written (0 if invalid). */
static size_t
put_utf8(char *d, unsigned long cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    if (cp < 0x80) {
        d[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        d[0] = (char)(0xC0 | (cp >> 6));
        d[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        d[0] = (char)(0xE0 | (cp >> 12));
        d[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        d[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    d[0] = (char)(0xF0 | (cp >> 18));
    d[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    d[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    d[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decode character references left in a value, in place. Content management systems
 * often escape titles twice ("&amp;#8222;"), so after the parser's own decoding
 * "&#8222;" is still in the text. Only numeric references and the commonest named
 * ones: a title with "&foo;" in it otherwise stays as written. Output never grows. */
static size_t
decode_entities(char *s, size_t n)
{
    static const struct {
        const char *name;
        unsigned long cp;
    } named[] = {{"amp", '&'}, {"quot", '"'},  {"apos", '\''},    {"lt", '<'},
                 {"gt", '>'},  {"nbsp", 0xA0}, {"ndash", 0x2013}, {"mdash", 0x2014}};
    size_t r = 0, w = 0;
    while (r < n) {
        if (s[r] == '&') {
            const char *semi = memchr(s + r, ';', n - r < 12 ? n - r : 12);
            if (semi) {
                size_t k = (size_t)(semi - (s + r));
                unsigned long cp = 0;
                if (k > 2 && s[r + 1] == '#') {
                    char *end;
                    bool hex = s[r + 2] == 'x' || s[r + 2] == 'X';
                    cp = strtoul(s + r + (hex ? 3 : 2), &end, hex ? 16 : 10);
                    if (end != semi)
                        cp = 0;
                } else {
                    for (size_t i = 0; i < sizeof named / sizeof named[0]; i++)
                        if (strlen(named[i].name) == k - 1 &&
                            !strncmp(s + r + 1, named[i].name, k - 1))
                            cp = named[i].cp;
                }
                char tmp[4];
                size_t len = cp ? put_utf8(tmp, cp) : 0;
                if (len && len <= k + 1) {
                    memcpy(s + w, tmp, len);
                    w += len;
                    r += k + 1;
                    continue;
                }
            }
        }
        s[w++] = s[r++];
    }
    s[w] = '\0';
    return w;
}

/* Keep the first value seen for a slot; copies with entities decoded and whitespace
 * collapsed. */
static void
first(char **slot, const char *s)
{
    if (*slot || !s)
        return;
    char *c = newsclean_strdup(s);
    if (!c)
        return;
    /* A JSON-LD string holds the page's HTML-escaped text, so an escaped-twice title
     * ("&amp;#8230;") comes out of the JSON with one layer left after the first pass. */
    size_t n = strlen(c);
    for (int pass = 0; pass < 3; pass++) {
        size_t m = decode_entities(c, n);
        if (m == n)
            break;
        n = m;
    }
    n = newsclean_collapse_space(c, n);
    c[n] = '\0';
    if (n == 0) {
        free(c);
        return;
    }
    *slot = c;
}

static bool
tag_is(const xmlNode *n, const char *name)
{
    return strcasecmp((const char *)n->name, name) == 0;
}

/* One property name of a <meta> tag and its value. */
static void
on_meta_key(found *f, const char *k, const char *v)
{
    if (!strcasecmp(k, "og:title"))
        first(&f->og_title, v);
    else if (!strcasecmp(k, "dc:title") || !strcasecmp(k, "dc.title") ||
             !strcasecmp(k, "dcterms.title") || !strcasecmp(k, "dcterm:title") ||
             !strcasecmp(k, "parsely-title"))
        first(&f->dc_title, v);
    else if (!strcasecmp(k, "twitter:title"))
        first(&f->twitter_title, v);
    else if (!strcasecmp(k, "og:site_name"))
        first(&f->site, v);
    else if (!strcasecmp(k, "description") || !strcasecmp(k, "og:description") ||
             !strcasecmp(k, "twitter:description"))
        first(&f->description, v);
    else if (!strcasecmp(k, "og:image") || !strcasecmp(k, "og:image:url") ||
             !strcasecmp(k, "og:image:secure_url") || !strcasecmp(k, "twitter:image"))
        first(&f->image, v);
    else if (!strcasecmp(k, "og:url"))
        first(&f->og_url, v);
    else if (!strcasecmp(k, "author") || !strcasecmp(k, "article:author") ||
             !strcasecmp(k, "og:article:author") || !strcasecmp(k, "dc.creator") ||
             !strcasecmp(k, "dc:creator") || !strcasecmp(k, "parsely-author") ||
             !strcasecmp(k, "sailthru.author")) {
        /* article:author is often a profile URL, which is no byline. */
        if (strncmp(v, "http", 4) != 0)
            first(&f->author_meta, v);
    } else if (!strcasecmp(k, "og:locale") || !strcasecmp(k, "language") ||
               !strcasecmp(k, "dc.language")) {
        first(&f->language, v);
    }
}

static void
on_meta(found *f, xmlNodePtr n)
{
    xmlChar *key = xmlGetProp(n, (const xmlChar *)"property");
    if (!key)
        key = xmlGetProp(n, (const xmlChar *)"name");
    if (!key)
        key = xmlGetProp(n, (const xmlChar *)"itemprop");
    xmlChar *val = xmlGetProp(n, (const xmlChar *)"content");
    xmlChar *equiv = xmlGetProp(n, (const xmlChar *)"http-equiv");
    if (key && val) {
        /* RDFa allows several properties in one attribute: "og:title twitter:title". */
        char *keys = (char *)key, *save = NULL;
        for (char *k = strtok_r(keys, " \t\n", &save); k; k = strtok_r(NULL, " \t\n", &save))
            on_meta_key(f, k, (const char *)val);
    }
    if (equiv && val && !strcasecmp((const char *)equiv, "content-language"))
        first(&f->language, (const char *)val);
    xmlFree(key);
    xmlFree(val);
    xmlFree(equiv);
}

/* Names of a JSON-LD author value: a string, {"name":…}, or an array of either. */
static void
ld_names(json_t *v, newsclean_buf *out)
{
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        if (strncmp(s, "http", 4) == 0)
            return;
        if (out->len && !newsclean_buf_append_str(out, ", "))
            return;
        newsclean_buf_append_str(out, s);
    } else if (json_is_object(v)) {
        ld_names(json_object_get(v, "name"), out);
    } else if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) ld_names(e, out);
    }
}

static bool
is_article_type(json_t *type)
{
    if (json_is_array(type)) {
        size_t i;
        json_t *e;
        json_array_foreach(type, i, e) if (is_article_type(e)) return true;
        return false;
    }
    if (!json_is_string(type))
        return false;
    const char *t = json_string_value(type);
    return strstr(t, "Article") || strstr(t, "Posting") || !strcmp(t, "Report") ||
           strstr(t, "NewsArticle");
}

static void
on_ld_object(found *f, json_t *o, unsigned depth)
{
    if (depth > 8)
        return;
    if (json_is_array(o)) {
        size_t i;
        json_t *e;
        json_array_foreach(o, i, e) on_ld_object(f, e, depth + 1);
        return;
    }
    if (!json_is_object(o))
        return;
    json_t *graph = json_object_get(o, "@graph");
    if (graph)
        on_ld_object(f, graph, depth + 1);
    if (!is_article_type(json_object_get(o, "@type")))
        return;
    json_t *h = json_object_get(o, "headline");
    if (json_is_string(h))
        first(&f->ld_headline, json_string_value(h));
    json_t *name = json_object_get(o, "name");
    if (json_is_string(name))
        first(&f->ld_name, json_string_value(name));
    json_t *a = json_object_get(o, "author");
    if (a && !f->ld_author) {
        newsclean_buf b;
        newsclean_buf_init(&b);
        ld_names(a, &b);
        if (b.len)
            first(&f->ld_author, b.data);
        newsclean_buf_free(&b);
    }
    json_t *img = json_object_get(o, "image");
    /* "image": "url", {"url": …}, or an array of either: the first. */
    if (json_is_array(img))
        img = json_array_get(img, 0);
    if (json_is_object(img))
        img = json_object_get(img, "url");
    if (json_is_string(img))
        first(&f->ld_image, json_string_value(img));
    json_t *p = json_object_get(o, "publisher");
    if (json_is_object(p) && json_is_string(json_object_get(p, "name")))
        first(&f->ld_site, json_string_value(json_object_get(p, "name")));
}

/* 'word' stands in 'v' between non-letters ("post-author", "author_fmt"), not inside a
 * longer word ("authorization"). */
static bool
has_word(const char *v, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = strstr(v, word); p; p = strstr(p + 1, word)) {
        bool start = p == v || !isalpha((unsigned char)p[-1]);
        bool end = !islower((unsigned char)p[n]); /* "authorName" still counts */
        if (start && end)
            return true;
    }
    return false;
}

static bool
byline_like(xmlNodePtr n)
{
    /* One pass over the attribute list, reading values in place: this runs for every
     * element of the page. */
    for (xmlAttrPtr p = n->properties; p; p = p->next) {
        const xmlNode *t = p->children;
        if (!t || t->type != XML_TEXT_NODE || !t->content)
            continue;
        const char *name = (const char *)p->name, *v = (const char *)t->content;
        if (!strcmp(name, "rel") && !strcasecmp(v, "author"))
            return true;
        if (!strcmp(name, "itemprop") && strstr(v, "author"))
            return true;
        if ((!strcmp(name, "class") || !strcmp(name, "id")) &&
            (has_word(v, "byline") || has_word(v, "author") || has_word(v, "authors")))
            return true;
    }
    return false;
}

/* True if an element inside a byline holds what the author is rather than who: a job
 * title or a short bio ("author-title", "byline__role", "job-title"). */
static bool
names_role(xmlNodePtr n)
{
    for (xmlAttrPtr p = n->properties; p; p = p->next) {
        const xmlNode *t = p->children;
        if (!t || t->type != XML_TEXT_NODE || !t->content ||
            (strcmp((const char *)p->name, "class") != 0 && strcmp((const char *)p->name, "id")))
            continue;
        /* The lexicon's role words; this runs only for elements inside a byline. */
        size_t i = 0, len;
        for (const newsclean_lex_entry *e;
             (e = newsclean_lexicon_next(&i, NEWSCLEAN_LX_NAME_ROLE, NEWSCLEAN_LXF_WORDS));)
            for (const char *at = e->text, *w; (w = newsclean_lex_next_word(&at, &len));) {
                char word[32];
                if (len < sizeof word) {
                    memcpy(word, w, len);
                    word[len] = '\0';
                    if (has_word((const char *)t->content, word))
                        return true;
                }
            }
    }
    return false;
}

/* The text of a byline element without the parts that give the author's role, so that
 * "Jane Doe" and a "Science Editor" beside it do not run together as one name. Text of
 * separate elements is joined with a space. */
static void
byline_text(xmlNodePtr n, newsclean_buf *out, unsigned depth)
{
    if (depth > 32)
        return;
    for (xmlNodePtr c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            newsclean_buf_append_str(out, (const char *)c->content);
        } else if (c->type == XML_ELEMENT_NODE && !tag_is(c, "script") && !tag_is(c, "style") &&
                   !names_role(c)) {
            newsclean_buf_append_str(out, " ");
            byline_text(c, out, depth + 1);
            newsclean_buf_append_str(out, " ");
        }
    }
}

/* True if 'visible' begins with the first name of the declared list "A, B". */
static bool
starts_with_name(const char *visible, const char *declared)
{
    size_t n = strcspn(declared, ",");
    while (n && declared[n - 1] == ' ')
        n--;
    return n >= 3 && strncasecmp(visible, declared, n) == 0;
}

/* True if 'n' lies inside an <svg> or <math>, whose <title> names a drawing. Outside
 * them a <title> is the page's wherever the parser put it: stray text in <head> (an
 * "&nbsp;", a plugin's output) makes the parser open <body> before the <title>. */
static bool
in_drawing(const xmlNode *n)
{
    for (const xmlNode *a = n->parent; a && a->type == XML_ELEMENT_NODE; a = a->parent)
        if (tag_is(a, "svg") || tag_is(a, "math"))
            return true;
    return false;
}

/* Longest kicker taken off a headline: a section or topic word or two. */
#define KICKER_MAX 40

/* An <h1> that opens with a short inline element run straight into the text after it
 * ("<h1><span>Stadtrat</span>Neue Brücke …</h1>"): the element is a kicker, and the
 * walk joins it to the headline without a space. Its text, or NULL. */
static char *
h1_kicker(xmlNodePtr h1)
{
    xmlNodePtr k = h1->children;
    while (k && k->type == XML_TEXT_NODE && k->content &&
           !((const char *)k->content)[strspn((const char *)k->content, " \t\r\n\f")])
        k = k->next;
    if (!k || k->type != XML_ELEMENT_NODE || !k->next)
        return NULL;
    if (!tag_is(k, "span") && !tag_is(k, "strong") && !tag_is(k, "b") && !tag_is(k, "small") &&
        !tag_is(k, "em"))
        return NULL;
    xmlChar *kt = xmlNodeGetContent(k), *nt = xmlNodeGetContent(k->next);
    char *r = NULL;
    size_t kn = kt ? strlen((const char *)kt) : 0, nn = nt ? strlen((const char *)nt) : 0;
    if (kn > 0 && kn <= KICKER_MAX && nn > 0 && !newsclean_is_ascii_space(kt[kn - 1]) &&
        !newsclean_is_ascii_space(nt[0]) && !newsclean_is_ascii_space(kt[0]) && !ispunct(nt[0]) &&
        !ispunct(kt[kn - 1]))
        r = newsclean_strdup((const char *)kt);
    xmlFree(kt);
    xmlFree(nt);
    return r;
}

/* Read one element for the head facts; 'ld' is its JSON-LD when it is such a script.
 * Returns whether its children may hold more. */
static bool
read_element(found *f, xmlNodePtr n, newsclean_el id, const newsclean_jsonld *ld)
{
    switch (id) {
    case NEWSCLEAN_EL_TITLE:
        if (!f->title && n->parent && (tag_is(n->parent, "head") || !in_drawing(n))) {
            xmlChar *t = xmlNodeGetContent(n);
            first(&f->title, (const char *)t);
            xmlFree(t);
        }
        return false;
    case NEWSCLEAN_EL_META:
        on_meta(f, n);
        return false;
    case NEWSCLEAN_EL_LINK: {
        xmlChar *rel = xmlGetProp(n, (const xmlChar *)"rel");
        if (rel && !strcasecmp((const char *)rel, "canonical")) {
            xmlChar *href = xmlGetProp(n, (const xmlChar *)"href");
            first(&f->canonical, (const char *)href);
            xmlFree(href);
        }
        xmlFree(rel);
        return false;
    }
    case NEWSCLEAN_EL_SCRIPT:
        if (ld && ld->root)
            on_ld_object(f, ld->root, 0);
        return false;
    case NEWSCLEAN_EL_STYLE:
    case NEWSCLEAN_EL_SVG:
    case NEWSCLEAN_EL_NOSCRIPT:
    case NEWSCLEAN_EL_NAV:
    case NEWSCLEAN_EL_FOOTER:
    case NEWSCLEAN_EL_FORM:
    case NEWSCLEAN_EL_ASIDE:
        return false;
    case NEWSCLEAN_EL_H1:
        if (!f->h1_kicker && !f->h1_seen)
            f->h1_kicker = h1_kicker(n);
        f->h1_seen = true;
        break;
    case NEWSCLEAN_EL_HTML: {
        xmlChar *lang = xmlGetProp(n, (const xmlChar *)"lang");
        if (!lang)
            lang = xmlGetProp(n, (const xmlChar *)"xml:lang");
        /* <html lang> is the page's own statement and outranks og:locale. */
        if (lang && *lang && !f->language)
            first(&f->language, (const char *)lang);
        xmlFree(lang);
        break;
    }
    default:
        break;
    }
    if (!f->visible_byline && byline_like(n)) {
        newsclean_buf t;
        newsclean_buf_init(&t);
        byline_text(n, &t, 0);
        if (t.len) {
            char *c = newsclean_strdup(t.data);
            if (c) {
                size_t len = newsclean_collapse_space(c, strlen(c));
                c[len] = '\0';
                len = newsclean_byline_trim(f->dates, c, len);
                if (len > 0 && newsclean_byline_is_name(c, len))
                    f->visible_byline = c;
                else
                    free(c);
            }
        }
        newsclean_buf_free(&t);
        if (f->visible_byline)
            return false;
    }
    return true;
}

struct newsclean_head_facts *
newsclean_head_facts_new(const struct newsclean_date_rules *dates)
{
    found *f = calloc(1, sizeof *f);
    if (f)
        f->dates = dates;
    return f;
}

void
newsclean_head_facts_free(struct newsclean_head_facts *f)
{
    if (!f)
        return;
    found_free(f);
    free(f);
}

bool
newsclean_head_facts_element(struct newsclean_head_facts *f, xmlNode *el, newsclean_el id,
                             const newsclean_jsonld *ld)
{
    return read_element(f, el, id, ld);
}

/* True if 'needle' begins or ends 'hay', ignoring ASCII case: a heading inside a longer
 * declared title with a kicker before it or a site name after it. */
static bool
contains_text(const char *hay, const char *needle)
{
    size_t n = strlen(needle), h = strlen(hay);
    if (n < 8 || n > h)
        return false;
    return strncasecmp(hay, needle, n) == 0 || strncasecmp(hay + h - n, needle, n) == 0;
}

/* Headings further than this many blocks before the article text are page furniture
 * (a logo set as <h1>, a section name), not its title. */
#define HEADLINE_WINDOW 15

static size_t
first_kept_block(const newsclean_blocks *bl)
{
    for (size_t i = 0; i < bl->n; i++)
        if (bl->v[i].keep)
            return i;
    return bl->n;
}

static char *cleaned_title(const char *t, const char *site);

/* True if 'declared' is 'heading' cut short with an ellipsis ("Long headline of many…"):
 * declarations limited in length end so, and the heading has the whole text. */
static bool
truncated_prefix_of(const char *declared, const char *heading)
{
    static const char *const ellipses[] = {"...", "\xE2\x80\xA6"};
    size_t n = strlen(declared);
    for (size_t i = 0; i < sizeof ellipses / sizeof ellipses[0]; i++) {
        size_t k = strlen(ellipses[i]);
        if (n <= k || strcmp(declared + n - k, ellipses[i]) != 0)
            continue;
        size_t stem = n - k;
        while (stem && declared[stem - 1] == ' ')
            stem--;
        /* A stem of a few characters says too little to match on. */
        return stem >= 20 && strlen(heading) > stem && !strncasecmp(declared, heading, stem);
    }
    return false;
}

/* Shortest declared title taken for one cut short at a fixed length: a shorter one that
 * the heading goes on from is as often the heading with a subtitle after it. */
#define CUT_TITLE_MIN_CHARS 50

/* A byte of a word: a letter or digit, or part of a non-ASCII character. */
static bool
word_byte(unsigned char b)
{
    return b >= 0x80 || isalnum(b);
}

/* A heading agrees with a declared title when they are the same text, or the same
 * once the declared one loses its site name. */
static bool
agrees(const char *declared, const char *site, const newsclean_block *h)
{
    if (!declared)
        return false;
    if (newsclean_headline_same_text(declared, h->text))
        return true;
    /* "Headline | Site" and the heading "Headline": the heading's words, then a separator. */
    size_t n = h->len;
    if (strlen(declared) > n + 2 && !strncasecmp(declared, h->text, n) && declared[n] == ' ' &&
        newsclean_headline_separator_at(declared + n))
        return true;
    if (truncated_prefix_of(declared, h->text))
        return true;
    char *c = cleaned_title(declared, site);
    bool r = c && newsclean_headline_same_text(c, h->text);
    /* Titles cut at a fixed length without an ellipsis ("... laptop, and k | Site"): a
     * long declared title that the heading goes on from in the middle of a word. */
    size_t cn = c ? strlen(c) : 0;
    if (!r && cn >= CUT_TITLE_MIN_CHARS && h->len > cn && !strncasecmp(c, h->text, cn) &&
        word_byte((unsigned char)c[cn - 1]) && word_byte((unsigned char)h->text[cn]))
        r = true;
    /* A declared title often adds a kicker or a site name around the heading's words
     * ("Topic: Headline"); a heading that is most of it agrees, a fragment does not.
     * The site name is no part of the comparison. */
    if (!r && contains_text(declared, h->text)) {
        const char *whole = c ? c : declared;
        r = 5 * h->words >= 2 * newsclean_headline_words(whole, strlen(whole));
    }
    free(c);
    return r;
}

static char *
cleaned_title(const char *t, const char *site)
{
    size_t start, n = newsclean_headline_strip_site(t, strlen(t), site, &start);
    return newsclean_strndup(t + start, n);
}

/* True if 'name' is the site's or the publisher's name: an article's JSON-LD "name" is
 * sometimes that, and the <title>'s site suffix then contains it. */
static bool
names_publisher(const found *f, const char *name)
{
    return newsclean_headline_same_text(name, f->ld_site) ||
           newsclean_headline_same_text(name, f->site);
}

/* The headline as a heading reads: without a tagline after a pipe, and with the character
 * references of a text escaped twice decoded as in declared titles. */
static bool
set_heading(const found *f, newsclean_meta *meta, const newsclean_block *h)
{
    char *c = newsclean_strndup(h->text, h->len);
    if (!c)
        return false;
    size_t n = decode_entities(c, h->len), a = 0;
    /* The first h1's kicker, run into the headline, is no part of it. */
    size_t kn = f->h1_kicker ? strlen(f->h1_kicker) : 0;
    if (h->level == 1 && kn && n > kn + 8 && !strncmp(c, f->h1_kicker, kn) &&
        !newsclean_is_ascii_space((unsigned char)c[kn]))
        a = kn;
    n = a + newsclean_headline_heading_len(c + a, n - a);
    bool ok = newsclean_meta_set(&meta->headline, c + a, n - a);
    free(c);
    return ok;
}

/* The headline: the first title the page declares for sharing (JSON-LD headline, Dublin
 * Core or og:title), in the visible heading's own form when that heading says the same
 * (often without the site name); without a declared one, the heading just before the
 * article text; without that, <title> less its site name. */
static bool
choose_headline(const found *f, const newsclean_blocks *bl, newsclean_meta *meta)
{
    const char *site = f->site ? f->site : f->ld_site;
    /* JSON-LD "headline" and "name" should agree; where they do not, one of them is
     * usually a site or a description, and the one the <title> contains is the title. */
    const char *ld = f->ld_headline ? f->ld_headline : f->ld_name;
    if (f->ld_headline && f->ld_name && f->title && !contains_text(f->title, f->ld_headline) &&
        contains_text(f->title, f->ld_name) && !names_publisher(f, f->ld_name))
        ld = f->ld_name;
    const char *declared_src = ld ? ld : f->dc_title ? f->dc_title : f->og_title;
    const char *sources[] = {declared_src, f->twitter_title, f->title};
    size_t n_sources = sizeof sources / sizeof sources[0];
    size_t first = first_kept_block(bl);
    size_t lo = first > HEADLINE_WINDOW ? first - HEADLINE_WINDOW : 0;
    /* A dateline, kicker or place line kept with the article may come before its h1. */
    size_t hi = first + 6 < bl->n ? first + 6 : bl->n;
    if (first == bl->n) {
        lo = 0; /* no article text: any heading may title the page */
        hi = bl->n;
    }
    const newsclean_block *agreeing = NULL, *nearest_h1 = NULL;
    size_t agreeing_src = n_sources;
    for (size_t i = lo; i < hi; i++) {
        const newsclean_block *h = &bl->v[i];
        if (h->kind != NEWSCLEAN_BLOCK_HEADING || h->level > 3 || h->words == 0 || h->chars > 300)
            continue;
        if (site && newsclean_headline_same_text(site, h->text))
            continue;
        if (h->level == 1 && (i < first || !nearest_h1))
            nearest_h1 = h;
        for (size_t k = 0; k < n_sources; k++) {
            if (!agrees(sources[k], site, h))
                continue;
            /* The most trusted source wins; among its headings the highest level, then
             * the one before the text. */
            if (k < agreeing_src ||
                (k == agreeing_src &&
                 (h->level < agreeing->level || (i < first && h->level == agreeing->level)))) {
                agreeing = h;
                agreeing_src = k;
            }
            break;
        }
    }
    char *declared = NULL;
    if (declared_src && !(declared = cleaned_title(declared_src, site)))
        return false;
    /* A declared title that is only the site's or a section's name ("Press releases")
     * says less than the page's own heading. */
    if (declared && ((site && newsclean_headline_same_text(site, declared)) ||
                     (declared_src == f->og_title && nearest_h1 &&
                      newsclean_headline_words(declared, strlen(declared)) == 1 &&
                      nearest_h1->words > 2 && !agreeing))) {
        free(declared);
        declared = NULL;
    }
    bool ok = true;
    if (agreeing && (agreeing_src == 0 || !declared)) {
        ok = set_heading(f, meta, agreeing);
    } else if (declared && !agreeing && nearest_h1 && nearest_h1 < bl->v + first &&
               nearest_h1->words >= 3) {
        /* No title the page declares matches a heading, and an h1 of some words stands
         * at the head of the article: the declaration is a rewording for search or
         * sharing, and the page's own headline is the one readers see. */
        ok = set_heading(f, meta, nearest_h1);
    } else if (declared) {
        ok = newsclean_meta_set(&meta->headline, declared, strlen(declared));
    } else {
        for (size_t i = 1; i < n_sources && !declared; i++) {
            if (sources[i] && !(declared = cleaned_title(sources[i], site)))
                return false;
        }
        /* An h1 wins over a <title> that is only the site's name (blogs title every page
         * with it): the shorter of the two names the site. */
        bool use_h1 = nearest_h1 &&
                      (!declared || (site && newsclean_headline_same_text(site, declared)) ||
                       (newsclean_headline_words(declared, strlen(declared)) <= 3 &&
                        nearest_h1->words > newsclean_headline_words(declared, strlen(declared))));
        if (use_h1)
            ok = set_heading(f, meta, nearest_h1);
        else if (declared)
            ok = newsclean_meta_set(&meta->headline, declared, strlen(declared));
    }
    free(declared);
    /* A headline taken from a heading, in the case the declared titles write it. */
    for (size_t i = 0; ok && meta->headline && i < n_sources; i++) {
        if (newsclean_headline_take_case(meta->headline, sources[i]))
            break;
    }
    return ok;
}

/* The site name from the title's suffix, when no og:site_name says it. */
static bool
site_from_title(const found *f, newsclean_meta *meta)
{
    if (!f->title || !meta->headline)
        return true;
    size_t start, n = newsclean_headline_strip_site(f->title, strlen(f->title), NULL, &start);
    size_t tlen = strlen(f->title);
    if (n == tlen)
        return true;
    const char *rest = start ? f->title : f->title + n;
    size_t rest_len = start ? start : tlen - n;
    while (rest_len && (*rest == ' ' || *rest == '|' || *rest == '-' || *rest == ':' ||
                        (unsigned char)*rest >= 0x80)) {
        if ((unsigned char)*rest >= 0x80) {
            /* skip a multibyte dash such as – or — */
            size_t k = 1;
            while (k < rest_len && ((unsigned char)rest[k] & 0xC0) == 0x80)
                k++;
            if (k != 3)
                break;
            rest += k;
            rest_len -= k;
            continue;
        }
        rest++;
        rest_len--;
    }
    while (rest_len && (rest[rest_len - 1] == ' ' || rest[rest_len - 1] == '|' ||
                        rest[rest_len - 1] == '-' || rest[rest_len - 1] == ':'))
        rest_len--;
    return rest_len == 0 || newsclean_meta_set(&meta->site, rest, rest_len);
}

static bool
set_str(char **slot, const char *s)
{
    return !s || newsclean_meta_set(slot, s, strlen(s));
}

newsclean_status
newsclean_meta_from_facts(const newsclean_page_facts *facts, const newsclean_blocks *blocks,
                          const char *url, newsclean_meta *meta)
{
    static const found none;
    const found *f = facts->head ? facts->head : &none;
    bool ok = choose_headline(f, blocks, meta);
    ok = ok && set_str(&meta->site, f->site ? f->site : f->ld_site);
    if (ok && !meta->site)
        ok = site_from_title(f, meta);
    /* Declared authors are names without decoration; the visible byline fills in for
     * pages that declare none, and wins where it prints the declared names itself (it
     * says "A and B" where the declaration lists A, B). After a single declared name
     * the visible text can only add decoration: a role, a place, a site. */
    const char *declared = f->ld_author ? f->ld_author : f->author_meta;
    const char *by = declared ? declared : f->visible_byline;
    if (declared && f->visible_byline && strchr(declared, ',') &&
        starts_with_name(f->visible_byline, declared))
        by = f->visible_byline;
    /* Declared names come as the site typed them: some with the "By" or "Von" they print
     * (the visible byline was cleaned when it was read). */
    if (ok && by == f->visible_byline) {
        ok = set_str(&meta->byline, by);
    } else if (ok && by) {
        char *c = newsclean_strdup(by);
        ok = c != NULL;
        if (c) {
            size_t n = newsclean_byline_clean(c, strlen(c));
            ok = !n || newsclean_meta_set(&meta->byline, c, n);
            free(c);
        }
    }
    ok = ok && set_str(&meta->language, f->language);
    ok = ok && set_str(&meta->url, f->canonical ? f->canonical : (f->og_url ? f->og_url : url));
    ok = ok && set_str(&meta->description, f->description);
    ok = ok && set_str(&meta->image, f->image ? f->image : f->ld_image);
    return ok ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
}
