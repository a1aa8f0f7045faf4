/* kind_body.c: the main content of pages that are not articles.
 *
 * The scorer looks for one run of prose and drops link-dense text as navigation, which is
 * right for an article and wrong for a listing, whose entries are linked titles over short
 * summaries. Once the page's kind is known (kind.c), this stage takes the scorer's choice
 * and widens it for the kinds whose content is made of many short, often linked, parts,
 * still leaving out what the markup names as chrome. Articles never come here. */
#include "kind_body.h"

#include <stddef.h>

/* Below this probability for its kind a page keeps the scorer's choice: a news article
 * taken for a listing and widened loses more than a listing read as an article. */
#define MIN_KIND_PROB 0.75

/* Menu entries: a list item or paragraph that is a short link and nothing else. */
#define MENU_ENTRY_CHARS 30

static bool
chrome(const newsclean_block *b)
{
    if (b->flags & (NEWSCLEAN_BF_BOILER_HINT | NEWSCLEAN_BF_NOISE))
        return true;
    return b->chars < MENU_ENTRY_CHARS && b->link_chars * 2 > b->chars;
}

static void
keep_entries(newsclean_blocks *bl)
{
    for (size_t i = 0; i < bl->n; i++) {
        newsclean_block *b = &bl->v[i];
        if (b->keep || chrome(b))
            continue;
        b->keep = true;
        b->reason = "entry of a listing or collection";
    }
}

void
newsclean_kind_body(newsclean_blocks *bl, newsclean_page_kind kind, double prob, bool html)
{
    if (!html || prob < MIN_KIND_PROB)
        return;
    switch (kind) {
    case NEWSCLEAN_KIND_LISTING:
    case NEWSCLEAN_KIND_COLLECTION:
    case NEWSCLEAN_KIND_SERVICE:
        keep_entries(bl);
        break;
    default:
        break;
    }
}
