/* kind.c: the page's kind, from signals that hold whatever its language.
 *
 * A page becomes a vector of features (below, FEATURES), and a multinomial logistic
 * regression turns the vector into one of seven kinds. The weights are not written by
 * hand: tools/kindtrain.py fits them on the tune half of an annotated corpus, from the
 * vectors this very file computes (tests/kind/kind_features dumps them), and writes them
 * into kind_model.h. A change to a feature here changes the vectors, so the model must be
 * trained again; the feature count in the generated header guards against forgetting.
 *
 * Features are cheap by design: one pass over the block list, one over the element tree
 * (class names, tags, sibling groups, JSON-LD types) and a parse of the URL. */
#include "kind.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "lexicon.h"
#include "tags.h"
#include "textutil.h"

/* Every feature, in vector order. B_ features come from blocks, M_ from markup. */
#define FEATURES(X)                                                                                \
    X(B_LOG_CHARS, "log_chars")                                                                    \
    X(B_LINK_SHARE, "link_share")                                                                  \
    X(B_KEPT_SHARE, "kept_share")                                                                  \
    X(B_LOG_KEPT, "log_kept_chars")                                                                \
    X(B_LONG_SHARE, "long_par_share")                                                              \
    X(B_LOG_LONG, "log_long_pars")                                                                 \
    X(B_SHORT_SHARE, "short_block_share")                                                          \
    X(B_HEADING_SHARE, "heading_share")                                                            \
    X(B_LOG_LINKED_HEADINGS, "log_linked_headings")                                                \
    X(B_LINKED_HEADING_SHARE, "linked_heading_share")                                              \
    X(B_LI_SHARE, "list_item_share")                                                               \
    X(B_CELL_SHARE, "cell_share")                                                                  \
    X(B_PRE_SHARE, "pre_char_share")                                                               \
    X(B_LOG_PRICES, "log_price_blocks")                                                            \
    X(B_LOG_DATES, "log_date_blocks")                                                              \
    X(B_LOG_BYLINES, "log_byline_blocks")                                                          \
    X(B_KEPT_HEADING_SHARE, "kept_heading_share")                                                  \
    X(B_KEPT_LINK_SHARE, "kept_link_share")                                                        \
    X(B_KEPT_WORDS_PER_BLOCK, "log_kept_words_per_block")                                          \
    X(B_PUNCT_PER_WORD, "punct_per_word")                                                          \
    X(B_HAS_TIMESTAMP, "has_timestamp")                                                            \
    X(B_HAS_BYLINE, "has_byline")                                                                  \
    X(B_HEADLINE_QUESTION, "headline_question")                                                    \
    X(B_LOG_BLOCKS, "log_blocks")                                                                  \
    X(B_LOG_KEPT_BLOCKS, "log_kept_blocks")                                                        \
    X(B_KEPT_LI_SHARE, "kept_list_item_share")                                                     \
    X(B_LOG_LINK_ITEMS, "log_link_list_items")                                                     \
    X(B_DIGIT_SHARE, "digit_share")                                                                \
    X(B_LOG_QUESTIONS, "log_question_blocks")                                                      \
    X(B_LOG_CODE_LIKE, "log_code_like_blocks")                                                     \
    X(B_KEPT_FIRST, "kept_first_position")                                                         \
    X(B_KEPT_SPAN, "kept_span")                                                                    \
    X(B_LOG_DESCRIPTION, "log_description_chars")                                                  \
    X(B_SHORT_LINE_SHARE, "short_line_share")                                                      \
    X(B_LOG_HEADINGS, "log_headings")                                                              \
    X(M_LD_ARTICLE, "ld_article")                                                                  \
    X(M_LD_PRODUCT, "ld_product")                                                                  \
    X(M_LD_FORUM, "ld_forum")                                                                      \
    X(M_LD_DOCS, "ld_docs")                                                                        \
    X(M_LD_COLLECTION, "ld_collection")                                                            \
    X(M_LD_SERVICE, "ld_service")                                                                  \
    X(M_LD_WEBPAGE, "ld_webpage")                                                                  \
    X(M_LD_CREATIVE, "ld_creative_work")                                                           \
    X(M_LD_FAQ, "ld_faq")                                                                          \
    X(M_LD_ANY, "ld_any")                                                                          \
    X(M_OG_ARTICLE, "og_article")                                                                  \
    X(M_OG_PRODUCT, "og_product")                                                                  \
    X(M_OG_WEBSITE, "og_website")                                                                  \
    X(M_URL_KNOWN, "url_known")                                                                    \
    X(M_URL_DEPTH, "url_depth")                                                                    \
    X(M_URL_ROOT, "url_root")                                                                      \
    X(M_URL_QUERY, "url_query")                                                                    \
    X(M_URL_SLASH_END, "url_slash_end")                                                            \
    X(M_URL_SLUG_WORDS, "url_slug_words")                                                          \
    X(M_URL_DATE, "url_date")                                                                      \
    X(M_URL_NUMERIC_ID, "url_numeric_id")                                                          \
    X(M_URL_FILE_EXT, "url_file_ext")                                                              \
    X(M_URL_LISTING, "url_listing_word")                                                           \
    X(M_URL_PRODUCT, "url_product_word")                                                           \
    X(M_URL_FORUM, "url_forum_word")                                                               \
    X(M_URL_DOCS, "url_docs_word")                                                                 \
    X(M_URL_SERVICE, "url_service_word")                                                           \
    X(M_URL_ARTICLE, "url_article_word")                                                           \
    X(M_URL_COLLECTION, "url_collection_word")                                                     \
    X(M_LOG_ARTICLE_EL, "log_article_elements")                                                    \
    X(M_LOG_FORMS, "log_forms")                                                                    \
    X(M_LOG_INPUTS, "log_inputs")                                                                  \
    X(M_LOG_SELECTS, "log_selects")                                                                \
    X(M_LOG_TEXTAREAS, "log_textareas")                                                            \
    X(M_LOG_BUTTONS, "log_buttons")                                                                \
    X(M_LOG_CODE, "log_code_elements")                                                             \
    X(M_LOG_TABLES, "log_tables")                                                                  \
    X(M_LOG_DL, "log_definition_lists")                                                            \
    X(M_LOG_TIME, "log_time_elements")                                                             \
    X(M_LOG_IMG, "log_images")                                                                     \
    X(M_LOG_REPEAT, "log_repeat_linked")                                                           \
    X(M_REPEAT_IMG_SHARE, "repeat_image_share")                                                    \
    X(M_LOG_REPEAT_GROUPS, "log_repeat_groups")                                                    \
    X(M_LOG_REPEAT_HEADED, "log_repeat_headed")                                                    \
    X(M_CLS_FORUM, "class_forum")                                                                  \
    X(M_CLS_PRODUCT, "class_product")                                                              \
    X(M_CLS_CARD, "class_card")                                                                    \
    X(M_CLS_DOCS, "class_docs")                                                                    \
    X(M_CLS_SERVICE, "class_service")                                                              \
    X(M_CLS_USER, "class_user")                                                                    \
    X(M_CLS_ARTICLE, "class_article")                                                              \
    X(M_LOG_NAV, "log_nav_elements")                                                               \
    X(M_LOG_ITEMPROP_PRICE, "log_itemprop_offer")                                                  \
    X(M_LOG_REPEAT_TEXT, "log_repeat_with_text")                                                   \
    X(M_REPEAT_TEXT_SHARE, "repeat_text_share")                                                    \
    X(M_LOG_H1, "log_h1")                                                                          \
    X(B_LOG_HEADLINE_WORDS, "log_headline_words")                                                  \
    X(B_LOG_SHORT_SECTIONS, "log_short_sections")                                                  \
    X(B_SHORT_SECTION_SHARE, "short_section_share")                                                \
    X(B_LOG_SECTION_CHARS, "log_chars_per_section")                                                \
    X(B_LOG_PHONES, "log_phone_blocks")                                                            \
    X(B_LOG_CTA, "log_call_to_action_blocks")                                                      \
    X(M_LOG_REPEAT_DATED, "log_repeat_dated")                                                      \
    X(M_PAGINATION, "pagination")                                                                  \
    X(M_LOG_SECTIONS, "log_sections")                                                              \
    X(M_LOG_ADDRESS, "log_address_elements")                                                       \
    X(B_LOG_COUNTERS, "log_counter_blocks")                                                        \
    X(B_LOG_DATE_RUN, "log_dated_entries")                                                         \
    X(B_LOG_DATE_SHAPES, "log_date_shaped_blocks")                                                 \
    X(B_LOG_DATED_PROSE, "log_dated_prose_runs")                                                   \
    X(M_LOG_SITE_LINKS, "log_site_links")                                                          \
    X(M_OFFSITE_LINK_SHARE, "offsite_link_share")                                                  \
    X(M_LOG_CHILD_LINKS, "log_child_links")                                                        \
    X(M_CHILD_LINK_SHARE, "child_link_share")                                                      \
    X(M_LOG_SIBLING_LINKS, "log_sibling_links")                                                    \
    X(M_DEEPER_LINK_SHARE, "deeper_link_share")                                                    \
    X(M_LOG_USER_LINKS, "log_user_links")                                                          \
    X(M_LOG_LINKS_LISTING, "log_links_listing_path")                                               \
    X(M_LOG_LINKS_PRODUCT, "log_links_product_path")                                               \
    X(M_LOG_LINKS_FORUM, "log_links_forum_path")                                                   \
    X(M_LOG_LINKS_DOCS, "log_links_docs_path")                                                     \
    X(M_LOG_LINKS_SERVICE, "log_links_service_path")                                               \
    X(M_LOG_LINKS_ARTICLE, "log_links_article_path")                                               \
    X(M_LOG_LINKS_COLLECTION, "log_links_collection_path")                                         \
    X(M_LOG_LONG_ANCHORS, "log_long_anchors")                                                      \
    X(M_LONG_ANCHOR_SHARE, "long_anchor_text_share")                                               \
    X(M_LOG_ANCHORED_HEADINGS, "log_anchored_headings")                                            \
    X(M_LOG_NAV_LINKS, "log_nav_links")                                                            \
    X(B_LOG_PROSE_RUN, "log_prose_run_chars")                                                      \
    X(B_PROSE_RUN_SHARE, "prose_run_share")                                                        \
    X(B_PROSE_HOME_SHARE, "prose_home_share")                                                      \
    X(B_PROSE_PARENT_SHARE, "prose_parent_share")                                                  \
    X(B_LOG_PROSE_HOMES, "log_prose_homes")                                                        \
    X(M_LOG_SOURCE_LINKS, "log_source_links")

