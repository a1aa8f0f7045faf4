/* test_textdump_norm.c: unit tests for the text path's normalisation stage
 * (lib/textdump_unwrap.c, lib/textdump_markdown.c): dumps as text browsers and converters
 * make them become one piece per paragraph, heading or list item. Each piece prints as
 * "line [h<level>] [li] [row] [links=<n>] | text" (a row's cells split by tabs), so an expectation
 * reads like the dump. All texts are invented for these tests. */
#include "textdump_norm.h"

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The pieces of 'text', one per line. */
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
        if (pc->row)
            k += snprintf(head + k, sizeof head - (size_t)k, " row");
        if (pc->link_chars)
            k += snprintf(head + k, sizeof head - (size_t)k, " links=%zu", pc->link_chars);
        ck_assert(newsclean_buf_append_str(&out, head) && newsclean_buf_append_str(&out, " | ") &&
                  newsclean_buf_append(&out, p.text.data + pc->off, pc->len) &&
                  newsclean_buf_append_char(&out, '\n'));
        /* One line of text, spaces collapsed, nothing left over. */
        ck_assert_ptr_null(memchr(p.text.data + pc->off, '\n', pc->len));
        ck_assert_int_gt(pc->len, 0);
        ck_assert(p.text.data[pc->off] != ' ' && p.text.data[pc->off + pc->len - 1] != ' ');
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

/* ---- dumps with one line per block ---------------------------------------------------- */

START_TEST(inner_text_lines_stay)
{
    /* A browser's innerText: short and long lines mixed, nothing to rejoin. */
    expect("Harbour News\n\nHome\nSport\nWeather\n\nFerry fares rise again\n\n"
           "The ferry company raised its fares for the second time this year on Monday, "
           "blaming the cost of fuel and a shortage of crew.\n"
           "Commuters said they would look for other ways to reach the mainland.\n\n"
           "1. Most read story\n2. Another story\n",
           "1 | Harbour News\n3 | Home\n4 | Sport\n5 | Weather\n7 | Ferry fares rise again\n"
           "9 | The ferry company raised its fares for the second time this year on Monday, "
           "blaming the cost of fuel and a shortage of crew.\n"
           "10 | Commuters said they would look for other ways to reach the mainland.\n"
           "12 | 1. Most read story\n13 | 2. Another story\n");
}
END_TEST

START_TEST(empty_and_blank)
{
    expect("", "");
    expect("\n\n   \n\t\n", "");
    expect("one line without an end", "1 | one line without an end\n");
}
END_TEST

/* ---- wrapped dumps --------------------------------------------------------------------- */

/* One invented article (an HTML page written for these tests) as three tools dump it,
 * each with its own defaults, and so each output is exactly what the tool printed. lynx
 * indents paragraphs by three columns, wraps them before column 75, sets headings at the
 * margin, puts a number before every link and lists the links at the end. */
static const char harbour_lynx[] =
    "   [1]Skip to content\n"
    "     * [2]Home\n"
    "     * [3]Local News\n"
    "     * [4]Weather\n"
    "\n"
    "Harbour trust buys the old ferry terminal after a decade of talks over its\n"
    "future\n"
    "\n"
    "   By [5]Mara Quist\n"
    "\n"
    "   The harbour trust has bought the old ferry terminal on the east quay\n"
    "   for 2.4 million pounds, ending ten years of talks between the council,\n"
    "   the port authority and a string of developers who wanted the site for\n"
    "   flats.\n"
    "\n"
    "   The trust plans to open a covered fish market on the ground floor and\n"
    "   to let the upper rooms to local clubs. Work is due to start in the\n"
    "   spring, said [6]the trust's chair, who called the sale well-timed.\n"
    "\n"
    "What happens next\n"
    "\n"
    "   Three things must happen before the market can open:\n"
    "     * the council must approve a change of use for the ground floor and\n"
    "       the quay, which may take until the autumn\n"
    "     * the roof must be repaired\n"
    "     * traders must sign leases\n"
    "\n"
    "   Fishermen on the quay welcomed the news. Several said they had sold\n"
    "   from the backs of vans for years and would be glad of a roof, a cold\n"
    "   store and somewhere to wash down.\n"
    "\n"
    "References\n"
    "\n"
    "   1. file:///tmp/lynxXXXXwFsZql/L22677-7509TMP.html#main\n"
    "   2. file:///\n"
    "   3. file:///local/\n"
    "   4. file:///weather/\n"
    "   5. file:///staff/quist\n"
    "   6. https://trust.example/\n";

START_TEST(lynx_paragraphs_rejoined)
{
    expect(
        harbour_lynx,
        "1 links=15 | Skip to content\n"
        "2 li links=4 | Home\n"
        "3 li links=10 | Local News\n"
        "4 li links=7 | Weather\n"
        "6 h2 | "
        "Harbour trust buys the old ferry terminal after a decade of talks over its future\n"
        "8 links=10 | By Mara Quist\n"
        "10 | "
        "The harbour trust has bought the old ferry terminal on the east quay for 2.4 million "
        "pounds, ending ten years of talks between the council, the port authority and a "
        "string of developers who wanted the site for flats.\n"
        "12 links=18 | "
        "The trust plans to open a covered fish market on the ground floor and to let the upper "
        "rooms to local clubs. Work is due to start in the spring, said the trust's chair, who "
        "called the sale well-timed.\n"
        "14 h2 | What happens next\n"
        "16 | Three things must happen before the market can open:\n"
        "17 li | "
        "the council must approve a change of use for the ground floor and the quay, which may "
        "take until the autumn\n"
        "18 li | the roof must be repaired\n"
        "19 li | traders must sign leases\n"
        "21 | "
        "Fishermen on the quay welcomed the news. Several said they had sold from the backs of "
        "vans for years and would be glad of a roof, a cold store and somewhere to wash down.\n");
}
END_TEST

/* w3m: no indentation, wrapped at 80 columns, list items under bullets, their wrapped
 * lines running past the paragraphs' edge by the items' indentation. */
static const char harbour_w3m[] =
    "Skip to content\n"
    "\n"
    "  • Home\n"
    "  • Local News\n"
    "  • Weather\n"
    "\n"
    "Harbour trust buys the old ferry terminal after a decade of talks over its\n"
    "future\n"
    "\n"
    "By Mara Quist\n"
    "\n"
    "The harbour trust has bought the old ferry terminal on the east quay for 2.4\n"
    "million pounds, ending ten years of talks between the council, the port\n"
    "authority and a string of developers who wanted the site for flats.\n"
    "\n"
    "The trust plans to open a covered fish market on the ground floor and to let\n"
    "the upper rooms to local clubs. Work is due to start in the spring, said the\n"
    "trust's chair, who called the sale well-timed.\n"
    "\n"
    "What happens next\n"
    "\n"
    "Three things must happen before the market can open:\n"
    "\n"
    "  • the council must approve a change of use for the ground floor and the quay,\n"
    "    which may take until the autumn\n"
    "  • the roof must be repaired\n"
    "  • traders must sign leases\n"
    "\n"
    "Fishermen on the quay welcomed the news. Several said they had sold from the\n"
    "backs of vans for years and would be glad of a roof, a cold store and somewhere\n"
    "to wash down.\n"
    "\n";

START_TEST(w3m_paragraphs_rejoined)
{
    expect(
        harbour_w3m,
        "1 | Skip to content\n"
        "3 li | Home\n"
        "4 li | Local News\n"
        "5 li | Weather\n"
        "7 | "
        "Harbour trust buys the old ferry terminal after a decade of talks over its future\n"
        "9 | By Mara Quist\n"
        "11 | "
        "The harbour trust has bought the old ferry terminal on the east quay for 2.4 million "
        "pounds, ending ten years of talks between the council, the port authority and a "
        "string of developers who wanted the site for flats.\n"
        "13 | "
        "The trust plans to open a covered fish market on the ground floor and to let the upper "
        "rooms to local clubs. Work is due to start in the spring, said the trust's chair, who "
        "called the sale well-timed.\n"
        "15 | What happens next\n"
        "17 | Three things must happen before the market can open:\n"
        "19 li | "
        "the council must approve a change of use for the ground floor and the quay, which may "
        "take until the autumn\n"
        "20 li | the roof must be repaired\n"
        "21 li | traders must sign leases\n"
        "23 | "
        "Fishermen on the quay welcomed the news. Several said they had sold from the backs of "
        "vans for years and would be glad of a roof, a cold store and somewhere to wash down.\n");
}
END_TEST

/* html2text: starred headings (one wrapped over two lines), a link's spaces written as
 * underscores, no blank lines between paragraphs. */
static const char harbour_html2text[] =
    "Skip_to_content\n"
    "    * Home\n"
    "    * Local_News\n"
    "    * Weather\n"
    "***** Harbour trust buys the old ferry terminal after a decade of talks over\n"
    "its future *****\n"
    "By Mara_Quist\n"
    "The harbour trust has bought the old ferry terminal on the east quay for 2.4\n"
    "million pounds, ending ten years of talks between the council, the port\n"
    "authority and a string of developers who wanted the site for flats.\n"
    "The trust plans to open a covered fish market on the ground floor and to let\n"
    "the upper rooms to local clubs. Work is due to start in the spring, said the\n"
    "trust's_chair, who called the sale well-timed.\n"
    "***** What happens next *****\n"
    "Three things must happen before the market can open:\n"
    "    * the council must approve a change of use for the ground floor and the\n"
    "      quay, which may take until the autumn\n"
    "    * the roof must be repaired\n"
    "    * traders must sign leases\n"
    "Fishermen on the quay welcomed the news. Several said they had sold from the\n"
    "backs of vans for years and would be glad of a roof, a cold store and somewhere\n"
    "to wash down.\n";

/* html2text sets a quotation in by five columns and wraps it seven short of the
 * paragraphs' width: its lines are joined by its own edge. A set-in block whose lines all
 * open with a capital (a timetable) keeps them. */
START_TEST(html2text_quotation_wrapped_narrower)
{
    expect("****** Harbour trust approves the new ferry timetable ******\n"
           "The harbour trust voted on Tuesday evening to approve a new ferry timetable\n"
           "that adds two crossings on weekday mornings and moves the last sailing on\n"
           "Fridays to half past eleven.\n"
           "Commuters had asked for more morning boats for years. The trust's own survey\n"
           "last winter found that the seven o'clock and half past seven crossings were\n"
           "full on four days out of five.\n"
           "     We listened to commuters who told us the early boats were full every\n"
           "     day of the week, and to the pubs on the far side who asked for a\n"
           "     later boat home.\n"
           "The new timetable starts on the first Monday of May and will be reviewed after\n"
           "the summer season, when the trust publishes its passenger figures for the year.\n"
           "     Weekday crossings from the north quay: every half hour from six\n"
           "     Saturday and Sunday crossings from the north quay: every hour\n"
           "     Friday and Saturday nights: Last boat at half past eleven\n",
           "2 h1 | Harbour trust approves the new ferry timetable\n"
           "4 | The harbour trust voted on Tuesday evening to approve a new ferry timetable that "
           "adds two crossings on weekday mornings and moves the last sailing on Fridays to half "
           "past eleven.\n"
           "5 | Commuters had asked for more morning boats for years. The trust's own survey last "
           "winter found that the seven o'clock and half past seven crossings were full on four "
           "days out of five.\n"
           "6 | We listened to commuters who told us the early boats were full every day of the "
           "week, and to the pubs on the far side who asked for a later boat home.\n"
           "7 | The new timetable starts on the first Monday of May and will be reviewed after the "
           "summer season, when the trust publishes its passenger figures for the year.\n"
           "8 | Weekday crossings from the north quay: every half hour from six\n"
           "9 | Saturday and Sunday crossings from the north quay: every hour\n"
           "10 | Friday and Saturday nights: Last boat at half past eleven\n");
}
END_TEST

/* html2text prints hexadecimal character references as they stand ("won&#x27;t"), as
 * pages that escape their apostrophes write them: they are decoded. A reference to a
 * control character, a decimal one and a bare ampersand stay as they are. */
START_TEST(html2text_hex_references_decoded)
{
    expect("****** Harbour trust won&#x27;t sell the old ferry terminal ******\n"
           "The harbour trust said on Monday that it won&#x27;t sell the old ferry terminal\n"
           "on the east quay, after the council&#X27;s planners turned down a second bid\n"
           "for flats on the site and the port authority&#x27;s lease ran out in March.\n"
           "The trust&#x2019;s chair said the &#x22;fish market&#x22; plan was back on the\n"
           "table, and that traders &amp; clubs would be asked in May.\n"
           "Bytes &#x1; and &#35; stay.\n",
           "2 h1 | Harbour trust won't sell the old ferry terminal\n"
           "4 | The harbour trust said on Monday that it won't sell the old ferry terminal on "
           "the east quay, after the council's planners turned down a second bid for flats on "
           "the site and the port authority's lease ran out in March.\n"
           "5 | The trust\u2019s chair said the \"fish market\" plan was back on the table, and "
           "that traders &amp; clubs would be asked in May.\n"
           "6 | Bytes &#x1; and &#35; stay.\n");
}
END_TEST

/* An invented page through lynx -dump -nolist, its second paragraph ending in a no-break
 * space ("scenery.&nbsp;"), as editors leave them: lynx kept the space with the word and
 * moved both to a line of their own, though the word alone would have fitted on the line
 * above. The paragraph is one piece all the same. */
static const char trailing_nbsp_lynx[] =
    "                   Harbour trust buys the old ferry terminal\n"
    "\n"
    "   The harbour trust has bought the old ferry terminal on the east quay\n"
    "   for a sum it would not name, ending ten years of talks between the\n"
    "   council and the port authority about the building.\n"
    "\n"
    "   Traders on the quay said the sale was overdue. One said the trust had\n"
    "   been talking about a market for so long that the plans felt like part\n"
    "   of the salt-stained and slumping old grey stone harbour tarred\n"
    "   scenery.\n"
    "\n"
    "   The council's planning committee meets next month and is expected to\n"
    "   approve a change of use for the ground floor, though some members want\n"
    "   the upper rooms kept for local clubs and a cafe.\n"
    "\n"
    "   Fishermen on the quay welcomed the news. Several said they had sold\n"
    "   from the backs of vans for years and would be glad of a roof, a cold\n"
    "   store and somewhere to wash down after a long night at sea.\n"
    "\n"
    "   The trust expects the market to open in the spring of next year, with\n"
    "   at least twenty stalls on the ground floor and a cold store at the back\n"
    "   where the old ticket office and the waiting room used to be.\n";

/* The invented page through lynx -dump -nolist, as a blog prints it with its feeds and its
 * neighbours in <link rel> elements: lynx lists those first, after a '#', wrapped like a
 * paragraph. None of it is the page's text. */
