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
 * cut wrongly, at worst not cut. tests/fuzz/fuzz_cut.c checks the equivalence.
 *
 * The cut also takes out what libxml2 2.9 handles in quadratic time, where that leaves
 * the tree as it was: a repeated attribute (libxml2 checks each attribute of a tag against
 * all before it, and keeps the first of a name), and an end tag that closes nothing because
 * no element of its name was opened (libxml2 searches all open elements for each). Past a
 * point where the scan is unsure, the rest of the page goes to libxml2 as it is, but for
 * start tags with more attributes than any real page's (see GUARDED_ATTRIBUTES). */
#include "dom.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parserInternals.h>

#include "textutil.h"

/* libxml2 reads at most this many characters of an element or attribute name at once
 * (HTML_PARSER_BUFFER_SIZE); a longer name goes on as the next attribute. */
#define NAME_CHUNK 100

/* The scan cannot tell where libxml2 goes on. */
#define UNSURE SIZE_MAX

/* Past a point where the scan is unsure, a start tag with more attributes than this has
 * those no stage reads taken out all the same, bounding libxml2's work on a tag to this
 * squared. Real pages stay far below (70 at most on one tag across the corpus, 32 or more on
 * one tag in 2,000 thousand), and when the scan reads such a tag as libxml2 does, taking
 * them out leaves the tree as it was. */
#define GUARDED_ATTRIBUTES 32

/* Bits in the filter of start-tag names seen so far (see seen_names). */
#define SEEN_BITS 65536u

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

/* The code point of the UTF-8 sequence at p (the input stage leaves only valid UTF-8) and
 * its length in '*len'; 0 at the end of the page, as libxml2's reader gives. */
static int
code_point(const char *s, size_t n, size_t p, size_t *len)
{
    unsigned char c = at(s, n, p);
    size_t k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (p >= n || p + k > n) {
        *len = p < n ? 1 : 0;
        return c;
    }
    *len = k;
    if (k == 1)
        return c;
    int v = c & (k == 2 ? 0x1F : k == 3 ? 0x0F : 0x07);
    for (size_t i = 1; i < k; i++)
        v = (v << 6) | ((unsigned char)s[p + i] & 0x3F);
    return v;
}

/* End of an XML name at p as htmlParseName reads it, or p if libxml2 reads no name there.
 * ASCII names take libxml2's fast path; a name with another character is read again by
 * Unicode character class, with libxml2's own tables. */
