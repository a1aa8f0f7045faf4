/* textdump_posts.c: a forum's thread in a text dump. Its posts each sit under a head of
 * short lines (the poster's name, rank and count of posts, the post's date or number)
 * and over a row of buttons ("Reply", "Quote"); a head outweighs a short post in the
 * core search, so the core ends after the first post or two. */
#include "textdump_int.h"

/* Lines a post's head (with the buttons of the post above it) may take. */
#define POST_HEAD_LINES 24
/* Lines that are no post's head but may break a post's text: a quote's "Click to
 * expand", a pasted list's short item. */
#define POST_BREAK_LINES 2
/* Posts after the core that make it a thread's first post. */
#define THREAD_MIN_POSTS 3

/* Whether line i gives a post's date or age. */
static bool
post_date_line(newsclean_td_ctx *c, size_t i)
{
    return c->ln[i].cls != NEWSCLEAN_TD_PROSE &&
           (newsclean_td_date_line(c, i) || newsclean_td_relative_time(c, i));
}

/* The run of lines that are no prose from line i: its last line in *z; whether it can
 * be a post's head (short enough, a date in it, no barrier: an article's comments
 * lie past one). */
static bool
post_head(newsclean_td_ctx *c, size_t i, size_t *z)
{
    bool dated = false, clean = true;
    size_t j = i;
    for (; j < c->n && c->ln[j].cls != NEWSCLEAN_TD_PROSE; j++) {
        const newsclean_td_line *l = &c->ln[j];
        if (l->barrier || l->kind == NEWSCLEAN_TD_K_LISTHEAD)
            clean = false;
        if (j - i < POST_HEAD_LINES && !dated)
            dated = post_date_line(c, j);
    }
    *z = j - 1;
    return clean && dated && j - i <= POST_HEAD_LINES;
}

size_t
newsclean_td_thread_end(newsclean_td_ctx *c, size_t s, size_t e)
{
    /* The core is a post itself: a dated head over it (a date among the short lines
     * right over it, no barrier between) or over a paragraph in it. */
    bool post = false;
    for (size_t i = s; i > 0 && s - i < POST_HEAD_LINES && !post; i--) {
        const newsclean_td_line *l = &c->ln[i - 1];
        if (l->cls == NEWSCLEAN_TD_PROSE || l->barrier || l->kind == NEWSCLEAN_TD_K_LISTHEAD)
            break;
        post = post_date_line(c, i - 1);
    }
    size_t z;
    for (size_t i = s; i < e && !post; i = z + 1) {
        if (c->ln[i].cls == NEWSCLEAN_TD_PROSE) {
            z = i;
            continue;
        }
        post = post_head(c, i, &z);
    }
    if (!post)
        return e;
    double core_words = 0, thread_words = 0;
    for (size_t i = s; i <= e; i++)
        core_words += c->ln[i].cls == NEWSCLEAN_TD_PROSE ? c->ln[i].weff : 0;
    size_t posts = 0, end = e;
    for (size_t i = e + 1; i < c->n;) {
        if (c->ln[i].cls == NEWSCLEAN_TD_PROSE) {
            i++;
            continue;
        }
        bool head = post_head(c, i, &z);
        bool barrier = false;
        for (size_t j = i; j <= z && !barrier; j++)
            barrier = c->ln[j].barrier;
        if (z + 1 >= c->n)
            break;
        if (head)
            posts++;
        else if (barrier || z - i + 1 > POST_BREAK_LINES)
            break;
        /* The post's text runs down to the next run of short lines. */
        i = z + 1;
        while (i < c->n && c->ln[i].cls == NEWSCLEAN_TD_PROSE)
            thread_words += c->ln[i++].weff;
        end = i - 1;
    }
    /* An article outweighs the comments under it; a thread's first post does not. */
    return posts >= THREAD_MIN_POSTS && thread_words >= core_words ? end : e;
}
