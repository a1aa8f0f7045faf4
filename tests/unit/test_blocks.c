/* test_blocks.c: unit tests for lib/blocks.c: whitespace collapsing over Unicode spaces
 * and invisible characters, text statistics, and the block and container lists. */
#include "blocks.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Run newsclean_collapse_space on a copy of 's' and return the result as a new string. */
static char *
collapsed(const char *s)
{
    size_t n = strlen(s);
    char *c = malloc(n + 1);
    ck_assert_ptr_nonnull(c);
    memcpy(c, s, n + 1);
    size_t k = newsclean_collapse_space(c, n);
    ck_assert_uint_le(k, n);
    c[k] = '\0';
    return c;
}

static void
assert_collapses(const char *in, const char *want)
{
    char *got = collapsed(in);
    ck_assert_str_eq(got, want);
    free(got);
}

/* ---- collapse_space ------------------------------------------------------------------ */

START_TEST(collapse_ascii)
{
    assert_collapses("plain", "plain");
    assert_collapses("  two   words  ", "two words");
    assert_collapses("\ttabs\tand\nnew\r\nlines\f\v", "tabs and new lines");
    assert_collapses("a \n \t b", "a b");
    assert_collapses("", "");
    assert_collapses(" \t\r\n ", "");
}
END_TEST

START_TEST(collapse_returns_length_and_terminates)
{
    char s[] = "  one  two  ";
    size_t k = newsclean_collapse_space(s, strlen(s));
    ck_assert_uint_eq(k, 7);
    /* Shorter than the input: the function terminates the string itself. */
    ck_assert_str_eq(s, "one two");
    char t[] = "same";
    ck_assert_uint_eq(newsclean_collapse_space(t, 4), 4);
    ck_assert_str_eq(t, "same");
}
END_TEST

START_TEST(collapse_only_first_n_bytes)
{
    /* Bytes past n are not looked at. */
    char s[] = "a  b  c  d";
    size_t k = newsclean_collapse_space(s, 4);
    ck_assert_uint_eq(k, 3);
    ck_assert_mem_eq(s, "a b", 3);
}
END_TEST

START_TEST(collapse_nbsp)
{
    assert_collapses("10\xC2\xA0km", "10 km");
    assert_collapses("\xC2\xA0\xC2\xA0lead\xC2\xA0\xC2\xA0 trail\xC2\xA0", "lead trail");
    assert_collapses("\xC2\xA0", "");
}
END_TEST

START_TEST(collapse_unicode_spaces)
{
    /* U+2009 thin space, U+2002 en space, U+200A hair space */
    assert_collapses("5\xE2\x80\x89%", "5 %");
    assert_collapses("a\xE2\x80\x82"
                     "b\xE2\x80\x8A"
                     "c",
                     "a b c");
    /* U+3000 ideographic space */
    assert_collapses("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x80\xE5\xA4\xA7\xE9\x98\xAA",
                     "\xE6\x9D\xB1\xE4\xBA\xAC \xE5\xA4\xA7\xE9\x98\xAA");
    /* U+202F narrow no-break space, U+205F medium mathematical space */
    assert_collapses("x\xE2\x80\xAFy\xE2\x81\x9Fz", "x y z");
    /* U+2028 line separator, U+2029 paragraph separator */
    assert_collapses("one\xE2\x80\xA8two\xE2\x80\xA9three", "one two three");
    /* A run of different spaces is still one space. */
    assert_collapses("a \xC2\xA0\xE2\x80\x89\xE3\x80\x80\t b", "a b");
    assert_collapses("\xE3\x80\x80\xE2\x80\x89", "");
}
END_TEST

START_TEST(collapse_bom_dropped)
{
    /* A byte-order mark inside text is an encoding artefact: dropped, not a space. */
    assert_collapses("\xEF\xBB\xBFstart", "start");
    assert_collapses("mid\xEF\xBB\xBF"
                     "dle",
                     "middle");
    assert_collapses("\xEF\xBB\xBF", "");
    assert_collapses(" \xEF\xBB\xBF lead", "lead");
    assert_collapses("left \xEF\xBB\xBF right", "left right");
}
END_TEST

