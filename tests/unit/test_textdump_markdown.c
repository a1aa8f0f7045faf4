/* test_textdump_markdown.c: unit tests for how whole pages saved as Markdown are read
 * (lib/textdump_markdown.c): what converters write that the Markdown itself does not say
 * plainly. Each piece prints as "line [h<level>] [li] [links=<n>] | text", as in
 * test_textdump_norm.c. All texts are invented for these tests. */
#include "textdump_norm.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *
pieces(const char *text)
{
    newsclean_td_pieces p;
    ck_assert_int_eq(newsclean_td_normalise(text, strlen(text), &p), NEWSCLEAN_OK);
    newsclean_buf out;
    newsclean_buf_init(&out);
    for (size_t i = 0; i < p.n; i++) {
        const newsclean_td_piece *pc = &p.v[i];
        char head[96];
        int k = snprintf(head, sizeof head, "%u", pc->line);
        if (pc->level)
            k += snprintf(head + k, sizeof head - (size_t)k, " h%u", pc->level);
        if (pc->item)
            k += snprintf(head + k, sizeof head - (size_t)k, " li");
        if (pc->link_chars)
            k += snprintf(head + k, sizeof head - (size_t)k, " links=%zu", pc->link_chars);
        ck_assert(newsclean_buf_append_str(&out, head) && newsclean_buf_append_str(&out, " | ") &&
                  newsclean_buf_append(&out, p.text.data + pc->off, pc->len) &&
                  newsclean_buf_append_char(&out, '\n'));
    }
    ck_assert(newsclean_buf_append_str(&out, ""));
    newsclean_td_pieces_free(&p);
    return newsclean_buf_detach(&out);
}

static void
expect(const char *text, const char *want)
{
    char *got = pieces(text);
    ck_assert_str_eq(got, want);
    free(got);
}

static bool
is_markdown(const char *s)
{
    return newsclean_td_looks_like_markdown(s, strlen(s));
}

/* pandoc keeps what GitHub Markdown cannot say as raw HTML: a page whose links all carry
 * classes has no "[text](target)" at all, only <a> tags, and every <div> closes on a line
 * of its own after a blank one. */
static const char pandoc_raw_html[] = "<div class=\"site-header\">\n"
                                      "\n"
                                      "<a href=\"/\" class=\"logo\">Valley Courier</a>\n"
                                      "\n"
                                      "</div>\n"
                                      "\n"
                                      "<div class=\"entry-meta\">\n"
                                      "\n"
                                      "7. Oktober 2019\n"
                                      "\n"
                                      "</div>\n"
                                      "\n"
                                      "Der Gemeinderat hat am Montag den Haushalt beschlossen.\n";

START_TEST(raw_html_makes_markdown)
{
    ck_assert(is_markdown(pandoc_raw_html));
    /* One end tag is not enough, nor end tags run together as quoted HTML code is. */
    ck_assert(!is_markdown("Close the element:\n\n</div>\n\nand save the file.\n"));
    ck_assert(!is_markdown("Example:\n"
                           "<div>\n"
                           "<p>Hello</p>\n"
                           "</div>\n"
                           "</body>\n"));
    /* Text browsers print no tags: a dump that quotes one stays text. */
    ck_assert(!is_markdown("The <div> element groups content.\n\nIt ends with </div>.\n"));
    expect(pandoc_raw_html, "2 links=14 | Valley Courier\n"
                            "4 | 7. Oktober 2019\n"
                            "6 | Der Gemeinderat hat am Montag den Haushalt beschlossen.\n");
}
END_TEST

START_TEST(numbered_line_is_text)
{
    /* A line that opens with a day's number is a list of one item counting from that
     * number to the parser; real lists, lists of one item from 1 and the converters' own
     * numbers (set in, or padded to the text's column) stay lists. Numbers alone, as
     * reference lists come out ("2. 2."), are no text. */
    expect("# Stadtfest\n"
           "\n"
           "[Start](/) [Kultur](/kultur/)\n"
           "\n"
           "14. März 2024\n"
           "\n"
           "3) Platz für die Feuerwehr\n"
           "\n"
           "1. Anmelden\n"
           "\n"
           "4. Erster\n"
           "5. Zweiter\n"
           "\n"
           "  2. 2.\n"
           "\n"
           "Müller A. Stadtfeste im Wandel. 2019.\n"
           "\n"
           "  5. Anna schreibt:\n"
           "\n"
           "Schönes Fest!\n"
           "\n"
           "6.  Ben schreibt:\n",
           "2 h1 | Stadtfest\n"
           "4 links=11 | Start Kultur\n"
           "6 | 14. März 2024\n"
           "8 | 3) Platz für die Feuerwehr\n"
           "10 li | Anmelden\n"
           "11 li | Erster\n"
           "12 li | Zweiter\n"
           "14 | Müller A. Stadtfeste im Wandel. 2019.\n"
           "16 li | Anna schreibt:\n"
           "18 | Schönes Fest!\n"
           "20 li | Ben schreibt:\n");
}
END_TEST

START_TEST(heading_in_item_rejoined)
{
    /* pandoc wraps a heading inside a list item whose link is raw HTML: the heading's
     * second line, set in as far as the item's text, still belongs to it. */
    expect("## More stories\n"
           "\n"
           "-   ### <a href=\"/news/ferry-timetable-changes\"\n"
           "    class=\"card__link card__link--large\"><span\n"
           "    class=\"card__title\">Ferry timetable changes from May</span></a>\n"
           "\n"
           "    Harbour news\n"
           "\n"
           "[Home](/) [News](/news/)\n",
           "2 h2 | More stories\n"
           "4 h3 li links=32 | Ferry timetable changes from May\n"
           "6 li | Harbour news\n"
           "8 links=8 | Home News\n");
}
END_TEST

START_TEST(block_link_is_link_text)
{
    /* Python's html2text writes a link around whole blocks as a '[' that ends one
     * paragraph and a "](target)" that opens a later one: the teaser's title and summary
     * between are link text. A bracket that nothing closes leaves the text as it is. */
    expect("[Home](/) [News](/news/)\n"
           "\n"
           "[\n"
           "\n"
           "## Ferry timetable changes from May\n"
           "\n"
           "Sailings to the islands will leave half an hour earlier, the operator said.\n"
           "\n"
           "](/news/ferry-timetable-\n"
           "changes)\n"
           "\n"
           "  * [ Council votes on the harbour wall\n"
           "\n"
           "](/news/harbour-wall)\n"
           "\n"
           "The harbour trust said [on Monday that the fish market would open in June.\n",
           "2 links=8 | Home News\n"
           "4 h2 links=32 | Ferry timetable changes from May\n"
           "6 links=75 | Sailings to the islands will leave half an hour earlier, the operator "
           "said.\n"
           "8 li links=33 | Council votes on the harbour wall\n"
           "10 | The harbour trust said on Monday that the fish market would open in June.\n");
}
END_TEST

static Suite *
suite(void)
{
    Suite *s = suite_create("textdump_markdown");
    TCase *t = tcase_create("converters");
    tcase_add_test(t, raw_html_makes_markdown);
    tcase_add_test(t, numbered_line_is_text);
    tcase_add_test(t, heading_in_item_rejoined);
    tcase_add_test(t, block_link_is_link_text);
    suite_add_tcase(s, t);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