static const char rel_links_lynx[] =
    "   #Harbour Notes \u00bb Feed Harbour Notes \u00bb Comments Feed Harbour Notes \u00bb "
    "Harbour\n"
    "   trust buys the old ferry terminal Comments Feed Fish prices fall again\n"
    "   alternate alternate\n"
    "\n"
    "                   Harbour trust buys the old ferry terminal\n"
    "\n"
    "   The harbour trust has bought the old ferry terminal on the east quay\n"
    "   for a sum it would not name, ending ten years of talks between the\n"
    "   council and the port authority about the building.\n"
    "\n"
    "   Traders on the quay said the sale was overdue. One said the trust had\n"
    "   been talking about a market for so long that the plans felt like part\n"
    "   of the harbour.\n";

START_TEST(lynx_rel_links_dropped)
{
    expect(rel_links_lynx,
           "2 h1 | Harbour trust buys the old ferry terminal\n"
           "4 | The harbour trust has bought the old ferry terminal on the east quay for a sum it "
           "would not name, ending ten years of talks between the council and the port "
           "authority about the building.\n"
           "6 | Traders on the quay said the sale was overdue. One said the trust had been talking "
           "about a market for so long that the plans felt like part of the harbour.\n");
    /* A hashtag opening a dump with one line per block is the page's text. */
    expect("#harbourlife Ferry fares rise again\n\nHome\n",
           "1 | #harbourlife Ferry fares rise again\n3 | Home\n");
}
END_TEST

START_TEST(lynx_word_bound_by_a_no_break_space)
{
    expect(trailing_nbsp_lynx,
           "1 h1 | Harbour trust buys the old ferry terminal\n"
           "3 | The harbour trust has bought the old ferry terminal on the east quay for a sum it "
           "would not name, ending ten years of talks between the council and the port "
           "authority about the building.\n"
           "5 | Traders on the quay said the sale was overdue. One said the trust had been talking "
           "about a market for so long that the plans felt like part of the salt-stained and "
           "slumping old grey stone harbour tarred scenery.\n"
           "7 | The council's planning committee meets next month and is expected to approve a "
           "change of use for the ground floor, though some members want the upper rooms kept "
           "for local clubs and a cafe.\n"
           "9 | Fishermen on the quay welcomed the news. Several said they had sold from the backs "
           "of vans for years and would be glad of a roof, a cold store and somewhere to wash "
           "down after a long night at sea.\n"
           "11 | The trust expects the market to open in the spring of next year, with at least "
           "twenty stalls on the ground floor and a cold store at the back where the old ticket "
           "office and the waiting room used to be.\n");
}
END_TEST

/* An invented page through lynx: a link in a sentence ends where its address's words do
 * ("[2]tide table" under ".../tide-table"), a small word the address leaves out aside;
 * where the address has no such words, the link is taken for a few words as before. */
static const char address_words_lynx[] =
    "   [1]Home\n"
    "\n"
    "   The ferry company keeps a [2]tide table for the east quay on its\n"
    "   website, and the [3]harbour master posts the same times on a board by\n"
    "   the gate every morning before the first crossing.\n"
    "\n"
    "   Skippers who sail at night can also read the [4]testing a gauge notes,\n"
    "   which the company wrote after two gauges failed last winter and a ferry\n"
    "   ran aground at low water on the far side of the bar.\n"
    "\n"
    "   The [5]company says the board will stay, whatever the website shows,\n"
    "   because many of the older fishermen on the quay do not carry phones at\n"
    "   all.\n"
    "\n"
    "References\n"
    "\n"
    "   1. https://ferry.example/\n"
    "   2. https://ferry.example/guides/tide-table\n"
    "   3. https://ferry.example/staff/harbour-master\n"
    "   4. https://ferry.example/notes/testing-gauge.html\n"
    "   5. https://ferry.example/about?id=7\n";

START_TEST(lynx_link_ends_with_its_address_words)
{
    expect(address_words_lynx,
           "1 links=4 | Home\n"
           "3 links=26 | The ferry company keeps a tide table for the east quay on its website, "
           "and the harbour master posts the same times on a board by the gate every morning "
           "before the first crossing.\n"
           "5 links=16 | Skippers who sail at night can also read the testing a gauge notes, which "
           "the company wrote after two gauges failed last winter and a ferry ran aground at "
           "low water on the far side of the bar.\n"
           "7 links=23 | The company says the board will stay, whatever the website shows, because "
           "many of the older fishermen on the quay do not carry phones at all.\n");
}
END_TEST

/* An invented page through lynx: a no-break space bound the last two words of a paragraph
 * ("sea&nbsp;wall."), and lynx moved both, with the link number before them, to a line
 * of their own though the first alone had room above. */
static const char bound_words_lynx[] =
    "                   Harbour trust buys the old ferry terminal\n"
    "\n"
    "   The harbour trust has bought the old ferry terminal on the east quay\n"
    "   for a sum it would not name, ending ten years of talks between the\n"
    "   council and the port authority about the building.\n"
    "\n"
    "   Traders on the quay said the sale was overdue, and the trust said it\n"
    "   would spend a year on the roof and then on the old\n"
    "   [1]granite-faced sea wall.\n"
    "\n"
    "   The council's planning committee meets next month and is expected to\n"
    "   approve a change of use for the ground floor, though some members want\n"
    "   the upper rooms kept for local clubs and a cafe.\n"
    "\n"
    "   Fishermen on the quay welcomed the news. Several said they had sold\n"
    "   from the backs of vans for years and would be glad of a roof, a cold\n"
    "   store and somewhere to wash down after a long night at sea.\n"
    "\n"
    "References\n"
    "\n"
    "   1. https://trust.example/wall\n";

START_TEST(lynx_words_bound_by_a_no_break_space)
{
    expect(
        bound_words_lynx,
        "1 h1 | Harbour trust buys the old ferry terminal\n"
        "3 | The harbour trust has bought the old ferry terminal on the east quay for a sum it "
        "would not name, ending ten years of talks between the council and the port "
        "authority about the building.\n"
        "5 links=23 | Traders on the quay said the sale was overdue, and the trust said it would "
        "spend a year on the roof and then on the old granite-faced sea wall.\n"
        "7 | The council's planning committee meets next month and is expected to approve a "
        "change of use for the ground floor, though some members want the upper rooms kept "
        "for local clubs and a cafe.\n"
        "9 | Fishermen on the quay welcomed the news. Several said they had sold from the backs "
        "of vans for years and would be glad of a roof, a cold store and somewhere to wash "
        "down after a long night at sea.\n");
}
END_TEST

START_TEST(html2text_paragraphs_rejoined)
{
    expect(
        harbour_html2text,
        "1 links=15 | Skip to content\n"
        "2 li | Home\n"
        "3 li links=10 | Local News\n"
        "4 li | Weather\n"
        "6 h2 | "
        "Harbour trust buys the old ferry terminal after a decade of talks over its future\n"
        "8 links=10 | By Mara Quist\n"
        "9 | "
        "The harbour trust has bought the old ferry terminal on the east quay for 2.4 million "
        "pounds, ending ten years of talks between the council, the port authority and a "
        "string of developers who wanted the site for flats.\n"
        "10 links=14 | "
        "The trust plans to open a covered fish market on the ground floor and to let the upper "
        "rooms to local clubs. Work is due to start in the spring, said the trust's chair, who "
        "called the sale well-timed.\n"
        "12 h2 | What happens next\n"
        "14 | Three things must happen before the market can open:\n"
        "15 li | "
        "the council must approve a change of use for the ground floor and the quay, which may "
        "take until the autumn\n"
        "16 li | the roof must be repaired\n"
        "17 li | traders must sign leases\n"
        "18 | "
        "Fishermen on the quay welcomed the news. Several said they had sold from the backs of "
        "vans for years and would be glad of a roof, a cold store and somewhere to wash down.\n");
}
END_TEST

/* Another invented page through w3m: an address, a table laid out in spaces and a verse
 * keep their lines, being far shorter than the wrap width; a line one column past the
 * others is still wrapped. */
static const char library_w3m[] =
    "Library roof to be replaced this summer\n"
    "\n"
    "The library will close for three weeks in August while the roof over the\n"
    "reading room is replaced, the county said on Thursday in a notice to members\n"
    "and staff.\n"
    "\n"
    "Readers can still return books through the slot by the side door during the\n"
    "works, and the mobile library will visit the square every Tuesday morning.\n"
    "\n"
    "County Library\n"
    "12 Market Street\n"
    "Eastbridge\n"
    "\n"
    "  Branch    Opens Closes\n"
    "Eastbridge  9:00  17:00\n"
    "Westmoor    10:00 16:00\n"
    "\n"
    "The roof was last replaced in 1968, and the county has set aside money to\n"
    "insulate it this time, which should cut the heating bill by a third or more,\n"
    "the library's manager said.\n"
    "\n"
    "A local poet wrote four lines for the reopening:\n"
    "\n"
    "Under the new slate\n"
    "the old books wait,\n"
    "dry as the summer\n"
    "that kept them late.\n"
    "\n"
    "The reopening is planned for the first Saturday in September, with a reading in\n"
    "the garden and a sale of old stock to raise money for the children's corner.\n"
    "\n";

START_TEST(short_lines_keep_their_breaks)
{
    expect(
        library_w3m,
        "1 | Library roof to be replaced this summer\n"
        "3 | The library will close for three weeks in August while the roof over the reading "
        "room is replaced, the county said on Thursday in a notice to members and staff.\n"
        "5 | Readers can still return books through the slot by the side door during the works, "
        "and the mobile library will visit the square every Tuesday morning.\n"
        "7 | County Library\n8 | 12 Market Street\n9 | Eastbridge\n"
        "11 | Branch Opens Closes\n12 | Eastbridge 9:00 17:00\n13 | Westmoor 10:00 16:00\n"
        "15 | The roof was last replaced in 1968, and the county has set aside money to insulate "
        "it this time, which should cut the heating bill by a third or more, the library's "
        "manager said.\n"
        "17 | A local poet wrote four lines for the reopening:\n"
        "19 | Under the new slate\n20 | the old books wait,\n21 | dry as the summer\n"
        "22 | that kept them late.\n"
        "24 | The reopening is planned for the first Saturday in September, with a reading in the "
        "garden and a sale of old stock to raise money for the children's corner.\n");
}
END_TEST

START_TEST(too_few_lines_to_show_a_wrap)
{
    /* Two lines that end near the same column are not enough to call a dump wrapped. */
    expect("The ferry will not run on Monday because of the storm warning for the\n"
           "whole coast, the operator said in a short statement on its website today.\n",
           "1 | The ferry will not run on Monday because of the storm warning for the\n"
           "2 | whole coast, the operator said in a short statement on its website today.\n");
}
END_TEST

/* An invented page whose menu (lists within lists, their long items wrapped) is longer
 * than its article, through w3m and html2text: the menu hides neither the wrap width nor
 * the paragraphs, and a horizontal rule under a paragraph does not make its last line a
 * heading. */
static const char ferry_w3m[] =
    "  • Home\n"
    "      □ Home archive and older stories from the section\n"
    "  • Local news\n"
    "      □ Local news archive and older stories from the section\n"
    "  • Courts and crime\n"
    "      □ Courts and crime archive and older stories from the section\n"
    "  • Schools\n"
    "      □ Schools archive and older stories from the section\n"
    "  • Transport and roads\n"
    "      □ Transport and roads archive and older stories from the section\n"
    "  • Weather warnings for the coast\n"
    "      □ Weather warnings for the coast archive and older stories from the\n"
    "        section\n"
    "  • Business\n"
    "      □ Business archive and older stories from the section\n"
    "  • Farming and fishing\n"
    "      □ Farming and fishing archive and older stories from the section\n"
    "  • Sport\n"
    "      □ Sport archive and older stories from the section\n"
    "  • Football\n"
    "      □ Football archive and older stories from the section\n"
    "  • Rugby\n"
    "      □ Rugby archive and older stories from the section\n"
    "  • Sailing and rowing on the estuary\n"
    "      □ Sailing and rowing on the estuary archive and older stories from the\n"
    "        section\n"
    "  • Opinion\n"
    "      □ Opinion archive and older stories from the section\n"
    "  • Letters to the editor\n"
    "      □ Letters to the editor archive and older stories from the section\n"
    "  • Arts\n"
    "      □ Arts archive and older stories from the section\n"
    "  • Theatre listings\n"
    "      □ Theatre listings archive and older stories from the section\n"
    "  • Music\n"
    "      □ Music archive and older stories from the section\n"
    "  • Obituaries\n"
    "      □ Obituaries archive and older stories from the section\n"
    "  • Family notices\n"
    "      □ Family notices archive and older stories from the section\n"
    "  • Jobs\n"
    "      □ Jobs archive and older stories from the section\n"
    "  • Property\n"
    "      □ Property archive and older stories from the section\n"
    "  • Motors\n"
    "      □ Motors archive and older stories from the section\n"
    "  • Travel\n"
    "      □ Travel archive and older stories from the section\n"
    "  • Puzzles\n"
    "      □ Puzzles archive and older stories from the section\n"
    "  • Contact us\n"
    "      □ Contact us archive and older stories from the section\n"
    "  • Advertise with us\n"
    "      □ Advertise with us archive and older stories from the section\n"
    "  • Subscribe to the print edition\n"
    "      □ Subscribe to the print edition archive and older stories from the\n"
    "        section\n"
    "  • Newsletters\n"
    "      □ Newsletters archive and older stories from the section\n"
    "\n"
    "Ferry timetable changes from Monday\n"
    "\n"
    "The ferry company will run its first crossing half an hour earlier from Monday,\n"
    "after commuters asked for a service that reaches the mainland before the\n"
    "morning trains leave.\n"
    "\n"
    "The last crossing of the evening moves the other way, to a quarter to eleven,\n"
    "so that staff at the hospital can get home after the late shift without waiting\n"
    "for the night bus.\n"
    "\n"
    "━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
    "\n"
    "Fares stay the same until the spring, the company said, when it will review\n"
    "them along with the timetable for the summer season and the extra sailings on\n"
    "bank holidays.\n"
    "\n";