START_TEST(collapse_zero_width_kept)
{
    /* blocks.c: zero-width joiners and soft hyphens are the writer's and stay; they are
     * not spaces either, so they never split or join words. */
    assert_collapses("zero\xE2\x80\x8Bwidth", "zero\xE2\x80\x8Bwidth");
    assert_collapses("a\xE2\x80\x8C"
                     "b\xE2\x80\x8D"
                     "c",
                     "a\xE2\x80\x8C"
                     "b\xE2\x80\x8D"
                     "c");
    assert_collapses("  \xE2\x80\x8D  ", "\xE2\x80\x8D");
}
END_TEST

START_TEST(collapse_soft_hyphen_dropped)
{
    /* A soft hyphen only says where a word may break: the word reads as one. */
    assert_collapses("Bundes\xC2\xADverfassungs\xC2\xAD"
                     "gericht",
                     "Bundesverfassungsgericht");
    assert_collapses(" Ver\xC2\xADsion  two ", "Version two");
    assert_collapses("end \xC2\xAD start", "end start");
    /* Other code points with the same lead byte stay: ¡ (U+00A1), « (U+00AB). */
    assert_collapses("\xC2\xA1Hola! \xC2\xAB"
                     "bien",
                     "\xC2\xA1Hola! \xC2\xAB"
                     "bien");
}
END_TEST

START_TEST(collapse_keeps_other_text)
{
    /* Non-space multibyte characters and a truncated sequence pass through untouched. */
    assert_collapses("caf\xC3\xA9  cr\xC3\xA8me", "caf\xC3\xA9 cr\xC3\xA8me");
    assert_collapses("\xE2\x80\x94 dash \xE2\x80\x94", "\xE2\x80\x94 dash \xE2\x80\x94");
    assert_collapses("end\xE2\x80", "end\xE2\x80");
}
END_TEST

/* ---- text_stats ---------------------------------------------------------------------- */

static void
stats(const char *s, size_t *c, size_t *w, size_t *p)
{
    newsclean_text_stats(s, strlen(s), c, w, p);
}

START_TEST(stats_ascii)
{
    size_t c, w, p;
    stats("Hello, world.", &c, &w, &p);
    ck_assert_uint_eq(c, 13);
    ck_assert_uint_eq(w, 2);
    ck_assert_uint_eq(p, 2);
    stats("Is it? Yes! No; maybe: fine.", &c, &w, &p);
    ck_assert_uint_eq(w, 6);
    ck_assert_uint_eq(p, 5);
    stats("no punctuation here", &c, &w, &p);
    ck_assert_uint_eq(c, 19);
    ck_assert_uint_eq(w, 3);
    ck_assert_uint_eq(p, 0);
}
END_TEST

START_TEST(stats_ellipsis)
{
    size_t c, w, p;
    /* "Wait for it…" ends with U+2026, which counts like the three dots it stands for. */
    stats("Wait for it\xE2\x80\xA6", &c, &w, &p);
    ck_assert_uint_eq(c, 12);
    ck_assert_uint_eq(p, 1);
    /* Other marks from the same block of code points (U+2019, U+201C) are not punctuation. */
    stats("it\xE2\x80\x99s \xE2\x80\x9C"
          "fine\xE2\x80\x9D",
          &c, &w, &p);
    ck_assert_uint_eq(p, 0);
}
END_TEST

START_TEST(stats_empty_and_spaces)
{
    size_t c = 9, w = 9, p = 9;
    stats("", &c, &w, &p);
    ck_assert_uint_eq(c, 0);
    ck_assert_uint_eq(w, 0);
    ck_assert_uint_eq(p, 0);
    stats(" \t\n\r ", &c, &w, &p);
    ck_assert_uint_eq(c, 5);
    ck_assert_uint_eq(w, 0);
    ck_assert_uint_eq(p, 0);
    stats("  lead\tand\ntrail  ", &c, &w, &p);
    ck_assert_uint_eq(w, 3);
}
END_TEST

