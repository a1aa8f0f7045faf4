/* test_input.c: unit tests for lib/input.c: telling HTML from text dumps, and turning
 * any input (BOMs, declared and undeclared charsets, broken bytes, NULs) into UTF-8. */
#define _POSIX_C_SOURCE 200809L
#include "input.h"

#include <check.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- helpers ------------------------------------------------------------------------- */

static bool
valid_utf8(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        unsigned char c = u[i];
        size_t k;
        if (c < 0x80)
            k = 1;
        else if (c >= 0xC2 && c <= 0xDF)
            k = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            k = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            k = 4;
        else
            return false;
        if (i + k > n)
            return false;
        for (size_t j = 1; j < k; j++)
            if ((u[i + j] & 0xC0) != 0x80)
                return false;
        if (k == 3 && c == 0xE0 && u[i + 1] < 0xA0)
            return false;
        if (k == 3 && c == 0xED && u[i + 1] >= 0xA0)
            return false;
        if (k == 4 && c == 0xF0 && u[i + 1] < 0x90)
            return false;
        if (k == 4 && c == 0xF4 && u[i + 1] >= 0x90)
            return false;
        i += k;
    }
    return true;
}

typedef struct {
    newsclean_status st;
    char *out;
    size_t len;
    char cs[32];
} conv;

/* Convert and check the invariants every successful call must keep. */
static conv
to_utf8(const char *in, size_t len, bool html, const char *hint)
{
    conv c;
    memset(&c, 0, sizeof c);
    c.st = newsclean_input_to_utf8(in, len, html, hint, &c.out, &c.len, c.cs);
    if (c.st == NEWSCLEAN_OK) {
        ck_assert_ptr_nonnull(c.out);
        ck_assert_uint_eq(strlen(c.out), c.len); /* NUL-terminated, no NUL inside */
        ck_assert_msg(valid_utf8(c.out, c.len), "output is not valid UTF-8");
        ck_assert_uint_lt(strlen(c.cs), 32);
    }
    return c;
}

static conv
to_utf8_str(const char *in, bool html, const char *hint)
{
    return to_utf8(in, strlen(in), html, hint);
}

/* Encode UTF-8 text in another charset with iconv, for detection tests. */
static char *
encode(const char *utf8, const char *to, size_t *len)
{
    iconv_t cd = iconv_open(to, "UTF-8");
    ck_assert_msg(cd != (iconv_t)-1, "iconv cannot encode to %s", to);
    size_t in_left = strlen(utf8), cap = in_left * 2 + 16, out_left = cap;
    char *buf = malloc(cap);
    ck_assert_ptr_nonnull(buf);
    char *src = (char *)utf8, *dst = buf;
    size_t r = iconv(cd, &src, &in_left, &dst, &out_left);
    ck_assert_msg(r != (size_t)-1, "iconv failed to encode to %s", to);
    iconv_close(cd);
    *len = cap - out_left;
    return buf;
}

/* ---- looks_like_html ----------------------------------------------------------------- */

static bool
html_str(const char *s)
{
    return newsclean_input_looks_like_html(s, strlen(s));
}

START_TEST(sniff_pages)
{
    ck_assert(html_str("<!DOCTYPE html>\n<html lang=\"en\"><head><title>T</title></head>"
                       "<body><p>Text.</p></body></html>"));
    ck_assert(html_str("<html><body>Only a body</body></html>"));
    ck_assert(html_str("<!doctype html><title>x</title>"));
    ck_assert(html_str("\n\n   <HTML>\n<BODY BGCOLOR=white>Old page</BODY></HTML>"));
    ck_assert(html_str("<head><meta charset=utf-8></head>"));
    /* A BOM or a comment before the markup does not hide it. */
    ck_assert(html_str("\xEF\xBB\xBF<!-- generated --><html><body></body></html>"));
}
END_TEST

START_TEST(sniff_fragments)
{
    ck_assert(html_str("<div class=\"story\"><p>First paragraph.</p><p>Second.</p></div>"));
    ck_assert(html_str("<p>Intro text<br>next line</p>"));
    ck_assert(html_str("<h1>Title</h1>\n<p class=\"lead\">Lead paragraph.</p>"));
    ck_assert(html_str("<span>a</span> and <a href=\"/x\">a link</a>"));
    ck_assert(html_str("<TABLE><TR><TD><IMG SRC=x.gif></TD></TR></TABLE>"));
}
END_TEST