static const char ferry_html2text[] =
    "    * Home\n"
    "          o Home_archive_and_older_stories_from_the_section\n"
    "    * Local_news\n"
    "          o Local_news_archive_and_older_stories_from_the_section\n"
    "    * Courts_and_crime\n"
    "          o Courts_and_crime_archive_and_older_stories_from_the_section\n"
    "    * Schools\n"
    "          o Schools_archive_and_older_stories_from_the_section\n"
    "    * Transport_and_roads\n"
    "          o Transport_and_roads_archive_and_older_stories_from_the_section\n"
    "    * Weather_warnings_for_the_coast\n"
    "          o Weather_warnings_for_the_coast_archive_and_older_stories_from_the\n"
    "            section\n"
    "    * Business\n"
    "          o Business_archive_and_older_stories_from_the_section\n"
    "    * Farming_and_fishing\n"
    "          o Farming_and_fishing_archive_and_older_stories_from_the_section\n"
    "    * Sport\n"
    "          o Sport_archive_and_older_stories_from_the_section\n"
    "    * Football\n"
    "          o Football_archive_and_older_stories_from_the_section\n"
    "    * Rugby\n"
    "          o Rugby_archive_and_older_stories_from_the_section\n"
    "    * Sailing_and_rowing_on_the_estuary\n"
    "          o Sailing_and_rowing_on_the_estuary_archive_and_older_stories_from\n"
    "            the_section\n"
    "    * Opinion\n"
    "          o Opinion_archive_and_older_stories_from_the_section\n"
    "    * Letters_to_the_editor\n"
    "          o Letters_to_the_editor_archive_and_older_stories_from_the_section\n"
    "    * Arts\n"
    "          o Arts_archive_and_older_stories_from_the_section\n"
    "    * Theatre_listings\n"
    "          o Theatre_listings_archive_and_older_stories_from_the_section\n"
    "    * Music\n"
    "          o Music_archive_and_older_stories_from_the_section\n"
    "    * Obituaries\n"
    "          o Obituaries_archive_and_older_stories_from_the_section\n"
    "    * Family_notices\n"
    "          o Family_notices_archive_and_older_stories_from_the_section\n"
    "    * Jobs\n"
    "          o Jobs_archive_and_older_stories_from_the_section\n"
    "    * Property\n"
    "          o Property_archive_and_older_stories_from_the_section\n"
    "    * Motors\n"
    "          o Motors_archive_and_older_stories_from_the_section\n"
    "    * Travel\n"
    "          o Travel_archive_and_older_stories_from_the_section\n"
    "    * Puzzles\n"
    "          o Puzzles_archive_and_older_stories_from_the_section\n"
    "    * Contact_us\n"
    "          o Contact_us_archive_and_older_stories_from_the_section\n"
    "    * Advertise_with_us\n"
    "          o Advertise_with_us_archive_and_older_stories_from_the_section\n"
    "    * Subscribe_to_the_print_edition\n"
    "          o Subscribe_to_the_print_edition_archive_and_older_stories_from_the\n"
    "            section\n"
    "    * Newsletters\n"
    "          o Newsletters_archive_and_older_stories_from_the_section\n"
    "****** Ferry timetable changes from Monday ******\n"
    "The ferry company will run its first crossing half an hour earlier from Monday,\n"
    "after commuters asked for a service that reaches the mainland before the\n"
    "morning trains leave.\n"
    "The last crossing of the evening moves the other way, to a quarter to eleven,\n"
    "so that staff at the hospital can get home after the late shift without waiting\n"
    "for the night bus.\n"
    "===============================================================================\n"
    "Fares stay the same until the spring, the company said, when it will review\n"
    "them along with the timetable for the summer season and the extra sailings on\n"
    "bank holidays.\n";

/* The last pieces of 'text', from the one that starts with 'from'. */
static void
expect_tail(const char *text, const char *from, const char *want)
{
    char *got = pieces(text);
    const char *at = strstr(got, from);
    ck_assert_msg(at != NULL, "no \"%s\" in %s", from, got);
    while (at > got && at[-1] != '\n')
        at--;
    ck_assert_str_eq(at, want);
    free(got);
}

#define FERRY_1                                                                                    \
    "The ferry company will run its first crossing half an hour earlier from Monday, after "       \
    "commuters asked for a service that reaches the mainland before the morning trains leave.\n"
#define FERRY_2                                                                                    \
    "The last crossing of the evening moves the other way, to a quarter to eleven, so that staff " \
    "at the hospital can get home after the late shift without waiting for the night bus.\n"
#define FERRY_3                                                                                    \
    "Fares stay the same until the spring, the company said, when it will review them along "      \
    "with the timetable for the summer season and the extra sailings on bank holidays.\n"

START_TEST(menus_and_rules)
{
    expect_tail(ferry_w3m, "Newsletters archive",
                "56 li | Newsletters archive and older stories from the section\n"
                "58 | Ferry timetable changes from Monday\n"
                "60 | " FERRY_1 "62 | " FERRY_2 "64 | " FERRY_3);
    expect_tail(ferry_html2text, "Newsletters archive",
                "56 li links=54 | Newsletters archive and older stories from the section\n"
                "58 h1 | Ferry timetable changes from Monday\n"
                "60 | " FERRY_1 "61 | " FERRY_2 "63 | " FERRY_3);
    /* The menu's own long items were wrapped and are whole again. */
    char *got = pieces(ferry_w3m);
    ck_assert_ptr_nonnull(
        strstr(got, "li | Subscribe to the print edition archive and older stories from the "
                    "section\n"));
    free(got);
}
END_TEST

/* lynx's marks for images, edits and forms, around a paragraph of the invented page. */
static const char harbour_lynx_images[] =
    "   [1]Skip to content\n"
    "\n"
    "   [2]\n"
    "\n"
    "   [harbour-trust-offices.jpg]\n"
    "\n"
    "   The harbour trust has bought the old ferry terminal.\n"
    "\n"
    "   [INS: Corrected: the price was 2.4 million pounds. :INS]\n"
    "\n"
    "   ____________________ (BUTTON) Search\n"
    "\n"
    "   [3][quay.png] Fishermen welcomed the news.\n"
    "\n"
    "References\n"
    "\n"
    "   1. https://news.example/#main\n"
    "   2. https://news.example/\n"
    "   3. https://news.example/quay\n";

/* An invented page through lynx: a teaser's title that opens with a link is all link
 * text, but a paragraph that opens with one and ends with a full stop is a sentence whose
 * link is a few words, as anywhere else in a paragraph. */
static const char sentence_lynx[] =
    "   [1]Ferry fares rise again as fuel costs climb\n"
    "\n"
    "   [2]Tidewatch is a small and easy to install tool that reads the harbour\n"
    "   gauges and warns the office when the water rises past the quay.\n"
    "\n"
    "   The harbour office has run it for a year now on an old computer in the\n"
    "   ticket hall, and the staff say it has not missed a single spring tide\n"
    "   since it was put in, though the gauges themselves are forty years old\n"
    "   and the computer is not much younger than the oldest of the ferries.\n"
    "\n"
    "References\n"
    "\n"
    "   1. https://news.example/fares\n"
    "   2. https://news.example/tidewatch\n";

START_TEST(sentence_opening_with_a_link)
{
    expect(
        sentence_lynx,
        "1 links=42 | Ferry fares rise again as fuel costs climb\n"
        "3 links=10 | Tidewatch is a small and easy to install tool that reads the harbour gauges "
        "and warns the office when the water rises past the quay.\n"
        "5 | The harbour office has run it for a year now on an old computer in the ticket "
        "hall, and the staff say it has not missed a single spring tide since it was put in, "
        "though the gauges themselves are forty years old and the computer is not much "
        "younger than the oldest of the ferries.\n");
}
END_TEST

/* The same where the sentence ends inside closing quotes, or with a colon that leads into a
 * list or a quotation: a title or a menu entry ends in neither. */
static const char quoted_sentence_lynx[] =
    "   [1]Harbour Watch calls itself \u201cthe most independent voice on the quay\n"
    "   since the old harbour paper closed.\u201d\n"
    "\n"
    "   [2]The harbour office offers a plan for the winter that brings together\n"
    "   the ferry timetable, the tide tables and the berths:\n"
    "     * Ferries run every hour from the east quay.\n"
    "\n"
    "   The harbour office has run the gauges for a year now on an old computer\n"
    "   in the ticket hall, and the staff say they have not missed a single\n"
    "   spring tide since they were put in, though the gauges themselves are\n"
    "   forty years old and the computer is not much younger than the oldest of\n"
    "   the ferries.\n"
    "\n"
    "References\n"
    "\n"
    "   1. https://news.example/watch\n"
    "   2. https://news.example/plan\n";

START_TEST(quoted_or_leading_sentence_opening_with_a_link)
{
    expect(quoted_sentence_lynx,
           "1 links=27 | Harbour Watch calls itself \u201cthe most independent voice on the "
           "quay since the old harbour paper closed.\u201d\n"
           "3 links=26 | The harbour office offers a plan for the winter that brings together "
           "the ferry timetable, the tide tables and the berths:\n"
           "4 li | Ferries run every hour from the east quay.\n"
           "6 | The harbour office has run the gauges for a year now on an old computer in the "
           "ticket hall, and the staff say they have not missed a single spring tide since they "
           "were put in, though the gauges themselves are forty years old and the computer is "
           "not much younger than the oldest of the ferries.\n");
}
END_TEST

/* An invented page through lynx whose section headings link to themselves (a permalink
 * anchor), as its table of contents does: the heading is the page's own text, where "Skip to
 * content" and "Back to top" jump, the contents' entries point, and a heading linked to
 * another page's section leads away. */
static const char anchored_headings_lynx[] =
    "   [1]Skip to content\n"
    "\n"
    "   Contents\n"
    "     * [2]Winter timetable\n"
    "     * [3]Fares and passes\n"
    "\n"
    "[4]Winter timetable\n"
    "\n"
    "   From November the ferries leave the east quay every hour, and the last\n"
    "   one back from the island sails at nine in the evening, said the ferry\n"
    "   company, which blamed the cost of fuel and a shortage of crews for the\n"
    "   change.\n"
    "\n"
    "[5]Fares and passes\n"
    "\n"
    "   A single fare rises to four pounds, and a monthly pass to sixty, the\n"
    "   first rise in three years. Islanders keep their discount of a third on\n"
    "   every ticket bought at the harbour office.\n"
    "\n"
    "[6]Harbour works\n"
    "\n"
    "   The quay is closed at low tide while the harbour trust mends the wall.\n"
    "\n"
    "   [7]Back to top\n"
    "\n"
    "References\n"
    "\n"
    "   1. https://news.example/ferries#main\n"
    "   2. https://news.example/ferries#winter-timetable\n"
    "   3. https://news.example/ferries#fares-and-passes\n"
    "   4. https://news.example/ferries#winter-timetable\n"
    "   5. https://news.example/ferries#fares-and-passes\n"
    "   6. https://news.example/harbour#harbour-works\n"
    "   7. https://news.example/ferries#top\n";

START_TEST(headings_anchored_to_themselves)
{
    expect(anchored_headings_lynx,
           "1 links=15 | Skip to content\n"
           "3 | Contents\n"
           "4 li links=16 | Winter timetable\n"
           "5 li links=16 | Fares and passes\n"
           "7 h2 | Winter timetable\n"
           "9 | From November the ferries leave the east quay every hour, and the last one back "
           "from the island sails at nine in the evening, said the ferry company, which blamed "
           "the cost of fuel and a shortage of crews for the change.\n"
           "11 h2 | Fares and passes\n"
           "13 | A single fare rises to four pounds, and a monthly pass to sixty, the first rise "
           "in three years. Islanders keep their discount of a third on every ticket bought at "
           "the harbour office.\n"
           "15 h2 links=13 | Harbour works\n"
           "17 | The quay is closed at low tide while the harbour trust mends the wall.\n"
           "19 links=11 | Back to top\n");
}
END_TEST

/* An invented page through lynx: a sentence that opens with words of its own, or has words
 * of its own between two links, holds its links, however far the words counted after a link
 * number reach; a line that opens with a link and has no more, or one that ends as no
 * sentence does, is read as before. */
static const char sentence_with_links_lynx[] =
    "   Read the [1]harbour budget in full.\n"
    "\n"
    "   Ask the [2]harbour office [3]before noon.\n"
    "\n"
    "   [4]Harbour budget in full.\n"
    "\n"
    "   [6]Tide tables: printed each week with [7]times for every quay.\n"
    "\n"
    "   Photos: [5]Ferry Company Archive\n"
    "\n"
    "References\n"
    "\n"
    "   1. https://news.example/budget\n"
    "   2. https://news.example/office\n"
    "   3. https://news.example/hours\n"
    "   4. https://news.example/budget\n"
    "   5. https://news.example/archive\n"
    "   6. https://news.example/tides\n"
    "   7. https://news.example/times\n";

START_TEST(sentence_holds_its_links)
{
    expect(sentence_with_links_lynx,
           "1 links=16 | Read the harbour budget in full.\n"
           "3 links=17 | Ask the harbour office before noon.\n"
           "5 links=23 | Harbour budget in full.\n"
           "7 links=11 | Tide tables: printed each week with times for every quay.\n"
           "9 links=21 | Photos: Ferry Company Archive\n");
}
END_TEST

START_TEST(images_and_tool_marks)
{
    /* lynx: an image link without a description leaves a bare number, an image its
     * bracketed description, an <ins> its marks, a form its button; w3m: an image
     * without a description its file name. */
    expect(harbour_lynx_images, "1 links=15 | Skip to content\n"
                                "3 | The harbour trust has bought the old ferry terminal.\n"
                                "5 | Corrected: the price was 2.4 million pounds.\n"
                                "7 | Search\n"
                                "9 links=28 | Fishermen welcomed the news.\n");
    /* Without lynx's shape, file names and short descriptions are taken for images, and a
     * bracketed sentence is text. */
    expect("[quay-1.jpg] [quay-2.JPG]\n\nThe quay in [brackets] stays.\n\n[Photo]\n\n"
           "[Editor's note: the quay reopens in May.]\n",
           "2 | The quay in [brackets] stays.\n4 | [Editor's note: the quay reopens in May.]\n");
}
END_TEST

/* A dated invented page through lynx and html2text: a date that starts like a numbered
 * item at the paragraphs' margin stays text; the numbers set in from it mark items. */
static const char dated_lynx[] =
    "Harbour fair returns\n"
    "\n"
    "   Von Jana Ostrowski\n"
    "\n"
    "   1. Mai 2023\n"
    "\n"
    "   The harbour fair returns this weekend after a three-year break, with\n"
    "   stalls along the whole of the east quay and a parade of boats on Sunday\n"
    "   afternoon.\n"
    "    1. Stalls open at ten.\n"
    "    2. The parade starts at two.\n";

static const char dated_html2text[] =
    "***** Harbour fair returns *****\n"
    "Von Jana Ostrowski\n"
    "1. Mai 2023\n"
    "The harbour fair returns this weekend after a three-year break, with stalls\n"
    "along the whole of the east quay and a parade of boats on Sunday afternoon.\n"
    "   1. Stalls open at ten.\n"
    "   2. The parade starts at two.\n";

START_TEST(numbers_at_the_margin_are_text)
{
    expect(dated_lynx,
           "1 h2 | Harbour fair returns\n"
           "3 | Von Jana Ostrowski\n"
           "5 | 1. Mai 2023\n"
           "7 | The harbour fair returns this weekend after a three-year break, with stalls "
           "along the whole of the east quay and a parade of boats on Sunday afternoon.\n"
           "8 li | Stalls open at ten.\n"
           "9 li | The parade starts at two.\n");
    expect(dated_html2text,
           "2 h2 | Harbour fair returns\n"
           "4 | Von Jana Ostrowski\n"
           "5 | 1. Mai 2023\n"
           "6 | The harbour fair returns this weekend after a three-year break, with stalls\n"
           "7 | along the whole of the east quay and a parade of boats on Sunday afternoon.\n"
           "8 li | Stalls open at ten.\n"
           "9 li | The parade starts at two.\n");
}
END_TEST

/* html2text again: a starred heading wrapped with its closing stars on the next line,
 * a link's underscores in a date, and a file name that keeps its own. */
