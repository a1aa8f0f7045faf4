/* article.c: the article object, its accessors, and metadata slots. */
#include "article.h"

#include <stdlib.h>
#include <string.h>

#include "blocks.h"
#include "buf.h"
#include "structure.h"

void
newsclean_meta_clear(newsclean_meta *m)
{
    free(m->headline);
    free(m->timestamp);
    free(m->modified);
    free(m->byline);
    free(m->site);
    free(m->language);
    free(m->url);
    free(m->description);
    free(m->image);
    memset(m, 0, sizeof *m);
}

bool
newsclean_meta_set(char **slot, const char *s, size_t n)
{
    char *c = newsclean_strndup(s, n);
    if (!c)
        return false;
    size_t len = newsclean_collapse_space(c, n);
    c[len] = '\0';
    free(*slot);
    *slot = len ? c : NULL;
    if (!len)
        free(c);
    return true;
}

void
newsclean_article_free(newsclean_article *a)
{
    if (!a)
        return;
    newsclean_meta_clear(&a->meta);
    free(a->body);
    newsclean_quote_list_free(&a->quotes);
    free(a->explain);
    newsclean_structure_free(a->structure);
    free(a);
}

/* The metadata accessors of newsclean.h: each field of the article's metadata, NULL
 * without an article. */
#define META_ACCESSOR(field)                                                                       \
    const char *newsclean_article_##field(const newsclean_article *a)                              \
    {                                                                                              \
        return a ? a->meta.field : NULL;                                                           \
    }

META_ACCESSOR(image)
META_ACCESSOR(headline)
META_ACCESSOR(timestamp)
META_ACCESSOR(modified)
META_ACCESSOR(byline)
META_ACCESSOR(site)
META_ACCESSOR(language)
META_ACCESSOR(url)
META_ACCESSOR(description)

const char *
newsclean_article_body(const newsclean_article *a)
{
    return a && a->body ? a->body : "";
}

const char *
newsclean_article_kind(const newsclean_article *a)
{
    return a ? newsclean_kind_name(a->kind) : NULL;
}

size_t
newsclean_article_quote_count(const newsclean_article *a)
{
    return a ? a->quotes.n : 0;
}

/* The same for the fields of quote i, NULL past the last quote. */
#define QUOTE_ACCESSOR(field)                                                                      \
    const char *newsclean_article_quote_##field(const newsclean_article *a, size_t i)              \
    {                                                                                              \
        return a && i < a->quotes.n ? a->quotes.v[i].field : NULL;                                 \
    }

QUOTE_ACCESSOR(text)
QUOTE_ACCESSOR(speaker)
QUOTE_ACCESSOR(cue)

newsclean_status
newsclean_article_quote_span(const newsclean_article *a, size_t i, size_t *offset, size_t *length)
{
    if (!a || i >= a->quotes.n || !offset || !length)
        return NEWSCLEAN_ERR_INVALID_ARG;
    *offset = a->quotes.v[i].offset;
    *length = a->quotes.v[i].length;
    return NEWSCLEAN_OK;
}

const char *
newsclean_article_explain(const newsclean_article *a)
{
    return a ? a->explain : NULL;
}
