/* test_encoding_labels.c: the WHATWG label table (lib/encoding_labels.c) and what it makes
 * lib/input.c decode: every encoding the table names opens in iconv, labels match without
 * regard to case or surrounding spaces, and pages declared with a label that means another
 * encoding (iso-8859-9 is windows-1254) decode as a browser decodes them. */
#define _POSIX_C_SOURCE 200809L
#include "encoding_labels.h"

#include <check.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>

#include "input.h"

static const char *
lookup(const char *label)
{
    return newsclean_encoding_for_label(label, strlen(label));
}

/* One label of every encoding in the standard, with the iconv name that decodes it. */
static const struct {
    const char *label, *want;
} one_per_encoding[] = {
    {"utf-8", "UTF-8"},
    {"ibm866", "IBM866"},
    {"iso-8859-2", "ISO-8859-2"},
    {"iso-8859-3", "ISO-8859-3"},
    {"iso-8859-4", "ISO-8859-4"},
    {"iso-8859-5", "ISO-8859-5"},
    {"iso-8859-6", "ISO-8859-6"},
    {"iso-8859-7", "ISO-8859-7"},
    {"iso-8859-8", "ISO-8859-8"},
    {"iso-8859-8-i", "ISO-8859-8"},
    {"iso-8859-10", "ISO-8859-10"},
    {"iso-8859-13", "ISO-8859-13"},
    {"iso-8859-14", "ISO-8859-14"},
    {"iso-8859-15", "ISO-8859-15"},
    {"iso-8859-16", "ISO-8859-16"},
    {"koi8-r", "KOI8-R"},
    {"koi8-u", "KOI8-U"},
    {"macintosh", "MACINTOSH"},
    {"windows-874", "WINDOWS-874"},
    {"windows-1250", "WINDOWS-1250"},
    {"windows-1251", "WINDOWS-1251"},
    {"windows-1252", "WINDOWS-1252"},
    {"windows-1253", "WINDOWS-1253"},
    {"windows-1254", "WINDOWS-1254"},
    {"windows-1255", "WINDOWS-1255"},
    {"windows-1256", "WINDOWS-1256"},
    {"windows-1257", "WINDOWS-1257"},
    {"windows-1258", "WINDOWS-1258"},
    {"x-mac-cyrillic", "MAC-CYRILLIC"},
    {"gbk", "GB18030"},
    {"gb18030", "GB18030"},
    {"big5", "BIG5-HKSCS"},
    {"euc-jp", "EUC-JP"},
    {"iso-2022-jp", "ISO-2022-JP"},
    {"shift_jis", "WINDOWS-31J"},
    {"euc-kr", "CP949"},
    {"utf-16be", "UTF-16BE"},
    {"utf-16le", "UTF-16LE"},
    {"iso-2022-kr", "ISO-2022-KR"},
    {"iso-2022-cn", "ISO-2022-CN"},
    {"iso-2022-cn-ext", "ISO-2022-CN-EXT"},
    {"x-user-defined", "WINDOWS-1252"},
};

START_TEST(every_encoding_opens_in_iconv)
{
    for (size_t i = 0; i < sizeof one_per_encoding / sizeof one_per_encoding[0]; i++) {
        const char *got = lookup(one_per_encoding[i].label);
        ck_assert_msg(got, "no entry for %s", one_per_encoding[i].label);
        ck_assert_str_eq(got, one_per_encoding[i].want);
        iconv_t cd = iconv_open("UTF-8", got);
        ck_assert_msg(cd != (iconv_t)-1, "iconv cannot decode %s", got);
        iconv_close(cd);
    }
}
END_TEST

START_TEST(labels_that_mean_another_encoding)
{
    /* The ones pages get wrong most: the name says one thing, browsers decode another. */
    ck_assert_str_eq(lookup("iso-8859-9"), "WINDOWS-1254");
    ck_assert_str_eq(lookup("latin5"), "WINDOWS-1254");
    ck_assert_str_eq(lookup("iso-8859-1"), "WINDOWS-1252");
    ck_assert_str_eq(lookup("ascii"), "WINDOWS-1252");
    ck_assert_str_eq(lookup("us-ascii"), "WINDOWS-1252");
    ck_assert_str_eq(lookup("iso_8859-1:1987"), "WINDOWS-1252");
    ck_assert_str_eq(lookup("tis-620"), "WINDOWS-874");
    ck_assert_str_eq(lookup("iso-8859-11"), "WINDOWS-874");
    ck_assert_str_eq(lookup("gb2312"), "GB18030");
    ck_assert_str_eq(lookup("ks_c_5601-1987"), "CP949");
    ck_assert_str_eq(lookup("x-sjis"), "WINDOWS-31J");
    ck_assert_str_eq(lookup("unicode"), "UTF-16LE");
    ck_assert_str_eq(lookup("unicode-1-1-utf-8"), "UTF-8");
    ck_assert_str_eq(lookup("logical"), "ISO-8859-8");
    ck_assert_str_eq(lookup("koi8-ru"), "KOI8-U");
}
END_TEST