static const char fair_html2text[] =
    "Home News\n"
    "****** Harbour fair returns to the east quay this weekend after a three-year\n"
    "break ******\n"
    "***** Stalls, boats and a brass band on the quay *****\n"
    "1._Mai_2023 by Jana_Ostrowski\n"
    "The harbour fair returns this weekend after a three-year break, with stalls\n"
    "along the whole of the east quay and a parade of boats on Sunday afternoon. See\n"
    "map_2023.png.\n";

START_TEST(html2text_wrapped_heading_and_dated_link)
{
    expect(fair_html2text,
           "1 | Home News\n"
           "3 h1 | Harbour fair returns to the east quay this weekend after a three-year break\n"
           "5 h2 | Stalls, boats and a brass band on the quay\n"
           "7 links=25 | 1. Mai 2023 by Jana Ostrowski\n"
           "8 | The harbour fair returns this weekend after a three-year break, with stalls\n"
           "9 | along the whole of the east quay and a parade of boats on Sunday afternoon. See\n"
           "10 | map_2023.png.\n");
}
END_TEST

/* html2text without blank lines: a date set in under the byline is no numbered item,
 * and a picture's description, its long underscored first word seeming not to have fitted
 * on the line above, is a block of its own, neither joined to the line of dates and
 * tags above it nor to the sentence after it. */
static const char pictured_html2text[] =
    "****** Harbour fair returns ******\n"
    "Von Jana_Ostrowski\n"
    "  28. April 2023\n"
    "Posted: 28.04.2023 | Author: jana_ostrowski | Filed under: Harbour_News, Fairs,\n"
    "Boats  | Tags: quay, fair, parade  |3_Comments\n"
    "[Stalls_along_the_east_quay_under_strings_of_lights_with_boats_moored_behind,\n"
    "seen_from_the_harbour_wall]\n"
    "The harbour fair returns this weekend after a three-year break, with stalls\n"
    "along the whole of the east quay and a parade of boats on Sunday afternoon,\n"
    "when the brass band plays on the harbour wall. It began with one stall:\n"
    "[A_single_fish_stall_on_the_quay_in_the_rain_with_a_striped_awning,\n"
    "counter_and_scales]\n"
    "Traders say the old fair was the busiest weekend of their year, and several of\n"
    "them have booked two pitches this time to make room for the crowds that came\n"
    "down to the water every summer before the break.\n";

START_TEST(html2text_dates_and_pictures)
{
    expect(pictured_html2text,
           "2 h1 | Harbour fair returns\n"
           "4 links=14 | Von Jana Ostrowski\n"
           "5 | 28. April 2023\n"
           "6 links=38 | Posted: 28.04.2023 | Author: jana ostrowski | Filed under: Harbour "
           "News, Fairs, Boats | Tags: quay, fair, parade |3 Comments\n"
           "8 | The harbour fair returns this weekend after a three-year break, with stalls "
           "along the whole of the east quay and a parade of boats on Sunday afternoon, when "
           "the brass band plays on the harbour wall. It began with one stall:\n"
           "10 | Traders say the old fair was the busiest weekend of their year, and several of "
           "them have booked two pitches this time to make room for the crowds that came down "
           "to the water every summer before the break.\n");
}
END_TEST

/* html2text with one starred heading, a long title wrapped with its closing stars on the
 * next line: the dump is still html2text's, and a link's underscores are spaces. */
static const char wrapped_title_html2text[] =
    "Harbour_News Sport Contact_us\n"
    "****** Ferry fares rise for the second time this year as the harbour board\n"
    "blames the price of fuel ******\n"
    "By Jana_Ostrowski\n"
    "The harbour board raised ferry fares on Monday for the second time this year,\n"
    "adding forty pence to a single crossing and a pound to a return, and said the\n"
    "price of fuel had left it no choice. Season tickets stay at last year's price\n"
    "until the end of March, when the board will look at them again with the new\n"
    "timetable. A_full_table_of_fares is on its website.\n";

START_TEST(html2text_wrapped_title_alone)
{
    expect(wrapped_title_html2text,
           "1 links=22 | Harbour News Sport Contact us\n"
           "3 h1 | Ferry fares rise for the second time this year as the harbour board blames "
           "the price of fuel\n"
           "5 links=14 | By Jana Ostrowski\n"
           "6 links=21 | The harbour board raised ferry fares on Monday for the second time this "
           "year, adding forty pence to a single crossing and a pound to a return, and said "
           "the price of fuel had left it no choice. Season tickets stay at last year's price "
           "until the end of March, when the board will look at them again with the new "
           "timetable. A full table of fares is on its website.\n");
}
END_TEST

/* Lynx without its link numbers, in a wide script: the paragraphs, set in, wrap at a
 * count of code points, and the same lines pile up at twice as many columns, where a
 * line holding quotation marks or dashes (one column each) falls short of the edge.
 * Both counts show the edge as sharply; the count lynx keeps wins, and the lines rejoin
 * with no space between them. */
static const char wide_lynx_nolist[] =
    "   "
    "港口“集市”在停办三年之后于本周末回归——东码头沿线摆满了摊位，星期日下午还有船只巡游。摊主们说，"
    "过去的集市是他们一年中最忙的周末，这次很多人\n"
    "   预订了两个摊位，以便容纳从各地赶来的人群。\n"
    "\n"
    "   "
    "市议会表示，集市期间码头将禁止车辆通行，游客可以乘坐渡轮或者从火车站步行前往。铜管乐队将在港口"
    "的防波堤上演奏，晚上还会有灯光表演，直到午夜才结\n"
    "   束。\n"
    "\n"
    "   "
    "渡轮公司说，周末将增开两班渡轮，从早上七点到晚上十一点每半小时一班，儿童和老人可以免费乘坐，自"
    "行车也可以带上船，但是需要提前在网上登记。码头管\n"
    "   理处提醒游客注意安全，不要在防波堤边缘拍照。\n"
    "\n"
    "   "
    "摊主们说，过去的集市是他们一年中最忙的周末，这次很多人预订了两个摊位。码头管理处提醒游客注意安"
    "全，不要在防波堤边缘拍照，也不要把垃圾扔进海里，\n"
    "   集市结束以后还会有志愿者清理海滩。\n";

START_TEST(wide_script_lynx_nolist)
{
    expect(
        wide_lynx_nolist,
        "1 | "
        "港口“集市”在停办三年之后于本周末回归——东码头沿线摆满了摊位，星期日下午还有船只巡游。摊主们"
        "说，过去的集市是他们一年中最忙的周末，这次很多人预订了两个摊位，以便容纳从各地赶来的人群。"
        "\n"
        "3 | "
        "市议会表示，集市期间码头将禁止车辆通行，游客可以乘坐渡轮或者从火车站步行前往。铜管乐队将在"
        "港口的防波堤上演奏，晚上还会有灯光表演，直到午夜才结束。\n"
        "5 | "
        "渡轮公司说，周末将增开两班渡轮，从早上七点到晚上十一点每半小时一班，儿童和老人可以免费乘坐"
        "，自行车也可以带上船，但是需要提前在网上登记。码头管理处提醒游客注意安全，不要在防波堤边缘"
        "拍照。\n"
        "7 | "
        "摊主们说，过去的集市是他们一年中最忙的周末，这次很多人预订了两个摊位。码头管理处提醒游客注"
        "意安全，不要在防波堤边缘拍照，也不要把垃圾扔进海里，集市结束以后还会有志愿者清理海滩。\n");
}
END_TEST

/* An invented page with a block of code, through lynx: the block becomes one piece, as
 * innerText runs a <pre> together; a lone call and lines that merely end with a bracket
 * stay lines. */
static const char code_lynx[] =
    "Counting ferry passengers\n"
    "\n"
    "   The harbour office publishes its passenger counts every morning, and\n"
    "   reading them takes only a few lines of code in any language you like.\n"
    "// count.js\n"
    "function total(days) {\n"
    "  let sum = 0;\n"
    "  for (const d of days) {\n"
    "    sum += d.passengers;\n"
    "  }\n"
    "  return sum;\n"
    "}\n"
    "\n"
    "   Call it with the list of days:\n"
    "total(days)\n"
    "\n"
    "   Twitter (@harbour)\n"
    "   Facebook (Harbour Office)\n";

START_TEST(code_is_one_piece)
{
    expect(code_lynx,
           "1 h2 | Counting ferry passengers\n"
           "3 | The harbour office publishes its passenger counts every morning, and "
           "reading them takes only a few lines of code in any language you like.\n"
           "4 | // count.js function total(days) { let sum = 0; for (const d of days) { sum += "
           "d.passengers; } return sum; }\n"
           "6 | Call it with the list of days:\n"
           "7 | total(days)\n"
           "9 | Twitter (@harbour)\n"
           "10 | Facebook (Harbour Office)\n");
}
END_TEST

START_TEST(first_line_set_in)
{
    /* A paragraph whose first line is set in from the others (as lynx lays out some
     * definitions) is still one paragraph. */
    expect("   The harbour trust has bought the old ferry terminal on the east quay\n"
           "   for 2.4 million pounds, ending ten years of talks between the council\n"
           "   and the port.\n"
           "\n"
           "    Rents: the first year's rents are frozen for every stall on the ground\n"
           "   floor.\n"
           "\n"
           "   The trust plans to open a covered fish market on the ground floor and\n"
           "   to let the upper rooms to local clubs and societies.\n",
           "1 | The harbour trust has bought the old ferry terminal on the east quay for 2.4 "
           "million pounds, ending ten years of talks between the council and the port.\n"
           "3 | Rents: the first year's rents are frozen for every stall on the ground floor.\n"
           "5 | The trust plans to open a covered fish market on the ground floor and to let the "
           "upper rooms to local clubs and societies.\n");
}
END_TEST

/* lynx centres an h1; one too long for a line fills the first from the margin and
 * centres the rest. */
static const char long_h1_lynx[] =
    "  Harbour trust buys the old ferry terminal on the east quay after a decade of\n"
    "                                     talks\n"
    "\n"
    "   The harbour trust has bought the old ferry terminal on the east quay\n"
    "   for 2.4 million pounds, ending ten years of talks between the council,\n"
    "   the port authority and a string of developers who wanted the site for\n"
    "   flats.\n"
    "\n"
    "   The trust plans to open a covered fish market on the ground floor and\n"
    "   to let the upper rooms to local clubs, with work due to start in the\n"
    "   spring.\n";

START_TEST(long_centred_heading)
{
    expect(long_h1_lynx,
           "1 h1 | Harbour trust buys the old ferry terminal on the east quay after a decade of "
           "talks\n"
           "3 | The harbour trust has bought the old ferry terminal on the east quay for 2.4 "
           "million pounds, ending ten years of talks between the council, the port authority "
           "and a string of developers who wanted the site for flats.\n"
           "5 | The trust plans to open a covered fish market on the ground floor and to let the "
           "upper rooms to local clubs, with work due to start in the spring.\n");
}
END_TEST

START_TEST(underlined_headings_and_rules)
{
    expect("Water rates to rise\n"
           "===================\n"
           "\n"
           "The water board will raise rates by four per cent from April.\n"
           "\n"
           "Why now\n"
           "-------\n"
           "The board says pipes laid a century ago need replacing.\n"
           "\n"
           "------------------------------------------------------------\n"
           "Comments are closed.\n",
           "1 h1 | Water rates to rise\n"
           "3 | The water board will raise rates by four per cent from April.\n"
           "5 h2 | Why now\n"
           "7 | The board says pipes laid a century ago need replacing.\n"
           "9 | Comments are closed.\n");
}
END_TEST

START_TEST(citations_are_not_link_numbers)
{
    /* Numbers glued to the word before them are citations, kept as they are, whatever
     * their order. */
    expect("The bridge opened in 1932.[1] It was widened in 1961.[2][3]\n"
           "Its lamps were replaced in 1990.[4]\n",
           "1 | The bridge opened in 1932.[1] It was widened in 1961.[2][3]\n"
           "2 | Its lamps were replaced in 1990.[4]\n");
}
END_TEST

START_TEST(lynx_numbers_in_order)
{
    /* lynx numbers links in the order it prints them. The next number is a link's mark
     * wherever it sits: after a rank ("2.[5]"), after a word where two links touch, or
     * after a footnote mark; text on both sides of it stays apart. A citation out of that
     * order stays, link number or not before it. The list holds every number, as lynx
     * prints it. */
    expect("   [1]Home [2]News [3]Sport\n"
           "\n"
           "   [4]Harbour[5]Ferries 3 May 2021\n"
           "\n"
           "   1.[6]New quay opens 2.[7]Fares rise\n"
           "\n"
           "   The quay opened in 1932.[8][1] Its lamps were replaced in 1990.^[9]2\n"
           "\n"
           "References\n"
           "\n"
           "   1. https://news.example/\n"
           "   2. https://news.example/news/\n"
           "   3. https://news.example/sport/\n"
           "   4. https://news.example/harbour/\n"
           "   5. https://news.example/ferries/\n"
           "   6. https://news.example/quay/\n"
           "   7. https://news.example/fares/\n"
           "   8. https://news.example/history/\n"
           "   9. https://news.example/lamps/\n",
           "1 links=15 | Home News Sport\n"
           "3 links=25 | Harbour Ferries 3 May 2021\n"
           "5 links=23 | 1. New quay opens 2. Fares rise\n"
           "7 links=20 | The quay opened in 1932.[1] Its lamps were replaced in 1990.^ 2\n");
}
END_TEST

START_TEST(lynx_short_page_widest_line)
{
    /* Too few wrapped lines for a cliff, and most of them go on with a capital (German
     * nouns): where the paragraphs are set in as lynx sets them, the widest line that
     * goes on stands for the width. A line that had room for the next word is kept. */
    expect("   [1]Start [2]Verein [3]Termine\n"
           "\n"
           "   Die Sanierung der Heizungsanlage im Vereinsheim an der Mühlgasse ist\n"
           "   abgeschlossen. Handwerker eines örtlichen Betriebs haben den alten\n"
           "   Ölkessel ausgebaut und eine Wärmepumpe mit Pufferspeicher eingebaut.\n"
           "\n"
           "   Vorsitzende Anna Kessler dankte allen Helfern. Der Saal steht\n"
           "   ab Oktober wieder für Feiern bereit.\n"
           "\n"
           "References\n"
           "\n"
           "   1. file:///\n"
           "   2. file:///verein\n"
           "   3. file:///termine\n",
           "1 links=20 | Start Verein Termine\n"
           "3 | Die Sanierung der Heizungsanlage im Vereinsheim an der Mühlgasse ist "
           "abgeschlossen. Handwerker eines örtlichen Betriebs haben den alten Ölkessel "
           "ausgebaut und eine Wärmepumpe mit Pufferspeicher eingebaut.\n"
           "5 | Vorsitzende Anna Kessler dankte allen Helfern. Der Saal steht\n"
           "6 | ab Oktober wieder für Feiern bereit.\n");
}
END_TEST