START_TEST(sniff_text_dumps)
{
    ck_assert(!html_str(""));
    ck_assert(!html_str("Council approves budget\n\nThe council voted 7 to 2 on Tuesday."));
    /* Prose that mentions one tag is still a text dump. */
    ck_assert(!html_str("Web developers say the <div> element is overused.\n\nMore text."));
    ck_assert(!html_str("The <title> of a page is what search engines show first."));
    ck_assert(!html_str("Use <br> twice to get a blank line, the forum admin wrote."));
    ck_assert(!html_str("If a < b and b > c, nothing follows about a and c."));
    ck_assert(!html_str("Scores: <5 points for 3 teams, >10 for 2."));
}
END_TEST

START_TEST(sniff_only_first_bytes)
{
    /* Markup that starts deep into a long text dump is not sniffed. */
    size_t n = 20000;
    char *s = malloc(n + 64);
    ck_assert_ptr_nonnull(s);
    memset(s, 'x', n);
    strcpy(s + n, "<html><body><p>late</p></body></html>");
    ck_assert(!newsclean_input_looks_like_html(s, strlen(s)));
    /* ... but the same markup near the start is. */
    memcpy(s, "<html>", 6);
    ck_assert(newsclean_input_looks_like_html(s, strlen(s)));
    free(s);
}
END_TEST

START_TEST(sniff_not_terminated)
{
    /* The input need not be NUL-terminated and only 'len' bytes are read. */
    const char page[] = "x <div><p>cut";
    ck_assert(newsclean_input_looks_like_html(page, 10));
    ck_assert(!newsclean_input_looks_like_html(page, 6));
    ck_assert(!newsclean_input_looks_like_html(page, 0));
}
END_TEST

/* ---- to_utf8: BOMs ------------------------------------------------------------------- */

START_TEST(bom_utf8)
{
    conv c = to_utf8_str("\xEF\xBB\xBF"
                         "caf\xC3\xA9 <b>ok</b>",
                         true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "caf\xC3\xA9 <b>ok</b>"); /* the BOM itself is gone */
    ck_assert_str_eq(c.cs, "UTF-8");
    free(c.out);
}
END_TEST

START_TEST(bom_utf8_beats_declaration)
{
    /* A BOM outranks both the transport's hint and the page's own meta tag. */
    conv c = to_utf8_str("\xEF\xBB\xBF<meta charset=\"windows-1252\"><p>\xE2\x80\x9Cq\xE2\x80\x9D",
                         true, "iso-8859-2");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "<meta charset=\"windows-1252\"><p>\xE2\x80\x9Cq\xE2\x80\x9D");
    ck_assert_str_eq(c.cs, "UTF-8");
    free(c.out);
}
END_TEST

START_TEST(bom_utf16le)
{
    /* "Hé€" in UTF-16LE after its BOM. */
    const char in[] = "\xFF\xFE"
                      "H\0"
                      "\xE9\0"
                      "\xAC\x20";
    conv c = to_utf8(in, sizeof in - 1, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "H\xC3\xA9\xE2\x82\xAC");
    ck_assert_str_eq(c.cs, "UTF-16LE");
    free(c.out);
}
END_TEST

START_TEST(bom_utf16be)
{
    const char in[] = "\xFE\xFF"
                      "\0<"
                      "\0p"
                      "\0>"
                      "\x00\xE9";
    conv c = to_utf8(in, sizeof in - 1, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "<p>\xC3\xA9");
    ck_assert_str_eq(c.cs, "UTF-16BE");
    free(c.out);
}
END_TEST

START_TEST(bom_utf16_odd_length)
{
    /* A trailing half code unit becomes U+FFFD, not a crash or a silent loss. */
    const char in[] = "\xFF\xFE"
                      "o\0"
                      "k\0"
                      "!";
    conv c = to_utf8(in, sizeof in - 1, false, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "ok\xEF\xBF\xBD");
    free(c.out);
}
END_TEST

START_TEST(bom_only)
{
    conv c = to_utf8("\xEF\xBB\xBF", 3, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "");
    ck_assert_uint_eq(c.len, 0);
    free(c.out);
    c = to_utf8("\xFF\xFE", 2, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "");
    free(c.out);
}
END_TEST

