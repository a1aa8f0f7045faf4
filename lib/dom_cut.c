/* dom_cut.c: the parse stage's first step, cutting what no stage reads out of a page
 * before libxml2 parses it.
 *
 * On a news page a third of the bytes or more sit in inline scripts and style sheets,
 * which libxml2 copies into text nodes that no stage reads (JSON-LD aside); comments and
 * most attributes (data-*, srcset, event handlers) are copied too and read by none.
 * Cutting them first saves that work, but only if the cut page parses to the very tree of
 * the whole page less those texts and attributes. So the scan follows libxml2 2.9's HTML
 * tokenizer (htmlParseDocument and htmlParseContentInternal, recovery mode) wherever it
 * decides what is markup: comments end at the first "-->" or "--!>", doctypes may hold
 * quoted literals, start tags may hold quoted attribute values with '<' and '>' in them,
 * end tags run to the next '>', and a script or style body runs to the first "</script"
 * or "</style" in any case. Where the tokenizer's next step is not certain from the bytes
 * alone, the scan stops and the rest of the page goes to libxml2 uncut: a page is never
 * cut wrongly, at worst not cut. tests/fuzz/fuzz_cut.c checks the equivalence. */
#include "dom.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* libxml2 reads at most this many characters of an element or attribute name at once
 * (HTML_PARSER_BUFFER_SIZE); a longer name goes on as the next attribute. */
#define NAME_CHUNK 100

/* The scan cannot tell where libxml2 goes on. */
#define UNSURE SIZE_MAX