static size_t
xml_name_end(const char *s, size_t n, size_t p)
{
    unsigned char c = at(s, n, p);
    if (is_letter(c) || c == '_' || c == ':') {
        size_t q = p + 1;
        while (q < n && is_name_char((unsigned char)s[q]))
            q++;
        if (q == n)
            return p; /* the fast path gives no name for one that runs to the end */
        if ((unsigned char)s[q] < 0x80)
            return q;
    }
    size_t len;
    int cp = code_point(s, n, p, &len);
    if (cp == ' ' || cp == '>' || cp == '/' || (!IS_LETTER(cp) && cp != '_' && cp != ':'))
        return p;
    size_t q = p;
    while (len && cp != ' ' && cp != '>' && cp != '/' &&
           (IS_LETTER(cp) || IS_DIGIT(cp) || cp == '.' || cp == '-' || cp == '_' || cp == ':' ||
            IS_COMBINING(cp) || IS_EXTENDER(cp))) {
        q += len;
        cp = code_point(s, n, q, &len);
    }
    return q;
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
    size_t q = skip_blanks(s, n, xml_name_end(s, n, skip_blanks(s, n, p + 9)));
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
    size_t q = xml_name_end(s, n, p + 2);
    if (q == p + 2)
        return q;
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

/* Attributes some stage reads (prune.c, dom.c, meta.c, dates_html.c, structure.c), by
 * length; the cut
 * drops every other attribute from start tags. A stage that reads another attribute must
 * add its name here (tests/check_read_attributes.sh checks the stages' lookups). */
static const char *const read_attributes[] = {
    "id",       "alt",      "rel",        "src",         "href",          "lang",
    "name",     "role",     "type",       "class",       "start",         "style",
    "title",    "width",    "height",     "hidden",      "colspan",       "content",
    "pubdate",  "rowspan",  "data-src",   "datetime",    "itemprop",      "itemtype",
    "property", "xml:lang", "http-equiv", "aria-hidden", "aria-controls", "aria-expanded"};

/* The cut marks the attributes a tag kept in a 32-bit set. */
_Static_assert(sizeof read_attributes / sizeof read_attributes[0] <= 32,
               "read_attributes must fit a uint32_t set");

/* Index of the attribute named by 'len' bytes at 'name' (any case) in read_attributes, or
 * -1 if no stage reads it. */
static int
read_index(const char *name, size_t len)
{
    /* An attribute name holds only letters, digits and ":-_.", which OR 0x20 lowers
     * without mixing up. */
    if (len == 0)
        return -1;
    for (size_t i = 0; i < sizeof read_attributes / sizeof read_attributes[0]; i++) {
        const char *r = read_attributes[i];
        /* A mismatch stops the comparison at r's end at the latest (no name byte is 0). */
        size_t k = 0;
        while (k < len && (unsigned char)(name[k] | 0x20) == (unsigned char)r[k])
            k++;
        if (k == len && r[len] == '\0')
            return (int)i;
    }
    return -1;
}

bool
newsclean_dom_reads_attribute(const char *name, size_t len)
{
    return read_index(name, len) >= 0;
}

/* With NEWSCLEAN_CUT_SCOPED, the elements whose addresses some stage reads: href on
 * <link> (canonical) and <base>, and on <a> only with NEWSCLEAN_CUT_LINKS (the page's kind
 * and the structure read where links go); src and data-src on <img>. Elsewhere these long
 * values (script and frame sources) are read by none, and much of what libxml2 spends on
 * attribute values went to them. */
enum { READS_HREF = 1, READS_SRC = 2, READS_ALL = READS_HREF | READS_SRC, LISTS_HREF = 4 };

/* What the element named by 'len' bytes at 'name' has read of href and src. */
static unsigned
address_reads(const char *name, size_t len, unsigned flags)
{
    if (!(flags & NEWSCLEAN_CUT_SCOPED))
        return READS_ALL;
    switch (len) {
    case 1:
        if ((name[0] | 0x20) != 'a')
            return 0;
        return (flags & NEWSCLEAN_CUT_LINKS)       ? READS_HREF
               : (flags & NEWSCLEAN_CUT_LINK_LIST) ? LISTS_HREF
                                                   : 0;
    case 3:
        return has_prefix_ci(name, len, 0, "img") ? READS_SRC : 0;
    case 4:
        return has_prefix_ci(name, len, 0, "link") || has_prefix_ci(name, len, 0, "base")
                   ? READS_HREF
                   : 0;
    default:
        return 0;
    }
}

/* Is read attribute 'index' href? Among the read names only href starts "hr". */
static bool
is_href(int index)
{
    return read_attributes[index][0] == 'h' && read_attributes[index][1] == 'r';
}

/* Is read attribute 'index' read on an element that has read 'reads' of the addresses?
 * Among the read names src starts "sr" and data-src "d" with a '-' fifth. A listed href
 * is read here: start_tag() moves it to the list. */
static bool
read_on(int index, unsigned reads)
{
    const char *r = read_attributes[index];
    if (is_href(index))
        return reads & (READS_HREF | LISTS_HREF);
    if ((r[0] == 's' && r[1] == 'r') || (r[0] == 'd' && r[4] == '-'))
        return reads & READS_SRC;
    return true;
}

/* Start-tag names seen so far, as a Bloom filter over names as libxml2 keys them (the first
 * NAME_CHUNK characters, ASCII letters lowered). It may answer "seen" for a name never seen,
 * which only keeps an end tag that could have gone, never the reverse. */
typedef struct {
    uint64_t bits[SEEN_BITS / 64];
} seen_names;

static uint64_t
name_hash(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c |= 0x20;
        h = (h ^ c) * 0x100000001b3ull;
    }
    return h;
}