/* ---- to_utf8: declarations ----------------------------------------------------------- */

START_TEST(meta_charset_windows1252)
{
    const char *page = "<html><head><meta charset=\"windows-1252\"><title>t</title></head>"
                       "<body><p>\x93Quoted\x94 costs \x80"
                       "5, caf\xE9.</p></body></html>";
    conv c = to_utf8_str(page, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(c.out, "<p>\xE2\x80\x9CQuoted\xE2\x80\x9D costs \xE2\x82\xAC"
                                        "5, caf\xC3\xA9.</p>"));
    ck_assert_int_eq(strcasecmp(c.cs, "windows-1252"), 0);
    free(c.out);
}
END_TEST

START_TEST(meta_charset_unquoted_and_spaced)
{
    const char *page = "<HTML><HEAD><META CHARSET = windows-1252 ></HEAD><BODY>\x93x\x94</BODY>";
    conv c = to_utf8_str(page, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(c.out, "\xE2\x80\x9Cx\xE2\x80\x9D"));
    free(c.out);
}
END_TEST

START_TEST(meta_http_equiv)
{
    const char *page = "<html><head><meta http-equiv=\"Content-Type\" "
                       "content=\"text/html; charset=windows-1252\"></head>"
                       "<body><p>\x84Zitat\x93 \x96 Ende</p></body></html>";
    conv c = to_utf8_str(page, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    /* „Zitat“ – Ende */
    ck_assert_ptr_nonnull(strstr(c.out, "<p>\xE2\x80\x9EZitat\xE2\x80\x9C \xE2\x80\x93 Ende</p>"));
    ck_assert_int_eq(strcasecmp(c.cs, "windows-1252"), 0);
    free(c.out);
}
END_TEST

START_TEST(meta_ignored_for_text)
{
    /* A text dump's declarations are prose, not markup: no meta scan. The bytes are not
     * UTF-8, so detection decides; all that is certain is a valid result. */
    const char *txt = "See <meta charset=iso-8859-7> for Greek: \xE1\xE2\xE3 text.";
    conv c = to_utf8_str(txt, false, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(c.out, "for Greek: "));
    free(c.out);
}
END_TEST

START_TEST(latin1_label_means_windows1252)
{
    /* WHATWG: iso-8859-1 is decoded as windows-1252, so 0x80 is the euro sign. */
    const char *page = "<meta charset=iso-8859-1><p>\x80 10, na\xEFve</p>";
    conv c = to_utf8_str(page, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(c.out, "<p>\xE2\x82\xAC 10, na\xC3\xAFve</p>"));
    ck_assert_str_eq(c.cs, "WINDOWS-1252");
    free(c.out);
}
END_TEST

START_TEST(hint_overrides_meta)
{
    /* The transport says ISO-8859-7, the page says windows-1252: the transport wins, so
     * 0xE1 0xE8 0xDE0xED 0xE1 is "αθήνα", not "áèÞíá". */
    const char *page = "<meta charset=\"windows-1252\"><p>\xE1\xE8\xDE\xED\xE1</p>";
    conv c = to_utf8_str(page, true, "ISO-8859-7");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(c.out, "<p>\xCE\xB1\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1</p>"));
    ck_assert_str_eq(c.cs, "ISO-8859-7");
    free(c.out);
}
END_TEST

START_TEST(hint_for_text_dump)
{
    conv c = to_utf8_str("Stra\xDF"
                         "e und Br\xFC"
                         "cke",
                         false, "windows-1252");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "Stra\xC3\x9F"
                            "e und Br\xC3\xBC"
                            "cke");
    free(c.out);
}
END_TEST

START_TEST(valid_utf8_mislabelled_latin1)
{
    /* Bytes that are valid UTF-8 with non-ASCII text win over a latin1 label. */
    const char *page = "<meta charset=\"ISO-8859-1\"><p>Caf\xC3\xA9 \xE2\x80\x9Cx\xE2\x80\x9D</p>";
    conv c = to_utf8_str(page, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, page);
    ck_assert_str_eq(c.cs, "UTF-8");
    free(c.out);
    /* Same through the transport hint. */
    c = to_utf8_str("M\xC3\xBCnchen", false, "iso-8859-1");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "M\xC3\xBCnchen");
    ck_assert_str_eq(c.cs, "UTF-8");
    free(c.out);
}
END_TEST