static bool
is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool
is_blank(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Characters of a name after its first, as htmlParseHTMLName reads them. */
static bool
is_name_char(unsigned char c)
{
    return is_letter(c) || (c >= '0' && c <= '9') || c == ':' || c == '-' || c == '_' || c == '.';
}

static unsigned char
at(const char *s, size_t n, size_t p)
{
    return p < n ? (unsigned char)s[p] : 0;
}

static bool
has_prefix_ci(const char *s, size_t n, size_t p, const char *lower)
{
    size_t k = strlen(lower);
    if (p > n || n - p < k)
        return false;
    for (size_t i = 0; i < k; i++) {
        unsigned char c = (unsigned char)s[p + i];
        if (c >= 'A' && c <= 'Z')
            c |= 0x20;
        if (c != (unsigned char)lower[i])
            return false;
    }
    return true;
}

static size_t
skip_blanks(const char *s, size_t n, size_t p)
{
    while (p < n && is_blank((unsigned char)s[p]))
        p++;
    return p;
}

/* Just past the next 'c' at or after p, or n. */
static size_t
past(const char *s, size_t n, size_t p, char c)
{
    if (p >= n)
        return n;
    const char *q = memchr(s + p, c, n - p);
    return q ? (size_t)(q - s) + 1 : n;
}

/* First place at or after p where 'lower' (whose first byte is no letter) starts, in any
 * case, or n. */
static size_t
find_ci(const char *s, size_t n, size_t p, const char *lower)
{
    while (p < n) {
        const char *c = memchr(s + p, lower[0], n - p);
        if (!c)
            return n;
        p = (size_t)(c - s);
        if (has_prefix_ci(s, n, p, lower))
            return p;
        p++;
    }
    return n;
}

static bool
contains_ci(const char *s, size_t from, size_t to, const char *lower)
{
    for (size_t i = from; i < to; i++)
        if (has_prefix_ci(s, to, i, lower))
            return true;
    return false;
}

/* The comment opened by "<!--" at p: its closer starts at '*close' and it ends past the
 * first "-->" or "--!>" that starts after the opener. Unclosed, it runs to the end of the
 * page ('*close' == n). */
static size_t
comment_end(const char *s, size_t n, size_t p, size_t *close)
{
    for (size_t q = p + 4; q < n; q++) {
        const char *d = memchr(s + q, '-', n - q);
        if (!d)
            break;
        q = (size_t)(d - s);
        *close = q;
        if (at(s, n, q + 1) == '-' && at(s, n, q + 2) == '>')
            return q + 3;
        if (at(s, n, q + 1) == '-' && at(s, n, q + 2) == '!' && at(s, n, q + 3) == '>')
            return q + 4;
    }
    *close = n;
    return n;
}

/* An XML name as htmlParseName reads it; UNSURE on a non-ASCII byte, where libxml2's
 * view depends on Unicode character classes. */
static size_t
xml_name_end(const char *s, size_t n, size_t p)
{
    while (p < n && is_name_char((unsigned char)s[p]))
        p++;
    return at(s, n, p) >= 0x80 ? UNSURE : p;
}

/* A quoted literal at p ends past its closing quote (or at the end of the page). */
static size_t
literal_end(const char *s, size_t n, size_t p)
{
    unsigned char q = at(s, n, p);
    return q == '"' || q == '\'' ? past(s, n, p + 1, (char)q) : p;
}

/* End of "<!DOCTYPE" at p, as htmlParseDocTypeDecl reads it. */
static size_t
doctype_end(const char *s, size_t n, size_t p)
{
    size_t q = skip_blanks(s, n, p + 9);
    unsigned char c = at(s, n, q);
    if (c >= 0x80)
        return UNSURE;
    if (is_letter(c) || c == '_' || c == ':') {
        q = xml_name_end(s, n, q);
        if (q == UNSURE)
            return UNSURE;
    }
    q = skip_blanks(s, n, q);
    if (has_prefix_ci(s, n, q, "system")) {
        q = literal_end(s, n, skip_blanks(s, n, q + 6));
    } else if (has_prefix_ci(s, n, q, "public")) {
        q = literal_end(s, n, skip_blanks(s, n, q + 6));
        q = literal_end(s, n, skip_blanks(s, n, q));
    }
    q = skip_blanks(s, n, q);
    return at(s, n, q) == '>' ? q + 1 : past(s, n, q, '>');
}

/* End of "<?" at p, as htmlParsePI reads it: without a target name only "<?" goes. */
static size_t
pi_end(const char *s, size_t n, size_t p)
{
    unsigned char c = at(s, n, p + 2);
    if (c >= 0x80)
        return UNSURE;
    if (!is_letter(c) && c != '_' && c != ':')
        return p + 2;
    size_t q = xml_name_end(s, n, p + 2);
    if (q == UNSURE)
        return UNSURE;
    return at(s, n, q) == '>' ? q + 1 : past(s, n, q, '>');
}

/* End of "</" at p, as htmlParseEndTag reads it. */
static size_t
end_tag_end(const char *s, size_t n, size_t p)
{
    size_t q = p + 2;
    unsigned char c = at(s, n, q);
    if (!is_letter(c) && c != '_' && c != ':' && c != '.')
        return q;
    while (q < n && is_name_char((unsigned char)s[q]))
        q++;
    q = skip_blanks(s, n, q);
    return at(s, n, q) == '>' ? q + 1 : past(s, n, q, '>');
}

/* Attributes some stage reads (prune.c, dom.c, meta.c, dates_html.c), by length; the cut
 * drops every other attribute from start tags. A stage that reads another attribute must
 * add its name here (tests/check_read_attributes.sh checks the stages' lookups). */
static const char *const read_attributes[] = {
    "id",                                                         /* 2 */
    "rel",                                                        /* 3 */
    "href",       "lang",     "name",     "role",     "type",     /* 4 */
    "class",      "style",    "title",                            /* 5 */
    "hidden",                                                     /* 6 */
    "content",    "pubdate",                                      /* 7 */
    "datetime",   "itemprop", "itemtype", "property", "xml:lang", /* 8 */
    "http-equiv",                                                 /* 10 */
    "aria-hidden"};                                               /* 11 */

bool
newsclean_dom_reads_attribute(const char *name, size_t len)
{
    /* An attribute name holds only letters, digits and ":-_.", which OR 0x20 lowers
     * without mixing up. */
    if (len == 0)
        return false;
    for (size_t i = 0; i < sizeof read_attributes / sizeof read_attributes[0]; i++) {
        const char *r = read_attributes[i];
        if ((unsigned char)(name[0] | 0x20) != (unsigned char)r[0] || strlen(r) != len)
            continue;
        size_t k = 1;
        while (k < len && (unsigned char)(name[k] | 0x20) == (unsigned char)r[k])
            k++;
        if (k == len)
            return true;
    }
    return false;
}

/* Where the cut writes: bytes are only ever moved back, so reading ahead stays valid. */
typedef struct {
    char *s;
    size_t w;
} writer;

static void
emit(writer *out, size_t from, size_t to)
{
    if (!out || to <= from)
        return;
    if (out->w != from)
        memmove(out->s + out->w, out->s + from, to - from);
    out->w += to - from;
}

/* The start tag whose name chunk ends at p, as htmlParseStartTag and
 * htmlParseElementInternal read it. Returns the offset past its '>' (or past "/>", with
 * '*empty' set), or n if the page ends first. With 'out', the tag from p on is written
 * there without the attributes no stage reads; a dropped attribute leaves one blank, so
 * that its neighbours stay apart. */
static size_t
start_tag(char *s, size_t n, size_t p, bool *empty, writer *out)
{
    *empty = false;
    size_t from = p;
    for (;;) {
        size_t item = p;
        p = skip_blanks(s, n, p);
        if (p >= n)
            break;
        unsigned char c = (unsigned char)s[p];
        if (c == '>') {
            emit(out, from, p + 1);
            return p + 1;
        }
        if (c == '/' && at(s, n, p + 1) == '>') {
            *empty = true;
            emit(out, from, p + 2);
            return p + 2;
        }
        if (is_letter(c) || c == '_' || c == ':' || c == '.') {
            size_t name = p;
            while (p < n && p - name < NAME_CHUNK && is_name_char((unsigned char)s[p]))
                p++;
            bool read = newsclean_dom_reads_attribute(s + name, p - name);
            p = skip_blanks(s, n, p);
            if (at(s, n, p) == '=') {
                p = skip_blanks(s, n, p + 1);
                c = at(s, n, p);
                if (c == '"' || c == '\'')
                    p = past(s, n, p + 1, (char)c);
                else
                    while (p < n && !is_blank((unsigned char)s[p]) && s[p] != '>')
                        p++;
            }
            if (!read && out) {
                emit(out, from, item);
                out->s[out->w++] = ' ';
                from = p;
            }
        } else {
            /* No attribute name here: libxml2 drops up to a blank or the tag's end. */
            while (p < n && !is_blank((unsigned char)s[p]) && s[p] != '>' &&
                   !(s[p] == '/' && at(s, n, p + 1) == '>'))
                p++;
        }
    }
    emit(out, from, n);
    return n;
}

size_t
newsclean_dom_cut(char *s, size_t n)
{
    writer out = {s, 0};
    size_t r = 0;
    while (r < n) {
        const char *lt = memchr(s + r, '<', n - r);
        size_t p = lt ? (size_t)(lt - s) : n;
        emit(&out, r, p);
        r = p;
        if (p == n)
            break;
        unsigned char c = at(s, n, p + 1);
        size_t end;
        if (c == '/') {
            end = end_tag_end(s, n, p);
        } else if (c == '!' && has_prefix_ci(s, n, p + 2, "doctype")) {
            end = doctype_end(s, n, p);
            /* Inside the page libxml2 reads on from a doctype without going back to the
             * top of its loop, where end tags are recognised: a "</" or "<!" right after
             * it is text there, but markup after a doctype at the top. */
            if (end != UNSURE && at(s, n, end) == '<' &&
                (at(s, n, end + 1) == '/' ||
                 (at(s, n, end + 1) == '!' && !has_prefix_ci(s, n, end + 2, "--"))))
                end = UNSURE;
        } else if (c == '!' && has_prefix_ci(s, n, p + 2, "--")) {
            /* No stage reads comments: "<!--" and the closer stay, an empty comment. */
            size_t close;
            end = comment_end(s, n, p, &close);
            if (close < n) {
                emit(&out, p, p + 4);
                r = close;
            }
        } else if (c == '?') {
            end = pi_end(s, n, p);
        } else if (is_letter(c)) {
            size_t name_end = p + 1;
            while (name_end < n && name_end - p - 1 < NAME_CHUNK &&
                   is_name_char((unsigned char)s[name_end]))
                name_end++;
            bool script = name_end - p - 1 == 6 && has_prefix_ci(s, n, p + 1, "script") &&
                          !is_name_char(at(s, n, name_end));
            bool style = name_end - p - 1 == 5 && has_prefix_ci(s, n, p + 1, "style") &&
                         !is_name_char(at(s, n, name_end));
            bool empty;
            if (!script && !style) {
                /* One pass: the tag is written as it is read. */
                emit(&out, p, name_end);
                r = end = start_tag(s, n, name_end, &empty, &out);
                continue;
            }
            size_t body = start_tag(s, n, name_end, &empty, NULL);
            size_t body_end = body;
            bool keep_body = true, unsure = false;
            if (!empty && body < n) {
                const char *close = script ? "</script" : "</style";
                size_t close_len = script ? 8 : 7;
                body_end = find_ci(s, n, body, close);
                /* The body ends where libxml2's script reader stops, before any
                 * "</script"; but only an end tag with exactly that name closes the
                 * element ("</scripts>" is ignored and the body goes on). A body that
                 * opens with another end tag or a start tag is read as markup first, and
                 * what follows depends on the open elements. */
                unsigned char b1 = at(s, n, body + 1);
                unsure = (body_end < n && is_name_char(at(s, n, body_end + close_len))) ||
                         (s[body] == '<' && body_end != body &&
                          (b1 == '/' || is_letter(b1) || b1 == '_' || b1 == ':'));
                /* JSON-LD is read: a script whose tag says "json", or may say it through
                 * a character reference ("ld&#x2B;json"), keeps its body. */
                keep_body = script && (contains_ci(s, p, body, "json") ||
                                       memchr(s + p, '&', body - p) != NULL);
            }
            if (unsure) {
                end = UNSURE;
            } else {
                emit(&out, p, name_end);
                start_tag(s, n, name_end, &empty, &out);
                if (keep_body)
                    emit(&out, body, body_end);
                r = end = body_end;
            }
        } else {
            end = p + 1; /* a '<' that is text */
        }
        if (end == UNSURE)
            end = n;
        emit(&out, r, end);
        r = end;
    }
    return out.w;
}