#define AS_ENUM(id, name) id,
#define AS_NAME(id, name) name,
enum { FEATURES(AS_ENUM) N_FEATURES };
static const char *const feature_names[] = {FEATURES(AS_NAME)};

_Static_assert(N_FEATURES == NEWSCLEAN_KIND_FEATURES, "NEWSCLEAN_KIND_FEATURES is stale");

#include "kind_model.h"

_Static_assert(KIND_MODEL_FEATURES == NEWSCLEAN_KIND_FEATURES,
               "kind_model.h was made for other features: run tools/kindtrain.py");

static const char *const kind_names[NEWSCLEAN_KIND_COUNT] = {
    "article", "listing", "collection", "product", "forum", "documentation", "service"};

const char *
newsclean_kind_name(newsclean_page_kind k)
{
    return (unsigned)k < NEWSCLEAN_KIND_COUNT ? kind_names[k] : NULL;
}

const char *
newsclean_kind_feature_name(size_t i)
{
    return i < N_FEATURES ? feature_names[i] : NULL;
}

/* Counts become log1p so a page with 300 cards is not ten times one with 30. */
static double
lg(double n)
{
    return log1p(n);
}

/* ---- Block features ----------------------------------------------------------------- */

bool
newsclean_has_price(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        size_t w = 0;
        if (c == '$')
            w = 1;
        else if (c == 0xC2 && i + 1 < n &&
                 ((unsigned char)s[i + 1] == 0xA3 || /* £ */
                  (unsigned char)s[i + 1] == 0xA5))  /* ¥ */
            w = 2;
        else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x82 &&
                 ((unsigned char)s[i + 2] == 0xAC ||  /* € */
                  (unsigned char)s[i + 2] == 0xB9 ||  /* ₹ */
                  (unsigned char)s[i + 2] == 0xBD ||  /* ₽ */
                  (unsigned char)s[i + 2] == 0xA9)) { /* ₩ */
            w = 3;
        }
        if (!w)
            continue;
        size_t after = i + w;
        if (after < n && s[after] == ' ')
            after++;
        if (after < n && s[after] >= '0' && s[after] <= '9')
            return true;
        size_t before = i;
        if (before > 0 && s[before - 1] == ' ')
            before--;
        if (before > 0 && s[before - 1] >= '0' && s[before - 1] <= '9')
            return true;
        i += w - 1;
    }
    return false;
}

/* Program text: braces, semicolons, parentheses and equals signs at a rate prose never has. */
static bool
code_like(const newsclean_block *b)
{
    if (b->chars < 12)
        return false;
    size_t sym = 0;
    for (size_t i = 0; i < b->len; i++) {
        char c = b->text[i];
        sym += c == '{' || c == '}' || c == ';' || c == '(' || c == ')' || c == '=' || c == '<' ||
               c == '>' || c == '[' || c == ']' || c == '_';
    }
    return sym * 12 >= b->chars && sym >= 3;
}

/* A telephone number: a run of digits and the separators numbers are written with
 * ("(555) 010-2030", "+44 20 7946 0000", "06 12 34 56 78"), 9 to 13 digits in at least
 * three groups, standing alone. Service pages print one in every contact block. */
static bool
has_phone(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!(newsclean_is_ascii_digit(c) || c == '+' || c == '('))
            continue;
        if (i > 0 && (newsclean_is_ascii_digit(s[i - 1]) || newsclean_is_ascii_letter(s[i - 1]) ||
                      s[i - 1] == '.' || s[i - 1] == ','))
            continue;
        size_t digits = 0, groups = 0, j = i, end = i;
        bool in_group = false;
        for (; j < n; j++) {
            char d = s[j];
            if (newsclean_is_ascii_digit(d)) {
                digits++;
                groups += !in_group;
                in_group = true;
                end = j + 1;
            } else if (d == ' ' || d == '-' || d == '.' || d == '(' || d == ')' || d == '+') {
                in_group = false;
            } else {
                break;
            }
        }
        /* Only what follows the last digit decides: "555 0102 today" stands alone. */
        bool alone =
            end == n || !(newsclean_is_ascii_letter(s[end]) || s[end] == ',' || s[end] == '%');
        if (alone && digits >= 9 && digits <= 13 && groups >= 3)
            return true;
        i = j;
    }
    return false;
}

/* Defined with the rules it reads, below. */
static bool call_to_action(const newsclean_kind_rules *r, const newsclean_block *b);

/* A section shorter than this (code points, under one heading, links aside) is a
 * marketing page's or a card's blurb, not a part of an article. */
#define SHORT_SECTION_CHARS 300

/* A block that is a number and little else ("12", "3.4k", "+7"): the vote, reply and
 * page counts of threads, listings and shops, which prose never stands alone as. */
#define COUNTER_MAX_CHARS 6

static bool
counter_block(const newsclean_block *b)
{
    if (!b->len || b->chars > COUNTER_MAX_CHARS)
        return false;
    size_t digits = 0, letters = 0;
    for (size_t i = 0; i < b->len; i++) {
        digits += newsclean_is_ascii_digit(b->text[i]);
        letters += newsclean_is_ascii_letter(b->text[i]) || (unsigned char)b->text[i] >= 0x80;
    }
    return digits > 0 && letters <= 1;
}

/* A short block that reads as a date or a time by its digits alone ("2024-08-03 10:59",
 * "03.08.2024", "8/3/24 14:22", "Aug 3, 2024"): a year of four digits beside another
 * number, or hours and minutes. The posts of a thread and the entries of a list each carry
 * one, whatever the page's language and whether or not it marks them up as <time>. */
#define DATE_SHAPE_MAX_CHARS 80

static bool
date_shaped(const newsclean_block *b)
{
    if (b->chars > DATE_SHAPE_MAX_CHARS)
        return false;
    const char *s = b->text;
    size_t n = b->len, groups = 0;
    bool year = false;
    for (size_t i = 0; i < n;) {
        if (!newsclean_is_ascii_digit(s[i])) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n && newsclean_is_ascii_digit(s[j]))
            j++;
        size_t len = j - i;
        /* Hours and minutes: 1-2 digits, a colon, two digits. */
        if (len <= 2 && j + 2 < n && s[j] == ':' && newsclean_is_ascii_digit(s[j + 1]) &&
            newsclean_is_ascii_digit(s[j + 2]) &&
            (j + 3 >= n || !newsclean_is_ascii_digit(s[j + 3])))
            return true;
        if (len == 4 && (s[i] == '1' || s[i] == '2') && (s[i + 1] == '9' || s[i + 1] == '0'))
            year = true;
        else if (len <= 2)
            groups++;
        i = j;
    }
    return year && groups > 0;
}

/* Prose this long under a dated line makes the pair an entry: a post, or a summary. */
#define DATED_PROSE_CHARS 100

/* Dated blocks this close after the last one are the dates of a run of entries (a blog's
 * index, a news section, a thread's posts), not an article's one dateline. */
#define DATE_RUN_GAP 8

/* A paragraph of prose: long enough, with sentence punctuation, mostly not links. */
#define PROSE_CHARS 80

static bool
prose_block(const newsclean_block *b)
{
    return b->kind != NEWSCLEAN_BLOCK_HEADING && b->chars >= PROSE_CHARS && b->punct >= 1 &&
           b->link_chars * 4 <= b->chars;
}

/* A block this long that is not prose nor a heading ends a run of prose; shorter ones (a
 * caption's credit, an ad's label) do not. */
#define PROSE_RUN_BREAK_CHARS 20

static size_t
count_digits(const char *s, size_t n)
{
    size_t d = 0;
    for (size_t i = 0; i < n; i++)
        d += s[i] >= '0' && s[i] <= '9';
    return d;
}

