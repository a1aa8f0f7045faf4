/* input.c: sniff the input kind, decide its charset and convert it to valid UTF-8. */
#define _POSIX_C_SOURCE 200809L
#include "input.h"

#include <ctype.h>
#include <errno.h>
#include <iconv.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <strings.h>

#include <uchardet.h>

#include "buf.h"
#include "encoding_labels.h"
#include "textdump_norm.h"
#include "textutil.h"

/* How far into a page to look for markup and for a charset declaration. Browsers look
 * at the first 1024 bytes for <meta charset>; pages with long inline scripts before it
 * are common, so we look further. */
#define SNIFF_BYTES 8192
#define META_SCAN_BYTES 16384
/* Bytes looked at to tell UTF-16 or UTF-32 without a byte-order mark, and binary files. */
#define WIDE_SNIFF_BYTES 4096
#define BINARY_SNIFF_BYTES 65536

static bool
has_ci(const char *hay, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++) {
        if (hay[i] == '<' && strncasecmp(hay + i, needle, k) == 0)
            return true;
    }
    return false;
}

bool
newsclean_input_looks_like_html(const char *in, size_t len)
{
    size_t n = len < SNIFF_BYTES ? len : SNIFF_BYTES;
    if (has_ci(in, n, "<!doctype html") || has_ci(in, n, "<html") || has_ci(in, n, "<head") ||
        has_ci(in, n, "<body"))
        return true;
    /* A page saved as Markdown keeps raw HTML where Markdown has no syntax (pandoc writes
     * <div> and <table>), but it is a text dump. */
    if (newsclean_td_looks_like_markdown(in, len))
        return false;
    static const char *const tags[] = {"<div",    "<p>",   "<p ",    "<br",     "<span",
                                       "<a href", "<meta", "<title", "<script", "<article",
                                       "<table",  "<li>",  "<h1",    "<h2",     "<img"};
    int found = 0;
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        found += has_ci(in, n, tags[i]);
    /* Two kinds of tag are needed: a text dump may mention one tag in prose. A fragment
     * that opens with a tag ("<p>…") is markup whatever follows. */
    if (found >= 2)
        return true;
    size_t i = 0;
    if (n >= 3 && (unsigned char)in[0] == 0xEF && (unsigned char)in[1] == 0xBB &&
        (unsigned char)in[2] == 0xBF)
        i = 3;
    while (i < n && (in[i] == ' ' || in[i] == '\t' || in[i] == '\r' || in[i] == '\n'))
        i++;
    return i + 1 < n && in[i] == '<' && (isalpha((unsigned char)in[i + 1]) || in[i + 1] == '!');
}

/* Valid UTF-8 with no NUL byte. Runs of ASCII, most of any page, are checked eight
 * bytes at a time. */
static bool
is_clean_utf8(const char *in, size_t len)
{
    const unsigned char *s = (const unsigned char *)in;
    size_t i = 0;
    while (i < len) {
        /* Sixteen bytes a round where both halves pass, eight where one does. */
        if (i + 16 <= len) {
            uint64_t w, v;
            memcpy(&w, s + i, 8);
            memcpy(&v, s + i + 8, 8);
            uint64_t zero = ((w - 0x0101010101010101ull) & ~w) | ((v - 0x0101010101010101ull) & ~v);
            if (!((w | v | zero) & 0x8080808080808080ull)) {
                i += 16;
                continue;
            }
        }
        if (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            /* No high bit set and no zero byte among the eight. */
            uint64_t zero = (w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull;
            if (!(w & 0x8080808080808080ull) && !zero) {
                i += 8;
                continue;
            }
        }
        if (s[i] == 0)
            return false;
        size_t k = newsclean_utf8_seq(s + i, len - i);
        if (!k)
            return false;
        i += k;
    }
    return true;
}

static bool
has_multibyte(const char *in, size_t len)
{
    size_t i = 0;
    /* Eight bytes at a time: pages are mostly ASCII, and often wholly. */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, in + i, 8);
        if (w & 0x8080808080808080ull)
            return true;
    }
    for (; i < len; i++)
        if ((unsigned char)in[i] >= 0x80)
            return true;
    return false;
}

/* Valid UTF-8, NUL bytes allowed (they are dropped later, not a sign of another
 * charset). Only called when the fast check failed. */
static bool
is_valid_utf8(const char *in, size_t len)
{
    const unsigned char *s = (const unsigned char *)in;
    for (size_t i = 0; i < len;) {
        size_t k = s[i] ? newsclean_utf8_seq(s + i, len - i) : 1;
        if (!k)
            return false;
        i += k;
    }
    return true;
}