START_TEST(utf16_label_on_bytes_is_utf8)
{
    /* A page read as bytes that says utf-16 in its meta tag cannot really be UTF-16. */
    const char *page = "<meta charset=\"utf-16\"><p>\xC3\xA9t\xC3\xA9</p>";
    conv c = to_utf8_str(page, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, page);
    ck_assert_str_eq(c.cs, "UTF-8");
    free(c.out);
}
END_TEST

START_TEST(gb2312_label_is_gbk)
{
    /* 中文新闻 encoded as GBK, declared with the older gb2312 label, which WHATWG decodes
     * with the GB18030 decoder (a superset of GBK). */
    size_t n;
    char *gbk = encode("\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE9\x97\xBB", "GBK", &n);
    conv c = to_utf8(gbk, n, false, "gb2312");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE9\x97\xBB");
    ck_assert_str_eq(c.cs, "GB18030");
    free(c.out);
    free(gbk);
}
END_TEST

/* ---- to_utf8: broken input ----------------------------------------------------------- */

START_TEST(invalid_utf8_replaced)
{
    conv c = to_utf8_str("ab\xFF"
                         "cd",
                         false, "utf-8");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "ab\xEF\xBF\xBD"
                            "cd");
    free(c.out);
    /* Overlong encoding of '/', a lone continuation byte, and a CESU surrogate. */
    c = to_utf8_str("<meta charset=utf-8>\xC0\xAF|\x80|\xED\xA0\x80|ok", true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(c.out, "\xEF\xBF\xBD\xEF\xBF\xBD|\xEF\xBF\xBD|"));
    ck_assert_ptr_nonnull(strstr(c.out, "|ok"));
    ck_assert_ptr_null(strstr(c.out, "\xC0"));
    free(c.out);
    /* A sequence cut short by the end of the input. */
    c = to_utf8_str("end\xE2\x82", false, "UTF-8");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_int_eq(strncmp(c.out, "end\xEF\xBF\xBD", 6), 0);
    free(c.out);
}
END_TEST

START_TEST(invalid_after_bom)
{
    conv c = to_utf8_str("\xEF\xBB\xBFgood\xF5\xF8"
                         "bad",
                         false, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "good\xEF\xBF\xBD\xEF\xBF\xBD"
                            "bad");
    free(c.out);
}
END_TEST

START_TEST(nul_bytes_dropped)
{
    const char in1[] = "a\0b\0\0c";
    conv c = to_utf8(in1, sizeof in1 - 1, false, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "abc");
    ck_assert_uint_eq(c.len, 3);
    free(c.out);
    /* Through iconv as well. */
    const char in2[] = "<meta charset=windows-1252>\x93q\0\x94";
    c = to_utf8(in2, sizeof in2 - 1, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(c.out, "\xE2\x80\x9Cq\xE2\x80\x9D"));
    free(c.out);
    /* U+0000 in UTF-16. */
    const char in3[] = "\xFF\xFE"
                       "x\0"
                       "\0\0"
                       "y\0";
    c = to_utf8(in3, sizeof in3 - 1, false, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "xy");
    free(c.out);
}
END_TEST

START_TEST(unknown_charset_falls_back)
{
    /* iconv does not know the name: valid UTF-8 is taken as such. */
    conv c = to_utf8_str("<meta charset=\"x-no-such-charset\"><p>Gr\xC3\xBC\xC3\x9F"
                         "e</p>",
                         true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(strstr(c.out, "<p>Gr\xC3\xBC\xC3\x9F"
                                        "e</p>"));
    ck_assert_str_eq(c.cs, "UTF-8");
    free(c.out);
    /* Not UTF-8 either: detection or windows-1252 decides, and the result is valid. */
    c = to_utf8_str("Caf\xE9 cr\xE8me br\xFBl\xE9"
                    "e, d\xE9j\xE0 vu.",
                    false, "bogus-cs-42");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_int_eq(strncmp(c.out, "Caf", 3), 0);
    ck_assert_ptr_nonnull(strstr(c.out, " vu."));
    ck_assert_int_ne(strcasecmp(c.cs, "bogus-cs-42"), 0);
    free(c.out);
}
END_TEST

START_TEST(overlong_hint_ignored)
{
    const char *hint = "this-is-a-charset-name-longer-than-thirty-two-bytes";
    conv c = to_utf8_str("plain \xC3\xA9", false, hint);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "plain \xC3\xA9");
    free(c.out);
}
END_TEST