START_TEST(stats_counts_code_points)
{
    size_t c, w, p;
    /* é (2 bytes), € (3 bytes), 😀 (4 bytes) */
    stats("caf\xC3\xA9 5\xE2\x82\xAC \xF0\x9F\x98\x80", &c, &w, &p);
    ck_assert_uint_eq(c, 9);
    ck_assert_uint_eq(w, 3);
    ck_assert_uint_eq(p, 0);
}
END_TEST

START_TEST(stats_cjk)
{
    size_t c, w, p;
    /* 今日は晴れ。明日、雨 : 10 code points, no spaces, full stop and comma. */
    stats("\xE4\xBB\x8A\xE6\x97\xA5\xE3\x81\xAF\xE6\x99\xB4\xE3\x82\x8C\xE3\x80\x82"
          "\xE6\x98\x8E\xE6\x97\xA5\xE3\x80\x81\xE9\x9B\xA8",
          &c, &w, &p);
    ck_assert_uint_eq(c, 10);
    ck_assert_uint_eq(w, 1);
    ck_assert_uint_eq(p, 2);
    /* 你好，世界。 : fullwidth comma U+FF0C and ideographic full stop U+3002 */
    stats("\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x8C\xE4\xB8\x96\xE7\x95\x8C\xE3\x80\x82", &c, &w, &p);
    ck_assert_uint_eq(c, 6);
    ck_assert_uint_eq(p, 2);
    /* A full stop as the very last bytes is still counted. */
    stats("\xE3\x80\x82", &c, &w, &p);
    ck_assert_uint_eq(c, 1);
    ck_assert_uint_eq(p, 1);
    /* A truncated full stop is not. */
    newsclean_text_stats("\xE3\x80\x82", 2, &c, &w, &p);
    ck_assert_uint_eq(p, 0);
}
END_TEST

START_TEST(stats_cjk_fullwidth_marks)
{
    /* blocks.h: punct counts ". ! ? , ; : and their CJK forms". Fullwidth ！ (U+FF01),
     * ？ (U+FF1F), ； (U+FF1B) and ： (U+FF1A) are those forms: 真的？好！注意：是；
     * 4 marks. */
    size_t c, w, p;
    stats("\xE7\x9C\x9F\xE7\x9A\x84\xEF\xBC\x9F\xE5\xA5\xBD\xEF\xBC\x81"
          "\xE6\xB3\xA8\xE6\x84\x8F\xEF\xBC\x9A\xE6\x98\xAF\xEF\xBC\x9B",
          &c, &w, &p);
    ck_assert_uint_eq(c, 10);
    ck_assert_uint_eq(p, 4);
}
END_TEST

/* ---- blocks_add ---------------------------------------------------------------------- */

START_TEST(add_trims_and_collapses)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    const char *t = "  The  mayor\xC2\xA0said,\n\tagain.  ";
    ck_assert(newsclean_blocks_add(&b, t, strlen(t), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 4,
                                   NEWSCLEAN_BF_IN_ARTICLE, 2, 5));
    ck_assert_uint_eq(b.n, 1);
    const newsclean_block *blk = &b.v[0];
    ck_assert_str_eq(blk->text, "The mayor said, again.");
    ck_assert_uint_eq(blk->len, strlen("The mayor said, again."));
    ck_assert_uint_eq(blk->chars, 22);
    ck_assert_uint_eq(blk->words, 4);
    ck_assert_uint_eq(blk->punct, 2);
    ck_assert_uint_eq(blk->link_chars, 5);
    ck_assert_int_eq(blk->kind, NEWSCLEAN_BLOCK_PARAGRAPH);
    ck_assert_uint_eq(blk->level, 0);
    ck_assert_uint_eq(blk->depth, 4);
    ck_assert_uint_eq(blk->flags, NEWSCLEAN_BF_IN_ARTICLE);
    ck_assert_uint_eq(blk->container, 2);
    ck_assert(!blk->keep);
    ck_assert_ptr_null(blk->reason);
    ck_assert(blk->score == 0);
    newsclean_blocks_free(&b);
}
END_TEST