START_TEST(dash_wrapped_to_a_line_start)
{
    /* A spaced dash the tool wrapped to the start of a line is the sentence's, not a
     * bullet; under a line that ends a sentence, or one with room left, it is a list's. */
    expect("   The operator said the repairs to the ship's hull and engines had cost\n"
           "   about twice the original estimate, largely owing to a shortage of steel\n"
           "   – a problem that shipyards across the region have reported since the\n"
           "   autumn, when prices rose.\n"
           "\n"
           "   The ferry will run three crossings a day until the end of May, and four\n"
           "   during the summer season, the operator said on Friday in its statement.\n"
           "   - Tickets stay valid.\n"
           "   - Fares are unchanged.\n",
           "1 | The operator said the repairs to the ship's hull and engines had cost about "
           "twice the original estimate, largely owing to a shortage of steel – a problem that "
           "shipyards across the region have reported since the autumn, when prices rose.\n"
           "3 | The ferry will run three crossings a day until the end of May, and four during "
           "the summer season, the operator said on Friday in its statement.\n"
           "4 li | Tickets stay valid.\n"
           "5 li | Fares are unchanged.\n");
}
END_TEST

START_TEST(lynx_bullet_word_wrapped_to_a_line_start)
{
    /* "o" is a word ("or" in Spanish) and one of lynx's bullets: wrapped to the start of
     * a line at the paragraph's margin, under a line with no room for it and its next word,
     * it carries the sentence on. A sub-item lynx sets in past its item's text keeps its
     * bullet. */
    expect("Nuevo plan de transporte\n"
           "\n"
           "   El ayuntamiento aprobó el martes el nuevo plan de transporte para la\n"
           "   ciudad, que prevé ampliar las líneas de autobús nocturno y crear\n"
           "   carriles reservados para bicicletas de alquiler del servicio municipal\n"
           "   o patinetes en las avenidas principales antes de que termine el año.\n"
           "     * Las obras empiezan en marzo y duran hasta el final del verano en\n"
           "       las calles del centro\n"
           "          + o antes, según el calendario\n"
           "     * Los horarios nuevos\n",
           "1 h2 | Nuevo plan de transporte\n"
           "3 | El ayuntamiento aprobó el martes el nuevo plan de transporte para la ciudad, "
           "que prevé ampliar las líneas de autobús nocturno y crear carriles reservados para "
           "bicicletas de alquiler del servicio municipal o patinetes en las avenidas "
           "principales antes de que termine el año.\n"
           "4 li | Las obras empiezan en marzo y duran hasta el final del verano en las calles "
           "del centro\n"
           "5 li | o antes, según el calendario\n"
           "6 li | Los horarios nuevos\n");
}
END_TEST

START_TEST(lynx_button_under_a_block)
{
    /* A button lynx prints right under a caption starts a block of its own, so the
     * caption stays word for word what it is elsewhere on the page. */
    expect("   The ferry Northern Light leaves the harbour at Port Ellis on Friday\n"
           "   morning, the first crossing since November. (Photo: Harbour Gazette)\n"
           "   (BUTTON) More\n"
           "\n"
           "   The ferry link between Port Ellis and the outer islands resumed on\n"
           "   Friday, ending a four-month gap in which islanders relied on a small\n"
           "   charter boat and, on calm days, a seaplane to reach the mainland.\n"
           "\n"
           "   [1]Ferries [2]Islands\n"
           "\n"
           "References\n"
           "\n"
           "   1. file:///tag/ferries\n"
           "   2. file:///tag/islands\n",
           "1 | The ferry Northern Light leaves the harbour at Port Ellis on Friday morning, "
           "the first crossing since November. (Photo: Harbour Gazette)\n"
           "2 | More\n"
           "4 | The ferry link between Port Ellis and the outer islands resumed on Friday, "
           "ending a four-month gap in which islanders relied on a small charter boat and, on "
           "calm days, a seaplane to reach the mainland.\n"
           "6 links=15 | Ferries Islands\n");
}
END_TEST

START_TEST(markdown_quoted_in_a_lynx_dump)
{
    /* A page that shows a post's Markdown source in a <pre>: lynx prints it as it stands
     * among its own paragraphs, link numbers and list of links. The dump is lynx's. */
    static const char text[] =
        "   [1]Home [2]Blog\n"
        "\n"
        "   The harbour board met on Tuesday and agreed to keep the night ferry\n"
        "   running through the winter, after a survey of the island families\n"
        "   found that most of them cross to the mainland for work each evening.\n"
        "\n"
        "   The board will publish the winter timetable next week, with the times\n"
        "   of the night crossings and the fares for the islanders who use them,\n"
        "   and it has asked the ferry company to add a second boat at weekends.\n"
        "\n"
        "# Night ferry stays\n"
        "\n"
        "See [the board](https://board.example/) and [the survey](/survey) and\n"
        "[the timetable](/timetable).\n"
        "\n"
        "   [3]Contact\n"
        "\n"
        "References\n"
        "\n"
        "   1. https://news.example/\n"
        "   2. https://news.example/blog/\n"
        "   3. https://news.example/contact/\n";
    ck_assert(newsclean_td_looks_like_markdown(text, strlen(text)));
    /* Its paragraphs are rejoined; the quoted source's links are text. */
    expect(text, "1 links=9 | Home Blog\n"
                 "3 | The harbour board met on Tuesday and agreed to keep the night ferry running "
                 "through the winter, after a survey of the island families found that most of "
                 "them cross to the mainland for work each evening.\n"
                 "5 | The board will publish the winter timetable next week, with the times of "
                 "the night crossings and the fares for the islanders who use them, and it has "
                 "asked the ferry company to add a second boat at weekends.\n"
                 "7 h1 | Night ferry stays\n"
                 "9 h2 links=32 | See the board and the survey and the timetable.\n"
                 "11 links=7 | Contact\n");
}
END_TEST

/* ---- Markdown ---------------------------------------------------------------------------- */

/* An invented page through lynx with a query in a <pre>: lynx sets it at the margin,
 * left of the paragraphs, line for line; it becomes one piece, as innerText runs it
 * together, though no line ends as a statement does. A title at the margin over a
 * teaser set in below it stays two pieces. */
static const char pre_lynx[] =
    "   The harbour office counts every passenger who boards the morning\n"
    "   ferries, and the figures it keeps show how the route has grown since\n"
    "   the new terminal opened two summers ago on the east quay.\n"
    "\n"
    "   Reading the counts takes a short query against the office database,\n"
    "   which anyone on the staff may run from the terminal in the ticket hall\n"
    "   during opening hours:\n"
    "SELECT route, sum(passengers)\n"
    "FROM crossings\n"
    "GROUP BY route\n"
    "ORDER BY 2 DESC\n"
    "\n"
    "   The result shows that the early crossings carry more people than the\n"
    "   late ones, as the commuters who live on the islands travel to their\n"
    "   offices on the mainland each morning.\n"
    "\n"
    "Ferry timetable changes for the winter\n"
    "       The operator will drop two sailings a day from November, and\n"
    "       restore them in the spring.\n";

START_TEST(preformatted_at_the_margin)
{
    expect(pre_lynx,
           "1 | The harbour office counts every passenger who boards the morning ferries, and "
           "the figures it keeps show how the route has grown since the new terminal opened two "
           "summers ago on the east quay.\n"
           "3 | Reading the counts takes a short query against the office database, which anyone "
           "on the staff may run from the terminal in the ticket hall during opening hours:\n"
           "4 | SELECT route, sum(passengers) FROM crossings GROUP BY route ORDER BY 2 DESC\n"
           "6 | The result shows that the early crossings carry more people than the late ones, "
           "as the commuters who live on the islands travel to their offices on the mainland "
           "each morning.\n"
           "8 | Ferry timetable changes for the winter\n"
           "9 | The operator will drop two sailings a day from November, and restore them in the "
           "spring.\n");
}
END_TEST

/* An invented page through w3m, which sets a <pre> at the margin like the paragraphs:
 * a query whose lines end open or as statements do, opened by a keyword alone, and its
 * result drawn in box lines become one piece, as innerText runs a <pre> together. A wrapped
 * paragraph with a line ending in a comma at the wrap width, a line of several words over
 * a lone line that ends like a statement, and the heavy rule w3m draws for <hr>, are no
 * such block. */
static const char pre_w3m[] =
    "The harbour office counts every passenger who boards the morning ferries, and\n"
    "the figures it keeps show how the route has grown since the new terminal opened,\n"
    "two summers ago, on the east quay. Reading them takes a short query:\n"
    "\n"
    "SELECT\n"
    "   route,\n"
    "   sum(passengers)\n"
    "FROM crossings\n"
    "GROUP BY route;\n"
    "\n"
    " route \xe2\x94\x82 total\n"
    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xbc\xe2\x94"
    "\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
    " east  \xe2\x94\x82 4120\n"
    " west  \xe2\x94\x82 2210\n"
    "\n"
    "The early crossings carry more people than the late ones, as the commuters who\n"
    "live on the islands travel to their offices on the mainland each morning.\n"
    "\n"
    "Posted on 21 May 2023, 14:32\n"
    "Filed under ferries &amp; quay;\n"
    "\n"
    "\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\xe2\x94\x81\n"
    "Home\n"
    "Contact\n";

START_TEST(preformatted_in_w3m)
{
    expect(pre_w3m,
           "1 | The harbour office counts every passenger who boards the morning ferries, and "
           "the figures it keeps show how the route has grown since the new terminal opened, two "
           "summers ago, on the east quay. Reading them takes a short query:\n"
           "3 | SELECT route, sum(passengers) FROM crossings GROUP BY route; route "
           "\xe2\x94\x82 "
           "total "
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xbc"
           "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80 east "
           "\xe2\x94\x82 4120 west \xe2\x94\x82 2210\n"
           "5 | The early crossings carry more people than the late ones, as the commuters who "
           "live on the islands travel to their offices on the mainland each morning.\n"
           "7 | Posted on 21 May 2023, 14:32\n"
           "8 | Filed under ferries &amp; quay;\n"
           "10 | Home\n"
           "11 | Contact\n");
}
END_TEST

/* lynx's paragraphs end four columns short of what text at the margin may fill: the
 * width is read from the paragraphs, even where wrapped titles at the margin (a table
 * of teasers) outnumber their lines near the edge. */
static const char margin_lynx[] =
    "   The harbour trust has bought the old ferry terminal on the east quay\n"
    "   and it will open a market.\n"
    "\n"
    "   Traders who sell from the quayside stalls said they welcomed a roof\n"
    "   over their heads at last.\n"
    "\n"
    "   The fishing boats that land their catch at the east quay will sell it\n"
    "   in the hall from May on.\n"
    "\n"
    "   A cafe will open at the end of the hall, where the old ticket office\n"
    "   stood for a hundred years.\n"
    "\n"
    "   The trust said the work would take a year and cost less than a new\n"
    "   building on the west side.\n"
    "\n"
    "Island school reopens after the storm damage to its roof is repaired by all\n"
    "of the volunteers who came to help over the summer holidays this year\n"
    "\n"
    "Lifeboat crew called out twice in one night as fog rolls in over the bay and\n"
    "the two yachts lose their way home from the regatta in the north\n"
    "\n"
    "New timetable for the winter months cuts the late sailing on weekdays but\n"
    "keeps the Sunday service as it was before the change of the operator\n";

START_TEST(wrap_width_from_the_paragraphs)
{
    expect(margin_lynx,
           "1 | The harbour trust has bought the old ferry terminal on the east quay and it will "
           "open a market.\n"
           "3 | Traders who sell from the quayside stalls said they welcomed a roof over their "
           "heads at last.\n"
           "5 | The fishing boats that land their catch at the east quay will sell it in the hall "
           "from May on.\n"
           "7 | A cafe will open at the end of the hall, where the old ticket office stood for a "
           "hundred years.\n"
           "9 | The trust said the work would take a year and cost less than a new building on "
           "the west side.\n"
           "11 h2 | Island school reopens after the storm damage to its roof is repaired by all "
           "of the volunteers who came to help over the summer holidays this year\n"
           "13 h2 | Lifeboat crew called out twice in one night as fog rolls in over the bay and "
           "the two yachts lose their way home from the regatta in the north\n"
           "15 h2 | New timetable for the winter months cuts the late sailing on weekdays but "
           "keeps the Sunday service as it was before the change of the operator\n");
}
END_TEST

/* w3m prints a picture's description and then its caption, which says nearly the same:
 * the description goes, but not a short title over them. A caption given twice on one
 * line keeps one copy. Two
 * paragraphs that share many words but open differently are both text, and a line
 * repeated word for word is left to the scoring stage. */
static const char caption_w3m[] =
    "Ferry fares rise again\n"
    "\n"
    "The ferry company raised its fares for the second time this year on Monday,\n"
    "blaming the cost of fuel and a shortage of crew on the island routes.\n"
    "\n"
    "Passengers queue for the morning ferry at the east quay\n"
    "\n"
    "Passengers queue for the morning ferry at the east quay in the rain.\n"
    "\n"
    "  • Passengers queue for the morning ferry at the east quay, in the rain on\n"
    "    Monday\n"
    "\n"
    "Scatter plot of fares Scatter plot of fares\n"
    "\n"
    "Commuters said they would look for other ways to reach the mainland, and\n"
    "some asked the council to step in before the next rise comes in the spring.\n"
    "\n"
    "Commuters from the islands said the council should step in, and some asked\n"
    "for other ways to reach the mainland before the spring.\n"
    "\n"
    "Harbour office\n"
    "Harbour office\n";

START_TEST(picture_description_and_caption)
{
    expect(caption_w3m,
           "1 | Ferry fares rise again\n"
           "3 | The ferry company raised its fares for the second time this year on Monday, "
           "blaming the cost of fuel and a shortage of crew on the island routes.\n"
           "5 | Passengers queue for the morning ferry at the east quay\n"
           "9 li | Passengers queue for the morning ferry at the east quay, in the rain on "
           "Monday\n"
           "13 | Commuters said they would look for other ways to reach the mainland, and some "
           "asked the council to step in before the next rise comes in the spring.\n"
           "15 | Commuters from the islands said the council should step in, and some asked for "
           "other ways to reach the mainland before the spring.\n"
           "17 | Harbour office\n"
           "18 | Harbour office\n");
    /* Two paragraphs of different openings sharing every word are both kept. */
    expect("The quay was busy with boats and traders on Monday morning.\n\n"
           "Boats and traders were busy on the quay on Monday morning.\n",
           "1 | The quay was busy with boats and traders on Monday morning.\n"
           "3 | Boats and traders were busy on the quay on Monday morning.\n");
}
END_TEST

/* w3m's dump of a page whose pictures come twice (a lazily loaded one and its <noscript>
 * copy), glued where one description ends and the next begins, and of pictures with no
 * description, which w3m names by their file, cut to ten characters. */
static const char doubled_w3m[] =
    "Allotments to get a second tap\n"
    "\n"
    "Allotment holders on the north side of the town will get a second water tap and\n"
    "a shared tool shed this summer, after the parish council agreed to spend part of\n"
    "its reserve on the gardens at its meeting on Tuesday evening.\n"
    "\n"
    "Rows of beans on a plot in early summer.Rows of beans on a plot in early summer.\n"
    "\n"
    "The gardeners had asked for the work for three years. Many of them carry water\n"
    "in cans from the only tap by the gate, which runs dry in a hot week when\n"
    "everyone waters at once.\n"
    "\n"
    "Hedge laying course fills up Hedge laying course fills up\n"
    "\n"
    "3/09/15 8:00am 3/09/15 8:00am\n"
    "\n"
    "[plot-map-2] The plots that share the tap [M1] are marked [sic] on the map.\n"
    "\n"
    "[graduation] [Correction] The rents stay as they are.\n";

