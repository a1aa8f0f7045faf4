/* kind.h: what kind of page this is (article, listing, collection, product, forum,
 * documentation, service), from signals any page carries whatever its language. */
#ifndef NEWSCLEAN_KIND_H
#define NEWSCLEAN_KIND_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>

#include "blocks.h"
#include "newsclean.h"

/* The lexicon's words this stage reads, compiled once per extractor (kind.c). */
typedef struct newsclean_kind_rules newsclean_kind_rules;

/* The seven kinds, in the order of the model's tables (kind_model.h). */
typedef enum {
    NEWSCLEAN_KIND_ARTICLE = 0,
    NEWSCLEAN_KIND_LISTING,
    NEWSCLEAN_KIND_COLLECTION,
    NEWSCLEAN_KIND_PRODUCT,
    NEWSCLEAN_KIND_FORUM,
    NEWSCLEAN_KIND_DOCUMENTATION,
    NEWSCLEAN_KIND_SERVICE,
    NEWSCLEAN_KIND_COUNT
} newsclean_page_kind;

/* The feature vector, one slot per name in newsclean_kind_feature_name(). Block features
 * come from the block list (HTML and text dumps alike); markup features only from a
 * parsed page, and stay 0 for a text dump. */
#define NEWSCLEAN_KIND_FEATURES 129

typedef struct {
    double f[NEWSCLEAN_KIND_FEATURES];
    bool html;
    /* A text dump a tool laid out (wrapped, lynx's link numbers, a converter's Markdown):
     * it shows headings, list items and link marks that the browser-like dumps the text
     * model was fitted on never print, so the tool model reads it. */
    bool tool;
} newsclean_kind_features;

/* A currency sign next to a digit ("$12", "12,50 €", "£ 9"): a price, in any language. */
bool newsclean_has_price(const char *s, size_t n);

/* "article", "listing", ...; NULL past the last kind. */
const char *newsclean_kind_name(newsclean_page_kind k);

/* The name of feature i ("url_depth", "ld_product", ...), NULL past the last. */
const char *newsclean_kind_feature_name(size_t i);

/* Fill the block features from scored blocks and the page's metadata (any input). */
/* 'headline' and 'description' may be NULL; 'dated' and 'signed' say whether the page gave
 * a publication time and a byline. */
void newsclean_kind_block_features(const newsclean_kind_rules *rules, const newsclean_blocks *b,
                                   const char *headline, const char *description, bool dated,
                                   bool signed_, newsclean_kind_features *out);

/* The lexicon's URL path words, schema.org type names and class and id words that the
 * features below read, compiled once per extractor; read-only afterwards. NULL if out of
 * memory. */
newsclean_kind_rules *newsclean_kind_rules_new(void);
void newsclean_kind_rules_free(newsclean_kind_rules *r);

/* Add the markup features of a parsed page: structured-data types, URL shape, forms,
 * code, repeated sibling structures, class-name vocabulary, where links go. 'rules' is
 * from newsclean_kind_rules_new(). The links are read from the page's <a> elements and
 * from 'links' (may be NULL): 'links_len' bytes of NUL-terminated hrefs that the cut took
 * off their elements (NEWSCLEAN_CUT_LINK_LIST, dom.h). */
void newsclean_kind_markup_features(const newsclean_kind_rules *rules, xmlDocPtr doc,
                                    const char *url, const char *links, size_t links_len,
                                    newsclean_kind_features *out);

/* The URL part of the markup features alone (exposed for tests and text dumps that
 * carry a URL). */
void newsclean_kind_url_features(const newsclean_kind_rules *rules, const char *url,
                                 newsclean_kind_features *out);

/* Decide the kind with the generated model; 'prob' (may be NULL) receives the winning
 * class's probability. */
newsclean_page_kind newsclean_kind_decide(const newsclean_kind_features *x, double *prob);

/* The kind and probability lib/kind_body.c widens a page's body by: for a parsed page, those
 * of the HTML model its confidence bar was set against (kind_model.h's widening model), which
 * a refit of the kind model leaves in place, so that better kinds do not move bodies; for a
 * text dump, the text model's whatever the dump's shape (a tool's dump that kept nothing
 * may still go by the tool model's kind, see newsclean_kind_body_dump()). */
newsclean_page_kind newsclean_kind_decide_widening(const newsclean_kind_features *x, double *prob);

/* The lines for --explain: the kind, its probability and the features that set it apart
 * most, e.g. "kind: listing p=0.91 (html model) because url_listing_word=1 (+2.10) ...";
 * for a parsed page, a second line with the kind and probability the body is widened by,
 * "kind for the body: listing p=0.84 (widening model)", and for a tool's dump the kind its
 * body goes by, "kind for the body: article p=0.70 (text model)". Owned by the caller; NULL
 * if out of memory. */
char *newsclean_kind_explain(const newsclean_kind_features *x);

/* Put those lines in front of '*explain' (which may be NULL), replacing it. */
newsclean_status newsclean_kind_explain_into(const newsclean_kind_features *x, char **explain);

#endif /* NEWSCLEAN_KIND_H */
