/* prune.h: decide which elements are page chrome before any text is scored. */
#ifndef NEWSCLEAN_PRUNE_H
#define NEWSCLEAN_PRUNE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <libxml/tree.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* Class/id/role and noise-phrase patterns, compiled once per extractor. */
struct newsclean_prune_rules;

struct newsclean_prune_rules *newsclean_prune_rules_new(void);
void newsclean_prune_rules_free(struct newsclean_prune_rules *r);

/* Slots of the per-extraction cache of class/id verdicts; a page has a few hundred
 * distinct class strings at most, and a collision only costs a re-match. */
#define NEWSCLEAN_PRUNE_CACHE 509

/* Per-extraction scratch space for the patterns: match data, limits, verdict cache. */
typedef struct {
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    struct {
        uint64_t hash;
        unsigned flags;
    } cache[NEWSCLEAN_PRUNE_CACHE];
} newsclean_prune_scratch;

bool newsclean_prune_scratch_init(newsclean_prune_scratch *s);
void newsclean_prune_scratch_free(newsclean_prune_scratch *s);

typedef enum {
    NEWSCLEAN_PRUNE_KEEP = 0, /* walk into it */
    NEWSCLEAN_PRUNE_DROP      /* script, hidden, navigation: skip the whole subtree */
} newsclean_prune_verdict;

/* Judge one element. On KEEP, '*flags' receives the NEWSCLEAN_BF_* hints the element
 * itself gives (boilerplate-looking class, article container, header, figure, byline);
 * '*why' a static reason on DROP. */
newsclean_prune_verdict newsclean_prune_element(const struct newsclean_prune_rules *r,
                                                newsclean_prune_scratch *s, xmlNodePtr el,
                                                unsigned *flags, const char **why);

/* True if a short block (at most 500 bytes) is interface text rather than the article's:
 * a UI phrase ("Share this story!", "Also on …", "Read more", "Advertisement", cookie and
 * newsletter prompts), a label over other stories ("Related posts"), a filing, dating or
 * source line ("Tags: …", "Quelle: …", "5 min read"), or a call to action closing an
 * article ("Follow us on …", "Unterstützen Sie uns"), in several languages. */
bool newsclean_prune_is_noise_text(const struct newsclean_prune_rules *r,
                                   newsclean_prune_scratch *s, const char *text, size_t len);

/* True if a short block reads as a picture's caption set as a paragraph: it ends with a
 * credit ("… Foto: Andina", "(Bild: Polizei)", "© Agency") or opens with a figure label
 * ("Abbildung 4:", "Figure 2:"). */
bool newsclean_prune_is_caption_text(const struct newsclean_prune_rules *r,
                                     newsclean_prune_scratch *s, const char *text, size_t len);

/* True if a short heading or line labels a list of other stories ("You may like",
 * "More from Politics", "Related", "Lesen Sie auch"), in several languages: what follows
 * it in its section is that list. */
bool newsclean_prune_is_related_label(const struct newsclean_prune_rules *r,
                                      newsclean_prune_scratch *s, const char *text, size_t len);

#endif /* NEWSCLEAN_PRUNE_H */