START_TEST(picture_said_twice_and_file_names)
{
    /* A piece that is one description said twice over goes whole; a date said twice is
     * still the page's. A bracketed file name goes; a note's mark, a word and a
     * capitalised word in brackets stay. */
    expect(doubled_w3m,
           "1 | Allotments to get a second tap\n"
           "3 | Allotment holders on the north side of the town will get a second water tap "
           "and a shared tool shed this summer, after the parish council agreed to spend part "
           "of its reserve on the gardens at its meeting on Tuesday evening.\n"
           "7 | The gardeners had asked for the work for three years. Many of them carry water "
           "in cans from the only tap by the gate, which runs dry in a hot week when everyone "
           "waters at once.\n"
           "11 | 3/09/15 8:00am\n"
           "13 | The plots that share the tap [M1] are marked [sic] on the map.\n"
           "15 | [Correction] The rents stay as they are.\n");
}
END_TEST

/* lynx -dump -nolist of an invented garden centre's post with its social feed below:
 * every card holds its caption twice, a preview cut to a fixed length (here inside a
 * word) and the whole text, and lynx prints both on one line. A heading set over its
 * own words, cut at a word's end, is not such a card. */
static const char feed_lynx[] =
    "                        Seed potatoes are in the shop\n"
    "\n"
    "   The first seed potatoes of the year arrived on Monday, and the shop\n"
    "   has eleven kinds this spring, from early salad potatoes to the floury\n"
    "   maincrop sorts that keep through the winter in a cool shed.\n"
    "\n"
    "   Chit them on a windowsill for four to six weeks before planting, with\n"
    "   the eyes facing up, and keep them out of frost. Plant earlies once the\n"
    "   soil has warmed, usually at the end of March in a sheltered garden.\n"
    "\n"
    "   Our new greenhouse is open Our new greenhouse is open to visitors\n"
    "   every weekend from ten until four, with tea in the potting shed.\n"
    "\n"
    "Follow us\n"
    "\n"
    "   Tim unpacked the new glazed pots this mo Tim unpacked the new glazed\n"
    "   pots this morning and they are already going fast, so come early.\n"
    "\n"
    "   Half price on all herb plants this Satu Half price on all herb plants\n"
    "   this Saturday only, while stocks last, in the shop and online.\n";

START_TEST(feed_card_with_cut_preview)
{
    /* The cards go; the paragraph that opens by saying its first words again stays. */
    expect(feed_lynx,
           "1 h1 | Seed potatoes are in the shop\n"
           "3 | The first seed potatoes of the year arrived on Monday, and the shop has eleven "
           "kinds this spring, from early salad potatoes to the floury maincrop sorts that keep "
           "through the winter in a cool shed.\n"
           "5 | Chit them on a windowsill for four to six weeks before planting, with the eyes "
           "facing up, and keep them out of frost. Plant earlies once the soil has warmed, "
           "usually at the end of March in a sheltered garden.\n"
           "7 | Our new greenhouse is open Our new greenhouse is open to visitors every weekend "
           "from ten until four, with tea in the potting shed.\n"
           "9 h2 | Follow us\n");
}
END_TEST

/* One invented page as lynx dumps it, with and without link numbers: a <figure> after a
 * paragraph comes right under it, without a blank line (lynx does not know the tag), as
 * does a tag link after the last paragraph; a picture's description stands in
 * brackets. */
static const char quay_lynx[] =
    "   [1]Skip to content\n"
    "\n"
    "      Fish market opens on the east quay after two years of building work\n"
    "\n"
    "   By [2]Mara Quist\n"
    "\n"
    "   The covered fish market on the east quay opened its doors on Saturday\n"
    "   morning, two years after the harbour trust bought the old ferry\n"
    "   terminal and began to rebuild it.\n"
    "\n"
    "   Traders said the first day had gone better than they had dared to hope.\n"
    "   “We sold out of crab by ten o’clock,” said one stallholder, who has\n"
    "   fished from the town for thirty years and who sold his catch from vans.\n"
    "   [3]Traders set out their stalls in the new market hall on Saturday\n"
    "   morning.\n"
    "     * Traders set out their stalls in the new market hall on Saturday\n"
    "       morning\n"
    "\n"
    "   The building, which fishermen along the whole of the east coast still\n"
    "   call the glass shed – after the roof its first owners put on it in the\n"
    "   sixties – keeps its old name on the sign over the door.\n"
    "\n"
    "   The trust will open the upper floor to local clubs in the autumn, and a\n"
    "   cold store is being built behind the hall so that boats can land their\n"
    "   catch at any hour.\n"
    "\n"
    "   [cold-store-unloading.jpg]\n"
    "\n"
    "   Fishermen on the quay welcomed the market, though several said the\n"
    "   rents for the stalls were higher than they had been told when the plans\n"
    "   were first shown to them at a public meeting in the town hall in May.\n"
    "   [4]Harbour\n"
    "\n"
    "   [5]About us | [6]Contact\n"
    "\n"
    "References\n"
    "\n"
    "   1. file:///\n"
    "   2. file:///staff/quist\n"
    "   3. file:///pics/1\n"
    "   4. file:///tags/harbour\n"
    "   5. file:///about\n"
    "   6. file:///contact\n";

static const char quay_nolist[] =
    "   Skip to content\n"
    "\n"
    "      Fish market opens on the east quay after two years of building work\n"
    "\n"
    "   By Mara Quist\n"
    "\n"
    "   The covered fish market on the east quay opened its doors on Saturday\n"
    "   morning, two years after the harbour trust bought the old ferry\n"
    "   terminal and began to rebuild it.\n"
    "\n"
    "   Traders said the first day had gone better than they had dared to hope.\n"
    "   “We sold out of crab by ten o’clock,” said one stallholder, who has\n"
    "   fished from the town for thirty years and who sold his catch from vans.\n"
    "   Traders set out their stalls in the new market hall on Saturday\n"
    "   morning.\n"
    "     * Traders set out their stalls in the new market hall on Saturday\n"
    "       morning\n"
    "\n"
    "   The building, which fishermen along the whole of the east coast still\n"
    "   call the glass shed – after the roof its first owners put on it in the\n"
    "   sixties – keeps its old name on the sign over the door.\n"
    "\n"
    "   The trust will open the upper floor to local clubs in the autumn, and a\n"
    "   cold store is being built behind the hall so that boats can land their\n"
    "   catch at any hour.\n"
    "\n"
    "   [cold-store-unloading.jpg]\n"
    "\n"
    "   Fishermen on the quay welcomed the market, though several said the\n"
    "   rents for the stalls were higher than they had been told when the plans\n"
    "   were first shown to them at a public meeting in the town hall in May.\n"
    "   Harbour\n"
    "\n"
    "   About us | Contact\n";

/* The same page's end as lynx -dump -nolist prints it where the text holds brackets of its
 * own: an editor's note, and a pointer to another story. */
static const char quay_nolist_notes[] =
    "   The trust will open the upper floor to local clubs in the autumn, and a\n"
    "   cold store is being built behind the hall so that boats can land their\n"
    "   catch at any hour.\n"
    "\n"
    "   [This story was updated on Monday to give the opening hours of the\n"
    "   upper floor.]\n"
    "\n"
    "   [Read more: Harbour trust buys the old ferry terminal]\n"
    "\n"
    "   Fishermen on the quay welcomed the market, though several said the\n"
    "   rents for the stalls were higher than they had been told when the plans\n"
    "   were first shown to them at a public meeting in the town hall in May.\n";

START_TEST(lynx_blocks_without_blank_lines)
{
    /* The picture's description under the paragraph goes as a repeat of its caption; the
     * tag link stays a piece of its own; the paragraph cut after its first sentence is
     * one piece again. */
    expect(quay_lynx,
           "1 links=15 | Skip to content\n"
           "3 | Fish market opens on the east quay after two years of building work\n"
           "5 links=10 | By Mara Quist\n"
           "7 | The covered fish market on the east quay opened its doors on Saturday morning, "
           "two years after the harbour trust bought the old ferry terminal and began to "
           "rebuild it.\n"
           "10 | Traders said the first day had gone better than they had dared to hope. “We sold "
           "out of crab by ten o’clock,” said one stallholder, who has fished from the town for "
           "thirty years and who sold his catch from vans.\n"
           "12 li | Traders set out their stalls in the new market hall on Saturday morning\n"
           "14 | The building, which fishermen along the whole of the east coast still call the "
           "glass shed – after the roof its first owners put on it in the sixties – keeps its old "
           "name on the sign over the door.\n"
           "16 | The trust will open the upper floor to local clubs in the autumn, and a cold "
           "store is being built behind the hall so that boats can land their catch at any "
           "hour.\n"
           "18 | Fishermen on the quay welcomed the market, though several said the rents for "
           "the stalls were higher than they had been told when the plans were first shown to "
           "them at a public meeting in the town hall in May.\n"
           "19 links=7 | Harbour\n"
           "21 links=17 | About us | Contact\n");
}
END_TEST

START_TEST(lynx_nolist_picture_descriptions)
{
    /* Without link numbers the brackets still say a picture, and the description still
     * goes as its caption's repeat; the tag cannot be told from the paragraph's end. */
    expect(quay_nolist,
           "1 | Skip to content\n"
           "3 | Fish market opens on the east quay after two years of building work\n"
           "5 | By Mara Quist\n"
           "7 | The covered fish market on the east quay opened its doors on Saturday morning, "
           "two years after the harbour trust bought the old ferry terminal and began to "
           "rebuild it.\n"
           "10 | Traders said the first day had gone better than they had dared to hope. “We sold "
           "out of crab by ten o’clock,” said one stallholder, who has fished from the town for "
           "thirty years and who sold his catch from vans.\n"
           "12 li | Traders set out their stalls in the new market hall on Saturday morning\n"
           "14 | The building, which fishermen along the whole of the east coast still call the "
           "glass shed – after the roof its first owners put on it in the sixties – keeps its old "
           "name on the sign over the door.\n"
           "16 | The trust will open the upper floor to local clubs in the autumn, and a cold "
           "store is being built behind the hall so that boats can land their catch at any "
           "hour.\n"
           "19 | Fishermen on the quay welcomed the market, though several said the rents for "
           "the stalls were higher than they had been told when the plans were first shown to "
           "them at a public meeting in the town hall in May. Harbour\n"
           "21 | About us | Contact\n");
}
END_TEST

START_TEST(lynx_nolist_bracketed_text)
{
    /* Lynx writes a picture's description as plain text and brackets only a file name, so
     * a bracketed run of words is the page's own: the note stays; the pointer to another
     * story goes, as its link would. */
    expect(quay_nolist_notes,
           "1 | The trust will open the upper floor to local clubs in the autumn, and a cold "
           "store is being built behind the hall so that boats can land their catch at any "
           "hour.\n"
           "3 | [This story was updated on Monday to give the opening hours of the upper "
           "floor.]\n"
           "5 | Fishermen on the quay welcomed the market, though several said the rents for "
           "the stalls were higher than they had been told when the plans were first shown to "
           "them at a public meeting in the town hall in May.\n");
    /* With link numbers, the same: a note without a link is no picture either. */
    expect("   [1]Skip to content\n"
           "\n"
           "   The trust will open the upper floor to local clubs in the autumn, and a\n"
           "   cold store is being built behind the hall so that boats can land their\n"
           "   catch at any hour.\n"
           "\n"
           "   [This story was updated on Monday to give the opening hours of the\n"
           "   upper floor.]\n"
           "\n"
           "   Fishermen on the quay welcomed the market, though several said the\n"
           "   rents for the stalls were higher than they had been told when the plans\n"
           "   were first shown to them at a public meeting in the town hall in May.\n"
           "\n"
           "References\n"
           "\n"
           "   1. https://news.example/#main\n",
           "1 links=15 | Skip to content\n"
           "3 | The trust will open the upper floor to local clubs in the autumn, and a cold "
           "store is being built behind the hall so that boats can land their catch at any "
           "hour.\n"
           "5 | [This story was updated on Monday to give the opening hours of the upper "
           "floor.]\n"
           "7 | Fishermen on the quay welcomed the market, though several said the rents for "
           "the stalls were higher than they had been told when the plans were first shown to "
           "them at a public meeting in the town hall in May.\n");
}
END_TEST

/* An invented page through lynx: a table laid out in spaces, each column padded to its
 * widest cell and one space more. The rows that hold a column's widest cell keep a single
 * space before the next column, and are rows all the same where the rows above and below
 * start a cell there. */
static const char fares_tight_table[] =
    "   The ferry company has published the fares it will charge from May, after\n"
    "   the council agreed to a rise on every route but the shortest one to the\n"
    "   island, which the harbour trust pays for out of the berth fees it takes\n"
    "   from the fishing boats and the yachts that tie up along the east quay.\n"
    "\n"
    "   Route                                   2024     2025\n"
    "   Harbour to Isle                         4.20     4.60\n"
    "   Harbour to North Point via the Old Quay 6.10     6.80\n"
    "   Isle to North Point                     3.90     4.10\n"
    "   Harbour to Eastbridge                   12.50    13.20\n"
    "   Eastbridge to Isle                      9.80     10.40\n"
    "\n"
    "   Season tickets keep their price until the end of the year, the company said.\n";

START_TEST(tight_table_rows)
{
    expect(fares_tight_table,
           "1 | The ferry company has published the fares it will charge from May, after the "
           "council agreed to a rise on every route but the shortest one to the island, which "
           "the harbour trust pays for out of the berth fees it takes from the fishing boats "
           "and the yachts that tie up along the east quay.\n"
           "3 row | Route\t2024\t2025\n"
           "4 row | Harbour to Isle\t4.20\t4.60\n"
           "5 row | Harbour to North Point via the Old Quay\t6.10\t6.80\n"
           "6 row | Isle to North Point\t3.90\t4.10\n"
           "7 row | Harbour to Eastbridge\t12.50\t13.20\n"
           "8 row | Eastbridge to Isle\t9.80\t10.40\n"
           "10 | Season tickets keep their price until the end of the year, the company said.\n");
}
END_TEST

/* html2text with a table too wide for its width: the rows run past the paragraphs' edge
 * on lines that go on into the next, which must not hide the edge. */