START_TEST(add_copies_text)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    char src[] = "Heading text here";
    /* Only 'n' bytes are taken, and the block owns its own copy. */
    ck_assert(newsclean_blocks_add(&b, src, 12, NEWSCLEAN_BLOCK_HEADING, 2, 1, 0, 0, 0));
    memset(src, 'x', sizeof src - 1);
    ck_assert_uint_eq(b.n, 1);
    ck_assert_str_eq(b.v[0].text, "Heading text");
    ck_assert_int_eq(b.v[0].kind, NEWSCLEAN_BLOCK_HEADING);
    ck_assert_uint_eq(b.v[0].level, 2);
    newsclean_blocks_free(&b);
}
END_TEST

START_TEST(add_all_space_adds_nothing)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    const char *sp = " \t\r\n\xC2\xA0\xE2\x80\x89\xE3\x80\x80 ";
    ck_assert(newsclean_blocks_add(&b, sp, strlen(sp), NEWSCLEAN_BLOCK_PARAGRAPH, 0, 0, 0, 0, 0));
    ck_assert_uint_eq(b.n, 0);
    ck_assert(newsclean_blocks_add(&b, "", 0, NEWSCLEAN_BLOCK_PARAGRAPH, 0, 0, 0, 0, 0));
    ck_assert_uint_eq(b.n, 0);
    /* Byte-order marks between spaces are no text either. */
    const char *bom = " \xEF\xBB\xBF \xEF\xBB\xBF\t";
    ck_assert(newsclean_blocks_add(&b, bom, strlen(bom), NEWSCLEAN_BLOCK_LIST_ITEM, 0, 0, 0, 0, 0));
    ck_assert_uint_eq(b.n, 0);
    newsclean_blocks_free(&b);
}
END_TEST

START_TEST(add_link_chars_clamped)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    /* Link characters counted before collapsing may exceed what is left. */
    ck_assert(newsclean_blocks_add(&b, "  link  ", 8, NEWSCLEAN_BLOCK_PARAGRAPH, 0, 0, 0, 0, 8));
    ck_assert_uint_eq(b.n, 1);
    ck_assert_uint_eq(b.v[0].chars, 4);
    ck_assert_uint_eq(b.v[0].link_chars, 4);
    newsclean_blocks_free(&b);
}
END_TEST

START_TEST(add_pre_keeps_layout)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    const char *code = "\n\n  int x = 1;\n\n    return x;  \n\n";
    ck_assert(newsclean_blocks_add(&b, code, strlen(code), NEWSCLEAN_BLOCK_PRE, 0, 3, 0, 0, 0));
    ck_assert_uint_eq(b.n, 1);
    /* Blank lines around go; indentation, inner blank lines and newlines stay. */
    ck_assert_str_eq(b.v[0].text, "  int x = 1;\n\n    return x;");
    ck_assert_uint_eq(b.v[0].len, strlen("  int x = 1;\n\n    return x;"));
    ck_assert_int_eq(b.v[0].kind, NEWSCLEAN_BLOCK_PRE);
    ck_assert_uint_eq(b.v[0].words, 6);
    /* Runs of spaces inside are not collapsed either. */
    const char *table = "a    b\r\nc\t\td";
    ck_assert(newsclean_blocks_add(&b, table, strlen(table), NEWSCLEAN_BLOCK_PRE, 0, 0, 0, 0, 0));
    ck_assert_uint_eq(b.n, 2);
    ck_assert_str_eq(b.v[1].text, "a    b\r\nc\t\td");
    newsclean_blocks_free(&b);
}
END_TEST

START_TEST(add_pre_blank_adds_nothing)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    const char *blank = "\n  \n\t\n";
    ck_assert(newsclean_blocks_add(&b, blank, strlen(blank), NEWSCLEAN_BLOCK_PRE, 0, 0, 0, 0, 0));
    ck_assert_uint_eq(b.n, 0);
    ck_assert(newsclean_blocks_add(&b, "\r\n", 2, NEWSCLEAN_BLOCK_PRE, 0, 0, 0, 0, 0));
    ck_assert_uint_eq(b.n, 0);
    newsclean_blocks_free(&b);
}
END_TEST

