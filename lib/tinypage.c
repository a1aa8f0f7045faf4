/* tinypage.c: pages too small to hold anything but their content. */
#include "tinypage.h"

bool
newsclean_tiny_page_keep(newsclean_blocks *bl, size_t from, newsclean_readable_fn readable,
                         const void *ctx)
{
    /* Front pages and lists end up here too: stop counting as soon as the page is too
     * long to be a notice, before the (not cheap) readability checks have seen it all. */
    size_t total = 0;
    for (size_t i = from; i < bl->n && total <= NEWSCLEAN_TINY_PAGE_CHARS; i++)
        if (readable(ctx, &bl->v[i]))
            total += bl->v[i].chars;
    if (total == 0 || total > NEWSCLEAN_TINY_PAGE_CHARS)
        return false;
    for (size_t i = from; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (readable(ctx, b)) {
            b->keep = true;
            b->reason = "the page's only text";
        }
    }
    return true;
}
