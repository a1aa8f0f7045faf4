/* facts.c: the readers of the page facts and the one JSON-LD reader. The block walk
 * (dom.c) calls them element by element; newsclean_facts_walk reads the parts it skips
 * (what the prune stage drops, such as <head>, <script> and navigation) in the same
 * document order, so each reader sees the page as a walk of its own would. */
#include "facts.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <jansson.h>

#include "buf.h"
#include "page_limits.h"
#include "meta.h"

bool
newsclean_facts_init(newsclean_page_facts *f, const struct newsclean_date_rules *dates,
                     unsigned max_depth)
{
    memset(f, 0, sizeof *f);
    f->max_depth = max_depth;
    f->head = newsclean_head_facts_new(dates);
    f->dates = newsclean_date_facts_new(dates);
    if (!f->head || !f->dates) {
        newsclean_facts_free(f);
        return false;
    }
    return true;
}

void
newsclean_facts_free(newsclean_page_facts *f)
{
    newsclean_head_facts_free(f->head);
    newsclean_date_facts_free(f->dates);
    for (size_t i = 0; i < f->n_ld; i++) {
        json_decref(f->ld[i].root);
        free(f->ld[i].broken);
    }
    free(f->ld);
    memset(f, 0, sizeof *f);
}

newsclean_fact_frame
newsclean_facts_top(void)
{
    return (newsclean_fact_frame){.readers = NEWSCLEAN_READ_HEAD | NEWSCLEAN_READ_DATES};
}

/* ---------- JSON-LD ---------- */

static bool
is_jsonld(const xmlNode *el)
{
    xmlChar *type = xmlGetProp(el, (const xmlChar *)"type");
    bool yes = false;
    for (const char *t = (const char *)type; t && *t && !yes; t++)
        yes = strncasecmp(t, "ld+json", 7) == 0;
    xmlFree(type);
    return yes;
}

/* The JSON inside a script's text: pages written to pass as XHTML wrap it in
 * "<![CDATA[ … ]]>" or an HTML comment, which JSON does not allow. Returns the start and
 * sets '*len' to the length that remains. */
static const char *
unwrap_script_json(const char *s, size_t *len)
{
    static const struct {
        const char *open, *close;
    } wrappers[] = {{"<![CDATA[", "]]>"}, {"<!--", "-->"}};
    size_t n = *len;
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    while (n && isspace((unsigned char)s[n - 1]))
        n--;
    for (size_t i = 0; i < sizeof wrappers / sizeof wrappers[0]; i++) {
        size_t o = strlen(wrappers[i].open), c = strlen(wrappers[i].close);
        if (n >= o + c && !memcmp(s, wrappers[i].open, o) &&
            !memcmp(s + n - c, wrappers[i].close, c)) {
            s += o;
            n -= o + c;
            break;
        }
    }
    *len = n;
    return s;
}

/* An object or array parsed from the script's text: as written once its wrapper is gone,
 * or else from its first bracket to its last (some pages put a stray word around it). */
static json_t *
parse_jsonld(const char *s, size_t n)
{
    json_error_t err;
    size_t len = n;
    const char *json = unwrap_script_json(s, &len);
    json_t *root = len ? json_loadb(json, len, JSON_DECODE_ANY, &err) : NULL;
    if (root && (json_is_object(root) || json_is_array(root)))
        return root;
    json_decref(root);
    size_t a = 0, b = n;
    while (a < n && s[a] != '{' && s[a] != '[')
        a++;
    while (b > a && s[b - 1] != '}' && s[b - 1] != ']')
        b--;
    return b > a ? json_loadb(s + a, b - a, 0, &err) : NULL;
}

/* Read a JSON-LD script once for every reader; NULL if it is too large to be metadata or
 * out of memory. */
static const newsclean_jsonld *
read_jsonld(newsclean_page_facts *f, const xmlNode *el)
{
    xmlChar *text = xmlNodeGetContent(el);
    if (!text)
        return NULL;
    size_t n = strlen((const char *)text);
    newsclean_jsonld *ld = NULL;
    if (n <= NEWSCLEAN_MAX_JSONLD_BYTES)
        ld = realloc(f->ld, (f->n_ld + 1) * sizeof *f->ld);
    if (!ld) {
        xmlFree(text);
        return NULL;
    }
    f->ld = ld;
    newsclean_jsonld *e = &ld[f->n_ld++];
    *e = (newsclean_jsonld){.script = el, .len = n};
    e->root = parse_jsonld((const char *)text, n);
    /* Broken JSON still gives its date fields to a looser reading (dates_html.c). */
    if (!e->root)
        e->broken = newsclean_strdup((const char *)text);
    xmlFree(text);
    return e;
}

/* ---------- the readers ---------- */

bool
newsclean_facts_element(newsclean_page_facts *f, const newsclean_fact_frame *parent, xmlNode *el,
                        newsclean_el id, newsclean_fact_frame *child)
{
    child->readers = 0;
    child->date_flags = parent->date_flags;
    if (!parent->readers || f->nodes >= NEWSCLEAN_MAX_FACT_NODES)
        return false;
    f->nodes++;
    const newsclean_jsonld *ld =
        id == NEWSCLEAN_EL_SCRIPT && is_jsonld(el) ? read_jsonld(f, el) : NULL;
    if ((parent->readers & NEWSCLEAN_READ_HEAD) &&
        newsclean_head_facts_element(f->head, el, id, ld))
        child->readers |= NEWSCLEAN_READ_HEAD;
    if (parent->readers & NEWSCLEAN_READ_DATES) {
        unsigned flags = parent->date_flags;
        if (newsclean_date_facts_element(f->dates, el, id, &flags, ld)) {
            child->readers |= NEWSCLEAN_READ_DATES;
            child->date_flags = flags;
        }
    }
    return child->readers != 0;
}

void
newsclean_facts_text(newsclean_page_facts *f, const newsclean_fact_frame *fr, const xmlNode *text)
{
    if (!(fr->readers & NEWSCLEAN_READ_DATES) || f->nodes >= NEWSCLEAN_MAX_FACT_NODES)
        return;
    f->nodes++;
    newsclean_date_facts_text(f->dates, text, fr->date_flags);
}

void
newsclean_facts_walk(newsclean_page_facts *f, xmlNode *parent, const newsclean_fact_frame *fr,
                     unsigned depth)
{
    for (xmlNode *n = parent->children; n && f->nodes < NEWSCLEAN_MAX_FACT_NODES; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            newsclean_facts_text(f, fr, n);
        } else if (n->type == XML_ELEMENT_NODE && depth + 1 <= f->max_depth) {
            newsclean_fact_frame child;
            newsclean_el id = newsclean_el_lookup((const char *)n->name);
            if (newsclean_facts_element(f, fr, n, id, &child) && n->children)
                newsclean_facts_walk(f, n, &child, depth + 1);
        }
    }
}