START_TEST(matching)
{
    ck_assert_str_eq(lookup("ISO-8859-9"), "WINDOWS-1254");
    ck_assert_str_eq(lookup("  Windows-1251\t\n"), "WINDOWS-1251");
    ck_assert_str_eq(newsclean_encoding_for_label("utf-8;", 5), "UTF-8");
    /* Not labels of the standard: no declaration at all. */
    ck_assert_ptr_null(lookup(""));
    ck_assert_ptr_null(lookup("   "));
    ck_assert_ptr_null(lookup("utf-7"));
    ck_assert_ptr_null(lookup("cp850"));
    ck_assert_ptr_null(lookup("iso-8859-9x"));
    ck_assert_ptr_null(lookup("iso-8859"));
    ck_assert_ptr_null(lookup("replacement"));
    ck_assert_ptr_null(lookup("hz-gb-2312"));
    ck_assert_ptr_null(lookup("utf-8 utf-8 utf-8 utf-8 utf-8"));
    ck_assert_ptr_null(lookup("utf\xC3\xA9-8"));
}
END_TEST

/* ---- what lib/input.c makes of them ----------------------------------------------- */

static char *
decode(const char *in, size_t len, bool html, const char *hint, char cs[32])
{
    char *out = NULL;
    size_t out_len = 0;
    ck_assert_int_eq(newsclean_input_to_utf8(in, len, html, hint, &out, &out_len, cs),
                     NEWSCLEAN_OK);
    ck_assert_uint_eq(strlen(out), out_len);
    return out;
}

START_TEST(iso_8859_9_page_keeps_its_quotes)
{
    /* Turkish text with curly quotes at 0x93/0x94, which ISO-8859-9 proper has as C1
     * controls: read as windows-1254 they are quotes, and the dotted letters stay. */
    const char *page = "<html><head><meta charset=\"iso-8859-9\"></head><body><p>Ba\xFEkan "
                       "\x93Yar\xFDn ba\xFEl\xFDyoruz\x94 dedi.</p></body></html>";
    char cs[32];
    char *out = decode(page, strlen(page), true, NULL, cs);
    ck_assert_str_eq(cs, "WINDOWS-1254");
    ck_assert_ptr_nonnull(strstr(out, "<p>Ba\xC5\x9Fkan \xE2\x80\x9CYar\xC4\xB1n "
                                      "ba\xC5\x9Fl\xC4\xB1yoruz\xE2\x80\x9D dedi.</p>"));
    free(out);
    /* The same from a transport's declaration, on a page that declares nothing. */
    const char *body = strstr(page, "<p>");
    out = decode(body, strlen(body), true, "ISO-8859-9", cs);
    ck_assert_str_eq(cs, "WINDOWS-1254");
    ck_assert_ptr_nonnull(strstr(out, "\xE2\x80\x9CYar\xC4\xB1n"));
    free(out);
}
END_TEST

START_TEST(unknown_label_is_no_declaration)
{
    /* cp850 is not a label of the standard, so a browser ignores it; so do we, and the
     * bytes decide (here windows-1252, by detection or as the last resort). */
    const char *page = "<meta charset=\"cp850\"><p>Caf\xE9 cr\xE8me, d\xE9j\xE0 vu.</p>";
    char cs[32];
    char *out = decode(page, strlen(page), true, NULL, cs);
    ck_assert_str_ne(cs, "cp850");
    ck_assert_ptr_nonnull(strstr(out, "Caf\xC3\xA9 cr\xC3\xA8me, d\xC3\xA9j\xC3\xA0 vu."));
    free(out);
    /* An unknown transport label leaves the page's own declaration in force. */
    const char *greek = "<meta charset=\"iso-8859-7\"><p>\xE1\xE8\xDE\xED\xE1</p>";
    out = decode(greek, strlen(greek), true, "x-bogus", cs);
    ck_assert_str_eq(cs, "ISO-8859-7");
    ck_assert_ptr_nonnull(strstr(out, "<p>\xCE\xB1\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1</p>"));
    free(out);
}
END_TEST

START_TEST(utf16_labels)
{
    /* From a transport, a UTF-16 label is UTF-16 ("utf-16" is little-endian)... */
    const char le[] = "<\0p\0>\0\xE9\0t\0\xE9\0<\0/\0p\0>\0";
    char cs[32];
    char *out = decode(le, sizeof le - 1, true, "utf-16", cs);
    ck_assert_str_eq(cs, "UTF-16LE");
    ck_assert_str_eq(out, "<p>\xC3\xA9t\xC3\xA9</p>");
    free(out);
    /* ...but in the page's own bytes it cannot be, so it means UTF-8. */
    const char *page = "<meta charset=\"utf-16be\"><p>\xC3\xA9t\xC3\xA9</p>";
    out = decode(page, strlen(page), true, NULL, cs);
    ck_assert_str_eq(cs, "UTF-8");
    ck_assert_str_eq(out, page);
    free(out);
}
END_TEST

static Suite *
labels_suite(void)
{
    Suite *s = suite_create("encoding_labels");
    TCase *t = tcase_create("labels");
    tcase_add_test(t, every_encoding_opens_in_iconv);
    tcase_add_test(t, labels_that_mean_another_encoding);
    tcase_add_test(t, matching);
    suite_add_tcase(s, t);
    t = tcase_create("input");
    tcase_add_test(t, iso_8859_9_page_keeps_its_quotes);
    tcase_add_test(t, unknown_label_is_no_declaration);
    tcase_add_test(t, utf16_labels);
    suite_add_tcase(s, t);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(labels_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