static void
seen_add(seen_names *m, const char *s, size_t len)
{
    uint64_t h = name_hash(s, len);
    for (int k = 0; k < 3; k++, h >>= 16)
        m->bits[(h % SEEN_BITS) / 64] |= (uint64_t)1 << (h % 64);
}

static bool
seen_maybe(const seen_names *m, const char *s, size_t len)
{
    uint64_t h = name_hash(s, len);
    for (int k = 0; k < 3; k++, h >>= 16)
        if (!(m->bits[(h % SEEN_BITS) / 64] & ((uint64_t)1 << (h % 64))))
            return false;
    return true;
}

/* Length of the name libxml2 keys an end tag "</" at p by (htmlParseHTMLName), 0 if none. */
static size_t
end_tag_name(const char *s, size_t n, size_t p)
{
    unsigned char c = at(s, n, p + 2);
    if (!is_letter(c) && c != '_' && c != ':' && c != '.')
        return 0;
    size_t q = p + 2;
    while (q < n && q - p - 2 < NAME_CHUNK && is_name_char((unsigned char)s[q]))
        q++;
    return q - p - 2;
}

/* Does the end tag "</" at p, whose name has 'len' bytes, certainly close nothing? libxml2
 * ignores an end tag when no open element has its name, and elements are opened by start
 * tags, but for the four it opens itself (html, head and body around the page, p around
 * stray text). */
static bool
closes_nothing(const char *s, size_t p, size_t len, const seen_names *seen)
{
    static const char *const implied[] = {"html", "head", "body", "p"};
    const char *name = s + p + 2;
    if (len == 0)
        return false;
    for (size_t i = 0; i < sizeof implied / sizeof implied[0]; i++)
        if (len == strlen(implied[i]) && has_prefix_ci(name, len, 0, implied[i]))
            return false;
    return !seen_maybe(seen, name, len);
}

/* Would a start tag named by 'len' bytes at 'name' close an open 'element' (script or style)
 * before its content is read? libxml2's table says, through its public lookup. */
