/* textdump_int.h: what the text-dump stages share: the record kept for every line, the
 * phrase-rule kinds, and the helpers of textdump_lines.c and textdump_meta.c. */
#ifndef NEWSCLEAN_TEXTDUMP_INT_H
#define NEWSCLEAN_TEXTDUMP_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "lexicon.h"
#include "dateline.h"
#include "textdump.h"

/* How far above the core's start the headline may be, in lines. */
#define NEWSCLEAN_TD_HEAD_WINDOW 40
/* Distinct content words a topic holds: a few paragraphs' worth, a power of two. */
#define NEWSCLEAN_TD_TOPIC_SLOTS 1024

/* What a phrase rule says a line is: the class of the lexicon row it matched (lexicon.h),
 * plus one, so that 0 says none. Named here are the kinds the dump stages ask about. */
#define NEWSCLEAN_TD_KIND(cls) (1u + (unsigned)(cls))
#define NEWSCLEAN_TD_K_NONE 0u
#define NEWSCLEAN_TD_K_LISTHEAD NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_LISTHEAD)
#define NEWSCLEAN_TD_K_COMMENTS NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_COMMENTS)
#define NEWSCLEAN_TD_K_LEGAL NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_LEGAL)
#define NEWSCLEAN_TD_K_BYLINE NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_BYLINE)
#define NEWSCLEAN_TD_K_PUBLISHED NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_PUBLISHED)
#define NEWSCLEAN_TD_K_UPDATED NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_UPDATED)
#define NEWSCLEAN_TD_K_CONSENT NEWSCLEAN_TD_KIND(NEWSCLEAN_LX_CONSENT)

/* Line classes, from least to most like article text (see classify()). */
enum { NEWSCLEAN_TD_SHORT = 0, NEWSCLEAN_TD_SENT, NEWSCLEAN_TD_PROSE, NEWSCLEAN_TD_NOISE };
/* What the metadata stage took a line for. */
enum {
    NEWSCLEAN_TD_ROLE_NONE = 0,
    NEWSCLEAN_TD_ROLE_HEADLINE,
    NEWSCLEAN_TD_ROLE_DATE,
    NEWSCLEAN_TD_ROLE_BYLINE
};

/* Everything known about one non-blank line of the dump. */
typedef struct {
    size_t bi;       /* index into blocks->v */
    size_t first;    /* earliest line with the same text */
    size_t last;     /* latest line with the same text */
    size_t dup;      /* lines with this text in the page */
    double weff;     /* words, counting unspaced scripts by characters */
    double stop;     /* share of function words */
    double caps;     /* share of words starting with a capital */
    double v;        /* value for the core search */
    double base;     /* v of a prose line before the teaser and topic weights */
    double ov;       /* share of a prose line's words the core's seed holds (see cohere()) */
    const char *why; /* phrase rule reason, NULL if none */
    unsigned kind;   /* NEWSCLEAN_TD_K_* */
    unsigned char cls, role;
    signed char date;      /* newsclean_td_has_date(): 0 not yet asked, 1 yes, -1 no */
    bool gapb, gapa;       /* blank line before / after */
    bool endp;             /* ends like a sentence */
    bool period;           /* ends with a full stop, colon or semicolon: not a title */
    bool linky;            /* URL, e-mail, or a "a | b | c" menu */
    bool linked;           /* linky only as Markdown's link markup says: mostly link text */
    bool link_text;        /* linky only as the dump's link marks say: mostly link text */
    bool icons;            /* run of sprite names */
    bool barrier;          /* phrase that ends an article */
    bool lower;            /* starts with a lowercase letter */
    bool teaser;           /* a paragraph alone under a title (see teasers()) */
    bool toc;              /* an entry of the article's table of contents (see contents()) */
    bool row;              /* a table's row, its cells split by tabs (textdump_table.c) */
    bool copied;           /* said again, in a block said twice with a paragraph */
    bool captioned;        /* a short paragraph under a picture's lone link number */
    unsigned char consent; /* words of a consent dialog (see consent()) */
} newsclean_td_line;

/* One extraction: the shared rules, the caller's outputs and the per-call scratch. */
typedef struct {
    const struct newsclean_textdump_rules *r;
    const struct newsclean_date_rules *dates; /* may be NULL: no dates then */
    newsclean_blocks *b;
    newsclean_meta *meta;
    newsclean_td_line *ln;
    size_t n;
    pcre2_match_data *md; /* per call, as the rules are shared between threads */
    pcre2_match_context *mc;
    unsigned char date_order; /* NEWSCLEAN_TD_ORDER_*: 0 until asked (textdump_meta.c) */
    bool markdown;            /* the dump is Markdown (newsclean_td_looks_like_markdown()) */
    char *rel;                /* the pieces' 'rel' (textdump_norm.h), NULL if empty */
    size_t rel_len;
} newsclean_td_ctx;