START_TEST(add_many_grows)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    char text[32];
    for (size_t i = 0; i < 5000; i++) {
        size_t n = (size_t)snprintf(text, sizeof text, " block %zu ", i);
        ck_assert(newsclean_blocks_add(&b, text, n, NEWSCLEAN_BLOCK_LINE, 0, (unsigned)i, 0, 0, 0));
    }
    ck_assert_uint_eq(b.n, 5000);
    ck_assert_uint_ge(b.cap, 5000);
    ck_assert_str_eq(b.v[0].text, "block 0");
    ck_assert_str_eq(b.v[4999].text, "block 4999");
    ck_assert_uint_eq(b.v[4999].depth, 4999);
    newsclean_blocks_free(&b);
    ck_assert_uint_eq(b.n, 0);
    ck_assert_ptr_null(b.v);
}
END_TEST

/* ---- containers ---------------------------------------------------------------------- */

START_TEST(containers_tree)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    size_t root = 99, child = 99, leaf = 99;
    ck_assert(newsclean_blocks_add_container(&b, NEWSCLEAN_NO_CONTAINER, "document", 0, &root));
    char label[] = "div.story#main";
    ck_assert(newsclean_blocks_add_container(&b, root, label, NEWSCLEAN_BF_CONTENT_HINT, &child));
    label[0] = 'X'; /* the label was copied */
    ck_assert(newsclean_blocks_add_container(&b, child, NULL, NEWSCLEAN_BF_BOILER_HINT, &leaf));
    ck_assert_uint_eq(root, 0);
    ck_assert_uint_eq(child, 1);
    ck_assert_uint_eq(leaf, 2);
    ck_assert_uint_eq(b.nc, 3);
    ck_assert(b.c[0].parent == NEWSCLEAN_NO_CONTAINER);
    ck_assert_str_eq(b.c[0].label, "document");
    ck_assert_uint_eq(b.c[1].parent, 0);
    ck_assert_str_eq(b.c[1].label, "div.story#main");
    ck_assert_uint_eq(b.c[1].flags, NEWSCLEAN_BF_CONTENT_HINT);
    ck_assert_uint_eq(b.c[2].parent, 1);
    ck_assert_ptr_null(b.c[2].label);
    ck_assert_uint_eq(b.c[2].flags, NEWSCLEAN_BF_BOILER_HINT);
    ck_assert(b.c[2].score == 0);
    ck_assert(newsclean_blocks_add(&b, "in leaf", 7, NEWSCLEAN_BLOCK_PARAGRAPH, 0, 2, 0, leaf, 0));
    ck_assert_uint_eq(b.v[0].container, 2);
    newsclean_blocks_free(&b);
    ck_assert_uint_eq(b.nc, 0);
    ck_assert_ptr_null(b.c);
}
END_TEST

START_TEST(containers_many)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    size_t idx = 0, prev = NEWSCLEAN_NO_CONTAINER;
    for (size_t i = 0; i < 3000; i++) {
        ck_assert(newsclean_blocks_add_container(&b, prev, (i % 2) ? "div" : NULL, 0, &idx));
        ck_assert_uint_eq(idx, i);
        prev = idx;
    }
    ck_assert_uint_eq(b.nc, 3000);
    ck_assert_uint_eq(b.c[2999].parent, 2998);
    ck_assert_str_eq(b.c[2999].label, "div");
    newsclean_blocks_free(&b);
}
END_TEST

START_TEST(free_null_and_reuse)
{
    newsclean_blocks_free(NULL);
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    ck_assert_uint_eq(b.n, 0);
    ck_assert_uint_eq(b.nc, 0);
    newsclean_blocks_free(&b);
    ck_assert(newsclean_blocks_add(&b, "again", 5, NEWSCLEAN_BLOCK_PARAGRAPH, 0, 0, 0, 0, 0));
    ck_assert_uint_eq(b.n, 1);
    newsclean_blocks_free(&b);
}
END_TEST

/* ---- strip_markup ---------------------------------------------------------------------- */

