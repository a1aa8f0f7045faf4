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

const char *
newsclean_article_image(const newsclean_article *a)
{
    return a ? a->meta.image : NULL;
}

const char *
newsclean_article_headline(const newsclean_article *a)
{
    return a ? a->meta.headline : NULL;
}

const char *
newsclean_article_timestamp(const newsclean_article *a)
{
    return a ? a->meta.timestamp : NULL;
}

const char *
newsclean_article_modified(const newsclean_article *a)
{
    return a ? a->meta.modified : NULL;
}

const char *
newsclean_article_byline(const newsclean_article *a)
{
    return a ? a->meta.byline : NULL;
}

const char *
newsclean_article_site(const newsclean_article *a)
{
    return a ? a->meta.site : NULL;
}

const char *
newsclean_article_language(const newsclean_article *a)
{
    return a ? a->meta.language : NULL;
}

const char *
newsclean_article_url(const newsclean_article *a)
{
    return a ? a->meta.url : NULL;
}

const char *
newsclean_article_description(const newsclean_article *a)
{
    return a ? a->meta.description : NULL;
}

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

const char *
newsclean_article_quote_text(const newsclean_article *a, size_t i)
{
    return a && i < a->quotes.n ? a->quotes.v[i].text : NULL;
}

const char *
newsclean_article_quote_speaker(const newsclean_article *a, size_t i)
{
    return a && i < a->quotes.n ? a->quotes.v[i].speaker : NULL;
}

const char *
newsclean_article_quote_cue(const newsclean_article *a, size_t i)
{
    return a && i < a->quotes.n ? a->quotes.v[i].cue : NULL;
}

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