/* The order a page writes a numeric date's day and month in, as its other dates show. */
enum {
    NEWSCLEAN_TD_ORDER_UNASKED = 0,
    NEWSCLEAN_TD_ORDER_UNKNOWN,
    NEWSCLEAN_TD_ORDER_DAY_FIRST,
    NEWSCLEAN_TD_ORDER_MONTH_FIRST
};

/* Content words of some lines, hashed, with how often each was seen. */
typedef struct {
    uint64_t h[NEWSCLEAN_TD_TOPIC_SLOTS];
    unsigned cnt[NEWSCLEAN_TD_TOPIC_SLOTS];
    size_t n;
} newsclean_td_topic;

static inline const char *
newsclean_td_text(const newsclean_td_ctx *c, size_t i)
{
    return c->b->v[c->ln[i].bi].text;
}

static inline size_t
newsclean_td_len(const newsclean_td_ctx *c, size_t i)
{
    return c->b->v[c->ln[i].bi].len;
}

/* textdump_lines.c: the phrase table and the statistics of one line. */
/* Per-call pcre2 match data and limits; false if out of memory. _end is always safe. */
bool newsclean_td_match_begin(newsclean_td_ctx *c);
void newsclean_td_match_end(newsclean_td_ctx *c);
/* Fill weff, stop, caps, linky, icons, lower, endp and period of l. */
void newsclean_td_measure(const newsclean_td_ctx *c, newsclean_td_line *l);
/* Match the phrase table against the start of l's line; sets why, kind and barrier. */
void newsclean_td_phrases(const newsclean_td_ctx *c, newsclean_td_line *l, size_t words);
/* Whether line i is a prompt that closes an article or asks the reader for something
 * (lexicon.c: closing and sign-up prompts). */
bool newsclean_td_prompt(const newsclean_td_ctx *c, size_t i);
/* How many words of a consent dialog line i holds (lexicon.c), at most 255. */
unsigned newsclean_td_consent_words(const newsclean_td_ctx *c, size_t i);
/* Whether line i opens as a form's consent line (lexicon.c's FORM_CONSENT). */
bool newsclean_td_form_consent(const newsclean_td_ctx *c, size_t i);
/* Whether line i is a forum post's furniture (lexicon.c's POST_FURNITURE). */
bool newsclean_td_post_furniture(const newsclean_td_ctx *c, size_t i);
/* Whether line i is a call to action's button ("Book a demo", "Start your free trial"). */
bool newsclean_td_call_to_action(const newsclean_td_ctx *c, size_t i);
/* Hash a content word (folded; false for short and function words). */
bool newsclean_td_word_hash(const newsclean_td_ctx *c, const unsigned char *s, size_t n,
                            uint64_t *out);

/* textdump_meta.c: topics, headline, timestamp and byline. */
void newsclean_td_topic_build(const newsclean_td_ctx *c, size_t s, size_t e, newsclean_td_topic *t);
/* Share of line i's content words that t holds at least 'min' times. */
double newsclean_td_topic_overlap(const newsclean_td_ctx *c, size_t i, const newsclean_td_topic *t,
                                  unsigned min);
/* Whether short line i holds a date (asked once, then remembered). */
bool newsclean_td_has_date(newsclean_td_ctx *c, size_t i);
/* A short line that is mostly a date, as above a comment. */
bool newsclean_td_date_line(newsclean_td_ctx *c, size_t i);
/* A short line giving the time since publication ("2 hours ago", "vor 3 Tagen"). */
bool newsclean_td_relative_time(const newsclean_td_ctx *c, size_t k);
/* The headline's line for a core [s, e], SIZE_MAX if none looks like one. */
size_t newsclean_td_pick_headline(newsclean_td_ctx *c, size_t s, size_t e);
/* The line the record's headline is taken from, given the layout pick h (may be
 * SIZE_MAX) and the core [s, e]. */
size_t newsclean_td_record_headline(newsclean_td_ctx *c, size_t h, size_t s, size_t e);
/* Set meta->headline from line r and mark the copies of layout pick h (SIZE_MAX: none);
 * false if out of memory. */
bool newsclean_td_set_headline(newsclean_td_ctx *c, size_t h, size_t r, size_t s);
/* Timestamp, modified time and byline from the lines around headline h and core start s
 * (a labelled or lone date elsewhere up to core end e when none is there);
 * false if out of memory. */
bool newsclean_td_find_meta(newsclean_td_ctx *c, size_t h, size_t s, size_t e);

/* textdump_posts.c: a forum's thread. */
/* Where a core [s, e] that is a forum's post ends once the posts under it are taken in:
 * the last line of the thread's last post, or e itself when no thread follows. */
size_t newsclean_td_thread_end(newsclean_td_ctx *c, size_t s, size_t e);

#endif /* NEWSCLEAN_TEXTDUMP_INT_H */