void
newsclean_kind_block_features(const newsclean_kind_rules *rules, const newsclean_blocks *bl,
                              const char *headline, const char *description, bool dated,
                              bool signed_, newsclean_kind_features *out)
{
    double *f = out->f;
    memset(out, 0, sizeof *out);
    /* The text path marks the root of a dump a tool laid out (textdump.c). */
    for (size_t i = 0; i < bl->nc; i++)
        out->tool |= (bl->c[i].flags & NEWSCLEAN_BF_DUMP_TOOL) != 0;
    size_t chars = 0, links = 0, kept_chars = 0, kept_links = 0, long_chars = 0, n_long = 0;
    size_t n_short = 0, n_head = 0, n_linked_head = 0, n_li = 0, n_cell = 0, pre_chars = 0;
    size_t n_price = 0, n_date = 0, n_byline = 0, n_kept = 0, n_kept_head = 0, n_kept_li = 0;
    size_t kept_words = 0, words = 0, punct = 0, n_link_items = 0, kept_digits = 0;
    size_t n_question = 0, n_code = 0, first_kept = bl->n, last_kept = 0, n_short_line = 0;
    size_t n_phone = 0, n_cta = 0, n_short_sections = 0, section = 0, prose = 0;
    size_t n_counter = 0, n_date_run = 0, last_date = 0;
    size_t n_date_shape = 0, n_dated_prose = 0;
    /* Where the prose lies (prose_block): an article's is one run of paragraphs side by
     * side in one parent element; a service page's, a listing's or a thread's is spread over
     * sections, cards or posts, each in its own box. Its "homes" are the elements holding
     * the text (a <p> is its own; text loose in a <div> shares it), counted each time the
     * next paragraph of prose has another; the largest share under one home, and under
     * one parent of homes, read the spread. */
    size_t all_prose = 0, run = 0, best_run = 0, homes = 0, home = 0, best_home = 0;
    size_t parent = 0, best_parent = 0;
    size_t last_home = NEWSCLEAN_NO_CONTAINER, last_parent = NEWSCLEAN_NO_CONTAINER;
    bool in_section = false, dated_before = false;
    /* A date-shaped line waiting for prose: each one followed by prose before the next
     * date counts once, as a thread's posts or a blog index's entries do. */
    bool date_open = false;
    for (size_t i = 0; i < bl->n; i++) {
        const newsclean_block *b = &bl->v[i];
        chars += b->chars;
        if (b->kind == NEWSCLEAN_BLOCK_HEADING) {
            n_short_sections += in_section && section > 0 && section < SHORT_SECTION_CHARS;
            in_section = true;
            section = 0;
        } else if (b->link_chars * 2 <= b->chars) {
            section += b->chars;
            prose += b->chars;
        }
        n_phone += b->chars <= 200 && has_phone(b->text, b->len);
        n_cta += call_to_action(rules, b);
        links += b->link_chars;
        words += b->words;
        punct += b->punct;
        if (b->chars >= 150 && b->punct >= 2) {
            long_chars += b->chars;
            n_long++;
        }
        n_short += b->chars < 40;
        n_short_line += b->chars < 80 && b->punct == 0;
        if (b->kind == NEWSCLEAN_BLOCK_HEADING) {
            n_head++;
            n_linked_head += b->link_chars * 2 > b->chars;
        }
        n_li += b->kind == NEWSCLEAN_BLOCK_LIST_ITEM;
        n_cell += b->kind == NEWSCLEAN_BLOCK_CELL;
        if (b->kind == NEWSCLEAN_BLOCK_PRE)
            pre_chars += b->chars;
        if (b->chars <= 300 && newsclean_has_price(b->text, b->len))
            n_price++;
        n_date += (b->flags & NEWSCLEAN_BF_DATELINE) != 0;
        if (b->flags & NEWSCLEAN_BF_DATELINE) {
            n_date_run += dated_before && i - last_date <= DATE_RUN_GAP;
            dated_before = true;
            last_date = i;
        }
        n_counter += counter_block(b);
        if ((b->flags & NEWSCLEAN_BF_DATELINE) || date_shaped(b)) {
            n_date_shape++;
            date_open = true;
        } else if (date_open && b->chars >= DATED_PROSE_CHARS && b->link_chars * 4 <= b->chars &&
                   b->punct >= 1) {
            n_dated_prose++;
            date_open = false;
        }
        if (prose_block(b)) {
            size_t c = b->container, p = c < bl->nc ? bl->c[c].parent : NEWSCLEAN_NO_CONTAINER;
            all_prose += b->chars;
            run += b->chars;
            home = c == last_home ? home + b->chars : b->chars;
            homes += c != last_home || homes == 0;
            parent = p == last_parent ? parent + b->chars : b->chars;
            last_home = c;
            last_parent = p;
            best_home = home > best_home ? home : best_home;
            best_parent = parent > best_parent ? parent : best_parent;
        } else if (b->kind != NEWSCLEAN_BLOCK_HEADING && b->chars >= PROSE_RUN_BREAK_CHARS) {
            run = 0;
        }
        best_run = run > best_run ? run : best_run;
        n_byline += (b->flags & NEWSCLEAN_BF_BYLINE) != 0;
        n_link_items += (b->flags & NEWSCLEAN_BF_IN_LINK_LIST) != 0;
        n_question += b->len > 0 && b->chars < 300 && b->text[b->len - 1] == '?';
        n_code += b->kind == NEWSCLEAN_BLOCK_PRE || code_like(b);
        if (b->keep) {
            n_kept++;
            kept_chars += b->chars;
            kept_links += b->link_chars;
            kept_words += b->words;
            n_kept_head += b->kind == NEWSCLEAN_BLOCK_HEADING;
            n_kept_li += b->kind == NEWSCLEAN_BLOCK_LIST_ITEM;
            kept_digits += count_digits(b->text, b->len);
            if (first_kept == bl->n)
                first_kept = i;
            last_kept = i;
        }
    }
    double nb = bl->n ? (double)bl->n : 1.0;
    double nc = chars ? (double)chars : 1.0;
    f[B_LOG_CHARS] = lg((double)chars);
    f[B_LINK_SHARE] = (double)links / nc;
    f[B_KEPT_SHARE] = (double)kept_chars / nc;
    f[B_LOG_KEPT] = lg((double)kept_chars);
    f[B_LONG_SHARE] = (double)long_chars / nc;
    f[B_LOG_LONG] = lg((double)n_long);
    f[B_SHORT_SHARE] = (double)n_short / nb;
    f[B_HEADING_SHARE] = (double)n_head / nb;
    f[B_LOG_LINKED_HEADINGS] = lg((double)n_linked_head);
    f[B_LINKED_HEADING_SHARE] = n_head ? (double)n_linked_head / (double)n_head : 0.0;
    f[B_LI_SHARE] = (double)n_li / nb;
    f[B_CELL_SHARE] = (double)n_cell / nb;
    f[B_PRE_SHARE] = (double)pre_chars / nc;
    f[B_LOG_PRICES] = lg((double)n_price);
    f[B_LOG_DATES] = lg((double)n_date);
    f[B_LOG_BYLINES] = lg((double)n_byline);
    f[B_KEPT_HEADING_SHARE] = n_kept ? (double)n_kept_head / (double)n_kept : 0.0;
    f[B_KEPT_LINK_SHARE] = kept_chars ? (double)kept_links / (double)kept_chars : 0.0;
    f[B_KEPT_WORDS_PER_BLOCK] = n_kept ? lg((double)kept_words / (double)n_kept) : 0.0;
    f[B_PUNCT_PER_WORD] = words ? (double)punct / (double)words : 0.0;
    f[B_HAS_TIMESTAMP] = dated ? 1.0 : 0.0;
    f[B_HAS_BYLINE] = signed_ ? 1.0 : 0.0;
    f[B_HEADLINE_QUESTION] = headline && strchr(headline, '?') ? 1.0 : 0.0;
    f[B_LOG_BLOCKS] = lg((double)bl->n);
    f[B_LOG_KEPT_BLOCKS] = lg((double)n_kept);
    f[B_KEPT_LI_SHARE] = n_kept ? (double)n_kept_li / (double)n_kept : 0.0;
    f[B_LOG_LINK_ITEMS] = lg((double)n_link_items);
    f[B_DIGIT_SHARE] = kept_chars ? (double)kept_digits / (double)kept_chars : 0.0;
    f[B_LOG_QUESTIONS] = lg((double)n_question);
    f[B_LOG_CODE_LIKE] = lg((double)n_code);
    f[B_KEPT_FIRST] = n_kept ? (double)first_kept / nb : 1.0;
    f[B_KEPT_SPAN] = n_kept ? (double)(last_kept - first_kept + 1) / nb : 0.0;
    f[B_LOG_DESCRIPTION] = description ? lg((double)strlen(description)) : 0.0;
    f[B_SHORT_LINE_SHARE] = (double)n_short_line / nb;
    f[B_LOG_HEADINGS] = lg((double)n_head);
    size_t hw = 0;
    for (const char *p = headline; p && *p; p++)
        hw += (p == headline || p[-1] == ' ') && *p != ' ';
    f[B_LOG_HEADLINE_WORDS] = lg((double)hw);
    n_short_sections += in_section && section > 0 && section < SHORT_SECTION_CHARS;
    f[B_LOG_SHORT_SECTIONS] = lg((double)n_short_sections);
    f[B_SHORT_SECTION_SHARE] = n_head ? (double)n_short_sections / (double)n_head : 0.0;
    f[B_LOG_SECTION_CHARS] = lg((double)prose / (double)(n_head + 1));
    f[B_LOG_PHONES] = lg((double)n_phone);
    f[B_LOG_CTA] = lg((double)n_cta);
    f[B_LOG_COUNTERS] = lg((double)n_counter);
    f[B_LOG_DATE_RUN] = lg((double)n_date_run);
    f[B_LOG_DATE_SHAPES] = lg((double)n_date_shape);
    f[B_LOG_DATED_PROSE] = lg((double)n_dated_prose);
    double np = all_prose ? (double)all_prose : 1.0;
    f[B_LOG_PROSE_RUN] = lg((double)best_run);
    f[B_PROSE_RUN_SHARE] = (double)best_run / np;
    f[B_PROSE_HOME_SHARE] = (double)best_home / np;
    f[B_PROSE_PARENT_SHARE] = (double)best_parent / np;
    f[B_LOG_PROSE_HOMES] = lg((double)homes);
}