static const char replacement[] = "\xEF\xBF\xBD";

/* Copy UTF-8 input, replacing invalid sequences with U+FFFD and dropping NULs. */
static bool
sanitize_utf8(const char *in, size_t len, bool clean, newsclean_buf *out)
{
    const unsigned char *s = (const unsigned char *)in;
    if (!newsclean_buf_reserve(out, len))
        return false;
    if (clean)
        return newsclean_buf_append(out, in, len);
    size_t i = 0;
    while (i < len) {
        size_t start = i;
        while (i < len) {
            size_t k = s[i] ? newsclean_utf8_seq(s + i, len - i) : 0;
            if (!k)
                break;
            i += k;
        }
        if (!newsclean_buf_append(out, in + start, i - start))
            return false;
        if (i < len) {
            if (s[i] && !newsclean_buf_append(out, replacement, 3))
                return false;
            i++;
        }
    }
    return true;
}

/* Read an attribute-like charset value starting at p: quotes and spaces trimmed. */
static bool
copy_charset(const char *p, const char *end, char dst[32])
{
    while (p < end && (*p == ' ' || *p == '=' || *p == '"' || *p == '\''))
        p++;
    size_t k = 0;
    while (p < end && k < 31 &&
           (isalnum((unsigned char)*p) || *p == '-' || *p == '_' || *p == ':' || *p == '.'))
        dst[k++] = *p++;
    dst[k] = '\0';
    return k > 0;
}

/* Find charset= inside <meta ...> tags of the first bytes. */
static bool
meta_charset(const char *in, size_t len, char dst[32])
{
    size_t n = len < META_SCAN_BYTES ? len : META_SCAN_BYTES;
    for (size_t i = 0; i + 5 < n; i++) {
        if (in[i] != '<' || strncasecmp(in + i, "<meta", 5) != 0)
            continue;
        const char *tag = in + i, *end = memchr(tag, '>', n - i);
        if (!end)
            break;
        for (const char *p = tag; p + 8 <= end; p++) {
            if (strncasecmp(p, "charset", 7) == 0) {
                const char *q = p + 7;
                while (q < end && *q == ' ')
                    q++;
                if (q < end && *q == '=' && copy_charset(q, end, dst))
                    return true;
            }
        }
    }
    return false;
}

/* A label as a page or server writes it, replaced by the iconv name of the encoding a
 * browser decodes for it (the WHATWG label table: latin1 and ascii are windows-1252,
 * iso-8859-9 is windows-1254, gb2312 is GB18030, ...). A label the standard does not know
 * is left as written here and later given to iconv, then to detection if iconv refuses
 * it too, so that detection's own names pass through. */
static void
normalise_charset(char cs[32])
{
    const char *name = newsclean_encoding_for_label(cs, strlen(cs));
    if (name)
        strcpy(cs, name);
}

/* What a declared label makes a browser decode: a label the standard does not know is
 * no declaration at all (""), and a page cannot declare UTF-16 in its own bytes, which
 * would then not read as ASCII, so a <meta> saying UTF-16 means UTF-8 (HTML's prescan). */
static void
declared_charset(char cs[32], bool in_page)
{
    const char *name = newsclean_encoding_for_label(cs, strlen(cs));
    if (!name)
        cs[0] = '\0';
    else if (in_page && strncmp(name, "UTF-16", 6) == 0)
        strcpy(cs, "UTF-8");
    else
        strcpy(cs, name);
}

static bool
is_utf8_name(const char *cs)
{
    return strcasecmp(cs, "UTF-8") == 0;
}

/* iconv conversion; EILSEQ gives U+FFFD and skips one byte, so nothing is lost silently
 * beyond the undecodable byte itself. */
static newsclean_status
convert(const char *in, size_t len, const char *from, newsclean_buf *out)
{
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return NEWSCLEAN_ERR_INVALID_ARG;
    newsclean_status st = NEWSCLEAN_OK;
    char *src = (char *)in;
    size_t left = len;
    while (left > 0) {
        if (!newsclean_buf_reserve(out, left * 2 + 16)) {
            st = NEWSCLEAN_ERR_NOMEM;
            break;
        }
        char *dst = out->data + out->len;
        size_t room = out->cap - out->len - 1, room0 = room;
        size_t r = iconv(cd, &src, &left, &dst, &room);
        out->len += room0 - room;
        out->data[out->len] = '\0';
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG)
            continue;
        if (!newsclean_buf_append(out, replacement, 3)) {
            st = NEWSCLEAN_ERR_NOMEM;
            break;
        }
        if (errno == EINVAL)
            break; /* incomplete sequence at the end */
        src++;
        left--;
    }
    iconv_close(cd);
    return st;
}