static bool
start_closes(const char *name, size_t len, const char *element)
{
    char lower[NAME_CHUNK + 1];
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        lower[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    lower[len] = '\0';
    xmlNode tag;
    memset(&tag, 0, sizeof tag);
    tag.type = XML_ELEMENT_NODE;
    tag.name = (const xmlChar *)lower;
    /* True if 'tag' (or a child: it has none) closes an element named 'element'. */
    return htmlAutoCloseTag(NULL, (const xmlChar *)element, &tag) == 1;
}

/* Append the 'len'-byte href at 'v' to 'links', NUL-terminated: true if it went there, false
 * if it stays on its element (a place in the page, or out of memory). */
static bool
list_link(newsclean_buf *links, const char *v, size_t len)
{
    size_t i = 0;
    while (i < len && is_blank((unsigned char)v[i]))
        i++;
    if (i < len && v[i] == '#')
        return false;
    size_t before = links->len;
    if (newsclean_buf_append(links, v, len) && newsclean_buf_append_char(links, '\0'))
        return true;
    links->len = before;
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
 * '*empty' set), or n if the page ends first, and counts its attributes in '*attributes'.
 * With 'out', the tag from p on is written there without the attributes no stage reads and
 * without a repeat of an attribute name (libxml2 keeps the first); a dropped attribute
 * leaves one blank, so that its neighbours stay apart. A listed href (LISTS_HREF in
 * 'reads') is appended to 'links' when there is one (see NEWSCLEAN_CUT_LINK_LIST). */
static size_t
start_tag(char *s, size_t n, size_t p, unsigned reads, bool *empty, size_t *attributes, writer *out,
          newsclean_buf *links)
{
    *empty = false;
    *attributes = 0;
    size_t from = p;
    uint32_t kept = 0; /* read attributes already in the tag, by index */
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
            int index = read_index(s + name, p - name);
            bool keep = index >= 0 && !(kept & (uint32_t)1 << index) && read_on(index, reads);
            if (keep)
                kept |= (uint32_t)1 << index;
            (*attributes)++;
            p = skip_blanks(s, n, p);
            size_t value = p, value_end = p;
            if (at(s, n, p) == '=') {
                p = skip_blanks(s, n, p + 1);
                c = at(s, n, p);
                if (c == '"' || c == '\'') {
                    value = p + 1;
                    p = past(s, n, p + 1, (char)c);
                    value_end = p > value && s[p - 1] == (char)c ? p - 1 : p;
                } else {
                    value = p;
                    while (p < n && !is_blank((unsigned char)s[p]) && s[p] != '>')
                        p++;
                    value_end = p;
                }
            }
            if (keep && out && links && (reads & LISTS_HREF) && is_href(index))
                keep = !list_link(links, s + value, value_end - value);
            if (!keep && out) {
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

/* Key prefixes of the JSON state a script hands a page's app ("publishedDate",
 * "createdAt"; the keys the date pass reads are in the lexicon's state-key entry). Pages
 * that render in the browser may carry their publication date nowhere else, and such state
 * often sits in a plain script ("window.__STATE__ = {...}") whose type says nothing of JSON. */
static const char *const state_keys[] = {"publish",       "publication", "firstPublish",
                                         "first_publish", "created",     "pubDate"};

/* Where a quoted key that begins like a state date's starts in s[from..n), or n. */
static size_t
next_state_key(const char *s, size_t from, size_t n)
{
    for (const char *q = s + from, *end = s + n; (q = memchr(q, '"', (size_t)(end - q))) != NULL;) {
        q++;
        /* Most quotes open other keys and strings: the keys start with one of three
         * letters. */
        if (q == end || (*q != 'p' && *q != 'f' && *q != 'c'))
            continue;
        for (size_t k = 0; k < sizeof state_keys / sizeof state_keys[0]; k++) {
            size_t kl = strlen(state_keys[k]);
            if ((size_t)(end - q) > kl && memcmp(q, state_keys[k], kl) == 0)
                return (size_t)(q - 1 - s);
        }
    }
    return n;
}

/* Bytes kept from each state date key on (the key, its value and a little after: the
 * longest value the date pass reads is 40 bytes), and keys kept per script. A state blob
 * may run to megabytes of other stories' data that no stage reads; handing libxml2 only
 * these pieces keeps the page's parse as cheap as without them. */
#define STATE_PIECE 112
#define STATE_PIECES 32

/* Write the pieces of a state script's body s[body..end) that hold its date keys, each
 * from its key's opening quote (and the backslash escaping it, inside a string) on. A
 * piece starts with a quote or a backslash, so two pieces side by side never make an end
 * tag. */
static void
emit_state_pieces(writer *out, const char *s, size_t body, size_t end)
{
    size_t from = body;
    for (int kept = 0; kept < STATE_PIECES; kept++) {
        size_t q = next_state_key(s, from, end);
        if (q == end)
            return;
        size_t start = q > from && s[q - 1] == '\\' ? q - 1 : q;
        size_t stop = end - q > STATE_PIECE ? q + STATE_PIECE : end;
        /* A piece ends before a '<': cut short, an end tag the body passes over
         * ("</scriptHome ... >") would run on to the '>' of the element's own end tag. */
        const char *lt = memchr(s + q, '<', stop - q);
        if (lt)
            stop = (size_t)(lt - s);
        /* A piece ends between characters: a UTF-8 sequence cut short before the end
         * tag would make libxml2 read the rest of the page as Latin-1. */
        while (stop < end && stop > q && ((unsigned char)s[stop] & 0xC0) == 0x80)
            stop--;
        emit(out, start, stop);
        from = stop;
    }
}

/* Where the content of a script or style element 'element' whose start tag ends at 'body'
 * stops, as htmlParseContentInternal and htmlParseScript read it: end tags and start tags
 * are read as markup first (a start tag may close the element, an end tag that closes
 * nothing is passed over), then the content runs as text to the first "</script" (or
 * "</style") in any case, where markup is read again. Returns the offset of the end tag or
 * start tag that closes the element, n if none does, or UNSURE where an end tag might close
 * it, depending on the elements open. */
static size_t
raw_content_end(const char *s, size_t n, size_t body, const char *element, const seen_names *seen)
{
    size_t k = strlen(element);
    char close[16] = "</";
    memcpy(close + 2, element, k + 1);
    size_t p = body;
    while (p < n) {
        unsigned char c1 = at(s, n, p + 1);
        if (s[p] == '<' && c1 == '/') {
            size_t len = end_tag_name(s, n, p);
            if (len == 0) {
                p += 2; /* "</" without a name: libxml2 passes over the two bytes */
                continue;
            }
            if (len == k && has_prefix_ci(s, n, p + 2, element))
                return p;
            if (!closes_nothing(s, p, len, seen))
                return UNSURE;
            p = end_tag_end(s, n, p);
            continue;
        }
        if (s[p] == '<' && (is_letter(c1) || c1 == '_' || c1 == ':')) {
            /* htmlParseHTMLName_nonInvasive: no '.' in the name here. */
            size_t q = p + 1;
            while (q < n && q - p - 1 < NAME_CHUNK && is_name_char((unsigned char)s[q]) &&
                   s[q] != '.')
                q++;
            if (start_closes(s + p + 1, q - p - 1, element))
                return p;
        }
        p = find_ci(s, n, p + 1, close);
    }
    return n;
}

/* Which of the cut's steps are open to it. */
typedef struct {
    seen_names seen;
    unsigned flags;       /* NEWSCLEAN_CUT_* */
    bool guarded;         /* past a point where the scan is unsure */
    size_t capped;        /* start tags with more than GUARDED_ATTRIBUTES, filtered when guarded */
    size_t end_tags;      /* end tags dropped for closing nothing */
    newsclean_buf *links; /* with NEWSCLEAN_CUT_LINK_LIST: where hrefs go, or NULL */
} cut_state;

/* The start tag at p (a letter follows its '<'), script and style content included: writes
 * what the parse needs and returns where the scan goes on, or UNSURE. */
static size_t
cut_start_tag(char *s, size_t n, size_t p, writer *out, cut_state *st)
{
    size_t name_end = p + 1;
    while (name_end < n && name_end - p - 1 < NAME_CHUNK &&
           is_name_char((unsigned char)s[name_end]))
        name_end++;
    seen_add(&st->seen, s + p + 1, name_end - p - 1);
    bool script = name_end - p - 1 == 6 && has_prefix_ci(s, n, p + 1, "script") &&
                  !is_name_char(at(s, n, name_end));
    bool style = name_end - p - 1 == 5 && has_prefix_ci(s, n, p + 1, "style") &&
                 !is_name_char(at(s, n, name_end));
    bool empty;
    size_t attributes;
    unsigned reads = address_reads(s + p + 1, name_end - p - 1, st->flags);
    if (!st->guarded && !script && !style) {
        /* One pass: the tag is written as it is read. */
        emit(out, p, name_end);
        return start_tag(s, n, name_end, reads, &empty, &attributes, out,
                         st->guarded ? NULL : st->links);
    }
    size_t body = start_tag(s, n, name_end, reads, &empty, &attributes, NULL, NULL);
    if (st->guarded) {
        /* Written as it is, but for a tag with attributes past any real page's. */
        if (attributes > GUARDED_ATTRIBUTES) {
            st->capped++;
            emit(out, p, name_end);
            start_tag(s, n, name_end, reads, &empty, &attributes, out,
                      st->guarded ? NULL : st->links);
        } else {
            emit(out, p, body);
        }
        if ((script || style) && !empty && body < n) {
            /* Content read as text is passed over, as long as the scan can tell where it
             * ends; otherwise it is scanned as markup, the other way libxml2 may read it. */
            size_t body_end = raw_content_end(s, n, body, script ? "script" : "style", &st->seen);
            if (body_end != UNSURE) {
                emit(out, body, body_end);
                return body_end;
            }
        }
        return body;
    }
    size_t body_end = body;
    bool keep_body = true;
    if (!empty && body < n) {
        body_end = raw_content_end(s, n, body, script ? "script" : "style", &st->seen);
        if (body_end == UNSURE)
            return UNSURE;
        /* JSON-LD is read: a script whose tag says "json", or may say it through a
         * character reference ("ld&#x2B;json"), keeps its body. */
        keep_body = script && (newsclean_contains_ci(s + p, body - p, "json") ||
                               memchr(s + p, '&', body - p) != NULL);
    }
    emit(out, p, name_end);
    start_tag(s, n, name_end, reads, &empty, &attributes, out, st->guarded ? NULL : st->links);
    if (keep_body)
        emit(out, body, body_end);
    else if (script && body < body_end)
        emit_state_pieces(out, s, body, body_end);
    return body_end;
}

size_t
newsclean_dom_cut_with(char *s, size_t n, unsigned flags, newsclean_cut_report *report)
{
    writer out = {s, 0};
    cut_state *st = calloc(1, sizeof *st);
    if (!st)
        return n; /* nothing cut, which is always right */
    st->flags = flags;
    st->links = report && (flags & NEWSCLEAN_CUT_LINK_LIST) ? report->links : NULL;
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
            size_t len = end_tag_name(s, n, p);
            /* An end tag that closes nothing goes, where text follows neither side of it
             * (both sides' text would run together, and blank text before a '<' is judged
             * by what follows). */
            if (!st->guarded && end < n && s[end - 1] == '>' && s[end] == '<' &&
                closes_nothing(s, p, len, &st->seen)) {
                st->end_tags++;
                r = end;
                continue;
            }
        } else if (c == '!' && has_prefix_ci(s, n, p + 2, "doctype")) {
            end = doctype_end(s, n, p);
            /* Inside the page libxml2 reads on from a doctype without going back to the
             * top of its loop, where end tags are recognised: a "</" or "<!" right after
             * it is text there, but markup after a doctype at the top. */
            if (at(s, n, end) == '<' &&
                (at(s, n, end + 1) == '/' ||
                 (at(s, n, end + 1) == '!' && !has_prefix_ci(s, n, end + 2, "--"))))
                end = UNSURE;
        } else if (c == '!' && has_prefix_ci(s, n, p + 2, "--")) {
            /* No stage reads comments: "<!--" and the closer stay, an empty comment. */
            size_t close;
            end = comment_end(s, n, p, &close);
            if (close < n && !st->guarded) {
                emit(&out, p, p + 4);
                r = close;
            }
        } else if (c == '?') {
            end = pi_end(s, n, p);
        } else if (is_letter(c)) {
            end = cut_start_tag(s, n, p, &out, st);
            if (end != UNSURE) {
                r = end;
                continue;
            }
        } else {
            end = p + 1; /* a '<' that is text */
        }
        if (end == UNSURE) {
            /* From here the scan may read the page otherwise than libxml2: the rest goes
             * as it is, the '<' as if it were text. */
            st->guarded = true;
            end = p + 1;
        }
        emit(&out, r, end);
        r = end;
    }
    if (report) {
        report->guarded = st->guarded;
        report->capped_tags = st->capped;
        report->dropped_end_tags = st->end_tags;
    }
    free(st);
    return out.w;
}

size_t
newsclean_dom_cut_ex(char *s, size_t n, newsclean_cut_report *report)
{
    return newsclean_dom_cut_with(s, n, 0, report);
}

size_t
newsclean_dom_cut(char *s, size_t n)
{
    return newsclean_dom_cut_ex(s, n, NULL);
}