/* ---- URL features ------------------------------------------------------------------- */

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Which feature each of the lexicon's path and type classes sets. */
typedef struct {
    unsigned char cls; /* newsclean_lex_class */
    unsigned char feature;
} class_feature;

static const class_feature url_kinds[] = {{NEWSCLEAN_LX_KIND_URL_LISTING, M_URL_LISTING},
                                          {NEWSCLEAN_LX_KIND_URL_PRODUCT, M_URL_PRODUCT},
                                          {NEWSCLEAN_LX_KIND_URL_FORUM, M_URL_FORUM},
                                          {NEWSCLEAN_LX_KIND_URL_DOCS, M_URL_DOCS},
                                          {NEWSCLEAN_LX_KIND_URL_SERVICE, M_URL_SERVICE},
                                          {NEWSCLEAN_LX_KIND_URL_ARTICLE, M_URL_ARTICLE},
                                          {NEWSCLEAN_LX_KIND_URL_COLLECTION, M_URL_COLLECTION}};

static const class_feature ld_kinds[] = {{NEWSCLEAN_LX_KIND_LD_ARTICLE, M_LD_ARTICLE},
                                         {NEWSCLEAN_LX_KIND_LD_PRODUCT, M_LD_PRODUCT},
                                         {NEWSCLEAN_LX_KIND_LD_FORUM, M_LD_FORUM},
                                         {NEWSCLEAN_LX_KIND_LD_DOCS, M_LD_DOCS},
                                         {NEWSCLEAN_LX_KIND_LD_COLLECTION, M_LD_COLLECTION},
                                         {NEWSCLEAN_LX_KIND_LD_SERVICE, M_LD_SERVICE},
                                         {NEWSCLEAN_LX_KIND_LD_CREATIVE, M_LD_CREATIVE}};

/* The lexicon's class and id words by the kind of page they mark, in the order of the
 * class features (M_CLS_FORUM ...): family i is bit i. They are matched as prefixes of the
 * words of a class or id value ("comment" matches "comments" and "comment-body"). */
static const newsclean_lex_class cls_kinds[] = {
    NEWSCLEAN_LX_KIND_NAME_FORUM,  NEWSCLEAN_LX_KIND_NAME_PRODUCT, NEWSCLEAN_LX_KIND_NAME_CARD,
    NEWSCLEAN_LX_KIND_NAME_DOCS,   NEWSCLEAN_LX_KIND_NAME_SERVICE, NEWSCLEAN_LX_KIND_NAME_USER,
    NEWSCLEAN_LX_KIND_NAME_ARTICLE};

/* The class words of every family by first letter, so that a word of a class value is
 * matched against the few that could be its prefix. */
typedef struct {
    const char *w; /* into the lexicon's text, not NUL-terminated */
    unsigned char len, fam;
} cls_word;

typedef struct {
    cls_word *v;
    size_t start[27]; /* words with first letter 'a' + i at v[start[i]..start[i+1]) */
} cls_index;

/* Fill 'x' from the lexicon, once per extractor: a pass that counts the words by first
 * letter, then one that places them. Only words a class value's word could begin with are
 * kept: a lower-case letter first, shorter than the longest word class_families() reads.
 * False if out of memory. */
static bool
cls_index_build(cls_index *x)
{
    size_t fill[27] = {0};
    for (int pass = 0; pass < 2; pass++) {
        for (size_t f = 0; f < COUNT_OF(cls_kinds); f++) {
            size_t i = 0, n;
            for (const newsclean_lex_entry *e;
                 (e = newsclean_lexicon_next(&i, cls_kinds[f], NEWSCLEAN_LXF_WORDS));)
                for (const char *at = e->text, *w; (w = newsclean_lex_next_word(&at, &n));) {
                    if (n >= 32 || w[0] < 'a' || w[0] > 'z')
                        continue;
                    if (pass == 0) {
                        fill[w[0] - 'a' + 1]++;
                    } else {
                        cls_word *v = &x->v[fill[w[0] - 'a']++];
                        v->w = w;
                        v->len = (unsigned char)n;
                        v->fam = (unsigned char)(1u << f);
                    }
                }
        }
        if (pass == 0) {
            for (size_t l = 0; l < 26; l++)
                fill[l + 1] += fill[l];
            memcpy(x->start, fill, sizeof fill);
            x->v = malloc((fill[26] ? fill[26] : 1) * sizeof *x->v);
            if (!x->v)
                return false;
        }
    }
    return true;
}

/* The words of calls to action, verbs and objects, matched whole. A few dozen: a scan
 * suffices, and only short blocks are scanned. */
typedef struct {
    cls_word *v;
    size_t n;
} cta_words;

struct newsclean_kind_rules {
    newsclean_lex_words *words; /* path words and type names, matched whole */
    cls_index cls;              /* class and id words, matched as prefixes */
    cta_words cta_verb, cta_object;
};

/* Fill 'c' with the words of the lexicon's class 'cls'. False if out of memory. */
static bool
cta_words_build(cta_words *c, newsclean_lex_class cls)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t n = 0, i = 0, k;
        for (const newsclean_lex_entry *e;
             (e = newsclean_lexicon_next(&i, cls, NEWSCLEAN_LXF_WORDS));)
            for (const char *at = e->text, *w; (w = newsclean_lex_next_word(&at, &k));) {
                if (k >= 32)
                    continue;
                if (pass == 1) {
                    c->v[n].w = w;
                    c->v[n].len = (unsigned char)k;
                }
                n++;
            }
        if (pass == 0) {
            c->v = calloc(n ? n : 1, sizeof *c->v);
            if (!c->v)
                return false;
        }
        c->n = n;
    }
    return true;
}

static bool
cta_has(const cta_words *c, const char *w, size_t n)
{
    for (size_t i = 0; i < c->n; i++)
        if (c->v[i].len == n && !memcmp(c->v[i].w, w, n))
            return true;
    return false;
}

/* A call to action: a button's words, a CTA verb first and a CTA object after it within
 * a few words ("Get a free quote", "Book now", "Jetzt anfragen"). */
#define CTA_MAX_CHARS 40
#define CTA_MAX_WORDS 6

static bool
call_to_action(const newsclean_kind_rules *r, const newsclean_block *b)
{
    if (!r || b->chars > CTA_MAX_CHARS || b->words < 2 || b->words > CTA_MAX_WORDS)
        return false;
    const char *s = b->text;
    size_t n = b->len, word = 0;
    for (size_t i = 0; i < n;) {
        /* A word: letters (any non-ASCII byte counts as one) and inner hyphens. */
        while (i < n && !(newsclean_is_ascii_letter(s[i]) || (unsigned char)s[i] >= 0x80))
            i++;
        char low[32];
        size_t k = 0;
        while (i < n && (newsclean_is_ascii_letter(s[i]) || (unsigned char)s[i] >= 0x80 ||
                         (s[i] == '-' && k))) {
            if (k < sizeof low)
                low[k] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] | 0x20 : s[i]);
            k++;
            i++;
        }
        if (!k || k > sizeof low)
            continue;
        if (word++ == 0) {
            if (!cta_has(&r->cta_verb, low, k))
                return false;
        } else if (cta_has(&r->cta_object, low, k)) {
            return true;
        }
    }
    return false;
}

newsclean_kind_rules *
newsclean_kind_rules_new(void)
{
    newsclean_kind_rules *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    uint64_t classes = 0;
    for (size_t i = 0; i < COUNT_OF(url_kinds); i++)
        classes |= (uint64_t)1 << url_kinds[i].cls;
    for (size_t i = 0; i < COUNT_OF(ld_kinds); i++)
        classes |= (uint64_t)1 << ld_kinds[i].cls;
    classes |= (uint64_t)1 << NEWSCLEAN_LX_KIND_URL_USER;
    r->words = newsclean_lex_words_new(classes, ~0u);
    if (!r->words || !cls_index_build(&r->cls) ||
        !cta_words_build(&r->cta_verb, NEWSCLEAN_LX_KIND_CTA_VERB) ||
        !cta_words_build(&r->cta_object, NEWSCLEAN_LX_KIND_CTA_OBJECT)) {
        newsclean_kind_rules_free(r);
        return NULL;
    }
    return r;
}