static void
detect(const char *in, size_t len, char dst[32])
{
    dst[0] = '\0';
    uchardet_t ud = uchardet_new();
    if (!ud)
        return;
    /* The first 64 KiB are enough for a confident guess and keep the cost bounded. */
    size_t n = len < 65536 ? len : 65536;
    if (uchardet_handle_data(ud, in, n) == 0) {
        uchardet_data_end(ud);
        const char *cs = uchardet_get_charset(ud);
        if (cs && *cs && strlen(cs) < 32)
            strcpy(dst, cs);
    }
    uchardet_delete(ud);
}

static bool
is_text_ascii(unsigned char c)
{
    return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r';
}

/* Share of the code units of 'width' bytes in the first bytes that are one ASCII text
 * character with zero bytes around it as UTF-16 or UTF-32 in that byte order would have
 * them, in percent. */
static unsigned
ascii_units(const unsigned char *u, size_t len, size_t width, bool big_endian)
{
    size_t n = (len < WIDE_SNIFF_BYTES ? len : WIDE_SNIFF_BYTES) / width, hits = 0;
    for (size_t i = 0; i < n; i++) {
        const unsigned char *c = u + i * width;
        unsigned char ch = big_endian ? c[width - 1] : c[0];
        bool zeros = true;
        for (size_t k = 0; k < width - 1; k++)
            zeros = zeros && c[big_endian ? k : k + 1] == 0;
        hits += zeros && is_text_ascii(ch);
    }
    return n >= 8 ? (unsigned)(hits * 100 / n) : 0;
}

const char *
newsclean_input_wide_charset(const char *in, size_t len)
{
    const unsigned char *u = (const unsigned char *)in;
    if (len >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0)
        return "UTF-32LE";
    if (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF)
        return "UTF-32BE";
    if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE)
        return "UTF-16LE";
    if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF)
        return "UTF-16BE";
    /* Without a mark: markup is ASCII, so most code units of a page (even one in Chinese)
     * are an ASCII character and zero bytes, which 8-bit text never has. */
    static const struct {
        const char *name;
        size_t width;
        bool big_endian;
    } wide[] = {{"UTF-32LE", 4, false},
                {"UTF-32BE", 4, true},
                {"UTF-16LE", 2, false},
                {"UTF-16BE", 2, true}};
    for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
        if (ascii_units(u, len, wide[i].width, wide[i].big_endian) >= 60)
            return wide[i].name;
    return NULL;
}

bool
newsclean_input_looks_binary(const char *in, size_t len)
{
    /* Formats a web crawl or a careless pipeline hands over, by their magic numbers: text
     * never starts so. */
    static const struct {
        const char *magic;
        size_t len;
    } formats[] = {{"\x89PNG\r\n\x1A\n", 8},
                   {"%PDF-", 5},
                   {"\x7F"
                    "ELF",
                    4},
                   {"GIF87a", 6},
                   {"GIF89a", 6},
                   {"\xFF\xD8\xFF", 3},
                   {"PK\x03\x04", 4},
                   {"\x1F\x8B", 2},
                   {"OggS", 4},
                   {"wOFF", 4},
                   {"wOF2", 4},
                   {"\0asm", 4},
                   {"7z\xBC\xAF\x27\x1C", 6},
                   {"\xFD"
                    "7zXZ",
                    6},
                   {"%!PS", 4}};
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (len >= formats[i].len && memcmp(in, formats[i].magic, formats[i].len) == 0)
            return true;
    /* Otherwise by control characters: text has tabs, line breaks, form feeds and the
     * escapes of ISO-2022 at most, and a stray NUL now and then; binary data has them
     * everywhere (a fifth of its bytes or more). */
    size_t n = len < BINARY_SNIFF_BYTES ? len : BINARY_SNIFF_BYTES, controls = 0;
    for (size_t i = 0; i < n;) {
        size_t end = n - i < 16 ? n : i + 16;
#ifdef __SSE2__
        /* Sixteen bytes at a time, looked at one by one only when one of them is below
         * 0x20 or is 0x7F: most chunks of any text have none. */
        if (end == i + 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(in + i));
            __m128i low = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1F)), _mm_set1_epi8(0x1F));
            __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
            if (_mm_movemask_epi8(_mm_or_si128(low, del)) == 0) {
                i = end;
                continue;
            }
        }