static const char ferry_wide_table[] =
    "****** Ferry timetable changes from May ******\n"
    "The ferry company will run two extra crossings on weekdays from the first of\n"
    "May, and the last boat back from the island will leave half an hour later than\n"
    "it does now.\n"
    "The new times were agreed with the council after commuters asked for a later\n"
    "boat on the evenings when the mainland shops stay open, and they will be tried\n"
    "for a year.\n"
    "Crossing Spring                        Summer                        Autumn                   "
    "     Winter\n"
    "First    ferrytimetablespringcrossings ferrytimetablesummercrossings "
    "ferrytimetableautumncrossings ferrytimetablewintercrossings\n"
    "boat\n"
    "Last     ferrytimetablespringcrossings ferrytimetablesummercrossings "
    "ferrytimetableautumncrossings ferrytimetablewintercrossings\n"
    "boat\n"
    "Night    ferrytimetablespringcrossings ferrytimetablesummercrossings "
    "ferrytimetableautumncrossings ferrytimetablewintercrossings\n"
    "boat\n"
    "Fares stay as they are until the end of the year, the company said, though it\n"
    "warned that the cost of fuel might force a rise in the spring if prices keep\n"
    "going up.\n"
    "Commuters welcomed the later boat but said the company should also look at the\n"
    "morning crossings, which are often full before the boat reaches the last stop\n"
    "on the island.\n";

START_TEST(wide_table_keeps_the_wrap)
{
    /* The paragraphs rejoin; the rows stay lines of their own. */
    expect(ferry_wide_table,
           "2 h1 | Ferry timetable changes from May\n"
           "4 | The ferry company will run two extra crossings on weekdays from the first of "
           "May, and the last boat back from the island will leave half an hour later than it "
           "does now.\n"
           "5 | The new times were agreed with the council after commuters asked for a later "
           "boat on the evenings when the mainland shops stay open, and they will be tried for "
           "a year.\n"
           "6 | Crossing Spring Summer Autumn Winter\n"
           "7 | First ferrytimetablespringcrossings ferrytimetablesummercrossings "
           "ferrytimetableautumncrossings ferrytimetablewintercrossings\n"
           "8 | boat\n"
           "9 | Last ferrytimetablespringcrossings ferrytimetablesummercrossings "
           "ferrytimetableautumncrossings ferrytimetablewintercrossings\n"
           "10 | boat\n"
           "11 | Night ferrytimetablespringcrossings ferrytimetablesummercrossings "
           "ferrytimetableautumncrossings ferrytimetablewintercrossings\n"
           "12 | boat\n"
           "13 | Fares stay as they are until the end of the year, the company said, though it "
           "warned that the cost of fuel might force a rise in the spring if prices keep going "
           "up.\n"
           "14 | Commuters welcomed the later boat but said the company should also look at the "
           "morning crossings, which are often full before the boat reaches the last stop on "
           "the island.\n");
}
END_TEST

START_TEST(inlined_picture_data)
{
    /* html2text prints a picture inlined as a data: URL as its Base64, wrapped like
     * text; none of it is text of the page. A short code of capitals and digits is. */
    expect("The ferry company raised its fares on Monday.\n\n"
           "[iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk/\n"
           "+M9QDwADhgGAWjR9awAAAAASUVORK5CYII=]\n"
           "Q2FsbTk5IHNlYXMgYWhlYWQgZm9yIHRoZSBmZXJyeQ== tXyZ/\n\n"
           "The fare rise, its second this year, is ABC123 for short.\n",
           "1 | The ferry company raised its fares on Monday.\n"
           "3 | The fare rise, its second this year, is ABC123 for short.\n");
}
END_TEST

/* The invented page as Python's html2text writes it (Markdown wrapped at 78 columns, list
 * items not wrapped) and as pandoc writes GitHub Markdown (wrapped at 72). */
static const char harbour_markdown[] =
    "Skip to content\n"
    "\n"
    "  * [Home](/)\n"
    "  * [Local News](/local/)\n"
    "  * [Weather](/weather/)\n"
    "\n"
    "## Harbour trust buys the old ferry terminal after a decade of talks over its\n"
    "future\n"
    "\n"
    "By [Mara Quist](/staff/quist)\n"
    "\n"
    "The harbour trust has bought the old ferry terminal on the east quay for 2.4\n"
    "million pounds, ending ten years of talks between the council, the port\n"
    "authority and a string of developers who wanted the site for flats.\n"
    "\n"
    "The trust plans to open a covered fish market on the ground floor and to let\n"
    "the upper rooms to local clubs. Work is due to start in the spring, said [the\n"
    "trust's chair](https://trust.example/), who called the sale well-timed.\n"
    "\n"
    "## What happens next\n"
    "\n"
    "Three things must happen before the market can open:\n"
    "\n"
    "  * the council must approve a change of use for the ground floor and the quay, which may "
    "take until the autumn\n"
    "  * the roof must be repaired\n"
    "  * traders must sign leases\n"
    "\n"
    "Fishermen on the quay welcomed the news. Several said they had sold from the\n"
    "backs of vans for years and would be glad of a roof, a cold store and\n"
    "somewhere to wash down.\n"
    "\n";

static const char harbour_pandoc[] =
    "[Skip to content](#main)\n"
    "\n"
    "-   [Home](/)\n"
    "-   [Local News](/local/)\n"
    "-   [Weather](/weather/)\n"
    "\n"
    "## Harbour trust buys the old ferry terminal after a decade of talks over its future\n"
    "\n"
    "By [Mara Quist](/staff/quist)\n"
    "\n"
    "The harbour trust has bought the old ferry terminal on the east quay for\n"
    "2.4 million pounds, ending ten years of talks between the council, the\n"
    "port authority and a string of developers who wanted the site for flats.\n"
    "\n"
    "The trust plans to open a covered fish market on the ground floor and to\n"
    "let the upper rooms to local clubs. Work is due to start in the spring,\n"
    "said [the trust's chair](https://trust.example/), who called the sale\n"
    "well-timed.\n"
    "\n"
    "## What happens next\n"
    "\n"
    "Three things must happen before the market can open:\n"
    "\n"
    "-   the council must approve a change of use for the ground floor and\n"
    "    the quay, which may take until the autumn\n"
    "-   the roof must be repaired\n"
    "-   traders must sign leases\n"
    "\n"
    "Fishermen on the quay welcomed the news. Several said they had sold from\n"
    "the backs of vans for years and would be glad of a roof, a cold store\n"
    "and somewhere to wash down.\n";

static bool
is_markdown(const char *s)
{
    return newsclean_td_looks_like_markdown(s, strlen(s));
}

/* ---- tables ------------------------------------------------------------------------------ */

START_TEST(table_written_a_cell_a_line)
{
    /* A walk of the page that breaks at every cell: the header and the rows come back,
     * their cells split by tabs; the paragraphs around them stay as they were. */
    expect("The water board published its figures on Tuesday.\n\n"
           "District\n\nHouseholds\n\nLeakage (%)\n\n"
           "North\n\n12,410\n\n14.2\n\n"
           "Harbour\n\n8,902\n\n22.7\n\n"
           "Hillside\n\n5,331\n\n9.8\n\n"
           "Old Town\n\n7,120\n\n21.3\n\n"
           "The board meets again in January.\n",
           "1 | The water board published its figures on Tuesday.\n"
           "3 row | District\tHouseholds\tLeakage (%)\n"
           "9 row | North\t12,410\t14.2\n"
           "15 row | Harbour\t8,902\t22.7\n"
           "21 row | Hillside\t5,331\t9.8\n"
           "27 row | Old Town\t7,120\t21.3\n"
           "33 | The board meets again in January.\n");
}
END_TEST

START_TEST(table_rows_start_with_their_label)
{
    /* A figure right above the first label (a header's last cell) would shift every row
     * by a cell. */
    expect("What four lenders ask for a loan over four years, as of this week\n18,000\n"
           "Bank A\n4.9%\nBank B\n5.1%\nBank C\n5.4%\nBank D\n6.0%\n",
           "1 | What four lenders ask for a loan over four years, as of this week\n2 | 18,000\n"
           "3 row | Bank A\t4.9%\n5 row | Bank B\t5.1%\n7 row | Bank C\t5.4%\n"
           "9 row | Bank D\t6.0%\n");
}
END_TEST

START_TEST(table_rows_split_by_tabs)
{
    /* A browser's innerText writes a row a line, its cells split by tabs: two such lines
     * one above the other are a table. A tab in a line of its own is a space. */
    expect("Fares from 1 March\n\nZone\tSingle\tDay\nA\t2.10\t5.60\nA+B\t3.40\t8.20\n\n"
           "Children travel free.\tAsk the driver.\n",
           "1 | Fares from 1 March\n"
           "3 row | Zone\tSingle\tDay\n4 row | A\t2.10\t5.60\n5 row | A+B\t3.40\t8.20\n"
           "7 | Children travel free. Ask the driver.\n");
}
END_TEST

START_TEST(table_laid_out_in_spaces)
{
    /* A text browser lays a table out in columns: a gap of two spaces or more between
     * cells is a tab. A menu laid out in columns has no figures, and stays text. */
    expect("   The council set the fares on Tuesday.\n\n"
           "   Zone   Single   Day ticket\n"
           "   A      2.10     5.60\n"
           "   A+B    3.40     8.20\n\n"
           "   Home      News      Sport\n"
           "   Weather   Travel    Contact\n",
           "1 | The council set the fares on Tuesday.\n"
           "3 row | Zone\tSingle\tDay ticket\n4 row | A\t2.10\t5.60\n"
           "5 row | A+B\t3.40\t8.20\n"
           "7 | Home News Sport\n8 | Weather Travel Contact\n");
}
END_TEST

START_TEST(markdown_pipe_tables)
{
    /* A converter's pipe table: a row a line (hard line breaks, html2text) or one paragraph
     * (pandoc), read by its delimiter row. A pipe in text is text. */
    expect(
        "# Fares\n\nThe [council](/council) set the fares | see below.\n\n"
        "**Zone**|  **Single**|  **Day**  \n---|---|---  \nA| 2.10| 5.60  \nA+B| 3.40| 8.20  \n\n"
        "Children travel free.\n",
        "2 h1 | Fares\n4 links=7 | The council set the fares | see below.\n"
        "6 row | Zone\tSingle\tDay\n8 row | A\t2.10\t5.60\n9 row | A+B\t3.40\t8.20\n"
        "11 | Children travel free.\n");
    expect("# Fares\n\nSee [the map](/map).\n\n| Zone | Single | Day |\n|------|--------|------|\n"
           "| A    | 2.10   |      |\n| A+B  | 3.40   | 8.20 |\n\nChildren travel free.\n",
           "2 h1 | Fares\n4 links=7 | See the map.\n6 row | Zone\tSingle\tDay\n6 row | A\t2.10\t\n"
           "6 row | A+B\t3.40\t8.20\n8 | Children travel free.\n");
}
END_TEST

START_TEST(lists_that_are_no_tables)
{
    /* Ranks counting up beside titles (a "most read" box) and titles with their dates and
     * a "read more" (a list of other stories) repeat a pattern too, but hold no figures. */
    expect("Most read\n1\nBus fares rise\n2\nNew school opens\n3\nBridge closed\n4\n"
           "Market moves\n\n"
           "Bus fares rise\n14/06/2026\nRead more\nNew school opens\n12/06/2026\nRead more\n"
           "Bridge closed\n11/06/2026\nRead more\nMarket moves\n09/06/2026\nRead more\n",
           "1 | Most read\n2 | 1\n3 | Bus fares rise\n4 | 2\n5 | New school opens\n6 | 3\n"
           "7 | Bridge closed\n8 | 4\n9 | Market moves\n"
           "11 | Bus fares rise\n12 | 14/06/2026\n13 | Read more\n14 | New school opens\n"
           "15 | 12/06/2026\n16 | Read more\n17 | Bridge closed\n18 | 11/06/2026\n"
           "19 | Read more\n20 | Market moves\n21 | 09/06/2026\n22 | Read more\n");
}
END_TEST

START_TEST(markdown_or_not)
{
    static const char lynx_numbers[] = "   [12](BUTTON) Subscribe [13](BUTTON) Log in\n"
                                       "     * AGF [14](https://agf.example/)\n";
    ck_assert(!newsclean_td_looks_like_markdown(harbour_lynx, strlen(harbour_lynx)));
    ck_assert(!newsclean_td_looks_like_markdown(harbour_w3m, strlen(harbour_w3m)));
    ck_assert(!newsclean_td_looks_like_markdown(lynx_numbers, strlen(lynx_numbers)));
    ck_assert(newsclean_td_looks_like_markdown(harbour_markdown, strlen(harbour_markdown)));
    ck_assert(newsclean_td_looks_like_markdown(harbour_pandoc, strlen(harbour_pandoc)));
    /* One link and one heading are enough; one link alone is not. */
    ck_assert(is_markdown("# Fares\n\nSee [the table](/fares).\n"));
    ck_assert(!is_markdown("Fares\n\nSee [the table](/fares).\n"));
    /* A target holds no space: a picture's description in brackets with its credit in
     * brackets after it (html2text), or a status badge and its note (a text browser), are
     * no links, with a shell comment in code at the margin as no heading. */
    ck_assert(!is_markdown("[Quay at dawn](Photo: Ana Rees)\n\nThe market opened.\n"
                           "[Fish boxes](Photo: Ana Rees)\n[Harbour master](Photo: Ana Rees)\n"));
    ck_assert(!is_markdown("   Status: [beta](enabled by default)\n\n# install the client\n"
                           "pip install harbour\n"));
    /* A title after the target, or a target in angle brackets, is a link. */
    ck_assert(is_markdown("# Fares\n\nSee [the table](/fares \"Fares 2026\").\n"));
    ck_assert(is_markdown("# Fares\n\nSee [the table](</fares and tolls>).\n"));
    ck_assert(is_markdown("# Fares\n\nSee [the\ntable](/fares\n\"Fares\").\n"));
}
END_TEST

START_TEST(markdown_pieces)
{
    expect(
        harbour_markdown,
        "2 | Skip to content\n"
        "4 li links=4 | Home\n"
        "5 li links=10 | Local News\n"
        "6 li links=7 | Weather\n"
        "8 h2 | "
        "Harbour trust buys the old ferry terminal after a decade of talks over its future\n"
        "10 links=10 | By Mara Quist\n"
        "12 | "
        "The harbour trust has bought the old ferry terminal on the east quay for 2.4 million "
        "pounds, ending ten years of talks between the council, the port authority and a "
        "string of developers who wanted the site for flats.\n"
        "14 links=17 | "
        "The trust plans to open a covered fish market on the ground floor and to let the upper "
        "rooms to local clubs. Work is due to start in the spring, said the trust's chair, who "
        "called the sale well-timed.\n"
        "16 h2 | What happens next\n"
        "18 | Three things must happen before the market can open:\n"
        "20 li | "
        "the council must approve a change of use for the ground floor and the quay, which may "
        "take until the autumn\n"
        "21 li | the roof must be repaired\n"
        "22 li | traders must sign leases\n"
        "24 | "
        "Fishermen on the quay welcomed the news. Several said they had sold from the backs of "
        "vans for years and would be glad of a roof, a cold store and somewhere to wash down.\n");
    expect(
        harbour_pandoc,
        "2 links=15 | Skip to content\n"
        "4 li links=4 | Home\n"
        "5 li links=10 | Local News\n"
        "6 li links=7 | Weather\n"
        "8 h2 | "
        "Harbour trust buys the old ferry terminal after a decade of talks over its future\n"
        "10 links=10 | By Mara Quist\n"
        "12 | "
        "The harbour trust has bought the old ferry terminal on the east quay for 2.4 million "
        "pounds, ending ten years of talks between the council, the port authority and a "
        "string of developers who wanted the site for flats.\n"
        "14 links=17 | "
        "The trust plans to open a covered fish market on the ground floor and to let the upper "
        "rooms to local clubs. Work is due to start in the spring, said the trust's chair, who "
        "called the sale well-timed.\n"
        "16 h2 | What happens next\n"
        "18 | Three things must happen before the market can open:\n"
        "20 li | "
        "the council must approve a change of use for the ground floor and the quay, which may "
        "take until the autumn\n"
        "21 li | the roof must be repaired\n"
        "22 li | traders must sign leases\n"
        "24 | "
        "Fishermen on the quay welcomed the news. Several said they had sold from the backs of "
        "vans for years and would be glad of a roof, a cold store and somewhere to wash down.\n");
}
END_TEST