void
newsclean_kind_rules_free(newsclean_kind_rules *r)
{
    if (!r)
        return;
    newsclean_lex_words_free(r->words);
    free(r->cls.v);
    free(r->cta_verb.v);
    free(r->cta_object.v);
    free(r);
}

/* The lexicon's path classes a word of a URL's path belongs to, as class bits. */
static uint64_t
url_bits(const newsclean_lex_words *words, const char *w, size_t n)
{
    if (!n || n > 40)
        return 0;
    char low[41] = ""; /* zeroed: an optimising gcc cannot see that n > 0 fills low[0] */
    for (size_t i = 0; i < n; i++)
        low[i] = (char)((w[i] >= 'A' && w[i] <= 'Z') ? w[i] | 0x20 : w[i]);
    return newsclean_lex_words_get(words, low, n);
}

/* The path classes of a segment of a URL's path: the lexicon's path words, matched whole
 * on the segment and on its words split at '-', '_' and '.'. */
static uint64_t
segment_bits(const newsclean_lex_words *words, const char *seg, size_t n)
{
    uint64_t bits = url_bits(words, seg, n);
    for (size_t j = 0; j < n;) {
        size_t k = j;
        while (k < n && seg[k] != '-' && seg[k] != '_' && seg[k] != '.')
            k++;
        if (k < n || j > 0)
            bits |= url_bits(words, seg + j, k - j);
        j = k + 1;
    }
    return bits;
}

/* Record the kinds a segment of the page's URL names. */
static void
url_word(const newsclean_lex_words *words, const char *w, size_t n, double *f)
{
    uint64_t bits = segment_bits(words, w, n);
    if (!bits)
        return;
    for (size_t i = 0; i < COUNT_OF(url_kinds); i++)
        if (bits >> url_kinds[i].cls & 1u)
            f[url_kinds[i].feature] = 1;
}