/* Add 's' as one block of 'kind' with 'flags' and return its text (or "" if none). */
static char *
added(const char *s, newsclean_block_kind kind, unsigned flags)
{
    newsclean_blocks b;
    newsclean_blocks_init(&b);
    ck_assert(newsclean_blocks_add(&b, s, strlen(s), kind, 0, 0, flags, 0, 0));
    const char *text = b.n ? b.v[0].text : "";
    char *t = malloc(strlen(text) + 1);
    ck_assert_ptr_nonnull(t);
    memcpy(t, text, strlen(text) + 1);
    if (b.n)
        ck_assert_uint_eq(b.v[0].len, strlen(t));
    newsclean_blocks_free(&b);
    return t;
}

static void
assert_added(const char *in, const char *want)
{
    char *got = added(in, NEWSCLEAN_BLOCK_PARAGRAPH, 0);
    ck_assert_str_eq(got, want);
    free(got);
}

START_TEST(strip_shortcode_pairs_keep_words)
{
    assert_added("Add your name: [button url=\"https://example.org/sign\" style=\"green\"]Sign the "
                 "petition[/button] before Friday.",
                 "Add your name: Sign the petition before Friday.");
    assert_added(
        "[caption id=\"attachment_12\" align=\"alignright\"]The old mill in 1910.[/caption] "
        "It was pulled down in 1962.",
        "The old mill in 1910. It was pulled down in 1962.");
    /* No attributes: the closing tag is what shows it is a shortcode. */
    assert_added("[highlight]Polls close at 8pm.[/highlight]", "Polls close at 8pm.");
    /* Quotes an editor made curly. */
    assert_added("Run this: [code lang=\xE2\x80\x9C"
                 "bash\xE2\x80\x9C]make install[/code] and wait.",
                 "Run this: make install and wait.");
    /* Nested, and a self-closing one with attributes. */
    assert_added("[column width=\"1/2\"][quote]Never again.[/quote][/column] "
                 "[gallery ids=\"4,5,6\"] More below.",
                 "Never again. More below.");
    assert_added("[divider style=\"dots\" /]Next part.", "Next part.");
}
END_TEST

START_TEST(strip_shortcode_only_block_goes)
{
    char *got = added("[row][column size=\"1/3\"][/column][/row]", NEWSCLEAN_BLOCK_PARAGRAPH, 0);
    ck_assert_str_eq(got, "");
    free(got);
}
END_TEST

START_TEST(strip_keeps_article_brackets)
{
    const char *keep[] = {
        "He wrote that the [sic] mayer had resigned.",
        "The study was repeated twice.[1] Both times it failed.[2]",
        "[Updated: 3 March, 14:00] The road has reopened.",
        "\"We will [not] leave,\" she said. [\xE2\x80\xA6] The crowd stayed.",
        "[Photo: Jane Doe/Agency] Rescue teams at the site.",
        "\"[The mayor] knew about it,\" the clerk said.",
        "Turnout rose[3] as the [chart] shows and [note] says.",
        "Read the [full report](https://example.org/report) and the [summary][2].",
        "The reading list [12]Home [13]News goes on [edit]",
        "A closing tag alone [/column] is left to the line rules.",
        "An opening with a bare word [button Sign up] is not a shortcode.",
    };
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++)
        assert_added(keep[i], keep[i]);
}
END_TEST

START_TEST(strip_escaped_markup)
{
    assert_added("<p>The council met on Monday.</p><p>It voted <strong>7 to 2</strong>.</p>",
                 "The council met on Monday. It voted 7 to 2.");
    assert_added("Watch the full hearing at <a href=\"https://example.org/v\" "
                 "target=\"_blank\">our video page</a>.",
                 "Watch the full hearing at our video page.");
    assert_added("First line.<br /><br />Second line.<br class=\"x\"/>",
                 "First line. Second line.");
}
END_TEST