/* Another invented page through html2text: its heading and a link's target wrapped onto
 * a second line (the target after a hyphen), an image, emphasis, a code block and a list
 * inside a list. */
static const char market_markdown[] =
    "[Home](/) | [News](/news/) | [Events](/events/)\n"
    "\n"
    "# Covered market opens its doors on the east quay after two years of building\n"
    "work\n"
    "\n"
    "![Crowds on opening day](/img/market-opening-day-with-crowds.jpg)\n"
    "\n"
    "The covered market on the east quay opened on Saturday morning, and by noon\n"
    "the [fish and shellfish stalls](https://traders-\n"
    "association.example/members/fish-and-shellfish-stallholders-list) had sold out\n"
    "of crab.\n"
    "\n"
    "Stallholders pay a weekly rent set by the harbour trust. The first year's\n"
    "rents are frozen, _the trust said_ , and a **second hall** opens in June.\n"
    "\n"
    "    \n"
    "    \n"
    "    Opening hours\n"
    "    Mon-Fri  8:00-18:00\n"
    "    Sat      7:00-14:00\n"
    "\n"
    "  * Fish and shellfish\n"
    "    * Crab\n"
    "    * Mussels\n"
    "  * Bread and cakes\n"
    "\n"
    "Read more: [A short history of the quay](/news/quay-history)\n"
    "\n";

START_TEST(markdown_wraps_undone)
{
    expect(
        market_markdown,
        "2 links=14 | Home | News | Events\n"
        "4 h1 | Covered market opens its doors on the east quay after two years of building "
        "work\n"
        "6 links=25 | The covered market on the east quay opened on Saturday morning, and by noon "
        "the fish and shellfish stalls had sold out of crab.\n"
        "8 | Stallholders pay a weekly rent set by the harbour trust. The first year's rents are "
        "frozen, the trust said , and a second hall opens in June.\n"
        "9 | Opening hours Mon-Fri 8:00-18:00 Sat 7:00-14:00\n"
        "11 li | Fish and shellfish\n"
        "12 li | Crab\n"
        "13 li | Mussels\n"
        "14 li | Bread and cakes\n"
        "16 links=27 | Read more: A short history of the quay\n");
}
END_TEST

/* A feed's photo whose description holds paragraphs: the converter wraps it with blank
 * lines inside the image markup, which would end the paragraph and spill the description
 * and the picture's address into the text. The blank lines go, the image is read as one. A
 * '![' that never closes keeps its blank lines. */
START_TEST(markdown_image_description_with_blank_lines)
{
    expect("# Garden news\n"
           "\n"
           "[ Spring potting soil is here ![Spring potting soil is here for every raised bed\n"
           "\n"
           "Organic mixes for vegetables and houseplants\n"
           "\n"
           "Come and see us](https://shop.example/img/feed-placeholder.png)\n"
           "](https://social.example/p/12345)\n"
           "\n"
           "The nursery reopened on Saturday after its winter break, with a new greenhouse for\n"
           "seedlings and a larger shop.\n"
           "\n"
           "A stray ![ bracket\n"
           "\n"
           "stays where it is.\n",
           "2 h1 | Garden news\n"
           "4 links=29 | Spring potting soil is here\n"
           "6 | The nursery reopened on Saturday after its winter break, with a new greenhouse "
           "for seedlings and a larger shop.\n"
           "8 | A stray ! bracket\n"
           "10 | stays where it is.\n");
}
END_TEST

/* A definition list through a wrapping converter: each term, a blank line, then its
 * definition set in by four spaces, as a code block would be. The definition goes on the
 * term's line, as the converter writes it unwrapped. Code stays code: after a line that
 * introduces it, or where its text has code's marks. */
START_TEST(markdown_definitions_are_no_code)
{
    expect("# College facts\n"
           "\n"
           "See [admissions](/admissions), [fees](/fees) and [visits](/visits).\n"
           "\n"
           "Acceptance Rate\n"
           "\n"
           "    96%\n"
           "Students Enrolled\n"
           "\n"
           "    164,091\n"
           "\n"
           "Institution Type\n"
           "\n"
           "    Private\n"
           "\n"
           "To install the app, run:\n"
           "\n"
           "    make install\n"
           "\n"
           "Config path\n"
           "\n"
           "    /etc/college.conf\n"
           "\n"
           "Done.\n",
           "2 h1 | College facts\n"
           "4 links=20 | See admissions, fees and visits.\n"
           "6 | Acceptance Rate 96% Students Enrolled 164,091\n"
           "8 | Institution Type Private\n"
           "10 | To install the app, run:\n"
           "11 | make install\n"
           "13 | Config path\n"
           "14 | /etc/college.conf\n"
           "16 | Done.\n");
}
END_TEST

START_TEST(markdown_marks_wrapped_into_a_line_start)
{
    /* A converter wrapping at 78 columns set a dash, a "1." and a star of the text at the
     * start of a line right under the paragraph's long line: the paragraph goes on. A list
     * after a blank line, and one in a list item's column, stay lists. */
    expect("# Market rents\n"
           "\n"
           "Stallholders on the quay said the rents were far higher than the trust promised\n"
           "- as much as a third more than the plans had shown - and asked for a freeze\n"
           "from the first day of trading, which the harbour trust had set for Saturday,\n"
           "1. March, once the [cold store](/store) on the quay was ready for the boats.\n"
           "Fields marked with an asterisk must be filled in before the form is sent, or\n"
           "* marked fields are left empty and the form will not be sent to the trust.\n"
           "\n"
           "  * Fish and shellfish\n"
           "  * Bread\n"
           "\n"
           "Short line\n"
           "- a list right under it\n",
           "2 h1 | Market rents\n"
           "4 links=10 | Stallholders on the quay said the rents were far higher than the trust "
           "promised - as much as a third more than the plans had shown - and asked for a freeze "
           "from the first day of trading, which the harbour trust had set for Saturday, 1. "
           "March, once the cold store on the quay was ready for the boats. Fields marked with "
           "an asterisk must be filled in before the form is sent, or * marked fields are left "
           "empty and the form will not be sent to the trust.\n"
           "6 li | Fish and shellfish\n"
           "7 li | Bread\n"
           "9 | Short line\n"
           "11 li | a list right under it\n");
}
END_TEST

START_TEST(markdown_raw_html_and_leftovers)
{
    /* A script's start tag left without its end (which would make the rest raw HTML), raw
     * HTML with links, an entity and a comment, a link whose target has spaces and bold
     * marks with spaces inside (both left as text by the parser), a fenced code block. */
    expect("<script type=\"text/javascript\" async=\"\"\n"
           "src=\"//ads.example/tag.js\" >\n"
           "\n"
           "[Home](/) [News](/news/) [Sport](/sport/)\n"
           "\n"
           "<div class=\"share\">\n"
           "<a href=\"/share/fb\">Share on Facebook</a> &amp; <a href=\"/share/x\">Post</a>\n"
           "<!-- tracking pixel -->\n"
           "</div>\n"
           "\n"
           "Readers can [read the full report](/reports/quay plan 2024.pdf) on the\n"
           "council's website, or ask for a printed copy at the library.\n"
           "\n"
           "```\n"
           "npm install quay\n"
           "```\n"
           "\n"
           "** Opening hours:** daily from eight, except my_var__x.\n",
           "2 links=13 | Home News Sport\n"
           "3 links=21 | Share on Facebook & Post\n"
           "5 links=20 | Readers can read the full report on the council's website, or ask for a "
           "printed copy at the library.\n"
           "6 | npm install quay\n"
           "8 | Opening hours: daily from eight, except my_var__x.\n");
}
END_TEST

/* A sidebar drawn beside the article on the same rows (a layout table in w3m or lynx) is
 * set apart, so the article's wrapped lines rejoin and no row glues the two together. */
START_TEST(sidebar_beside_the_text)
{
    expect("Allotment society opens a seed library            About us\n"
           "\n"
           "The allotment society has opened a seed           Plot waiting list\n"
           "library in the old tool shed by the north         Rules of the site\n"
           "gate, where members can borrow seeds in\n"
           "spring and return seeds from their own            Contact the committee\n"
           "harvest in the autumn.                            Events\n"
           "                                                  Newsletter\n"
           "The library holds forty kinds of beans,           Donate\n"
           "peas and squash, most of them grown on the\n"
           "site for more than twenty years.\n",
           "1 | About us\n"
           "3 | Plot waiting list\n"
           "4 | Rules of the site\n"
           "6 | Contact the committee\n"
           "7 | Events\n"
           "8 | Newsletter\n"
           "9 | Donate\n"
           "11 | Allotment society opens a seed library\n"
           "13 | The allotment society has opened a seed library in the old tool shed by the "
           "north gate, where members can borrow seeds in spring and return seeds from their "
           "own harvest in the autumn.\n"
           "15 | The library holds forty kinds of beans, peas and squash, most of them grown on "
           "the site for more than twenty years.\n");
    /* Two columns of a table set out in spaces stay rows: its cells do not run on. */
    expect("Opening hours of the seed library\n"
           "\n"
           "Monday                                            10:00 to 12:00\n"
           "Tuesday                                           closed\n"
           "Wednesday                                         10:00 to 12:00\n"
           "Thursday                                          16:00 to 18:00\n"
           "Friday                                            closed\n"
           "Saturday                                          09:00 to 13:00\n"
           "Sunday and holidays\n"
           "Closed in August\n"
           "Ask at the gate\n",
           "1 | Opening hours of the seed library\n"
           "3 | Monday 10:00 to 12:00\n"
           "4 | Tuesday closed\n"
           "5 | Wednesday 10:00 to 12:00\n"
           "6 | Thursday 16:00 to 18:00\n"
           "7 | Friday closed\n"
           "8 | Saturday 09:00 to 13:00\n"
           "9 | Sunday and holidays\n"
           "10 | Closed in August\n"
           "11 | Ask at the gate\n");
}
END_TEST

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
    Suite *s = suite_create("textdump_norm");
    TCase *t = tcase_create("unwrap");
    tcase_add_test(t, inner_text_lines_stay);
    tcase_add_test(t, empty_and_blank);
    tcase_add_test(t, lynx_paragraphs_rejoined);
    tcase_add_test(t, lynx_word_bound_by_a_no_break_space);
    tcase_add_test(t, lynx_words_bound_by_a_no_break_space);
    tcase_add_test(t, lynx_link_ends_with_its_address_words);
    tcase_add_test(t, short_lines_keep_their_breaks);
    tcase_add_test(t, too_few_lines_to_show_a_wrap);
    tcase_add_test(t, menus_and_rules);
    tcase_add_test(t, headings_anchored_to_themselves);
    tcase_add_test(t, sentence_holds_its_links);
    tcase_add_test(t, images_and_tool_marks);
    tcase_add_test(t, sentence_opening_with_a_link);
    tcase_add_test(t, quoted_or_leading_sentence_opening_with_a_link);
    tcase_add_test(t, numbers_at_the_margin_are_text);
    tcase_add_test(t, html2text_wrapped_heading_and_dated_link);
    tcase_add_test(t, code_is_one_piece);
    tcase_add_test(t, first_line_set_in);
    tcase_add_test(t, long_centred_heading);
    tcase_add_test(t, w3m_paragraphs_rejoined);
    tcase_add_test(t, html2text_paragraphs_rejoined);
    tcase_add_test(t, html2text_hex_references_decoded);
    tcase_add_test(t, html2text_quotation_wrapped_narrower);
    tcase_add_test(t, underlined_headings_and_rules);
    tcase_add_test(t, citations_are_not_link_numbers);
    tcase_add_test(t, lynx_numbers_in_order);
    tcase_add_test(t, lynx_short_page_widest_line);
    tcase_add_test(t, dash_wrapped_to_a_line_start);
    tcase_add_test(t, lynx_bullet_word_wrapped_to_a_line_start);
    tcase_add_test(t, lynx_button_under_a_block);
    tcase_add_test(t, markdown_quoted_in_a_lynx_dump);
    tcase_add_test(t, preformatted_at_the_margin);
    tcase_add_test(t, preformatted_in_w3m);
    tcase_add_test(t, lynx_blocks_without_blank_lines);
    tcase_add_test(t, lynx_nolist_picture_descriptions);
    tcase_add_test(t, lynx_nolist_bracketed_text);
    tcase_add_test(t, markdown_marks_wrapped_into_a_line_start);
    tcase_add_test(t, markdown_image_description_with_blank_lines);
    tcase_add_test(t, markdown_definitions_are_no_code);
    tcase_add_test(t, wide_table_keeps_the_wrap);
    tcase_add_test(t, tight_table_rows);
    tcase_add_test(t, wrap_width_from_the_paragraphs);
    tcase_add_test(t, picture_description_and_caption);
    tcase_add_test(t, picture_said_twice_and_file_names);
    tcase_add_test(t, feed_card_with_cut_preview);
    tcase_add_test(t, inlined_picture_data);
    tcase_add_test(t, sidebar_beside_the_text);
    suite_add_tcase(s, t);
    t = tcase_create("markdown");
    tcase_add_test(t, markdown_or_not);
    tcase_add_test(t, markdown_pieces);
    tcase_add_test(t, markdown_wraps_undone);
    tcase_add_test(t, markdown_raw_html_and_leftovers);
    tcase_add_test(t, raw_html_makes_markdown);
    tcase_add_test(t, numbered_line_is_text);
    tcase_add_test(t, heading_in_item_rejoined);
    tcase_add_test(t, block_link_is_link_text);
    tcase_add_test(t, html2text_dates_and_pictures);
    tcase_add_test(t, html2text_wrapped_title_alone);
    tcase_add_test(t, wide_script_lynx_nolist);
    tcase_add_test(t, lynx_rel_links_dropped);
    tcase_add_test(t, table_written_a_cell_a_line);
    tcase_add_test(t, table_rows_start_with_their_label);
    tcase_add_test(t, table_rows_split_by_tabs);
    tcase_add_test(t, table_laid_out_in_spaces);
    tcase_add_test(t, markdown_pipe_tables);
    tcase_add_test(t, lists_that_are_no_tables);
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