static bool
all_digits(const char *s, size_t n)
{
    if (!n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

/* The next segment of the 'len'-byte path at 'p' from '*i' on: its length, 0 when none is
 * left, with its offset in '*start'; '*i' moves past it. */
static size_t
next_segment(const char *p, size_t len, size_t *i, size_t *start)
{
    while (*i < len && p[*i] == '/')
        (*i)++;
    *start = *i;
    while (*i < len && p[*i] != '/')
        (*i)++;
    return *i - *start;
}

void
newsclean_kind_url_features(const newsclean_kind_rules *rules, const char *url,
                            newsclean_kind_features *out)
{
    const newsclean_lex_words *words = rules->words;
    double *f = out->f;
    if (!url || !*url)
        return;
    f[M_URL_KNOWN] = 1;
    const char *p = strstr(url, "://");
    p = p ? p + 3 : url;
    p += strcspn(p, "/?#"); /* past the host */
    size_t path_len = strcspn(p, "?#");
    f[M_URL_QUERY] = p[path_len] == '?' && p[path_len + 1] ? 1.0 : 0.0;
    f[M_URL_SLASH_END] = path_len > 1 && p[path_len - 1] == '/' ? 1.0 : 0.0;
    size_t depth = 0, last_off = 0, last_len = 0;
    bool year_before = false;
    for (size_t i = 0, start, n; (n = next_segment(p, path_len, &i, &start)) > 0;) {
        const char *seg = p + start;
        depth++;
        last_off = start;
        last_len = n;
        /* /2024/05/ or /20240517/: a dated path, as news and blogs file stories. */
        bool year = n == 4 && all_digits(seg, 4) && (seg[0] == '1' || seg[0] == '2');
        if ((year_before && n <= 2 && all_digits(seg, n)) ||
            (n == 8 && all_digits(seg, 8) && seg[0] == '2'))
            f[M_URL_DATE] = 1;
        year_before = year;
        url_word(words, seg, n, f);
    }
    f[M_URL_DEPTH] = (double)(depth < 8 ? depth : 8);
    f[M_URL_ROOT] = depth == 0 ? 1.0 : 0.0;
    if (last_len) {
        const char *seg = p + last_off;
        size_t slug_words = 1, run = 0, best_run = 0;
        for (size_t i = 0; i < last_len; i++) {
            slug_words += seg[i] == '-' || seg[i] == '_';
            run = seg[i] >= '0' && seg[i] <= '9' ? run + 1 : 0;
            best_run = run > best_run ? run : best_run;
        }
        f[M_URL_SLUG_WORDS] = (double)(slug_words < 15 ? slug_words : 15);
        f[M_URL_NUMERIC_ID] = best_run >= 5 || all_digits(seg, last_len) ? 1.0 : 0.0;
        const char *dot = memchr(seg, '.', last_len);
        f[M_URL_FILE_EXT] = dot && dot > seg ? 1.0 : 0.0;
    }
}

/* ---- Markup features ---------------------------------------------------------------- */

/* Which class families one class or id value names, as bits. */
static unsigned
class_families(const cls_index *x, const char *v)
{
    unsigned fam = 0;
    char w[32];
    while (*v) {
        while (*v && !((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z')))
            v++;
        size_t n = 0;
        while ((*v >= 'a' && *v <= 'z') || (*v >= 'A' && *v <= 'Z') || (*v >= '0' && *v <= '9')) {
            if (n < sizeof w)
                w[n++] = (char)(*v | 0x20);
            v++;
        }
        if (n < 2 || n >= sizeof w)
            continue;
        /* A word is a letter first: the skip above stops at one. */
        size_t l = (size_t)(w[0] - 'a');
        for (size_t i = x->start[l]; i < x->start[l + 1]; i++)
            if (!(fam & x->v[i].fam) && x->v[i].len <= n && !memcmp(x->v[i].w, w, x->v[i].len))
                fam |= x->v[i].fam;
    }
    return fam;
}

/* Record one schema.org type name (from JSON-LD "@type" or microdata itemtype). */
static void
on_type(const newsclean_lex_words *words, const char *t, size_t n, double *f)
{
    const char *slash = NULL;
    for (size_t i = 0; i < n; i++)
        if (t[i] == '/' || t[i] == ':')
            slash = t + i;
    if (slash) { /* "https://schema.org/Product", "schema:Product" */
        n -= (size_t)(slash + 1 - t);
        t = slash + 1;
    }
    if (!n)
        return;
    f[M_LD_ANY] = 1;
    uint64_t bits = newsclean_lex_words_get(words, t, n);
    for (size_t i = 0; bits && i < COUNT_OF(ld_kinds); i++)
        if (bits >> ld_kinds[i].cls & 1u)
            f[ld_kinds[i].feature] = 1;
    if (n == 7 && !strncmp(t, "WebPage", 7))
        f[M_LD_WEBPAGE] = 1;
    if (n == 7 && !strncmp(t, "FAQPage", 7))
        f[M_LD_FAQ] = 1;
}

/* Every "@type" value in a JSON-LD text: a string or an array of strings. A scan rather
 * than a parse: the types are all this stage reads, and a broken script still gives them. */
static void
scan_ld_types(const newsclean_lex_words *words, const char *s, double *f)
{
    for (const char *p = strstr(s, "\"@type\""); p; p = strstr(p, "\"@type\"")) {
        p += 7;
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ':')
            p++;
        bool array = *p == '[';
        if (array)
            p++;
        for (;;) {
            while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == ',')
                p++;
            if (*p != '"')
                break;
            const char *start = ++p;
            while (*p && *p != '"')
                p++;
            on_type(words, start, (size_t)(p - start), f);
            if (*p)
                p++;
            if (!array)
                break;
        }
    }
}

/* Slots of the per-page cache of class families. */
#define FAM_CACHE 257

/* A child of some element, summed up for the sibling-group count. */
typedef struct {
    uint64_t key; /* tag name and class value */
    unsigned bits;
    size_t text; /* bytes of text inside */
} child_summary;

/* HAS_ANCHOR_LINK: a link to a place in the page itself ("#install"). */
enum { HAS_LINK = 1, HAS_IMG = 2, HAS_HEADING = 4, HAS_TIME = 8, HAS_ANCHOR_LINK = 16 };

/* ---- Where the links go ------------------------------------------------------------- */

/* A path as its segments, "." dropped and ".." taking one back; deeper ones are not kept. */
#define MAX_SEGMENTS 16

typedef struct {
    const char *s;
    size_t n;
} path_seg;

static size_t
split_path(const char *p, size_t len, path_seg *v, size_t have)
{
    for (size_t i = 0, start, n; (n = next_segment(p, len, &i, &start)) > 0;) {
        if (n == 1 && p[start] == '.')
            continue;
        if (n == 2 && p[start] == '.' && p[start + 1] == '.') {
            have -= have > 0;
            continue;
        }
        if (have < MAX_SEGMENTS) {
            v[have].s = p + start;
            v[have].n = n;
            have++;
        }
    }
    return have;
}

/* The page's own URL, which its links are measured against. */
typedef struct {
    const char *host; /* past "www." */
    size_t host_len;
    path_seg seg[MAX_SEGMENTS];
    size_t n;
    size_t dir; /* the segments a relative link starts from */
    bool known;
} page_url;

/* The host after "//" at 'p', "www." left out; '*end' receives where the path begins. */
static void
host_of(const char *p, const char **host, size_t *len, const char **end)
{
    size_t n = strcspn(p, "/?#");
    *end = p + n;
    if (n > 4 && strncasecmp(p, "www.", 4) == 0) {
        p += 4;
        n -= 4;
    }
    *host = p;
    *len = n;
}

/* One site: the same host, or one a subdomain of the other ("docs.example.org" and
 * "example.org"), as a site's sections and its canonical host often are. */
static bool
same_site(const page_url *u, const char *host, size_t len)
{
    bool page_longer = u->host_len >= len; /* 'a' the longer host, 'b' the other */
    const char *a = page_longer ? u->host : host, *b = page_longer ? host : u->host;
    size_t an = page_longer ? u->host_len : len, bn = page_longer ? len : u->host_len;
    if (!bn || strncasecmp(a + an - bn, b, bn) != 0)
        return false;
    return an == bn || a[an - bn - 1] == '.';
}

static void
parse_page_url(const char *url, page_url *u)
{
    memset(u, 0, sizeof *u);
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return;
    const char *path;
    host_of(p + 3, &u->host, &u->host_len, &path);
    if (!u->host_len)
        return;
    size_t len = strcspn(path, "?#");
    u->n = split_path(path, len, u->seg, 0);
    u->dir = len && path[len - 1] == '/' ? u->n : (u->n ? u->n - 1 : 0);
    u->known = true;
}

static bool
seg_eq(const path_seg *a, const path_seg *b)
{
    return a->n == b->n && !memcmp(a->s, b->s, a->n);
}

/* A link as long as a title ("Ten ways to keep bees through the winter"): five words, or
 * as many letters as a title in a script without spaces has. */
#define LONG_ANCHOR_WORDS 5
#define LONG_ANCHOR_MIN_BYTES 20
#define LONG_ANCHOR_BYTES 48

/* The element counts among the features. */
enum {
    C_ARTICLE,
    C_FORMS,
    C_INPUTS,
    C_SELECTS,
    C_TEXTAREAS,
    C_BUTTONS,
    C_CODE,
    C_TABLES,
    C_DL,
    C_TIME,
    C_IMG,
    C_NAV,
    C_H1,
    C_SECTIONS,
    C_ADDRESS,
    C_COUNTED
};

/* The count each element adds to, plus one (0: none). <input> counts apart: not when hidden. */
static const unsigned char counted[NEWSCLEAN_EL_COUNT] = {
    [NEWSCLEAN_EL_ARTICLE] = C_ARTICLE + 1, [NEWSCLEAN_EL_FORM] = C_FORMS + 1,
    [NEWSCLEAN_EL_SELECT] = C_SELECTS + 1,  [NEWSCLEAN_EL_TEXTAREA] = C_TEXTAREAS + 1,
    [NEWSCLEAN_EL_BUTTON] = C_BUTTONS + 1,  [NEWSCLEAN_EL_CODE] = C_CODE + 1,
    [NEWSCLEAN_EL_PRE] = C_CODE + 1,        [NEWSCLEAN_EL_TABLE] = C_TABLES + 1,
    [NEWSCLEAN_EL_DL] = C_DL + 1,           [NEWSCLEAN_EL_TIME] = C_TIME + 1,
    [NEWSCLEAN_EL_IMG] = C_IMG + 1,         [NEWSCLEAN_EL_NAV] = C_NAV + 1,
    [NEWSCLEAN_EL_H1] = C_H1 + 1,           [NEWSCLEAN_EL_SECTION] = C_SECTIONS + 1,
    [NEWSCLEAN_EL_ADDRESS] = C_ADDRESS + 1};

/* The feature each count becomes. */
static const unsigned char count_feature[C_COUNTED] = {
    M_LOG_ARTICLE_EL, M_LOG_FORMS, M_LOG_INPUTS, M_LOG_SELECTS,  M_LOG_TEXTAREAS,
    M_LOG_BUTTONS,    M_LOG_CODE,  M_LOG_TABLES, M_LOG_DL,       M_LOG_TIME,
    M_LOG_IMG,        M_LOG_NAV,   M_LOG_H1,     M_LOG_SECTIONS, M_LOG_ADDRESS};

typedef struct {
    const newsclean_kind_rules *rules;
    double *f;
    child_summary *stack; /* children of the elements on the current path */
    size_t n, cap;
    bool failed; /* out of memory: the sibling features stay as far as they got */
    size_t repeat_best, repeat_best_img, repeat_groups, repeat_headed;
    size_t repeat_text, repeat_text_bytes, text;
    size_t count[C_COUNTED]; /* elements of each kind counted */
    size_t offers;
    size_t repeat_dated; /* the largest run of linked entries that each carry a <time> */
    /* Links, by where they go (on_link). */
    page_url page;
    size_t site_links, offsite_links, child_links, sibling_links, deeper_links;
    size_t path_links[COUNT_OF(url_kinds)];
    size_t long_anchors, long_anchor_bytes, anchored_headings, nav_links;
    size_t source_links;
    unsigned in_nav;    /* inside this many <nav> and <aside> elements */
    uint64_t users[64]; /* the distinct links to users' pages, by hash */
    size_t n_users;
    bool pagination; /* a rel="next" or rel="prev" link: one page of a longer list */
    size_t cls[7];
    /* Class values repeat across a page (every card, every menu entry): their families
     * are worked out once each. A collision only costs working one out again. */
    struct {
        uint64_t hash; /* 0: empty */
        unsigned fam;
    } fam_cache[FAM_CACHE];
} tree_walk;

/* Deeper than this the walk goes no further (the block walk stops near here too). */
#define MAX_WALK_DEPTH 256u

static int
by_key(const void *a, const void *b)
{
    uint64_t x = ((const child_summary *)a)->key, y = ((const child_summary *)b)->key;
    return x < y ? -1 : x > y;
}

static const char *
attr_value(const xmlNode *n, const char *name)
{
    for (const xmlAttr *p = n->properties; p; p = p->next) {
        const xmlNode *t = p->children;
        if (t && t->type == XML_TEXT_NODE && t->content && !strcmp((const char *)p->name, name))
            return (const char *)t->content;
    }
    return NULL;
}

/* Look at the groups of same-named, same-classed siblings among the children summed up
 * at stack[base..n): a run of cards, posts or rows, each holding a link. */
static void
judge_siblings(tree_walk *w, size_t base)
{
    size_t k = w->n - base;
    if (k < 3)
        return;
    child_summary *c = w->stack + base;
    qsort(c, k, sizeof *c, by_key);
    for (size_t i = 0; i < k;) {
        size_t j = i, linked = 0, img = 0, headed = 0, text = 0, dated = 0;
        while (j < k && c[j].key == c[i].key) {
            text += c[j].text;
            dated += (c[j].bits & (HAS_LINK | HAS_TIME)) == (HAS_LINK | HAS_TIME);
            linked += (c[j].bits & HAS_LINK) != 0;
            img += (c[j].bits & HAS_IMG) != 0;
            headed += (c[j].bits & HAS_HEADING) != 0;
            j++;
        }
        if (linked >= 3 && linked * 2 >= j - i) {
            if (linked > w->repeat_best) {
                w->repeat_best = linked;
                w->repeat_best_img = img;
            }
            w->repeat_groups += linked >= 4;
            /* Dated entries one after another: a blog's index or a news section. */
            if (dated >= 3 && dated > w->repeat_dated)
                w->repeat_dated = dated;
            if (headed >= 3 && headed > w->repeat_headed)
                w->repeat_headed = headed;
            /* Entries with more than a link's words each: a title and a summary. */
            if (text >= 80 * (j - i) && text > w->repeat_text_bytes) {
                w->repeat_text = j - i;
                w->repeat_text_bytes = text;
            }
        }
        i = j;
    }
}

/* A link into a repository's files ("/edit/", "/blob/", "/tree/" in its path): a manual
 * kept as source files offers to show or edit the page, whatever the generator or language.
 * One pass over the slashes: every page has hundreds of links. */
static bool
source_link(const char *h)
{
    static const char words[3][4] = {
        {'e', 'd', 'i', 't'}, {'b', 'l', 'o', 'b'}, {'t', 'r', 'e', 'e'}};
    size_t len = strcspn(h, "?#");
    for (const char *p = memchr(h, '/', len), *end = h + len; p && end - p > 5;
         p = memchr(p + 1, '/', (size_t)(end - p - 1))) {
        if (p[5] != '/')
            continue;
        for (size_t k = 0; k < 3; k++)
            if (strncasecmp(p + 1, words[k], 4) == 0)
                return true;
    }
    return false;
}

/* Count one link by where it goes: a thread links each post's author, a list the pages
 * below it, a manual its sibling pages, a shop's category its products; what the paths
 * of the links name (the lexicon's path words) says which. */
static void
on_link(tree_walk *w, const char *h)
{
    while (*h == ' ' || *h == '\t' || *h == '\n' || *h == '\r')
        h++;
    if (!*h)
        return;
    if (*h == '#')
        return;
    w->source_links += source_link(h);
    size_t scheme = strcspn(h, ":/?#");
    if (h[scheme] == ':') {
        if (!((scheme == 4 && strncasecmp(h, "http", 4) == 0) ||
              (scheme == 5 && strncasecmp(h, "https", 5) == 0)))
            return;
        h += scheme + 1;
        if (h[0] != '/' || h[1] != '/')
            return;
    }
    path_seg seg[MAX_SEGMENTS];
    size_t n = 0;
    if (h[0] == '/' && h[1] == '/') {
        const char *host;
        size_t hl;
        host_of(h + 2, &host, &hl, &h);
        if (w->page.known && !same_site(&w->page, host, hl)) {
            w->offsite_links++;
            return;
        }
    } else if (*h == '?') {
        w->site_links++;
        return;
    } else if (*h != '/') {
        n = w->page.dir;
        memcpy(seg, w->page.seg, n * sizeof *seg);
    }
    size_t len = strcspn(h, "?#");
    n = split_path(h, len, seg, n);
    w->site_links++;
    uint64_t bits = 0;
    for (size_t i = 0; i < n; i++)
        bits |= segment_bits(w->rules->words, seg[i].s, seg[i].n);
    for (size_t i = 0; i < COUNT_OF(url_kinds); i++)
        w->path_links[i] += bits >> url_kinds[i].cls & 1u;
    if (bits >> NEWSCLEAN_LX_KIND_URL_USER & 1u) {
        uint64_t k = newsclean_hash(h, len, 0);
        size_t i = 0;
        while (i < w->n_users && w->users[i] != k)
            i++;
        if (i == w->n_users && i < COUNT_OF(w->users))
            w->users[w->n_users++] = k;
    }
    if (!w->page.known)
        return;
    size_t pn = w->page.n, same = 0;
    while (same < n && same < pn && seg_eq(&seg[same], &w->page.seg[same]))
        same++;
    w->deeper_links += n > pn;
    w->child_links += n > pn && same == pn;
    w->sibling_links += pn && n == pn && same == pn - 1;
}

/* Words and bytes other than spaces of the text under 'n'. */
static void
text_measure(const xmlNode *n, unsigned depth, size_t *words, size_t *bytes)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            bool space = true;
            for (const unsigned char *p = c->content; *p; p++) {
                bool s = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';
                *words += space && !s;
                *bytes += !s;
                space = s;
            }
        } else if (c->type == XML_ELEMENT_NODE && depth < 8) {
            text_measure(c, depth + 1, words, bytes);
        }
    }
}