START_TEST(empty_input)
{
    conv c = to_utf8("", 0, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_ptr_nonnull(c.out);
    ck_assert_str_eq(c.out, "");
    ck_assert_uint_eq(c.len, 0);
    free(c.out);
    c = to_utf8("", 0, false, "windows-1252");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "");
    free(c.out);
    /* charset_used may be NULL. */
    char *out = NULL;
    size_t len = 99;
    ck_assert_int_eq(newsclean_input_to_utf8("x", 1, false, NULL, &out, &len, NULL), NEWSCLEAN_OK);
    ck_assert_str_eq(out, "x");
    ck_assert_uint_eq(len, 1);
    free(out);
}
END_TEST

START_TEST(ascii_only)
{
    conv c = to_utf8_str("<p>plain ascii</p>", true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, "<p>plain ascii</p>");
    free(c.out);
}
END_TEST

/* ---- to_utf8: detection -------------------------------------------------------------- */

/* Invented Japanese and Chinese news sentences, long enough for statistical detection. */
static const char japanese[] =
    "東京都内では今朝から強い雨が降り続いており、気象庁は午後にかけて大雨警報を出す可能性があると"
    "発表しました。鉄道各社によりますと、一部の路線で運転の見合わせや遅れが出ています。"
    "都は川の増水や土砂災害に十分注意するよう呼びかけています。";
static const char chinese[] =
    "今天上午，市政府宣布将在明年春季之前完成老城区的道路改造工程，预计总投资约为三亿元。"
    "附近居民表示欢迎，但也担心施工期间的交通问题。有关部门称将提前公布绕行路线。";