START_TEST(strip_keeps_prose_and_code)
{
    const char *keep[] = {
        "Where a < b and b > c, a is the smallest.",
        "Thanks for reading <3 and see you soon <3",
        "<ul> List of <img>",
        "Single <figure> element",
        "A template like <T> or <T extends Item> is generic.",
        "The feed wraps each post in <tweet id=\"1\">text</tweet> markers.",
        "One tag with attributes <img src=\"a.png\"> in prose.",
    };
    for (size_t i = 0; i < sizeof keep / sizeof *keep; i++)
        assert_added(keep[i], keep[i]);
    /* Code: preformatted text, and a paragraph holding inline <code>. */
    const char *html = "<div class=\"box\"><p>Hello</p></div>";
    char *got = added(html, NEWSCLEAN_BLOCK_PRE, 0);
    ck_assert_str_eq(got, html);
    free(got);
    const char *para = "Wrap it as <div class=\"box\"><p>Hello</p></div> in the template.";
    got = added(para, NEWSCLEAN_BLOCK_PARAGRAPH, NEWSCLEAN_BF_CODE);
    ck_assert_str_eq(got, para);
    free(got);
    /* Shortcodes go in such a paragraph all the same. */
    got =
        added("[note]Read <b>this</b> first.[/note]", NEWSCLEAN_BLOCK_PARAGRAPH, NEWSCLEAN_BF_CODE);
    ck_assert_str_eq(got, "Read <b>this</b> first.");
    free(got);
}
END_TEST

START_TEST(strip_many_shapes_bounded)
{
    /* More shapes than the table holds: those past it stay, nothing overruns. */
    char in[4096] = "";
    for (int i = 0; i < 100; i++)
        strcat(in, "<p>x</p>");
    char *got = added(in, NEWSCLEAN_BLOCK_PARAGRAPH, 0);
    ck_assert_ptr_nonnull(strstr(got, "x"));
    ck_assert_uint_lt(strlen(got), strlen(in));
    free(got);
}
END_TEST

static Suite *
blocks_suite(void)
{
    Suite *s = suite_create("blocks");
    TCase *tc = tcase_create("collapse_space");
    tcase_add_test(tc, collapse_ascii);
    tcase_add_test(tc, collapse_returns_length_and_terminates);
    tcase_add_test(tc, collapse_only_first_n_bytes);
    tcase_add_test(tc, collapse_nbsp);
    tcase_add_test(tc, collapse_unicode_spaces);
    tcase_add_test(tc, collapse_bom_dropped);
    tcase_add_test(tc, collapse_zero_width_kept);
    tcase_add_test(tc, collapse_soft_hyphen_dropped);
    tcase_add_test(tc, collapse_keeps_other_text);
    suite_add_tcase(s, tc);

    tc = tcase_create("text_stats");
    tcase_add_test(tc, stats_ascii);
    tcase_add_test(tc, stats_ellipsis);
    tcase_add_test(tc, stats_empty_and_spaces);
    tcase_add_test(tc, stats_counts_code_points);
    tcase_add_test(tc, stats_cjk);
    tcase_add_test(tc, stats_cjk_fullwidth_marks);
    suite_add_tcase(s, tc);

    tc = tcase_create("blocks_add");
    tcase_add_test(tc, add_trims_and_collapses);
    tcase_add_test(tc, add_copies_text);
    tcase_add_test(tc, add_all_space_adds_nothing);
    tcase_add_test(tc, add_link_chars_clamped);
    tcase_add_test(tc, add_pre_keeps_layout);
    tcase_add_test(tc, add_pre_blank_adds_nothing);
    tcase_add_test(tc, add_many_grows);
    suite_add_tcase(s, tc);

    tc = tcase_create("strip_markup");
    tcase_add_test(tc, strip_shortcode_pairs_keep_words);
    tcase_add_test(tc, strip_shortcode_only_block_goes);
    tcase_add_test(tc, strip_keeps_article_brackets);
    tcase_add_test(tc, strip_escaped_markup);
    tcase_add_test(tc, strip_keeps_prose_and_code);
    tcase_add_test(tc, strip_many_shapes_bounded);
    suite_add_tcase(s, tc);

    tc = tcase_create("containers");
    tcase_add_test(tc, containers_tree);
    tcase_add_test(tc, containers_many);
    tcase_add_test(tc, free_null_and_reuse);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(blocks_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