/* Walk 'el' and below; '*key' receives its key among its siblings (tag name and class). */
static unsigned
walk_tree(tree_walk *w, xmlNodePtr el, unsigned depth, size_t *text, uint64_t *key)
{
    unsigned bits = 0;
    *text = 0;
    const char *cls = NULL; /* the value attr_value(el, "class") gives */
    bool has_id = false;
    const char *tag = (const char *)el->name;
    newsclean_el id = newsclean_el_lookup(tag);
    if (counted[id])
        w->count[counted[id] - 1]++;
    if (id == NEWSCLEAN_EL_A || id == NEWSCLEAN_EL_LINK) {
        if (id == NEWSCLEAN_EL_A) {
            bits |= HAS_LINK;
            const char *href = attr_value(el, "href");
            if (href) {
                on_link(w, href);
                if (href[0] == '#' && href[1])
                    bits |= HAS_ANCHOR_LINK;
            }
            w->nav_links += w->in_nav > 0;
        }
        const char *rel = attr_value(el, "rel");
        w->pagination |= rel && (!strcmp(rel, "next") || !strcmp(rel, "prev"));
    } else if (id == NEWSCLEAN_EL_TIME) {
        bits |= HAS_TIME;
    } else if (id >= NEWSCLEAN_EL_H1 && id <= NEWSCLEAN_EL_H6) {
        bits |= HAS_HEADING;
    } else if (id == NEWSCLEAN_EL_IMG || id == NEWSCLEAN_EL_PICTURE) {
        bits |= HAS_IMG;
    } else if (id == NEWSCLEAN_EL_INPUT) {
        const char *type = attr_value(el, "type");
        /* Hidden fields carry no sign of what the page offers. */
        w->count[C_INPUTS] += !type || strcmp(type, "hidden") != 0;
    } else if (id == NEWSCLEAN_EL_SCRIPT) {
        const char *type = attr_value(el, "type");
        if (type && !strcmp(type, "application/ld+json") && el->children && el->children->content)
            scan_ld_types(w->rules->words, (const char *)el->children->content, w->f);
        *key = newsclean_hash(tag, strlen(tag), 0);
        const char *scls = attr_value(el, "class");
        if (scls)
            *key = newsclean_hash(scls, strlen(scls), *key);
        return 0;
    } else if (id == NEWSCLEAN_EL_META) {
        const char *prop = attr_value(el, "property");
        const char *content = attr_value(el, "content");
        if (prop && content && !strcmp(prop, "og:type")) {
            if (!strncmp(content, "article", 7))
                w->f[M_OG_ARTICLE] = 1;
            else if (strstr(content, "product"))
                w->f[M_OG_PRODUCT] = 1;
            else if (!strcmp(content, "website"))
                w->f[M_OG_WEBSITE] = 1;
        }
        const char *ip = attr_value(el, "itemprop");
        w->offers += ip && (!strcmp(ip, "price") || !strcmp(ip, "priceCurrency"));
    }
    for (const xmlAttr *p = el->properties; p; p = p->next) {
        const xmlNode *t = p->children;
        if (!t || t->type != XML_TEXT_NODE || !t->content)
            continue;
        const char *name = (const char *)p->name;
        const char *v = (const char *)t->content;
        bool is_class = !strcmp(name, "class"), is_id = !is_class && !strcmp(name, "id");
        if (is_class && !cls)
            cls = v;
        has_id |= is_id && *v;
        if (is_class || is_id) {
            size_t n = strlen(v);
            uint64_t h = newsclean_hash(v, n, 0) | 1;
            size_t slot = (size_t)(h % FAM_CACHE);
            if (w->fam_cache[slot].hash != h) {
                w->fam_cache[slot].hash = h;
                w->fam_cache[slot].fam = class_families(&w->rules->cls, v);
            }
            unsigned fam = w->fam_cache[slot].fam;
            for (unsigned b = 0; b < 7; b++)
                w->cls[b] += (fam >> b) & 1u;
        } else if (!strcmp(name, "itemtype")) {
            on_type(w->rules->words, v, strlen(v), w->f);
        } else if (!strcmp(name, "itemprop")) {
            w->offers += !strcmp(v, "price") || !strcmp(v, "offers");
        }
    }
    *key = newsclean_hash(tag, strlen(tag), 0);
    if (cls)
        *key = newsclean_hash(cls, strlen(cls), *key);
    if (depth >= MAX_WALK_DEPTH)
        return bits;
    size_t base = w->n;
    bool nav = id == NEWSCLEAN_EL_NAV || id == NEWSCLEAN_EL_ASIDE;
    w->in_nav += nav;
    for (xmlNodePtr c = el->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && c->content) {
            size_t n = strlen((const char *)c->content);
            *text += n;
            w->text += n;
        }
        if (c->type != XML_ELEMENT_NODE)
            continue;
        size_t ctext = 0;
        uint64_t ckey;
        unsigned cb = walk_tree(w, c, depth + 1, &ctext, &ckey);
        bits |= cb;
        *text += ctext;
        if (w->failed)
            continue;
        if (w->n == w->cap) {
            size_t cap = w->cap ? w->cap * 2 : 256;
            child_summary *s = realloc(w->stack, cap * sizeof *s);
            if (!s) {
                w->failed = true;
                continue;
            }
            w->stack = s;
            w->cap = cap;
        }
        w->stack[w->n].key = ckey;
        w->stack[w->n].bits = cb;
        w->stack[w->n].text = ctext;
        w->n++;
    }
    w->in_nav -= nav;
    if (!w->failed)
        judge_siblings(w, base);
    w->n = base;
    if (id == NEWSCLEAN_EL_A) {
        size_t words = 0, bytes = 0;
        text_measure(el, 0, &words, &bytes);
        if ((words >= LONG_ANCHOR_WORDS && bytes >= LONG_ANCHOR_MIN_BYTES) ||
            bytes >= LONG_ANCHOR_BYTES) {
            w->long_anchors++;
            w->long_anchor_bytes += bytes;
        }
    }
    /* A heading a link can point at: a manual's sections are named to be linked to. */
    if (id > NEWSCLEAN_EL_H1 && id <= NEWSCLEAN_EL_H6 && (has_id || (bits & HAS_ANCHOR_LINK)))
        w->anchored_headings++;
    return bits;
}