static void
check_detected(const char *utf8, const char *charset, const char *expect_prefix)
{
    size_t n;
    char *bytes = encode(utf8, charset, &n);
    conv c = to_utf8(bytes, n, false, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    if (strncasecmp(c.cs, expect_prefix, strlen(expect_prefix)) == 0 ||
        (strcasecmp(expect_prefix, "GB") == 0 && strcasecmp(c.cs, "GBK") == 0)) {
        ck_assert_str_eq(c.out, utf8);
    } else {
        /* uchardet guessed otherwise: only the invariants in to_utf8() can be asserted. */
        ck_assert_uint_gt(c.len, 0);
    }
    free(c.out);
    free(bytes);
}

START_TEST(detect_shift_jis) { check_detected(japanese, "SHIFT_JIS", "SHIFT"); }
END_TEST

START_TEST(detect_gbk) { check_detected(chinese, "GBK", "GB"); }
END_TEST

START_TEST(detect_html_without_declaration)
{
    /* HTML with no declaration: detection sees past the ASCII markup. */
    size_t n;
    char *sjis = encode(japanese, "SHIFT_JIS", &n);
    const char *pre = "<html><head><title>x</title></head><body><p>";
    size_t pn = strlen(pre);
    char *page = malloc(pn + n + 1);
    ck_assert_ptr_nonnull(page);
    memcpy(page, pre, pn);
    memcpy(page + pn, sjis, n);
    conv c = to_utf8(page, pn + n, true, NULL);
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_int_eq(strncmp(c.out, pre, pn), 0);
    if (strncasecmp(c.cs, "SHIFT", 5) == 0)
        ck_assert_str_eq(c.out + pn, japanese);
    free(c.out);
    free(page);
    free(sjis);
}
END_TEST

START_TEST(declared_shift_jis)
{
    /* With a declaration, no guessing is involved: the result must be exact. */
    size_t n;
    char *sjis = encode(japanese, "SHIFT_JIS", &n);
    conv c = to_utf8(sjis, n, false, "x-sjis");
    ck_assert_int_eq(c.st, NEWSCLEAN_OK);
    ck_assert_str_eq(c.out, japanese);
    ck_assert_str_eq(c.cs, "WINDOWS-31J"); /* WHATWG's Shift_JIS is Windows-31J */
    free(c.out);
    free(sjis);
}
END_TEST

/* ---- wide text and binary data ------------------------------------------------------- */

START_TEST(wide_by_byte_order_mark)
{
    ck_assert_str_eq(newsclean_input_wide_charset("\xFF\xFE<\0", 4), "UTF-16LE");
    ck_assert_str_eq(newsclean_input_wide_charset("\xFE\xFF\0<", 4), "UTF-16BE");
    ck_assert_str_eq(newsclean_input_wide_charset("\xFF\xFE\0\0<\0\0\0", 8), "UTF-32LE");
    ck_assert_str_eq(newsclean_input_wide_charset("\0\0\xFE\xFF\0\0\0<", 8), "UTF-32BE");
    ck_assert_ptr_null(newsclean_input_wide_charset("\xEF\xBB\xBF<p>", 6));
    ck_assert_ptr_null(newsclean_input_wide_charset("", 0));
    /* UTF-32's mark converts: "ok" after it. */
    const char in[] = "\xFF\xFE\0\0o\0\0\0k\0\0\0";
    conv c = to_utf8(in, sizeof in - 1, false, NULL);
    ck_assert_str_eq(c.out, "ok");
    ck_assert_str_eq(c.cs, "UTF-32LE");
    free(c.out);
}
END_TEST

START_TEST(wide_without_mark)
{
    /* Markup is ASCII: its zero bytes give the width and the order away, even around text
     * in another script (here Chinese, in UTF-16LE). */
    const char le[] = "<\0h\0t\0m\0l\0>\0<\0p\0>\0\x2D\x4E\x87\x65<\0/\0p\0>\0\n\0";
    ck_assert_str_eq(newsclean_input_wide_charset(le, sizeof le - 1), "UTF-16LE");
    const char be[] = "\0<\0h\0t\0m\0l\0>\0<\0p\0>\0a\0 \0b\0<\0/\0p\0>";
    ck_assert_str_eq(newsclean_input_wide_charset(be, sizeof be - 1), "UTF-16BE");
    const char le32[] = "<\0\0\0p\0\0\0>\0\0\0a\0\0\0b\0\0\0c\0\0\0d\0\0\0e\0\0\0f\0\0\0";
    ck_assert_str_eq(newsclean_input_wide_charset(le32, sizeof le32 - 1), "UTF-32LE");
    const char be32[] = "\0\0\0<\0\0\0p\0\0\0>\0\0\0a\0\0\0b\0\0\0c\0\0\0d\0\0\0e";
    ck_assert_str_eq(newsclean_input_wide_charset(be32, sizeof be32 - 1), "UTF-32BE");
    /* 8-bit text, a few NULs, and zeros that are no text are none of these. */
    const char latin[] = "<p>Caf\xE9 cr\xE8me, na\xEFve fa\xE7ons</p>";
    ck_assert_ptr_null(newsclean_input_wide_charset(latin, sizeof latin - 1));
    const char nuls[] = "<p>a\0b\0c</p><p>more text here</p>";
    ck_assert_ptr_null(newsclean_input_wide_charset(nuls, sizeof nuls - 1));
    const char zeros[] = "\x01\0\x02\0\x03\0\x04\0\x05\0\x06\0\x07\0\x08\0\x0E\0\x0F\0";
    ck_assert_ptr_null(newsclean_input_wide_charset(zeros, sizeof zeros - 1));
}
END_TEST

START_TEST(binary_by_magic_number)
{
    ck_assert(newsclean_input_looks_binary("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
    ck_assert(newsclean_input_looks_binary("%PDF-1.4\n%text only", 19));
    ck_assert(newsclean_input_looks_binary("\x7F"
                                           "ELF\x02\x01\x01",
                                           7));
    ck_assert(newsclean_input_looks_binary("GIF89a\x01\0\x01\0", 10));
    ck_assert(newsclean_input_looks_binary("\xFF\xD8\xFF\xE0\0\x10JFIF", 10));
    ck_assert(newsclean_input_looks_binary("PK\x03\x04\x14\0\0\0", 8));
    ck_assert(newsclean_input_looks_binary("\x1F\x8B\x08\0\0\0\0\0", 8));
    /* Text that merely starts like one is not: "PK" or "GIF" as words. */
    ck_assert(!newsclean_input_looks_binary("PK and GIF are file formats.", 28));
}
END_TEST

START_TEST(binary_by_control_characters)
{
    char noise[4096];
    unsigned x = 7;
    for (size_t i = 0; i < sizeof noise; i++) {
        x = x * 1103515245u + 12345u;
        noise[i] = (char)(x >> 16);
    }
    ck_assert(newsclean_input_looks_binary(noise, sizeof noise));
    /* Text keeps its tabs, line breaks, form feeds, ISO-2022 escapes and a stray NUL. */
    const char text[] = "Line one\tcolumn\r\nLine two\f\n\x1B$B0lF|\x1B(B and a NUL\0 here, "
                        "and a long enough tail of ordinary words after it.";
    ck_assert(!newsclean_input_looks_binary(text, sizeof text - 1));
    const char latin[] = "<p>Caf\xE9 cr\xE8me, na\xEFve</p>";
    ck_assert(!newsclean_input_looks_binary(latin, sizeof latin - 1));
    ck_assert(!newsclean_input_looks_binary("\0\0", 2)); /* too little to tell */
    ck_assert(!newsclean_input_looks_binary("", 0));
    /* A text with control characters in one byte of 40 is no longer text. */
    char mixed[4000];
    for (size_t i = 0; i < sizeof mixed; i++)
        mixed[i] = i % 40 == 0 ? '\x01' : 'a';
    ck_assert(newsclean_input_looks_binary(mixed, sizeof mixed));
    for (size_t i = 0; i < sizeof mixed; i++)
        mixed[i] = i % 100 == 0 ? '\x01' : 'a';
    ck_assert(!newsclean_input_looks_binary(mixed, sizeof mixed));
}
END_TEST

static Suite *
input_suite(void)
{
    Suite *s = suite_create("input");
    TCase *tc = tcase_create("looks_like_html");
    tcase_add_test(tc, sniff_pages);
    tcase_add_test(tc, sniff_fragments);
    tcase_add_test(tc, sniff_text_dumps);
    tcase_add_test(tc, sniff_only_first_bytes);
    tcase_add_test(tc, sniff_not_terminated);
    suite_add_tcase(s, tc);

    tc = tcase_create("bom");
    tcase_add_test(tc, bom_utf8);
    tcase_add_test(tc, bom_utf8_beats_declaration);
    tcase_add_test(tc, bom_utf16le);
    tcase_add_test(tc, bom_utf16be);
    tcase_add_test(tc, bom_utf16_odd_length);
    tcase_add_test(tc, bom_only);
    suite_add_tcase(s, tc);

    tc = tcase_create("declared");
    tcase_add_test(tc, meta_charset_windows1252);
    tcase_add_test(tc, meta_charset_unquoted_and_spaced);
    tcase_add_test(tc, meta_http_equiv);
    tcase_add_test(tc, meta_ignored_for_text);
    tcase_add_test(tc, latin1_label_means_windows1252);
    tcase_add_test(tc, hint_overrides_meta);
    tcase_add_test(tc, hint_for_text_dump);
    tcase_add_test(tc, valid_utf8_mislabelled_latin1);
    tcase_add_test(tc, utf16_label_on_bytes_is_utf8);
    tcase_add_test(tc, gb2312_label_is_gbk);
    suite_add_tcase(s, tc);

    tc = tcase_create("broken");
    tcase_add_test(tc, invalid_utf8_replaced);
    tcase_add_test(tc, invalid_after_bom);
    tcase_add_test(tc, nul_bytes_dropped);
    tcase_add_test(tc, unknown_charset_falls_back);
    tcase_add_test(tc, overlong_hint_ignored);
    tcase_add_test(tc, empty_input);
    tcase_add_test(tc, ascii_only);
    suite_add_tcase(s, tc);

    tc = tcase_create("detect");
    tcase_add_test(tc, detect_shift_jis);
    tcase_add_test(tc, detect_gbk);
    tcase_add_test(tc, detect_html_without_declaration);
    tcase_add_test(tc, declared_shift_jis);
    tcase_add_test(tc, wide_by_byte_order_mark);
    tcase_add_test(tc, wide_without_mark);
    tcase_add_test(tc, binary_by_magic_number);
    tcase_add_test(tc, binary_by_control_characters);
    suite_add_tcase(s, tc);
    return s;
}

int
main(void)
{
    SRunner *sr = srunner_create(input_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failures = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failures ? 1 : 0;
}