#endif
        for (; i < end; i++) {
            unsigned char c = (unsigned char)in[i];
            controls += (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' &&
                         c != '\r' && c != 0x1B) ||
                        c == 0x7F;
        }
    }
    return controls >= 4 && controls * 50 > n;
}

newsclean_status
newsclean_input_to_utf8(const char *in, size_t len, bool is_html, const char *charset_hint,
                        char **out, size_t *out_len, char charset_used[32])
{
    char cs[32] = "";
    newsclean_buf buf;
    newsclean_buf_init(&buf);
    *out = NULL;
    *out_len = 0;

    const unsigned char *u = (const unsigned char *)in;
    if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
        strcpy(cs, "UTF-8");
        in += 3;
        len -= 3;
    } else if (len >= 4 && u[0] == 0xFF && u[1] == 0xFE && u[2] == 0 && u[3] == 0) {
        strcpy(cs, "UTF-32LE");
        in += 4;
        len -= 4;
    } else if (len >= 4 && u[0] == 0 && u[1] == 0 && u[2] == 0xFE && u[3] == 0xFF) {
        strcpy(cs, "UTF-32BE");
        in += 4;
        len -= 4;
    } else if (len >= 2 && u[0] == 0xFF && u[1] == 0xFE) {
        strcpy(cs, "UTF-16LE");
        in += 2;
        len -= 2;
    } else if (len >= 2 && u[0] == 0xFE && u[1] == 0xFF) {
        strcpy(cs, "UTF-16BE");
        in += 2;
        len -= 2;
    }
    if (!cs[0] && charset_hint && *charset_hint && strlen(charset_hint) < 32) {
        strcpy(cs, charset_hint);
        declared_charset(cs, false);
    }
    if (!cs[0] && is_html && meta_charset(in, len, cs))
        declared_charset(cs, true);
    /* Bytes that are valid UTF-8 and hold non-ASCII text are UTF-8 whatever the page
     * declares: a declaration left over from an old template is a common mislabel, and
     * text in another multi-byte charset is almost never valid UTF-8 by accident. */
    bool clean = is_clean_utf8(in, len);
    bool valid = clean || is_valid_utf8(in, len);
    bool wide = strncasecmp(cs, "UTF-16", 6) == 0 || strncasecmp(cs, "UTF-32", 6) == 0;
    if (!cs[0] || (valid && !wide && has_multibyte(in, len))) {
        if (valid)
            strcpy(cs, "UTF-8");
        else if (!cs[0])
            detect(in, len, cs);
        if (!cs[0] || strcasecmp(cs, "ASCII") == 0)
            strcpy(cs, "WINDOWS-1252");
        normalise_charset(cs);
    }

    newsclean_status st = NEWSCLEAN_OK;
    if (is_utf8_name(cs)) {
        if (!sanitize_utf8(in, len, clean, &buf))
            st = NEWSCLEAN_ERR_NOMEM;
    } else {
        st = convert(in, len, cs, &buf);
        if (st == NEWSCLEAN_ERR_INVALID_ARG) {
            /* iconv does not know the declared name: fall back to detection. */
            newsclean_buf_free(&buf);
            newsclean_buf_init(&buf);
            if (valid) {
                strcpy(cs, "UTF-8");
                st = sanitize_utf8(in, len, clean, &buf) ? NEWSCLEAN_OK : NEWSCLEAN_ERR_NOMEM;
            } else {
                detect(in, len, cs);
                if (!cs[0])
                    strcpy(cs, "WINDOWS-1252");
                normalise_charset(cs);
                st = convert(in, len, cs, &buf);
                if (st == NEWSCLEAN_ERR_INVALID_ARG) {
                    strcpy(cs, "WINDOWS-1252");
                    st = convert(in, len, cs, &buf);
                }
            }
        }
        if (st == NEWSCLEAN_OK) {
            /* iconv output is valid UTF-8 except for converted NULs; drop those. */
            size_t w = 0;
            for (size_t i = 0; i < buf.len; i++)
                if (buf.data[i])
                    buf.data[w++] = buf.data[i];
            buf.len = w;
            if (buf.data)
                buf.data[w] = '\0';
        }
    }
    if (st != NEWSCLEAN_OK) {
        newsclean_buf_free(&buf);
        return st;
    }
    if (charset_used)
        strcpy(charset_used, cs);
    *out_len = buf.len;
    *out = newsclean_buf_detach(&buf);
    if (!*out)
        return NEWSCLEAN_ERR_NOMEM;
    return NEWSCLEAN_OK;
}