void
newsclean_kind_markup_features(const newsclean_kind_rules *rules, xmlDocPtr doc, const char *url,
                               const char *links, size_t links_len, newsclean_kind_features *out)
{
    double *f = out->f;
    out->html = true;
    newsclean_kind_url_features(rules, url, out);
    xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root)
        return;
    tree_walk w;
    memset(&w, 0, sizeof w);
    w.rules = rules;
    w.f = f;
    parse_page_url(url, &w.page);
    size_t text = 0;
    uint64_t key;
    walk_tree(&w, root, 0, &text, &key);
    free(w.stack);
    for (const char *h = links, *end = links ? links + links_len : NULL; h && h < end;
         h += strlen(h) + 1)
        on_link(&w, h);
    for (size_t i = 0; i < C_COUNTED; i++)
        f[count_feature[i]] = lg((double)w.count[i]);
    f[M_LOG_REPEAT] = lg((double)w.repeat_best);
    f[M_REPEAT_IMG_SHARE] = w.repeat_best ? (double)w.repeat_best_img / (double)w.repeat_best : 0.0;
    f[M_LOG_REPEAT_GROUPS] = lg((double)w.repeat_groups);
    f[M_LOG_REPEAT_HEADED] = lg((double)w.repeat_headed);
    f[M_CLS_FORUM] = lg((double)w.cls[0]);
    f[M_CLS_PRODUCT] = lg((double)w.cls[1]);
    f[M_CLS_CARD] = lg((double)w.cls[2]);
    f[M_CLS_DOCS] = lg((double)w.cls[3]);
    f[M_CLS_SERVICE] = lg((double)w.cls[4]);
    f[M_CLS_USER] = lg((double)w.cls[5]);
    f[M_CLS_ARTICLE] = lg((double)w.cls[6]);
    f[M_LOG_ITEMPROP_PRICE] = lg((double)w.offers);
    f[M_LOG_REPEAT_TEXT] = lg((double)w.repeat_text);
    f[M_REPEAT_TEXT_SHARE] = w.text ? (double)w.repeat_text_bytes / (double)w.text : 0.0;
    f[M_LOG_REPEAT_DATED] = lg((double)w.repeat_dated);
    f[M_PAGINATION] = w.pagination ? 1.0 : 0.0;
    size_t all_links = w.site_links + w.offsite_links;
    f[M_LOG_SITE_LINKS] = lg((double)w.site_links);
    f[M_OFFSITE_LINK_SHARE] = all_links ? (double)w.offsite_links / (double)all_links : 0.0;
    f[M_LOG_CHILD_LINKS] = lg((double)w.child_links);
    f[M_CHILD_LINK_SHARE] = w.site_links ? (double)w.child_links / (double)w.site_links : 0.0;
    f[M_LOG_SIBLING_LINKS] = lg((double)w.sibling_links);
    f[M_DEEPER_LINK_SHARE] = w.site_links ? (double)w.deeper_links / (double)w.site_links : 0.0;
    f[M_LOG_USER_LINKS] = lg((double)w.n_users);
    for (size_t i = 0; i < COUNT_OF(url_kinds); i++)
        f[M_LOG_LINKS_LISTING + i] = lg((double)w.path_links[i]);
    f[M_LOG_LONG_ANCHORS] = lg((double)w.long_anchors);
    f[M_LONG_ANCHOR_SHARE] = w.text ? (double)w.long_anchor_bytes / (double)w.text : 0.0;
    f[M_LOG_ANCHORED_HEADINGS] = lg((double)w.anchored_headings);
    f[M_LOG_NAV_LINKS] = lg((double)w.nav_links);
    f[M_LOG_SOURCE_LINKS] = lg((double)w.source_links);
}

/* ---- The model ---------------------------------------------------------------------- */

/* One model's tables in kind_model.h. */
typedef struct {
    const double *mean, *scale, *bias;
    const double (*w)[KIND_MODEL_FEATURES];
} kind_tables;

static const kind_tables html_model = {kind_html_mean, kind_html_scale, kind_html_bias,
                                       kind_html_w};
static const kind_tables text_model = {kind_text_mean, kind_text_scale, kind_text_bias,
                                       kind_text_w};
static const kind_tables widen_model = {kind_widen_mean, kind_widen_scale, kind_widen_bias,
                                        kind_widen_w};
static const kind_tables tool_model = {kind_tool_mean, kind_tool_scale, kind_tool_bias,
                                       kind_tool_w};

/* The model that reads x: a parsed page's, a browser-like dump's or a tool's dump's. */
static const kind_tables *
model_for(const newsclean_kind_features *x)
{
    return x->html ? &html_model : x->tool ? &tool_model : &text_model;
}

/* Each class's score, and each feature's share of the winner's lead. */
static void
logits(const kind_tables *m, const newsclean_kind_features *x, double *out,
       double (*contrib)[NEWSCLEAN_KIND_FEATURES])
{
    for (size_t k = 0; k < NEWSCLEAN_KIND_COUNT; k++) {
        double s = m->bias[k];
        for (size_t j = 0; j < N_FEATURES; j++) {
            double z = (x->f[j] - m->mean[j]) / m->scale[j];
            double c = m->w[k][j] * z;
            if (contrib)
                contrib[k][j] = c;
            s += c;
        }
        out[k] = s;
    }
}

static newsclean_page_kind
decide(const kind_tables *m, const newsclean_kind_features *x, double *prob)
{
    double l[NEWSCLEAN_KIND_COUNT];
    logits(m, x, l, NULL);
    size_t best = 0;
    for (size_t k = 1; k < NEWSCLEAN_KIND_COUNT; k++)
        if (l[k] > l[best])
            best = k;
    if (prob) {
        double sum = 0;
        for (size_t k = 0; k < NEWSCLEAN_KIND_COUNT; k++)
            sum += exp(l[k] - l[best]);
        *prob = 1.0 / sum;
    }
    return (newsclean_page_kind)best;
}

newsclean_page_kind
newsclean_kind_decide(const newsclean_kind_features *x, double *prob)
{
    return decide(model_for(x), x, prob);
}

newsclean_page_kind
newsclean_kind_decide_widening(const newsclean_kind_features *x, double *prob)
{
    return decide(x->html ? &widen_model : &text_model, x, prob);
}

char *
newsclean_kind_explain(const newsclean_kind_features *x)
{
    double l[NEWSCLEAN_KIND_COUNT];
    double(*contrib)[NEWSCLEAN_KIND_FEATURES] =
        malloc(sizeof(double[NEWSCLEAN_KIND_COUNT][NEWSCLEAN_KIND_FEATURES]));
    if (!contrib)
        return NULL;
    logits(model_for(x), x, l, contrib);
    double prob = 0;
    newsclean_page_kind k = newsclean_kind_decide(x, &prob);
    /* What set the winner apart: its term minus the mean of the same term over all
     * kinds, largest first. */
    double lead[NEWSCLEAN_KIND_FEATURES];
    for (size_t j = 0; j < N_FEATURES; j++) {
        double mean = 0;
        for (size_t c = 0; c < NEWSCLEAN_KIND_COUNT; c++)
            mean += contrib[c][j];
        lead[j] = contrib[k][j] - mean / NEWSCLEAN_KIND_COUNT;
    }
    free(contrib);
    newsclean_buf out;
    newsclean_buf_init(&out);
    char line[160];
    snprintf(line, sizeof line, "kind: %s p=%.2f (%s model) because", kind_names[k], prob,
             x->html   ? "html"
             : x->tool ? "tool"
                       : "text");
    bool ok = newsclean_buf_append_str(&out, line);
    bool used[NEWSCLEAN_KIND_FEATURES] = {false};
    for (int t = 0; t < 5 && ok; t++) {
        size_t best = N_FEATURES;
        for (size_t j = 0; j < N_FEATURES; j++)
            if (!used[j] && lead[j] > 0 && (best == N_FEATURES || lead[j] > lead[best]))
                best = j;
        if (best == N_FEATURES)
            break;
        used[best] = true;
        snprintf(line, sizeof line, " %s=%.3g (%+.2f)", feature_names[best], x->f[best],
                 lead[best]);
        ok = newsclean_buf_append_str(&out, line);
    }
    ok = ok && newsclean_buf_append_str(&out, "\n");
    /* A parsed page's body is widened by the model its rules were tuned with, and a tool's
     * dump's by the text model, either of which may name another kind or be surer or less
     * sure than the one reported. */
    if (ok && (x->html || x->tool)) {
        double wprob = 0;
        newsclean_page_kind w = newsclean_kind_decide_widening(x, &wprob);
        snprintf(line, sizeof line, "kind for the body: %s p=%.2f (%s model)\n", kind_names[w],
                 wprob, x->html ? "widening" : "text");
        ok = newsclean_buf_append_str(&out, line);
    }
    if (!ok) {
        newsclean_buf_free(&out);
        return NULL;
    }
    return newsclean_buf_detach(&out);
}

newsclean_status
newsclean_kind_explain_into(const newsclean_kind_features *x, char **explain)
{
    char *line = newsclean_kind_explain(x);
    if (!line)
        return NEWSCLEAN_ERR_NOMEM;
    if (!*explain) {
        *explain = line;
        return NEWSCLEAN_OK;
    }
    size_t a = strlen(line), b = strlen(*explain);
    char *both = malloc(a + b + 1);
    if (!both) {
        free(line);
        return NEWSCLEAN_ERR_NOMEM;
    }
    memcpy(both, line, a);
    memcpy(both + a, *explain, b + 1);
    free(line);
    free(*explain);
    *explain = both;
    return NEWSCLEAN_OK;
}
