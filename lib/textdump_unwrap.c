/* textdump_unwrap.c: plain-text dumps as text browsers and converters make them (lynx,
 * w3m, html2text): hard-wrapped paragraphs rejoined, list bullets, underlined and starred
 * headings read, and lynx's link numbers and reference list turned into link evidence.
 * A dump with one line per block (a browser's innerText) passes through as it is. */
#include "textdump_norm.h"

#include <ctype.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "blocks.h"
#include "textutil.h"

/* Widths a wrapping tool is set to (78 to 80 columns by default, 72 for pandoc). Outside
 * this range a cliff in the line lengths is chance, not a wrap. */
#define MIN_WRAP 40
#define MAX_WRAP 250
/* A wrapped paragraph's lines end in the last few columns before the wrap width: a word
 * that did not fit went to the next line. */
#define EDGE_COLS 5
/* The columns below the wrap width whose lines the edge must hold a good share of. */
#define NEAR_COLS 30
/* Lines needed at the edge before a cliff counts: a handful of list items of equal
 * length make a cliff too. */
#define MIN_EDGE_LINES 3
/* Different lines needed there: a line repeated down the page is not a paragraph. */
#define MIN_EDGE_DISTINCT 2
/* Share of continuation lines that start with a lowercase letter, below which lines
 * ending at the same column are a list of titles rather than wrapped sentences. */
#define MIN_LOWER_SHARE 0.2
/* Indentation past the paragraphs' own that marks a centred line (lynx centres h1). */
#define CENTRED_COLS 6
/* Words of link text a lynx link number is taken to cover at most: the dump says where a
 * link starts, not where it ends. */
#define LINK_WORDS 4
/* Words of a piece that may be one link's text, as a teaser's title is. */
#define TITLE_WORDS 25
/* Widest heading an underline is taken for: longer lines are paragraphs' lines. */
#define HEADING_COLS 60
/* Words of a bracketed line taken for an image's description in any dump. */
#define IMAGE_WORDS 3
/* Columns of space inside a line that make it a table row laid out in spaces. */
#define TABLE_GAP 3
/* Indentation of a line that stands in a table's later column, as no paragraph's line is
 * set in by a text tool. */
#define TABLE_INDENT 12

enum { L_TEXT = 0, L_RULE, L_UNDERLINE };

/* One non-blank line of the dump. */
typedef struct {
    size_t st, cs, en;         /* line start, content start, content end (spaces trimmed) */
    unsigned indent;           /* columns before the content */
    unsigned width[2];         /* to the content's end: in columns, in code points */
    unsigned textcol;          /* column of an item's text after its marker */
    unsigned char kind, level; /* L_*, heading level from stars, '#' or an underline */
    unsigned char mlen;        /* bytes of a list marker and the spaces after it */
    unsigned char hlen;        /* bytes of heading marks to skip at the start */
    unsigned char tlen;        /* bytes of heading marks to drop at the end */
    bool gap;                  /* blank line before */
    bool hcont;                /* goes on with the starred heading above */
    unsigned narrow;           /* a set-in block's own wrap width (see narrow_blocks()), or 0 */
} line;

struct fragment;
struct slug;

/* What kind of tool made the dump, as far as the pieces' text is concerned. */
typedef struct {
    bool lynx;        /* "[12]" before every link's text */
    bool listed;      /* and lynx's list of links at the end: the numbers run in order */
    bool underscored; /* html2text: a link's spaces written as '_' */
    unsigned wrap;    /* wrap width, 0 if the dump is not wrapped */
    unsigned by_cps;  /* 1 if the tool counted code points, not columns (lynx, in wide
                       * scripts), 0 if columns */
    unsigned base;    /* the paragraphs' indentation */
    /* Per link number, the fragment of a link to a place on the page itself (see
     * inpage_links()); NULL if no link is such. */
    const struct fragment *inpage;
    size_t ninpage;
    /* The last number in lynx's list of links (see last_reference()), 0 if none. */
    unsigned long links;
    /* Per link number, the words its address ends with (see link_slugs()); NULL if the
     * dump has no list of links. */
    const struct slug *slugs;
    size_t nslugs;
} shape;

void
newsclean_td_pieces_init(newsclean_td_pieces *p)
{
    memset(p, 0, sizeof *p);
    newsclean_buf_init(&p->text);
    newsclean_buf_init(&p->rel);
}

void
newsclean_td_pieces_free(newsclean_td_pieces *p)
{
    if (!p)
        return;
    newsclean_buf_free(&p->text);
    newsclean_buf_free(&p->rel);
    free(p->v);
    newsclean_td_pieces_init(p);
}

size_t
newsclean_td_cps(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

bool
newsclean_td_pieces_close(newsclean_td_pieces *p, size_t off, size_t link_chars, unsigned level,
                          bool item)
{
    size_t n = 0;
    if (p->text.len > off) {
        n = newsclean_collapse_cells(p->text.data + off, p->text.len - off);
        p->text.len = off + n;
        p->text.data[p->text.len] = '\0';
    }
    if (n == 0) {
        p->gap = true;
        p->glued = false;
        return true;
    }
    if (p->n == p->cap) {
        newsclean_td_piece *v = newsclean_array_grow(p->v, &p->cap, sizeof *p->v, 128);
        if (!v)
            return false;
        p->v = v;
    }
    /* Line numbers only need to show blank lines; they stop growing at the type's end. */
    unsigned step = p->gap ? 2 : 1;
    p->line = p->line > UINT32_MAX - 2 ? p->line : p->line + step;
    newsclean_td_piece *pc = &p->v[p->n++];
    pc->off = off;
    pc->len = n;
    pc->link_chars = link_chars;
    pc->line = p->line;
    pc->level = (unsigned char)(level > 6 ? 6 : level);
    pc->item = item;
    pc->row = false;
    pc->glued = p->glued;
    p->gap = false;
    p->glued = false;
    return true;
}

/* Display columns of a code point: East Asian wide characters take two, combining marks
 * and invisible characters none, as a terminal lays them out. */
static unsigned
cp_width(uint32_t cp)
{
    if ((cp >= 0x300 && cp <= 0x36F) || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF)
        return 0;
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
        (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
        return 2;
    return 1;
}

/* Width of s[a, b) in columns, or in code points if 'by_cps'. */
static unsigned
columns(const char *s, size_t a, size_t b, unsigned by_cps)
{
    unsigned w = 0;
    for (size_t i = a; i < b;) {
        size_t k;
        uint32_t cp = newsclean_utf8_decode(s, b, i, &k);
        w += by_cps ? 1 : cp_width(cp);
        i += k;
    }
    return w;
}

/* Bytes of a list marker at s (the bullet, or with 'numbers' the number, and the spaces
 * after it), 0 if the line does not open with one. Lynx nests lists with '*', '+', 'o',
 * '#' and '@', w3m with '•', '◦' and '□'. */
static size_t
list_marker(const char *s, size_t n, unsigned indent, bool numbers)
{
    static const char *const bullets[] = {"•", "◦", "▪", "■", "□", "‣", "●", "○", "–"};
    size_t m = 0;
    if (n >= 2 && (s[0] == '*' || s[0] == '+' || s[0] == '-'))
        m = 1;
    else if (n >= 2 && indent >= 2 && (s[0] == 'o' || s[0] == '#' || s[0] == '@'))
        m = 1;
    for (size_t k = 0; !m && k < sizeof bullets / sizeof bullets[0]; k++) {
        size_t bl = strlen(bullets[k]);
        if (n > bl && memcmp(s, bullets[k], bl) == 0)
            m = bl;
    }
    if (!m && numbers) {
        size_t d = 0;
        while (d < n && d < 3 && newsclean_is_ascii_digit(s[d]))
            d++;
        if (d == 0 && n >= 2 && newsclean_is_ascii_letter(s[0]))
            d = 1;
        if (d > 0 && d < n && (s[d] == '.' || s[d] == ')'))
            m = d + 1;
    }
    if (!m || m >= n || s[m] != ' ')
        return 0;
    while (m < n && s[m] == ' ')
        m++;
    return m < n ? m : 0;
}

/* A line of one repeated mark ("-----", "=====", "* * *", lynx's "_____", w3m's "━━━━"). */
static bool
rule_line(const char *s, size_t n, char *mark)
{
    static const char *const boxes[] = {"─", "━", "═"};
    for (size_t k = 0; k < sizeof boxes / sizeof boxes[0]; k++) {
        size_t bl = strlen(boxes[k]), i = 0;
        while (i + bl <= n && memcmp(s + i, boxes[k], bl) == 0)
            i += bl;
        if (i == n && n >= 3 * bl) {
            *mark = '_'; /* never an underline */
            return true;
        }
    }
    if (n < 3 || !strchr("-_=*~#+^", s[0]))
        return false;
    size_t marks = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == s[0])
            marks++;
        else if (s[i] != ' ')
            return false;
    }
    *mark = s[0];
    return marks >= 3;
}

/* Stars that open a line, before a space. */
static size_t
open_stars(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && s[k] == '*')
        k++;
    return k >= 2 && k <= 6 && k + 1 < n && s[k] == ' ' ? k : 0;
}

/* Whether a line ends with a space and k stars, or is k stars. */
static bool
closes_stars(const char *s, size_t n, size_t k)
{
    if (n < k || (n > k && (s[n - k - 1] != ' ' || (n > k + 1 && s[n - k - 2] == '*'))))
        return false;
    for (size_t i = n - k; i < n; i++)
        if (s[i] != '*')
            return false;
    return true;
}

/* html2text's headings: "****** Title ******" for h1 down to "** Title **" for h5. */
static unsigned
star_heading(const char *s, size_t n, unsigned char *hlen)
{
    size_t k = open_stars(s, n);
    if (!k || n < 2 * k + 3 || !closes_stars(s, n, k))
        return 0;
    *hlen = (unsigned char)k;
    return 7 - (unsigned)k;
}

/* A Markdown heading left in a plain dump: "## Title". */
static unsigned
atx_heading(const char *s, size_t n, unsigned char *hlen, unsigned char *tlen)
{
    size_t k = 0;
    while (k < n && s[k] == '#')
        k++;
    if (k < 1 || k > 6 || k + 1 >= n || s[k] != ' ')
        return 0;
    size_t e = n;
    while (e > k && s[e - 1] == '#')
        e--;
    *tlen = (unsigned char)(e > k + 1 && s[e - 1] == ' ' ? n - e : 0);
    *hlen = (unsigned char)(k + 1);
    return (unsigned)k;
}

/* Width of s[a, b) in columns and in code points, in one pass. */
static void
widths(const char *s, size_t a, size_t b, unsigned w[2])
{
    w[0] = w[1] = 0;
    for (size_t i = a; i < b;) {
        if ((unsigned char)s[i] < 0x80) {
            w[0]++;
            w[1]++;
            i++;
            continue;
        }
        size_t k;
        uint32_t cp = newsclean_utf8_decode(s, b, i, &k);
        w[0] += cp_width(cp);
        w[1]++;
        i += k;
    }
}

/* The dump's lines, blank ones folded into the next line's 'gap'. */
static bool
scan_lines(const char *t, size_t len, line **out, size_t *count)
{
    size_t cap = 0, n = 0;
    line *v = NULL;
    bool gap = false;
    for (size_t i = 0; i < len;) {
        size_t st = i;
        while (i < len && t[i] != '\n' && t[i] != '\r')
            i++;
        size_t en = i;
        if (i < len && t[i] == '\r' && i + 1 < len && t[i + 1] == '\n')
            i++;
        if (i < len)
            i++;
        unsigned indent = 0;
        size_t cs = st;
        while (cs < en && (t[cs] == ' ' || t[cs] == '\t')) {
            indent = t[cs] == '\t' ? (indent / 8 + 1) * 8 : indent + 1;
            cs++;
        }
        while (en > cs && (t[en - 1] == ' ' || t[en - 1] == '\t'))
            en--;
        if (en == cs) {
            gap = true;
            continue;
        }
        if (n == cap) {
            line *nv = newsclean_array_grow(v, &cap, sizeof *v, 256);
            if (!nv) {
                free(v);
                return false;
            }
            v = nv;
        }
        line *l = &v[n++];
        memset(l, 0, sizeof *l);
        l->st = st;
        l->cs = cs;
        l->en = en;
        l->indent = indent;
        widths(t, cs, en, l->width);
        l->width[0] += indent;
        l->width[1] += indent;
        l->gap = gap;
        gap = false;
    }
    *out = v;
    *count = n;
    return true;
}

/* Lines a wrapped starred heading may run over. */
#define STARRED_LINES 3

/* A starred heading opened on line i and wrapped: its closing stars end a later line, or
 * stand alone on it. Marks the lines it runs over; returns its level, 0 if none. */
static unsigned
wrapped_stars(const char *t, line *v, size_t n, size_t i, size_t k)
{
    for (size_t j = i + 1; j < n && j <= i + STARRED_LINES && !v[j].gap; j++) {
        if (!closes_stars(t + v[j].cs, v[j].en - v[j].cs, k))
            continue;
        for (size_t c = i + 1; c <= j; c++) {
            v[c].hcont = true;
            v[c].kind = L_TEXT;
        }
        v[j].tlen = (unsigned char)k;
        return 7 - (unsigned)k;
    }
    return 0;
}

/* Rules, underlines, headings and list markers of every line. */
static void
mark_lines(const char *t, line *v, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        line *l = &v[i];
        const char *s = t + l->cs;
        size_t m = l->en - l->cs;
        char mark;
        l->textcol = l->indent;
        if (rule_line(s, m, &mark)) {
            l->kind = L_RULE;
            /* Right under a short line of about its length: that line is a heading. The
             * last line of a wrapped paragraph (a long line above it) is not, and a rule
             * under it is a horizontal rule. */
            line *p = i > 0 ? &v[i - 1] : NULL;
            unsigned pw = p ? p->width[0] - p->indent : 0, w = l->width[0] - l->indent;
            bool tail = p && i > 1 && !p->gap && v[i - 2].kind == L_TEXT &&
                        v[i - 2].width[0] > HEADING_COLS;
            if (p && !l->gap && p->kind == L_TEXT && strchr("=-~*^", mark) && !memchr(s, ' ', m) &&
                pw <= HEADING_COLS && !tail && 2 * w >= pw && w <= pw + pw / 4 + 2) {
                l->kind = L_UNDERLINE;
                p->level = mark == '=' ? 1 : mark == '-' ? 2 : 3;
            }
            continue;
        }
        unsigned char hl = 0, tl = 0;
        unsigned lv = star_heading(s, m, &hl);
        size_t k = open_stars(s, m);
        if (lv) {
            l->hlen = hl;
            l->tlen = hl;
        } else if (k && (lv = wrapped_stars(t, v, n, i, k))) {
            l->hlen = (unsigned char)k;
        } else if (l->indent <= 3 && (lv = atx_heading(s, m, &hl, &tl))) {
            l->hlen = hl;
            l->tlen = tl;
        }
        if (lv) {
            l->level = (unsigned char)lv;
            while (i + 1 < n && v[i + 1].hcont)
                i++;
            continue;
        }
        size_t mk = list_marker(s, m, l->indent, false);
        if (mk) {
            l->mlen = (unsigned char)(mk > 255 ? 255 : mk);
            l->textcol = l->indent + columns(s, 0, mk, 0);
        }
    }
}

static bool
is_ref_header(const char *s, size_t n)
{
    static const char *const heads[] = {"References", "Visible links",
                                        "Visible links:", "Hidden links:", "Hidden links"};
    for (size_t k = 0; k < sizeof heads / sizeof heads[0]; k++)
        if (strlen(heads[k]) == n && memcmp(s, heads[k], n) == 0)
            return true;
    return false;
}

/* "  12. https://..." in lynx's list of the page's links. */
static bool
is_ref_line(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && newsclean_is_ascii_digit(s[d]))
        d++;
    return d > 0 && d + 2 < n && s[d] == '.' && s[d + 1] == ' ';
}

/* The next line of lynx's list ("12. https://...") from line *i to n: its number, and
 * its address (*address, *len bytes: the text after the number). *i moves past it;
 * false when no such line is left. */
static bool
next_ref(const char *t, const line *v, size_t *i, size_t n, unsigned long *num,
         const char **address, size_t *len)
{
    for (; *i < n; ++*i) {
        const char *s = t + v[*i].cs;
        size_t m = v[*i].en - v[*i].cs, d = 0;
        if (!is_ref_line(s, m))
            continue;
        while (s[d] != ' ')
            d++;
        *address = s + d + 1;
        *len = m - d - 1;
        *num = strtoul(s, NULL, 10);
        ++*i;
        return true;
    }
    return false;
}

/* Link numbers past this are not indexed in a table (a dump so big is no article's). */
#define LINK_TABLE_MOST 1000000

/* Where lynx's trailing list of links starts ("References", then numbered URLs, in
 * "Visible links" and "Hidden links" sections), or n if the dump has none. The list is
 * the last thing in the dump. */
static size_t
references(const char *t, const line *v, size_t n)
{
    size_t refs = 0, other = 0;
    for (size_t i = n; i-- > 0;) {
        const char *s = t + v[i].cs;
        size_t m = v[i].en - v[i].cs;
        if (is_ref_line(s, m)) {
            refs++;
        } else if (v[i].indent == 0 && m == 10 && memcmp(s, "References", 10) == 0) {
            /* Unnumbered lines in the list are image maps and their targets. */
            return refs > 0 && other * 10 <= refs ? i : n;
        } else if (!is_ref_header(s, m)) {
            other++;
        }
        if (other > refs + 8)
            break;
    }
    return n;
}

/* The last number of lynx's list of links, from line 'cut' (references()) to n: a
 * bracketed number past it in the text ("[2025]" after a title) is the page's own. */
static unsigned long
last_reference(const char *t, const line *v, size_t cut, size_t n)
{
    unsigned long last = 0, num;
    const char *u;
    size_t ulen;
    for (size_t i = cut; next_ref(t, v, &i, n, &num, &u, &ulen);)
        last = num > last ? num : last;
    return last;
}

/* The number of the mark "[n]" at s, and whether it is a link's: lynx's list, where the
 * dump has one, holds every link's number (see last_reference()). */
static bool
listed_number(const shape *d, const char *s, unsigned long *num)
{
    *num = strtoul(s + 1, NULL, 10);
    return !d->listed || *num <= d->links;
}

/* One address of lynx's list that has a fragment: the part before the '#' and the part
 * after it. */
struct fragment {
    unsigned long num;
    const char *at, *s; /* the address, and its fragment after the '#' */
    size_t len, n;      /* bytes of the address before the '#', of the fragment */
};

static int
cmp_address(const void *a, const void *b)
{
    const struct fragment *x = a, *y = b;
    size_t m = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->at, y->at, m);
    return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* Which of lynx's link numbers lead to a named place on the page itself. lynx writes the
 * page's own address before the '#' of such a link, so the address most fragment links
 * share is the page's: at least two of them, or a link to a section of another page could
 * pass for it. Fills *tab (indexed by link number, a NULL fragment where the link leads
 * elsewhere) and *count, or leaves them NULL and 0 where no link is such. False if out of
 * memory. */
static bool
inpage_links(const char *t, const line *v, size_t cut, size_t n, struct fragment **tab,
             size_t *count)
{
    *tab = NULL;
    *count = 0;
    struct fragment *f = malloc((n - cut + 1) * sizeof *f);
    if (!f)
        return false;
    size_t k = 0;
    unsigned long top = 0;
    unsigned long num;
    const char *u;
    size_t ulen;
    for (size_t i = cut; next_ref(t, v, &i, n, &num, &u, &ulen);) {
        const char *hash = memchr(u, '#', ulen);
        if (!hash || hash == u || hash + 1 == u + ulen)
            continue;
        f[k].num = num;
        f[k].at = u;
        f[k].len = (size_t)(hash - u);
        f[k].s = hash + 1;
        f[k].n = (size_t)(u + ulen - hash - 1);
        top = f[k].num > top ? f[k].num : top;
        k++;
    }
    qsort(f, k, sizeof *f, cmp_address);
    size_t best = 0, best_n = 0;
    for (size_t i = 0, j; i < k; i = j) {
        for (j = i + 1; j < k && cmp_address(&f[i], &f[j]) == 0; j++)
            ;
        if (j - i > best_n) {
            best_n = j - i;
            best = i;
        }
    }
    bool ok = true;
    if (best_n >= 2 && top < LINK_TABLE_MOST) {
        *tab = calloc(top + 1, sizeof **tab);
        if (*tab) {
            for (size_t i = best; i < best + best_n; i++)
                (*tab)[f[i].num] = f[i];
            *count = top + 1;
        }
        ok = *tab != NULL;
    }
    free(f);
    return ok;
}

/* Whether a fragment spells the text after it, letters and digits alone and case aside
 * ("#detecting-anomalies" before "Detecting Anomalies"): the anchor a section's heading
 * links to itself. "#content" before "Skip to content" or "#top" before "Back to top" is a
 * jump, which stays a link. */
static bool
names_text(const struct fragment *f, const char *s, size_t n)
{
    size_t a = 0, b = 0, same = 0;
    for (;;) {
        while (a < f->n && !newsclean_is_word_byte(f->s[a]))
            a++;
        while (b < n && !newsclean_is_word_byte(s[b]))
            b++;
        if (a == f->n)
            return same >= 3;
        if (b == n || newsclean_ascii_lower(f->s[a]) != newsclean_ascii_lower(s[b]))
            return false;
        a++, b++, same++;
    }
}

/* Length of a lynx link number "[12]" glued to the link's text at s[i], 0 if none. A
 * number glued to the word before it ("free.[3]", "[60][61]") is a citation. 'alone'
 * takes a number with no text after it too, as lynx prints for a link round an image
 * without a description. */
static size_t
link_number(const char *t, size_t i, size_t len, bool alone)
{
    const char *s = t + i;
    size_t n = len - i;
    if (n < 3 || s[0] != '[' || !newsclean_is_ascii_digit(s[1]))
        return 0;
    if (i > 0 && !strchr(" #(\"'“„«*+", t[i - 1]))
        return 0;
    size_t e = 1;
    while (e < n && e <= 6 && newsclean_is_ascii_digit(s[e]))
        e++;
    if (e >= n || s[e] != ']')
        return 0;
    if (e + 1 < n && s[e + 1] != ' ')
        return e + 1;
    return alone ? e + 1 : 0;
}

/* lynx numbers the links in the order it prints them, so "[n]" with the number after
 * the last one seen is the next link's number wherever it sits: after a list's own
 * number ("2.[14]Title"), a footnote mark ("^[15]") or a word. A citation ("[3]") is
 * out of that order. Its length at s[i], 0 if it is not 'next'. */
static size_t
next_number(const char *t, size_t i, size_t len, unsigned long next)
{
    const char *s = t + i;
    size_t n = len - i, e = 1;
    unsigned long num = 0;
    if (n < 3 || s[0] != '[' || !newsclean_is_ascii_digit(s[1]))
        return 0;
    while (e < n && e <= 6 && newsclean_is_ascii_digit(s[e]))
        num = num * 10 + (unsigned long)(s[e++] - '0');
    return e < n && s[e] == ']' && num == next ? e + 1 : 0;
}

/* Whether the lynx link number s[at, after) stands inside one word that links split
 * letter by letter: "[25]D[26]ata", where a drop cap or a styled first letter was a link
 * of its own. Letters back to another link number before it, lowercase after it: the
 * word goes on, and no space belongs there. */
static bool
split_link_word(const char *s, size_t at, size_t after, size_t n)
{
    size_t p = at;
    while (p > 0 && newsclean_is_ascii_letter(s[p - 1]))
        p--;
    return p < at && p >= 2 && s[p - 1] == ']' && newsclean_is_ascii_digit(s[p - 2]) && after < n &&
           s[after] >= 'a' && s[after] <= 'z';
}

/* The words an address of lynx's list ends with: its fragment, or else its last path
 * segment ("/wiki/Conjugate_transpose", "/2019/05/rates-rise-again.html"). */
struct slug {
    const char *s;
    size_t n;
};

/* Longest word of a slug or of link text compared: longer ones are cut there. */
#define SLUG_WORD_BYTES 48
/* Bytes two words must share at their start where one is a prefix of the other, as an
 * address may spell a word's stem ("/wiki/Astrophysik" under "Astrophysiker"). */
#define SLUG_STEM_BYTES 4

/* Whether s[i] opens a mark of U+2000..U+207F (dashes, curly quotes, ellipsis and their
 * like): between words, as ASCII punctuation is. Its length, 0 if none. */
static size_t
general_punctuation(const char *s, size_t i, size_t n)
{
    return i + 2 < n && (unsigned char)s[i] == 0xE2 &&
                   ((unsigned char)s[i + 1] == 0x80 || (unsigned char)s[i + 1] == 0x81)
               ? 3
               : 0;
}

/* The next word of s[*at, n), letters and digits and any other script's characters,
 * ASCII folded, into w (at most SLUG_WORD_BYTES); 'escaped' reads an address's %XX
 * escapes. Its length, 0 at the end. */
static size_t
next_slug_word(const char *s, size_t n, size_t *at, bool escaped, char *w)
{
    size_t i = *at, len = 0, k;
    bool in = false;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t step = 1;
        if (escaped && c == '%' && i + 2 < n && isxdigit((unsigned char)s[i + 1]) &&
            isxdigit((unsigned char)s[i + 2])) {
            char hex[3] = {s[i + 1], s[i + 2], 0};
            c = (unsigned char)strtoul(hex, NULL, 16);
            step = 3;
        }
        bool word = (k = general_punctuation(s, i, n)) == 0 && newsclean_is_word_byte((char)c);
        if (!word && in)
            break;
        if (word) {
            in = true;
            if (len < SLUG_WORD_BYTES)
                w[len++] = newsclean_ascii_lower((char)c);
        }
        i += k ? k : step;
    }
    *at = i;
    return len;
}

/* Whether two folded words are one: the same, or one the other's stem. */
static bool
same_word(const char *a, size_t an, const char *b, size_t bn)
{
    size_t m = an < bn ? an : bn;
    return (an == bn || m >= SLUG_STEM_BYTES) && memcmp(a, b, m) == 0;
}

/* How many words after a link number, at most 'most', its address spells: "[13]conjugate
 * transpose of a matrix" under ".../Conjugate_transpose" is two. A link's text is mostly
 * its address's words where the address has words at all, and where they stop and the
 * sentence goes on in lowercase, the link has ended. An address leaves small words out
 * ("testing-frontend-code" under "Testing your frontend code"): one word it lacks between
 * two it has is the link's too. 0 where the first word is not in the address, a mark with
 * no letters comes first (a dash or a bar between links, which reads as the links' own),
 * or a capital follows (a name or a title may run on past its address's words: "[17]Dana
 * Whitfield March 5" under ".../dana-whitfield" is a byline's link and its date). */
static size_t
slug_words(const struct slug *g, const char *s, size_t n, size_t most)
{
    char w[SLUG_WORD_BYTES], u[SLUG_WORD_BYTES];
    size_t words = 0, named = 0, i = 0;
    while (words < most && words <= named + 1 && i < n && s[i] != ' ') {
        /* the first run of the word's letters: "Trump's" as "trump" */
        size_t e = i;
        while (e < n && s[e] != ' ')
            e++;
        size_t at = i, wn = next_slug_word(s, e, &at, false, w);
        if (!wn)
            return 0;
        bool found = false;
        for (size_t gat = 0, un; !found && (un = next_slug_word(g->s, g->n, &gat, true, u));)
            found = same_word(w, wn, u, un);
        if (words == 0 && !found)
            return 0;
        words++;
        named = found ? words : named;
        i = e < n ? e + 1 : e;
    }
    /* the word after the address's: it has to go on in lowercase */
    i = 0;
    for (size_t k = 0; k < named && i < n; k++) {
        while (i < n && s[i] != ' ')
            i++;
        i += i < n;
    }
    size_t k;
    uint32_t cp = i < n ? newsclean_utf8_decode(s, n, i, &k) : 'a';
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF) ? named : 0;
}

/* Per link number, the words its address in lynx's list ends with (see struct slug):
 * fills *tab (indexed by number, empty where the address has no such words) and *count.
 * False if out of memory. */
static bool
link_slugs(const char *t, const line *v, size_t cut, size_t n, unsigned long top, struct slug **tab,
           size_t *count)
{
    *tab = NULL;
    *count = 0;
    if (top == 0 || top >= LINK_TABLE_MOST)
        return true;
    *tab = calloc(top + 1, sizeof **tab);
    if (!*tab)
        return false;
    *count = top + 1;
    unsigned long num;
    const char *u;
    size_t ulen;
    for (size_t i = cut; next_ref(t, v, &i, n, &num, &u, &ulen);) {
        const char *end = u + ulen;
        const char *q = memchr(u, '?', ulen);
        const char *hash = memchr(u, '#', ulen);
        const char *host = NULL;
        for (const char *c = u; c + 2 < end; c++)
            if (c[0] == ':' && c[1] == '/' && c[2] == '/') {
                host = c + 3;
                break;
            }
        if (num > top || !host)
            continue;
        if (hash && hash + 1 < end) {
            (*tab)[num].s = hash + 1;
            (*tab)[num].n = (size_t)(end - hash - 1);
            continue;
        }
        const char *stop = q ? q : hash ? hash : end;
        while (stop > host && stop[-1] == '/')
            stop--;
        const char *seg = stop;
        while (seg > host && seg[-1] != '/')
            seg--;
        if (seg == host)
            continue; /* a site's own address: its name is no link's text */
        (*tab)[num].s = seg;
        (*tab)[num].n = (size_t)(stop - seg);
    }
    return true;
}

/* lynx writes "[12]" right before a link's text. Without its list of references, a
 * dump still shows the shape by many such numbers, each glued to the next word. */
static bool
lynx_numbers(const char *t, const line *v, size_t n)
{
    size_t glued = 0, rising = 0;
    unsigned long last = 0;
    for (size_t i = 0; i < n && glued < 64; i++) {
        const char *s = t + v[i].cs;
        size_t m = v[i].en - v[i].cs;
        for (size_t k = 0; k + 3 < m; k++) {
            size_t e = link_number(s, k, m, false);
            if (!e)
                continue;
            unsigned long num = strtoul(s + k + 1, NULL, 10);
            glued++;
            rising += num > last;
            last = num;
            k += e - 1;
        }
    }
    return glued >= 3 && rising * 5 >= glued * 4;
}

/* A word joined by '_' where a link had spaces: "Skip_to_content", "27._Januar_2014".
 * Addresses, paths and file names ("a_b.jpg", "x_y.com") keep theirs. */
static bool
underscored_word(const char *s, size_t n)
{
    bool inner = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '/' || c == '@' || c == '=' || c == '(' || c == '\\' ||
            (c == '.' && i + 1 < n && s[i + 1] >= 'a' && s[i + 1] <= 'z'))
            return false;
        if (c == '_') {
            if (i == 0 || i + 1 == n || s[i - 1] == '_' || s[i + 1] == '_')
                return false;
            inner = true;
        }
    }
    return inner;
}

/* Whether the dump is html2text's, which writes a link's spaces as '_': two such words,
 * and a heading between its stars, on one line or, a long title, wrapped over two. */
static bool
html2text_links(const char *t, const line *v, size_t n)
{
    size_t headings = 0, words = 0;
    for (size_t i = 0; i < n; i++) {
        const char *s = t + v[i].cs;
        size_t m = v[i].en - v[i].cs;
        /* a long title's stars close on a later line */
        headings += v[i].level && v[i].hlen && s[0] == '*';
        for (size_t k = 0; k < m;) {
            size_t e = k;
            while (e < m && s[e] != ' ')
                e++;
            words += underscored_word(s + k, e - k);
            k = e + 1;
        }
    }
    return headings >= 1 && words >= 2;
}

/* Whether line i runs on into the next, as far as marks and blank lines tell. */
static bool
continued(const line *v, size_t i)
{
    const line *a = &v[i], *b = &v[i + 1];
    return !b->gap && a->kind == L_TEXT && !a->level && b->kind == L_TEXT && !b->mlen &&
           (!b->level || b->hcont);
}

/* A row of a table laid out in spaces. */
static bool
table_row(const char *t, const line *l)
{
    unsigned run = 0;
    for (size_t i = l->cs; i < l->en; i++) {
        run = t[i] == ' ' ? run + 1 : 0;
        if (run >= TABLE_GAP)
            return true;
    }
    return false;
}

/* The byte of line l at display column c (or the line's end). */
static size_t
byte_at_column(const char *t, const line *l, unsigned c)
{
    size_t i = l->st;
    for (unsigned col = 0; i < l->en && col < c;) {
        size_t k;
        col += cp_width(newsclean_utf8_decode(t, l->en, i, &k));
        i += k ? k : 1;
    }
    return i;
}

/* Whether a cell of a table laid out in spaces starts at column c of line l: text there
 * after a gap of two spaces or more. */
static bool
cell_at(const char *t, const line *l, unsigned c)
{
    size_t i = byte_at_column(t, l, c);
    return i >= l->cs + 2 && i < l->en && t[i] != ' ' && t[i - 1] == ' ' && t[i - 2] == ' ';
}

/* Columns of one row that may be parted where only one space stands between them. */
#define TIGHT_CELLS 8
/* Lines looked through, up and down, for the rows that show a table's column. */
#define TIGHT_REACH 4
/* Widest line read as such a row: each of its spaces is measured from the line's start,
 * and a table's row in a wrapped dump is not much wider than the wrap. */
#define TIGHT_MAX_COLS 400

/* Whether a word starts at column c of line l, after a space. */
static bool
word_at(const char *t, const line *l, unsigned c)
{
    size_t i = byte_at_column(t, l, c);
    return i > l->cs && i < l->en && t[i] != ' ' && t[i - 1] == ' ';
}

/* No column asked of the lines between (nearest_row). */
#define ANY_COLUMN UINT_MAX

/* The nearest row laid out in spaces within reach of line i in direction 'step' (+1 or
 * -1), with no blank line between, or NULL. Unless c is ANY_COLUMN, the lines between
 * must start a word at column c (a row whose cell there runs on in a wrapped line). */
static const line *
nearest_row(const char *t, const line *v, size_t n, size_t i, int step, unsigned c)
{
    for (size_t r = 1; r <= TIGHT_REACH; r++) {
        if ((step < 0 && i < r) || (step > 0 && i + r >= n))
            return NULL;
        const line *k = &v[step < 0 ? i - r : i + r], *after = step < 0 ? k + 1 : k;
        if (after->gap || k->kind != L_TEXT || k->level)
            return NULL;
        if (table_row(t, k))
            return k;
        if (c != ANY_COLUMN && (k->mlen || !word_at(t, k, c)))
            return NULL;
    }
    return NULL;
}

/* Whether the rows next to line i in direction 'step' show a column at c: the nearest row
 * laid out in spaces starts a cell there, and the lines between start a word there too. */
static bool
column_near(const char *t, const line *v, size_t n, size_t i, int step, unsigned c)
{
    const line *k = nearest_row(t, v, n, i, step, c);
    return k && cell_at(t, k, c);
}

/* A tool pads a table's column to its widest cell and one space more, so the row that
 * holds the widest cell keeps a single space before the next column (and the row whose
 * cell is one short of it two): that cell runs on into the next, or the whole row reads
 * as text. Where the rows above and below it (no blank line between; the nearest ones
 * laid out in spaces, and the lines between starting a word there too) start a cell at a
 * column where this line has one or two spaces before a word, it is a row too. The byte
 * offsets of such spaces from the line's content go to 'at'; how many. */
static size_t
tight_row(const char *t, const line *v, size_t n, size_t i, size_t at[TIGHT_CELLS])
{
    if (i == 0 || i + 1 >= n || v[i].gap || v[i + 1].gap)
        return 0;
    const line *l = &v[i];
    if (l->mlen || l->hlen || l->level || l->width[0] > TIGHT_MAX_COLS ||
        !nearest_row(t, v, n, i, -1, ANY_COLUMN) || !nearest_row(t, v, n, i, 1, ANY_COLUMN))
        return 0;
    unsigned col = l->indent;
    size_t found = 0;
    for (size_t k = l->cs; k + 1 < l->en && found < TIGHT_CELLS;) {
        size_t w;
        col += cp_width(newsclean_utf8_decode(t, l->en, k, &w));
        w = w ? w : 1;
        bool gap = k > l->cs && t[k] == ' ' && t[k + 1] != ' ' &&
                   (t[k - 1] != ' ' || (k - 1 > l->cs && t[k - 2] != ' '));
        if (gap && column_near(t, v, n, i, -1, col) && column_near(t, v, n, i, 1, col))
            at[found++] = k - l->cs;
        k += w;
    }
    return found;
}

/* Gaps of two spaces or more in s[0, n) become one tab each, in place; returns the new
 * length. */
static size_t
cells_split(char *s, size_t n)
{
    size_t w = 0;
    for (size_t r = 0; r < n;) {
        size_t k = r;
        while (k < n && s[k] == ' ')
            k++;
        if (k - r >= 2 && w > 0 && k < n) {
            s[w++] = '\t';
            r = k;
        } else if (k > r) {
            while (r < k)
                s[w++] = s[r++];
        } else {
            s[w++] = s[r++];
        }
    }
    return w;
}

/* Whether a figure stands in a cell (text between gaps of two spaces or more) of the
 * table laid out in spaces that line i is a row of: the lines with such gaps right above
 * and below it, with no blank line between; the table's last line in '*last'. */
static bool
laid_out_figures(const char *t, const line *v, size_t n, size_t i, size_t *last)
{
    size_t a = i, z = i, at[TIGHT_CELLS];
    while (a > 0 && !v[a].gap && v[a - 1].kind == L_TEXT &&
           (table_row(t, &v[a - 1]) || tight_row(t, v, n, a - 1, at)))
        a--;
    while (z + 1 < n && !v[z + 1].gap && v[z + 1].kind == L_TEXT &&
           (table_row(t, &v[z + 1]) || tight_row(t, v, n, z + 1, at)))
        z++;
    *last = z;
    for (size_t k = a; k <= z; k++) {
        const char *s = t + v[k].cs;
        size_t m = v[k].en - v[k].cs;
        for (size_t c = 0; c < m;) {
            size_t e = c;
            while (e < m && !(s[e] == ' ' && e + 1 < m && s[e + 1] == ' '))
                e++;
            if (newsclean_td_has_figure(s + c, e - c))
                return true;
            while (e < m && s[e] == ' ')
                e++;
            c = e;
        }
    }
    return false;
}

/* The wrap width: the column where the lengths of lines that go on into a next line fall
 * off a cliff. Wrapped paragraphs pile their lines up in the few columns before it and
 * none pass it; a dump with one line per block has no such edge. Widths are counted in
 * columns or in code points ('by_cps'), as tools differ on wide characters; '*score' is
 * how sharp the cliff is. */
static unsigned
wrap_width(const char *t, const line *v, size_t n, unsigned by_cps, unsigned indent, double *score)
{
    size_t hist[MAX_WRAP + 2] = {0}, deep[MAX_WRAP + 2] = {0};
    *score = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        /* Only a line that another goes on from can show the width: not one before a
         * blank line, a heading or the next list item (menus are lists). */
        if (!continued(v, i) || (indent != UINT_MAX && v[i].indent != indent))
            continue;
        /* A table's rows, laid out in spaces, run as wide as the table: a wide one would
         * hide the paragraphs' edge. */
        if (table_row(t, &v[i]))
            continue;
        const char *s = t + v[i].cs;
        size_t m = v[i].en - v[i].cs;
        if (!memchr(s, ' ', m) && v[i].width[0] - v[i].indent < 2 * newsclean_td_cps(s, m))
            continue; /* one word that could not be broken, and not wide characters */
        unsigned w = v[i].width[by_cps];
        hist[w > MAX_WRAP ? MAX_WRAP + 1 : w]++;
        /* A table's rows set in under an empty first column, its full cells a space
         * apart, run past the width too (html2text lays a wide table out so): they do
         * not say the paragraphs went unwrapped. */
        if (indent == UINT_MAX && v[i].indent >= TABLE_INDENT)
            deep[w > MAX_WRAP ? MAX_WRAP + 1 : w]++;
    }
    size_t above[MAX_WRAP + 3] = {0}, above_deep[MAX_WRAP + 3] = {0};
    for (size_t w = MAX_WRAP + 2; w-- > 0;) {
        above[w] = above[w + 1] + hist[w];
        above_deep[w] = above_deep[w + 1] + deep[w];
    }
    unsigned best = 0;
    for (unsigned w = MIN_WRAP; w <= MAX_WRAP; w++) {
        if (!hist[w] && !hist[w - 1])
            continue;
        size_t edge = above[w - EDGE_COLS + 1] - above[w + 1];
        size_t near = above[w - NEAR_COLS + 1] - above[w + 1];
        size_t past = above[w + 1] - above_deep[w + 1];
        if (edge < MIN_EDGE_LINES || edge * 10 < near * 3 || past * 3 > edge)
            continue;
        double sc = (double)edge - 3.0 * (double)past;
        if (sc > *score) {
            *score = sc;
            best = w;
        }
    }
    if (!best)
        return 0;
    /* Wrapped sentences go on in lowercase often enough; equal-length titles do not,
     * nor does a line repeated down the page. */
    size_t distinct = 0, cased = 0, lower = 0;
    uint64_t seen[MIN_EDGE_DISTINCT] = {0};
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned w = v[i].width[by_cps];
        if (!continued(v, i) || w > best || w + EDGE_COLS <= best ||
            (indent != UINT_MAX && v[i].indent != indent) || table_row(t, &v[i]))
            continue;
        uint64_t h = newsclean_hash(t + v[i].cs, v[i].en - v[i].cs, 0);
        bool known = false;
        for (size_t k = 0; k < distinct; k++)
            known = known || seen[k] == h;
        if (!known && distinct < MIN_EDGE_DISTINCT)
            seen[distinct++] = h;
        size_t k;
        uint32_t cp = newsclean_utf8_decode(t, v[i + 1].en, v[i + 1].cs + v[i + 1].mlen, &k);
        bool up = (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE);
        bool low = (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF);
        cased += up || low;
        lower += low;
    }
    if (distinct < MIN_EDGE_DISTINCT ||
        (cased >= MIN_EDGE_LINES && lower < MIN_LOWER_SHARE * cased)) {
        *score = 0;
        return 0;
    }
    return best;
}

/* The columns lynx sets its paragraphs in by. */
#define LYNX_INDENT 3

/* Lines at the widest width needed before it is taken for the wrap width where no
 * cliff shows. */
#define WIDEST_LINES 2

/* Where paragraphs are set in from the margin as lynx sets them, the tool wrapped them even where
 * too few lines show a cliff (a short page) or where the lines go on in capitals too
 * often for the case test of wrap_width() (German nouns): the widest line of a paragraph
 * that goes on is then taken for the width, in code points as lynx counts. Lines are
 * joined only where the next word would not have fitted (wrapped()), so a width taken
 * too wide joins nothing. */
static unsigned
widest_wrap(const char *t, const line *v, size_t n, unsigned indent)
{
    unsigned best = 0;
    size_t near = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i + 1 < n; i++) {
            if (!continued(v, i) || v[i].indent != indent || table_row(t, &v[i]) ||
                !memchr(t + v[i].cs, ' ', v[i].en - v[i].cs))
                continue;
            unsigned w = v[i].width[1];
            if (pass == 0 && w > best && w <= MAX_WRAP)
                best = w;
            else if (pass == 1 && w <= best && w + EDGE_COLS > best)
                near++;
        }
    }
    return best >= MIN_WRAP && near >= WIDEST_LINES ? best : 0;
}

/* The paragraphs' indentation: the most common one of lines that open a paragraph of
 * more than one line after a blank line. A list's wrapped lines, indented under their
 * bullets, never follow a blank line, and a numbered item is not a paragraph. */
static unsigned
base_indent(const char *t, const line *v, size_t n)
{
    size_t count[16] = {0};
    for (size_t i = 0; i + 1 < n; i++)
        if (v[i].gap && v[i].kind == L_TEXT && !v[i].mlen && !v[i].level && v[i].indent < 16 &&
            !v[i + 1].gap && v[i + 1].indent == v[i].indent && v[i + 1].kind == L_TEXT &&
            !list_marker(t + v[i].cs, v[i].en - v[i].cs, v[i].indent, true))
            count[v[i].indent]++;
    unsigned best = 0;
    for (unsigned k = 1; k < 16; k++)
        if (count[k] > count[best])
            best = k;
    return best;
}

/* Whether a line opens with a day written out as dates are where the day comes first
 * with a dot: a day number, its dot, one word (the month's name) and a year ("28. Januar
 * 2022", "3. April 2022"). Such a line looks like a numbered item, but a list numbers
 * its items with the year of none of them right after one word. */
static bool
dotted_day(const char *s, size_t n)
{
    size_t d = 0;
    while (d < n && d < 3 && newsclean_is_ascii_digit(s[d]))
        d++;
    if (d == 0 || d > 2 || d + 1 >= n || s[d] != '.' || s[d + 1] != ' ')
        return false;
    size_t w = d + 2, e = w;
    /* the month's name: letters, ASCII or not, and perhaps its abbreviation's dot */
    while (e < n && s[e] != ' ' && (newsclean_is_ascii_letter(s[e]) || (s[e] & 0x80)))
        e++;
    if (e < n && s[e] == '.')
        e++;
    if (e == w || e >= n || s[e] != ' ')
        return false;
    e++;
    if (e + 4 > n || !(s[e] == '1' || s[e] == '2'))
        return false;
    for (size_t k = e; k < e + 4; k++)
        if (!newsclean_is_ascii_digit(s[k]))
            return false;
    return true;
}

/* Numbered list items: a number set in from the paragraphs, where a tool put it. A
 * number at the paragraphs' own margin ("1. January 2023", "3. Platz") is text, and so
 * is a date set in (html2text indents what stood after a spacing character). Where the
 * item's next line hangs under its text, past the number, the number is an item's
 * wherever it stands: a paragraph's wrapped lines go on at its own margin. That holds
 * where the margin is misread too (a page whose comments, set in, outnumber the
 * article's paragraphs). */
static void
mark_numbers(const char *t, line *v, size_t n, unsigned base)
{
    for (size_t i = 0; i < n; i++) {
        line *l = &v[i];
        if (l->kind != L_TEXT || l->mlen || l->level)
            continue;
        if (dotted_day(t + l->cs, l->en - l->cs))
            continue;
        size_t mk = list_marker(t + l->cs, l->en - l->cs, l->indent, true);
        bool hangs = mk && i + 1 < n && !v[i + 1].gap && v[i + 1].kind == L_TEXT &&
                     !v[i + 1].mlen && !v[i + 1].level &&
                     v[i + 1].indent == l->indent + columns(t + l->cs, 0, mk, 0);
        if (mk && (l->indent > base || hangs)) {
            l->mlen = (unsigned char)(mk > 255 ? 255 : mk);
            l->textcol = l->indent + columns(t + l->cs, 0, mk, 0);
        }
    }
}

/* The length of the closing quotation mark in UTF-8 that ends t[lo, e), 0 if none: ’ and ”
 * (E2 80 99, E2 80 9D), and » (C2 BB) where 'guillemet' says so. */
static size_t
closing_quote_before(const char *t, size_t lo, size_t e, bool guillemet)
{
    if (e >= lo + 3 && (unsigned char)t[e - 3] == 0xE2 && (unsigned char)t[e - 2] == 0x80 &&
        ((unsigned char)t[e - 1] == 0x99 || (unsigned char)t[e - 1] == 0x9D))
        return 3;
    if (guillemet && e >= lo + 2 && (unsigned char)t[e - 2] == 0xC2 &&
        (unsigned char)t[e - 1] == 0xBB)
        return 2;
    return 0;
}

/* Whether a line ends a sentence: a full stop, question or exclamation mark, closing
 * quotes and brackets aside. */
static bool
ends_sentence(const char *t, const line *l)
{
    size_t e = l->en, q;
    while (e > l->cs + 1 && strchr("\"')]", t[e - 1]))
        e--;
    while ((q = closing_quote_before(t, l->cs, e, false)) > 0)
        e -= q;
    return e > l->cs && strchr(".!?", t[e - 1]);
}

/* Width of the first word of a line: what would have had to fit on the line above. */
static unsigned
first_word(const char *t, const line *l, unsigned by_cps)
{
    size_t a = l->cs + l->mlen, e = a;
    size_t k;
    uint32_t cp = newsclean_utf8_decode(t, l->en, a, &k);
    if (cp_width(cp) == 2)
        return by_cps ? 1 : 2; /* wide scripts break between any two characters */
    while (e < l->en && t[e] != ' ')
        e++;
    return columns(t, a, e, by_cps);
}

/* Whether a line goes on in lowercase, as a wrapped sentence often does. */
static bool
goes_on_lower(const char *t, const line *l)
{
    size_t k;
    uint32_t cp = newsclean_utf8_decode(t, l->en, l->cs + l->mlen, &k);
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF);
}

/* Words a no-break space may bind at a paragraph's end ("kanban-like&nbsp;schedule.",
 * "in 10&nbsp;km."): a longer last line is a line of its own. */
#define BOUND_WORDS 3

/* Columns a line's first word may have carried unseen: a paragraph that ends in a
 * no-break space ("sense.&nbsp;", as editors leave them) binds it to its last word, and
 * the tool moved both to a line of their own, though the word alone had room above; it
 * prints the space as a plain one and drops it. So does a no-break space inside the
 * paragraph's last few words: the tool moved them all, and only the whole last line
 * shows what had to fit. Only for a line going on in lowercase (after lynx's number of
 * a link) under a line that does not end a sentence: a sentence's end cut off, not a
 * line of its own. 'last': b is its block's last line. */
static unsigned
trailing_space_cols(const char *t, const line *a, const line *b, bool last, const shape *d)
{
    size_t st = b->cs + b->mlen, k, first = 0, spaces = 0;
    if (d->lynx && (k = link_number(t, st, b->en, false)) > 0)
        st += k;
    uint32_t cp = newsclean_utf8_decode(t, b->en, st, &k);
    bool lower = (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF);
    if (!lower || ends_sentence(t, a))
        return 0;
    for (k = st; k < b->en; k++)
        if (t[k] == ' ' && spaces++ == 0)
            first = k;
    if (spaces == 0)
        return 1;
    if (!last || spaces + 1 > BOUND_WORDS || !ends_sentence(t, b))
        return 0;
    return columns(t, first, b->en, d->by_cps);
}

/* Did the tool break line a because the next line's first word did not fit? Some tools
 * measure the width from the indentation (w3m's list items run past the paragraphs'
 * edge by their indentation), others from the margin (lynx's headings, set left of the
 * paragraphs, run past it by the paragraphs' indentation): a line may pass the wrap
 * width by either, and by the few columns the width may be underestimated by when few
 * lines show it. */
static bool
wrapped(const char *t, const line *a, const line *b, bool last, const shape *d)
{
    unsigned w = a->width[d->by_cps];
    unsigned over = a->indent > d->base ? a->indent : d->base;
    unsigned most = d->wrap + (over > EDGE_COLS ? over : EDGE_COLS);
    unsigned edge = a->narrow ? a->narrow : d->wrap;
    return d->wrap && w <= most &&
           w + 1 + first_word(t, b, d->by_cps) + trailing_space_cols(t, a, b, last, d) > edge;
}

/* How far in from the paragraphs' wrap width a quotation's may stand: html2text sets a
 * blockquote's right edge seven columns in, a nested one fifteen. */
#define NARROW_COLS 16
/* Lines of a set-in block, its last aside, that must reach its widest's edge. */
#define NARROW_EDGE_LINES 2

/* A block set in past the paragraphs (a quotation) may be wrapped narrower than they
 * are. Where the lines of such a block, its last aside, pile up at one edge a little
 * short of the paragraphs' width, and a line goes on in lowercase as wrapped sentences
 * do (a block of dates, names or titles does not), that edge is the block's wrap width. */
static void
narrow_blocks(const char *t, line *v, size_t n, const shape *d)
{
    for (size_t i = 0; d->wrap && i < n;) {
        size_t j = i;
        while (j + 1 < n && !v[j + 1].gap && v[j + 1].kind == L_TEXT && !v[j + 1].mlen &&
               !v[j + 1].level && v[j + 1].indent == v[i].indent)
            j++;
        bool lower = false;
        for (size_t k = i + 1; k <= j && !lower; k++)
            lower = goes_on_lower(t, &v[k]);
        if (v[i].indent <= d->base || v[i].kind != L_TEXT || v[i].level || j == i || !lower) {
            i = j + 1;
            continue;
        }
        unsigned widest = 0, near = 0;
        for (size_t k = i; k < j; k++)
            widest = v[k].width[d->by_cps] > widest ? v[k].width[d->by_cps] : widest;
        for (size_t k = i; k < j; k++)
            near += v[k].width[d->by_cps] + EDGE_COLS > widest;
        if (widest < d->wrap && widest + NARROW_COLS >= d->wrap && near >= NARROW_EDGE_LINES)
            for (size_t k = i; k <= j; k++)
                v[k].narrow = widest;
        i = j + 1;
    }
}

/* A dash set between spaces inside a sentence ("New Zealand – or Aotearoa – as the")
 * lands at the start of a line whenever the tool wraps before it, and then reads as a
 * list item's bullet. So does a word spelt as one of lynx's bullets: "o" ("or" in
 * Spanish and Italian, "the" in Portuguese, "about" in Polish), a '*' or '+' in the
 * text. A list item is set in past the line above it (lynx nests its bullets deeper
 * than the text of the item over them), or follows one that ends a sentence or a line
 * that stops short of the edge; a mark that carries on a line at the same margin that
 * could not take it plus its next word is the sentence's. */
static void
unmark_dashes(const char *t, line *v, size_t n, const shape *d)
{
    /* Only where lynx's layout shows: its list items are set in past the paragraphs. */
    for (size_t i = 1; d->wrap && d->base == LYNX_INDENT && i < n; i++) {
        line *l = &v[i];
        const line *a = &v[i - 1];
        const char *s = t + l->cs;
        size_t m = l->en - l->cs;
        bool dash = l->mlen && ((m > 1 && strchr("-*+o#@", s[0]) && s[1] == ' ') ||
                                (m > 3 && memcmp(s, "–", 3) == 0));
        if (!dash || l->gap || a->kind != L_TEXT || a->level || l->level ||
            l->indent != (a->mlen ? a->textcol : a->indent) || ends_sentence(t, a))
            continue;
        /* the dash, the space after it and the word it goes with had to fit */
        size_t e = l->cs + l->mlen;
        while (e < l->en && t[e] != ' ')
            e++;
        unsigned w = a->width[d->by_cps];
        unsigned over = a->indent > d->base ? a->indent : d->base;
        if (w > d->wrap + (over > EDGE_COLS ? over : EDGE_COLS) ||
            w + 1 + columns(t, l->cs, e, d->by_cps) <= d->wrap)
            continue;
        l->mlen = 0;
        l->textcol = l->indent;
    }
}

/* Whether a line opens as a block may: with a link number, a capital or an opening
 * quotation mark. */
static bool
opens_block(const char *t, const line *l)
{
    const char *s = t + l->cs;
    size_t m = l->en - l->cs, k;
    if (link_number(s, 0, m, false))
        return true;
    uint32_t cp = newsclean_utf8_decode(s, m, 0, &k);
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE) || cp == '"' || cp == 0x201C ||
           cp == 0x201E || cp == 0xAB;
}

/* Join two wrapped lines: a word broken after its hyphen, or wide script, takes no
 * space. */
static bool
join(newsclean_buf *b, const char *t, const line *l)
{
    const char *s = t + l->cs + l->mlen;
    size_t m = l->en - l->cs - l->mlen - l->tlen;
    if (m == 0)
        return true; /* a heading's closing stars alone */
    bool space = true;
    if (b->len >= 2 && b->data[b->len - 1] == '-' &&
        newsclean_is_ascii_letter(b->data[b->len - 2]) && newsclean_is_ascii_letter(s[0]))
        space = false;
    if (b->len > 0) {
        size_t st = b->len - 1, k;
        while (st > 0 && ((unsigned char)b->data[st] & 0xC0) == 0x80)
            st--;
        uint32_t last = newsclean_utf8_decode(b->data, b->len, st, &k);
        uint32_t next = newsclean_utf8_decode(s, m, 0, &k);
        if (cp_width(last) == 2 && cp_width(next) == 2)
            space = false;
    }
    return (!space || newsclean_buf_append_char(b, ' ')) && newsclean_buf_append(b, s, m);
}

/* Whether the n bytes at s end in an image file's extension ("quay.jpg"). */
static bool
image_extension(const char *s, size_t n)
{
    static const char *const exts[] = {".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp"};
    for (size_t k = 0; k < sizeof exts / sizeof exts[0]; k++) {
        size_t l = strlen(exts[k]);
        if (n > l && strncasecmp(s + n - l, exts[k], l) == 0)
            return true;
    }
    return false;
}

/* Whether the n bytes at s are an image file's name ("quay.jpg"). lynx names a picture by
 * its whole address's last part, the query that sizes or versions it included
 * ("hero.jpg?w=800&q=75", "logo.png?t=1485174240"), so the name may stop at a '?' or '&'. */
static bool
image_file(const char *s, size_t n)
{
    if (image_extension(s, n))
        return true;
    size_t path = 0;
    while (path < n && s[path] != '?' && s[path] != '&')
        path++;
    return path > 0 && path < n && !memchr(s, ' ', n) && image_extension(s, path);
}

/* Bytes of a bracketed image file name at s ("[quay.jpg]"), as w3m and lynx write an
 * image without a description; 0 if none. */
static size_t
image_name(const char *s, size_t n)
{
    if (n < 6 || s[0] != '[')
        return 0;
    const char *e = memchr(s, ']', n);
    if (!e || memchr(s, ' ', (size_t)(e - s)))
        return 0;
    size_t end = (size_t)(e - s) + 1;
    return image_file(s + 1, end - 2) ? end : 0;
}

/* Whether the group of n bytes inside a pair of brackets at s reads as a file's name or
 * address: an image's extension, or the marks of a path or a query. A name wrapped by
 * the tool may hold a space or two; a run of plain words holds none of these. */
static bool
name_shaped(const char *s, size_t n)
{
    if (image_file(s, n))
        return true;
    for (size_t k = 0; k < n; k++)
        if (s[k] && strchr("=%/_\\", s[k]))
            return true;
    return false;
}

/* Most words of the label that opens a bracketed pointer ("[Read more: ...]"). */
#define POINTER_LABEL_WORDS 3

/* Whether the group of n bytes inside a pair of brackets at s points the reader to another
 * story, as editors bracket such pointers in the text: a short label and a colon
 * ("Related: ...", "Lesen Sie auch: ..."), or the word "read" ("Also read ..."). Such a
 * group is left out as the picture it was taken for, the way a pointer's link is. */
static bool
bracketed_pointer(const char *s, size_t n)
{
    size_t words = 0;
    bool label = true;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t e = i;
        while (e < n && s[e] != ' ')
            e++;
        if (e == i)
            break;
        words++;
        size_t w = e - i - (s[e - 1] == ':' || s[e - 1] == ',' || s[e - 1] == '.');
        if (w == 4 && strncasecmp(s + i, "read", 4) == 0)
            return true;
        if (label && s[e - 1] == ':' && words <= POINTER_LABEL_WORDS)
            return true;
        label = words < POINTER_LABEL_WORDS;
        i = e;
    }
    return false;
}

/* A piece that is only bracketed image descriptions ("[Crowds on the quay]"), which
 * w3m and html2text give every image; if not 'any', only short ones ("[Photo]"), as a
 * bracketed sentence may also be text. With 'names', a long group counts only where it
 * is a file's name: lynx writes a description as plain text and brackets a picture only
 * when it has none, by its file name, so a bracketed run of words there is the page's
 * own ("[Read: ...]", an editor's note). */
static bool
only_images(const char *s, size_t n, bool any, bool names)
{
    size_t i = 0, groups = 0;
    while (i < n) {
        if (s[i] == ' ') {
            i++;
            continue;
        }
        if (s[i] != '[')
            return false;
        const char *e = memchr(s + i, ']', n - i);
        size_t in = e ? (size_t)(e - (s + i)) - 1 : 0, spaces = 0;
        if (!e || memchr(s + i + 1, '[', in))
            return false;
        for (size_t k = i + 1; k <= i + in; k++)
            spaces += s[k] == ' ';
        if (spaces >= IMAGE_WORDS &&
            (!any || (names && !name_shaped(s + i + 1, in) && !bracketed_pointer(s + i + 1, in))))
            return false;
        groups++;
        i = (size_t)(e - s) + 1;
    }
    return groups > 0;
}

/* Marks the dump tools leave for form fields, frames, edits and images: lynx's
 * "(BUTTON)", "____" and "[INS: ... :INS]", w3m's "[    ]", html2text's "[Unknown INPUT
 * type]" and "[Image]", image file names. Bytes to skip at s, 0 if none starts there. */
static size_t
tool_mark(const char *s, size_t n)
{
    static const char *const marks[] = {"(BUTTON)", "[BUTTON Input]", "[Unknown INPUT type]",
                                        "[Image]",  "IFRAME:",        "[INLINE]",
                                        "[IMG]",    "[INS:",          ":INS]",
                                        "[DEL:",    ":DEL]"};
    if (n == 0 || !strchr("([I:_", s[0]))
        return 0; /* every mark opens with one of these */
    for (size_t k = 0; k < sizeof marks / sizeof marks[0]; k++) {
        size_t m = strlen(marks[k]);
        if (n >= m && memcmp(s, marks[k], m) == 0 && (n == m || s[m] == ' '))
            return m;
    }
    size_t u = image_name(s, n);
    if (u)
        return u;
    while (u < n && s[u] == '_')
        u++;
    if (u >= 4)
        return u;
    if (n >= 3 && s[0] == '[') {
        size_t e = 1;
        while (e < n && s[e] == ' ')
            e++;
        if (e >= 3 && e < n && s[e] == ']')
            return e + 1;
    }
    return 0;
}

/* Characters w3m keeps of an image's file name where the image has no description. */
#define W3M_NAME_CHARS 10
/* Fewest characters of such a name taken: a note's mark ("[M1]", "[fn3]") is shorter. */
#define W3M_NAME_MIN 5

/* Bytes of a bracketed file name without its extension at s, as w3m writes an image that
 * has no description ("[d9dd6f61-b]", "[hero_2024]"), cut to W3M_NAME_CHARS; 0 if none.
 * Only a name a word is not: one in lowercase cut to that length, or one that mixes
 * letters with digits, '-' or '_'. A bare number ("[3]") is a footnote's or a link's, a
 * word ("[sic]", "[edit]", "[Correction]") the page's. */
static size_t
file_mark(const char *s, size_t n)
{
    if (n < 3 || s[0] != '[')
        return 0;
    size_t k = 1;
    bool letter = false, other = false, upper = false;
    for (; k < n && k <= W3M_NAME_CHARS + 1 && s[k] != ']'; k++) {
        char c = s[k];
        upper = upper || (c >= 'A' && c <= 'Z');
        if (newsclean_is_ascii_letter(c))
            letter = true;
        else if (newsclean_is_ascii_digit(c) || c == '-' || c == '_')
            other = true;
        else
            return 0;
    }
    if (k >= n || s[k] != ']' || k - 1 < W3M_NAME_MIN || !letter || (k + 1 < n && s[k + 1] != ' '))
        return 0;
    return other || (k - 1 == W3M_NAME_CHARS && !upper) ? k + 1 : 0;
}

/* Fewest characters of a run of Base64 taken for an inlined file's data rather than a
 * word: no word of any language mixes cases and digits over so many letters. */
#define BASE64_CHARS 20

/* Bytes of a run of Base64 at s, as html2text prints a picture inlined as a data: URL,
 * up to the next space; 0 if the word there is not one. */
static size_t
base64_run(const char *s, size_t n)
{
    size_t k = 0;
    bool up = false, low = false, dig = false;
    for (; k < n && s[k] != ' '; k++) {
        char c = s[k];
        if ((c == '[' && k == 0) || (c == ']' && (k + 1 == n || s[k + 1] == ' ')))
            continue; /* the brackets round a picture */
        if (c >= 'A' && c <= 'Z')
            up = true;
        else if (c >= 'a' && c <= 'z')
            low = true;
        else if (newsclean_is_ascii_digit(c))
            dig = true;
        else if (c != '+' && c != '/' && c != '=')
            return 0;
    }
    return k >= BASE64_CHARS && up && low && dig ? k : 0;
}

/* Whether the word that ends at s[last - 1] with a full stop has another inside it ("p.m.",
 * "U.S."): an abbreviation, which ends no sentence ("By Jane Doe March 5, 2024 at 11:58
 * p.m." closes a byline's date). */
static bool
abbreviation_at(const char *s, size_t last)
{
    if (last < 2 || s[last - 1] != '.')
        return false;
    for (size_t k = last - 1; k-- > 0 && s[k] != ' ';)
        if (s[k] == '.')
            return true;
    return false;
}

/* Length of a bracketed number that ends s[0..n) with the '^' lynx sets before a
 * footnote's ("...in 1990.^[12]", "...said.[3]"), 0 if none: a sentence that a link to
 * its source or note closes still ends where its full stop stands. */
static size_t
trailing_number(const char *s, size_t n)
{
    if (n < 3 || s[n - 1] != ']')
        return 0;
    size_t i = n - 1;
    while (i > 0 && newsclean_is_ascii_digit(s[i - 1]))
        i--;
    if (i == n - 1 || i == 0 || s[i - 1] != '[')
        return 0;
    i--;
    if (i > 0 && s[i - 1] == '^')
        i--;
    return n - i;
}

/* Copy a piece's text into out without the tool's marks, counting the code points that
 * were link text: those after a lynx link number, up to the next punctuation, number or
 * LINK_WORDS words, and html2text's underscored words. */
static bool
clean_piece(const char *s, size_t n, const shape *d, bool heading, unsigned long *next,
            newsclean_buf *out, size_t *links)
{
    size_t from = out->len;
    size_t words_left = 0;
    *links = 0;
    /* lynx's list of the page's <link rel> targets opens with '#': all of it is links. */
    bool all_links = d->lynx && n > 1 && s[0] == '#' && link_number(s, 1, n, false);
    if (all_links)
        s++, n--;
    /* A short piece that opens with a link is that link up to the next one or a sentence's
     * end: a menu entry, a teaser's title. Elsewhere a link is taken for a few words. */
    size_t spaces = 0;
    for (size_t i = 0; i < n && spaces <= TITLE_WORDS; i++)
        spaces += s[i] == ' ';
    /* A piece that ends with a full stop is a sentence, which a title or a menu entry
     * rarely is: its opening link is a few words, as elsewhere. */
    size_t last = n, q;
    for (;;) {
        if ((q = trailing_number(s, last)) > 0)
            last -= q;
        else if (last > 0 && s[last - 1] && strchr(")]\"' ", s[last - 1]))
            last--;
        /* closing quotes as editors set them after a quoted sentence */
        else if ((q = closing_quote_before(s, 0, last, true)) > 0)
            last -= q;
        else
            break;
    }
    bool sentence = last > 0 && (s[last - 1] == '.' || s[last - 1] == ':');
    bool ends = sentence || (last > 0 && (s[last - 1] == '!' || s[last - 1] == '?'));
    ends = ends && !abbreviation_at(s, last);
    bool text_first = false, any_link = false; /* words before the first link */
    bool after = false, between = false;       /* words after a link, before another */
    bool opens = d->lynx && spaces <= TITLE_WORDS && !sentence && link_number(s, 0, n, false);
    size_t word = 0;  /* where the current word starts, after any link number */
    bool b64 = false; /* a run of Base64 was left out */
    for (size_t i = 0; i < n;) {
        if (i > 0 && s[i - 1] == ' ')
            word = i;
        bool start = i == word;
        size_t k;
        bool glued = false;
        unsigned long num;
        if (d->lynx &&
            ((k = link_number(s, i, n, true)) ||
             (d->listed && (glued = (k = next_number(s, i, n, *next)) > 0))) &&
            listed_number(d, s + i, &num)) {
            if (!any_link)
                text_first = out->len > from;
            between = between || after;
            any_link = true;
            if (num >= *next)
                *next = num + 1;
            /* Glued to the text before and after it, the number stood between two of the
             * page's elements ("hejfish[37]7. Januar"): they keep a space between them. */
            if (glued && i + k < n && s[i + k] != ' ' && s[i + k] != '[' && out->len > from &&
                out->data[out->len - 1] != ' ' && !split_link_word(s, i, i + k, n) &&
                !newsclean_buf_append_char(out, ' '))
                return false;
            bool inpage = heading && num < d->ninpage && d->inpage[num].s &&
                          names_text(&d->inpage[num], s + i + k, n - i - k);
            words_left = inpage ? 0 : opens && i == 0 ? SIZE_MAX : LINK_WORDS;
            /* Where the address spells the link's first words, the link ends with them. */
            size_t named = words_left == LINK_WORDS && num < d->nslugs && d->slugs[num].s
                               ? slug_words(&d->slugs[num], s + i + k, n - i - k, LINK_WORDS)
                               : 0;
            if (named)
                words_left = named;
            i += k;
            word = i;
            continue;
        }
        size_t b = 0;
        if (start && ((k = tool_mark(s + i, n - i)) || (b = k = base64_run(s + i, n - i)) ||
                      (d->wrap && (k = file_mark(s + i, n - i))))) {
            b64 = b64 || b;
            i += k;
            /* and the space after it, where nothing stands before it */
            if (i < n && s[i] == ' ' && (out->len == from || out->data[out->len - 1] == ' '))
                i++;
            word = i;
            continue;
        }
        if (start && d->underscored) {
            size_t e = i;
            while (e < n && s[e] != ' ')
                e++;
            if (underscored_word(s + i, e - i)) {
                for (size_t j = i; j < e; j++)
                    if (!newsclean_buf_append_char(out, s[j] == '_' ? ' ' : s[j]))
                        return false;
                *links += newsclean_td_cps(s + i, e - i);
                i = e;
                continue;
            }
        }
        if (!words_left) {
            /* Outside a link, the rest of the word goes over at once. */
            size_t e = i + 1;
            while (s[i] != ' ' && e < n && s[e] != ' ' && s[e] != '[')
                e++;
            if (s[i] != ' ' && e < n && s[e] == ' ')
                e++;
            if (!newsclean_buf_append(out, s + i, e - i))
                return false;
            after = after || (any_link && s[i] != ' ');
            i = e;
            continue;
        }
        char c = s[i];
        if (!newsclean_buf_append_char(out, c))
            return false;
        i++;
        if (((unsigned char)c & 0xC0) != 0x80)
            (*links)++;
        if (c == ' ' && words_left != SIZE_MAX && --words_left == 0)
            continue;
        if (strchr(words_left == SIZE_MAX ? ".!?|" : ".,;:!?|", c) && (i == n || s[i] == ' '))
            words_left = 0;
    }
    /* Markdown's link markup in a dump not taken for Markdown. */
    if (out->len - from > 3 && memchr(out->data + from, ']', out->len - from))
        out->len = from + newsclean_td_leftover_links(out->data + from, out->len - from, links);
    if (out->len == from)
        return true;
    /* What is left between runs of Base64 is more of it, broken where the tool wrapped. */
    size_t rest = from;
    while (b64 && rest < out->len &&
           (strchr(" +/=[]", out->data[rest]) || newsclean_is_ascii_letter(out->data[rest]) ||
            newsclean_is_ascii_digit(out->data[rest])))
        rest++;
    if (b64 && rest == out->len) {
        out->len = from;
        *links = 0;
        return true;
    }
    /* Where lynx's layout shows (paragraphs set in, wrapped), its short brackets and its
     * bracketed file names are pictures, with link numbers or without (-nolist). */
    bool lynx_layout = d->lynx || (d->base && d->wrap);
    if (only_images(out->data + from, out->len - from, lynx_layout || d->underscored,
                    lynx_layout && !d->underscored)) {
        out->len = from;
        *links = 0;
    } else if (all_links) {
        *links = newsclean_td_cps(out->data + from, out->len - from);
    } else if ((text_first || between) && ends) {
        /* A sentence that opens with words of its own, or has some between two links,
         * holds its links; a menu entry or a title opens with one and has no more. The dump
         * does not say where a link ends, and the words counted after each number may reach
         * the sentence's end. */
        size_t cps = newsclean_td_cps(out->data + from, out->len - from);
        if (*links * 2 > cps)
            *links = cps / 2;
    }
    return true;
}

/* Lynx sets headings apart from its indented paragraphs: h1 centred, the others at the
 * margin. A one-line piece between blank lines laid out so is a heading. */
static unsigned
layout_heading(const line *l, bool alone, const shape *d)
{
    if (!alone || l->mlen || l->level || !d->base)
        return 0;
    if (l->indent >= d->base + CENTRED_COLS)
        return 1;
    return l->indent < d->base ? 2 : 0;
}

/* How a line reads as program code: STRONG where it ends as statements and blocks do
 * (';', '{', '}') or opens with a comment, WEAK where it is dense with brackets and
 * operators and ends with one. */
enum { CODE_NO = 0, CODE_WEAK, CODE_STRONG };
/* Words of a keyword line that may open a block of code ("SELECT", "#include <x.h>"). */
#define OPENER_WORDS 2

static int
code_line(const char *t, const line *l)
{
    const char *s = t + l->cs;
    size_t m = l->en - l->cs;
    char last = s[m - 1];
    if (last == '{' || last == '}' || last == ';')
        return CODE_STRONG;
    if (m >= 2 && s[0] == '/' && (s[1] == '/' || s[1] == '*'))
        return CODE_STRONG;
    /* SQL's and Lua's line comment; prose's dash is written closed up or as one mark. */
    if (m >= 4 && s[0] == '-' && s[1] == '-' && s[2] == ' ' && s[3] != '-')
        return CODE_STRONG;
    if (!last || !strchr(")],([", last))
        return CODE_NO;
    size_t sym = 0;
    for (size_t i = 0; i < m && sym < 2; i++)
        sym += s[i] && strchr("{}()[];=<>", s[i]) != NULL;
    return sym >= 2 ? CODE_WEAK : CODE_NO;
}

/* Whether a line holds a table's inner grid, as w3m and html2text draw a <pre>'s or a
 * table's cells: a vertical bar or a crossing of the box-drawing block (U+2502, U+250x to
 * U+256x crossings), never the plain rules a tool draws for <hr>. */
static bool
grid_line(const char *s, size_t m)
{
    for (size_t i = 0; i + 2 < m; i++) {
        const unsigned char *u = (const unsigned char *)s + i;
        if (u[0] != 0xE2 || u[1] != 0x94)
            continue;
        /* U+2502 vertical; U+251C..U+253C tees and crossings. */
        if (u[2] == 0x82 || (u[2] >= 0x9C && u[2] <= 0xBC))
            return true;
    }
    return false;
}

/* A rule of thin box lines ("────") under a column name: the head of a query's result
 * or a table; w3m's <hr> is drawn in heavy ones ("━━━"). */
static bool
thin_rule(const char *s, size_t m)
{
    return m >= 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x94 &&
           (unsigned char)s[2] == 0x80;
}

/* How a line of a hard-wrapped dump reads as a <pre>'s line, beyond code_line(): STRONG
 * where it holds a grid of box lines or is a thin rule, WEAK where it ends open (a comma
 * or an opening bracket) without reaching the wrap width, as no wrapped paragraph's line
 * does. Indentation says nothing here: w3m sets quotations and centred text in too.
 * Dumps with one line per block have no such layout. */
static int
layout_line(const char *t, const line *l, const shape *d)
{
    const char *s = t + l->cs;
    size_t m = l->en - l->cs;
    if (l->kind == L_RULE)
        return thin_rule(s, m) ? CODE_STRONG : CODE_NO;
    int c = code_line(t, l);
    if (c || !d->wrap || l->kind != L_TEXT || l->mlen)
        return c;
    if (grid_line(s, m))
        return CODE_STRONG;
    if (l->width[d->by_cps] + EDGE_COLS > d->wrap)
        return CODE_NO;
    char last = s[m - 1];
    if (last == ',' || last == '(' || last == '[')
        return CODE_WEAK;
    return CODE_NO;
}

/* The last line of a block of code starting at line i (blank lines inside it allowed,
 * at most one line in a row that does not read as code), or i - 1 if no block starts
 * there. A block holds two or more lines, two thirds of them code and one at least
 * clearly so. '*checked' is where the lines already looked at end, so that a failed
 * block is not looked at again from each of its lines. */
static size_t
code_block(const char *t, const line *v, size_t n, size_t i, const shape *d, size_t *checked)
{
    size_t last = i, code = 0, strong = 0, total = 0, plain_run = 0;
    size_t code_at_last = 0, strong_at_last = 0, total_at_last = 0;
    if (i < *checked || v[i].kind != L_TEXT)
        return i - 1;
    /* A keyword alone ("SELECT", "else") may open a block whose next line is code; a line
     * that ends as a sentence does is the text leading into it. */
    const char *s0 = t + v[i].cs;
    size_t m0 = v[i].en - v[i].cs, spaces = 0;
    for (size_t k = 0; k < m0; k++)
        spaces += s0[k] == ' ';
    bool opener = d->wrap && spaces < OPENER_WORDS && i + 1 < n && !v[i + 1].gap &&
                  v[i + 1].kind == L_TEXT && !strchr(".:!?", s0[m0 - 1]) &&
                  layout_line(t, &v[i + 1], d);
    bool lead = !layout_line(t, &v[i], d);
    if (lead && !opener)
        return i - 1;
    /* The keyword is not counted: the lines after it must make a block by themselves. */
    for (size_t k = i + lead; k < n; k++) {
        const line *l = &v[k];
        if (l->level || l->hcont || l->kind == L_UNDERLINE)
            break;
        int c = layout_line(t, l, d);
        if (l->kind != L_TEXT && !c)
            break;
        if (k > i + lead && l->gap && !c)
            break; /* a blank line and then text: the block has ended */
        plain_run = c ? 0 : plain_run + 1;
        if (plain_run > 1)
            break;
        total++;
        code += c != CODE_NO;
        strong += c == CODE_STRONG;
        if (c) {
            last = k;
            code_at_last = code;
            strong_at_last = strong;
            total_at_last = total;
        }
    }
    /* A failed block after a keyword is looked at again from its next line. */
    if (!lead)
        *checked = last + 1;
    if (last == i || (lead && last == i + 1) || strong_at_last == 0 ||
        code_at_last * 3 < total_at_last * 2)
        return i - 1;
    return last;
}

/* Where a tool sets paragraphs in from the margin (lynx), a <pre> block comes out at the
 * margin, line for line as written and never wrapped: lines left of the paragraphs
 * that run on into the next line without a blank one, many of them at the margin. The last line of
 * such a block, or i - 1 if none starts at line i. Text at the margin wraps (table cells, long
 * headings) and carries link numbers; a block of that is not preformatted. */
static size_t
pre_block(const char *t, const line *v, size_t n, size_t i, const shape *d)
{
    const line *l = &v[i];
    if (!d->base || !d->wrap || l->kind != L_TEXT || l->level || l->mlen || l->hcont ||
        l->indent >= d->base || i + 1 >= n || v[i + 1].gap)
        return i - 1;
    size_t j = i, edge = 0, lines = 0, margin = 0, deeper = 0;
    unsigned first_step = 0;
    bool steps = false; /* lines set in past the margin at two depths or more */
    for (;; j++) {
        const line *k = &v[j];
        if (k->level || k->hcont || k->kind == L_UNDERLINE)
            return i - 1;
        if (k->kind == L_TEXT) {
            const char *s = t + k->cs;
            size_t m = k->en - k->cs;
            for (size_t c = 0; c + 3 < m; c++)
                if (s[c] == '[' && link_number(s, c, m, true))
                    return i - 1;
            unsigned w = k->width[d->by_cps];
            edge += w + EDGE_COLS > d->wrap && w <= d->wrap + EDGE_COLS;
            margin += k->indent < d->base;
            if (k->indent > d->base && !k->mlen && m > 1) {
                deeper++;
                steps = steps || (first_step && k->indent != first_step);
                first_step = first_step ? first_step : k->indent;
            }
            lines++;
        }
        if (j + 1 >= n || v[j + 1].gap)
            break;
    }
    /* Nested code (YAML, Python) steps in past the paragraphs' margin at several depths,
     * as a heading over text set in at one depth (a definition list) does not; nor does
     * it wrap, as text set in does, and a lone bullet mark is no step of it. */
    if (steps && edge == 0)
        margin += deeper;
    /* A title at the margin over a teaser set in below it is not code either: code
     * keeps returning to the margin (or stepping in from it). */
    if (j == i || edge * 3 > lines || margin * 5 < lines * 2)
        return i - 1;
    return j;
}

/* Lines an image's description may wrap over. */
#define IMAGE_LINES 6

/* The last of the lines from i that are one bracketed image description, as the tools
 * without blank lines between blocks (html2text) print a picture: line i opens with '['
 * (not a link number) and the first ']' ends a line, with no '[' before it; SIZE_MAX if
 * not. Wrapped, its first word is long (underscored as a link's) and seems not to have
 * fitted on the line above, which would join the picture to the block before it. */
static size_t
image_lines(const char *t, const line *v, size_t n, size_t i)
{
    const line *l = &v[i];
    if (l->kind != L_TEXT || l->mlen || l->level || l->en - l->cs < 3 || t[l->cs] != '[' ||
        t[l->cs + 1] == ']' || link_number(t + l->cs, 0, l->en - l->cs, true))
        return SIZE_MAX;
    for (size_t k = i; k < n && k < i + IMAGE_LINES; k++) {
        const line *x = &v[k];
        if (k > i && (x->gap || x->kind != L_TEXT || x->mlen || x->level))
            return SIZE_MAX;
        size_t from = k == i ? x->cs + 1 : x->cs;
        const char *open = memchr(t + from, '[', x->en - from);
        const char *close = memchr(t + from, ']', x->en - from);
        if (open && (!close || open < close))
            return SIZE_MAX;
        if (close)
            return close == t + x->en - 1 ? k : SIZE_MAX;
    }
    return SIZE_MAX;
}

/* A line that opens with lynx's mark for a form's button. */
static bool
button_line(const char *t, const line *l)
{
    return l->en - l->cs >= 8 && memcmp(t + l->cs, "(BUTTON)", 8) == 0;
}

/* Whether a piece's text so far leaves a bracket open. */
static bool
bracket_open(const newsclean_buf *b)
{
    long depth = 0;
    for (size_t k = 0; k < b->len; k++)
        depth += b->data[k] == '[' ? 1 : b->data[k] == ']' ? -1 : 0;
    return depth > 0;
}

/* Lines into pieces: a piece runs on while the tool broke lines only because the next
 * word did not fit, in the same column. */
static bool
assemble(const char *t, const line *v, size_t n, const shape *d, newsclean_td_pieces *out)
{
    newsclean_buf raw;
    newsclean_buf_init(&raw);
    bool ok = true;
    size_t checked = 0;
    unsigned long next = 1;      /* lynx's next link number (see next_number()) */
    size_t table_end = SIZE_MAX; /* the last line of the table laid out in spaces last read */
    bool table_figures = false;  /* whether it has figures (see laid_out_figures()) */
    for (size_t i = 0; i < n && ok;) {
        const line *l = &v[i];
        if (l->kind != L_TEXT) {
            out->gap = true;
            i++;
            continue;
        }
        if (l->gap)
            out->gap = true;
        raw.len = 0;
        /* A block of code is one piece, as a browser's innerText runs a <pre> together
         * once spaces are collapsed. */
        size_t end = code_block(t, v, n, i, d, &checked);
        if (end == i - 1)
            end = pre_block(t, v, n, i, d);
        if (end != i - 1) {
            for (size_t k = i; k <= end && ok; k++)
                ok = v[k].kind != L_TEXT ||
                     ((raw.len == 0 || newsclean_buf_append_char(&raw, ' ')) &&
                      newsclean_buf_append(&raw, t + v[k].cs, v[k].en - v[k].cs));
            size_t off = out->text.len, links = 0;
            ok = ok &&
                 clean_piece(raw.data ? raw.data : "", raw.len, d, false, &next, &out->text,
                             &links) &&
                 newsclean_td_pieces_close(out, off, links, 0, false);
            i = end + 1;
            continue;
        }
        const char *s = t + l->cs + l->mlen + l->hlen;
        size_t m = l->en - l->cs - l->mlen - l->hlen - l->tlen;
        size_t at[TIGHT_CELLS], tight = tight_row(t, v, n, i, at);
        /* a second space where the tool had room for one only, so the cells part */
        for (size_t k = 0, from = 0; ok && k <= tight; k++) {
            size_t to = k < tight ? at[k] : m;
            ok = newsclean_buf_append(&raw, s + from, to - from) &&
                 (k == tight || newsclean_buf_append_char(&raw, ' '));
            from = to;
        }
        size_t j = i;
        bool glue = false, lynx_layout = d->lynx || (d->base && d->wrap);
        bool centred = d->base && l->indent >= d->base + CENTRED_COLS;
        unsigned col = l->mlen ? l->textcol : l->indent;
        /* A picture's description is a block of its own: it ends where its bracket
         * closes, and a block does not run on into one. */
        size_t image = image_lines(t, v, n, i);
        while (ok && j + 1 < n) {
            const line *a = &v[j], *b = &v[j + 1];
            if (b->hcont) {
                ok = join(&raw, t, b);
                j++;
                continue;
            }
            if (l->level || j == image)
                break;
            if (image == SIZE_MAX && image_lines(t, v, n, j + 1) != SIZE_MAX && !bracket_open(&raw))
                break;
            bool underlined = j + 2 < n && v[j + 2].kind == L_UNDERLINE;
            /* A wrapped line back under its "bullet": the mark was the text's own; a first
             * line set in from the paragraphs goes on at their margin. */
            bool column = b->indent == col || (l->mlen && b->indent == l->indent) ||
                          (!l->mlen && b->indent == d->base && l->indent > d->base) ||
                          (centred && b->indent >= d->base + CENTRED_COLS);
            /* A centred heading too long for one line fills the first from the margin. */
            column = column || (d->base && b->indent >= d->base + CENTRED_COLS &&
                                a->indent < d->base && a->width[d->by_cps] >= d->wrap);
            if (b->gap || b->kind != L_TEXT || b->level || b->mlen || underlined || !column ||
                !wrapped(t, a, b, j + 2 >= n || v[j + 2].gap || v[j + 2].kind != L_TEXT, d) ||
                table_row(t, a) || table_row(t, b))
                break;
            /* Lynx writes a form's button where it stands, right under the block before
             * it ("(BUTTON) More" under a caption): prose does not go on with one. */
            if (lynx_layout && button_line(t, b))
                break;
            /* Lynx sets a block right under the one before it, without a blank line, where
             * it does not know the tag (a <figure> with its picture and caption, a tag
             * link after the text): a sentence's end, then a capital or a link, may be
             * such a seam. The piece is cut there and joined again later unless the cut
             * shows itself (see unglue()). */
            if (lynx_layout && ends_sentence(t, a) && opens_block(t, b)) {
                glue = true;
                break;
            }
            ok = join(&raw, t, b);
            j++;
        }
        /* Headings are short: one line, or two where a long one wrapped. */
        bool alone = (l->gap || i == 0) && j <= i + 1 && (j + 1 == n || v[j + 1].gap);
        unsigned level = l->level ? l->level : layout_heading(l, alone, d);
        /* Centred over its second line: lynx's h1. */
        if (level == 2 && j > i && v[j].indent >= d->base + CENTRED_COLS)
            level = 1;
        /* Headings marked with stars or '#' sit on their own, blank lines or not. */
        if (l->hlen)
            out->gap = true;
        size_t off = out->text.len, links = 0;
        ok = ok && clean_piece(raw.data ? raw.data : "", raw.len, d, level > 0, &next, &out->text,
                               &links);
        /* A table's row laid out in spaces keeps its cells apart: a tab for each gap of
         * two spaces or more (textdump_table.c reads the rows). */
        if (ok && out->text.len > off && j == i && !l->level && !l->mlen && !l->hlen &&
            (table_row(t, l) || tight)) {
            char *row = out->text.data + off;
            out->text.len = off + cells_split(row, out->text.len - off);
            out->text.data[out->text.len] = '\0';
            /* Without a figure in its rows it is a menu or a grid of pictures laid out in
             * columns, and the passes below read it as the words it is. */
            if (table_end == SIZE_MAX || i > table_end)
                table_figures = laid_out_figures(t, v, n, i, &table_end);
            if (!table_figures)
                newsclean_td_untab(row, out->text.len - off);
        }
        ok = ok && newsclean_td_pieces_close(out, off, links, level, l->mlen > 0);
        if (l->hlen || l->level)
            out->gap = true;
        out->glued = glue && out->text.len > off;
        i = j + 1;
    }
    newsclean_buf_free(&raw);
    return ok;
}

/* Words of a piece compared for repeats: captions are short, and longer pieces are
 * not looked at, which keeps the pass linear in the dump. */
#define REPEAT_WORDS 60
/* Fewest words of a piece dropped as a repeat of the next one. */
#define REPEAT_MIN_WORDS 6
/* Words past which a piece not ending as a sentence may still be a description. */
#define REPEAT_LONG_WORDS 12
/* Share of a piece's words the next piece must hold for the first to be its repeat. */
#define REPEAT_SHARE 0.8

/* Hashes of the words of s[0, n), case folded and without the punctuation around them
 * (ASCII marks and the quotes and dashes of U+2010..U+201F), sorted; how many, or
 * SIZE_MAX past 'cap' words. */
static int
cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static size_t
word_hashes(const char *s, size_t n, uint64_t *out, size_t cap, uint64_t *first)
{
    size_t k = 0;
    for (size_t i = 0; i < n;) {
        while (i < n && s[i] == ' ')
            i++;
        if (i == n)
            break;
        uint64_t h = 1469598103934665603ULL;
        bool any = false;
        while (i < n && s[i] != ' ') {
            unsigned char c = (unsigned char)s[i];
            if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
                (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x9F) {
                i += 3;
                continue;
            }
            i++;
            if (c < 0x80 && !newsclean_is_ascii_letter((char)c) &&
                !newsclean_is_ascii_digit((char)c))
                continue;
            h = (h ^ (c >= 'A' && c <= 'Z' ? c | 0x20 : c)) * 1099511628211ULL;
            any = true;
        }
        if (!any)
            continue;
        if (k == cap)
            return SIZE_MAX;
        if (k == 0)
            *first = h;
        out[k++] = h;
    }
    qsort(out, k, sizeof *out, cmp_u64);
    return k;
}

/* Most words after a doubled description: the credit a caption ends with. */
#define CREDIT_WORDS 8
/* Most words of a description said twice: a caption's. */
#define CAPTION_WORDS 25

/* Where a piece ends with words said twice over, two to CAPTION_WORDS of them, and at
 * most a credit after ("Scatter plot Scatter plot", "...the stone. Moss on a stone. Moss
 * on a stone. (J. Doe)"): the first copy's start, and its bytes with the space after it
 * in *cut. 0 in *cut if none. Only the piece's last words are looked at, which keeps the
 * pass linear; a paragraph that says a phrase twice goes on after it. */
static size_t
doubled_tail(const char *s, size_t len, size_t *cut)
{
    *cut = 0;
    size_t starts = 0, a = len;
    while (a > 0 && starts <= 2 * CAPTION_WORDS + CREDIT_WORDS) {
        a--;
        if (a > 0 && s[a - 1] != ' ')
            continue;
        if (s[a] == ' ')
            continue;
        starts++;
        size_t words = 1;
        for (size_t h = a; h < len && words <= CAPTION_WORDS; h++) {
            if (s[h] != ' ')
                continue;
            size_t x = h - a, rest = 0;
            if (words >= 2 && h + 1 + x <= len && memcmp(s + a, s + h + 1, x) == 0 &&
                (h + 1 + x == len || s[h + 1 + x] == ' ')) {
                for (size_t k = h + 1 + x; k < len; k++)
                    rest += s[k] == ' ';
                if (rest <= CREDIT_WORDS) {
                    *cut = x + 1;
                    return a;
                }
            }
            words++;
        }
    }
    return 0;
}

/* Lynx, w3m and html2text print an image's description as well as its caption, which
 * mostly says the same: a piece whose words nearly all come again in the next piece is
 * dropped. And a link round a picture and its caption together give the caption twice
 * on one line ("Scatter plot Scatter plot"), or the description runs on into a caption
 * that says the same and adds the credit, under the paragraph: one copy is kept. */
static void
drop_repeats(newsclean_td_pieces *p)
{
    uint64_t a[REPEAT_WORDS], b[REPEAT_WORDS], fa = 0, fb = 0;
    for (size_t i = 0; i < p->n; i++) {
        newsclean_td_piece *pc = &p->v[i];
        char *s = p->text.data + pc->off;
        size_t cut, at = doubled_tail(s, pc->len, &cut);
        if (cut) {
            memmove(s + at, s + at + cut, pc->len - at - cut);
            pc->len -= cut;
            pc->link_chars = pc->link_chars > pc->len ? pc->len : pc->link_chars;
        }
    }
    size_t out = 0, na = SIZE_MAX;
    for (size_t i = 0; i < p->n; i++) {
        const newsclean_td_piece *pc = &p->v[i];
        size_t nb = i + 1 < p->n ? word_hashes(p->text.data + p->v[i + 1].off, p->v[i + 1].len, b,
                                               REPEAT_WORDS, &fb)
                                 : SIZE_MAX;
        if (i == 0 || na == SIZE_MAX)
            na = word_hashes(p->text.data + pc->off, pc->len, a, REPEAT_WORDS, &fa);
        bool repeat = false;
        /* The same words in another order, as two paragraphs on one subject may share,
         * are not a repeat: a caption opens as the description does. */
        /* A line given twice word for word (a title over its own heading) is left to
         * the scoring stage, which reads repeated lines. */
        const newsclean_td_piece *nx = i + 1 < p->n ? &p->v[i + 1] : NULL;
        /* The rest of its own paragraph, cut where lynx may have set a block under it
         * (see assemble()), is not what a piece repeats. */
        bool own = nx && nx->glued;
        bool same = own || (nx && nx->len == pc->len &&
                            memcmp(p->text.data + nx->off, p->text.data + pc->off, pc->len) == 0);
        /* A description is a sentence or a long phrase; a short title over a caption
         * that repeats it is the page's headline. */
        const char *tx = p->text.data + pc->off;
        char last = tx[pc->len - 1];
        bool told = strchr(".!?", last) || na >= REPEAT_LONG_WORDS;
        if (!pc->level && !same && told && na != SIZE_MAX && nb != SIZE_MAX &&
            na >= REPEAT_MIN_WORDS && 10 * nb >= 7 * na && fa == fb) {
            size_t shared = 0;
            for (size_t x = 0, y = 0; x < na && y < nb;) {
                if (a[x] == b[y])
                    shared++, x++, y++;
                else if (a[x] < b[y])
                    x++;
                else
                    y++;
            }
            repeat = (double)shared >= REPEAT_SHARE * (double)na;
        }
        if (!repeat)
            p->v[out++] = *pc;
        memcpy(a, b, sizeof a);
        na = nb;
        fa = fb;
    }
    p->n = out;
}

/* Fewest words of a description said twice that doubled_whole() takes. */
#define DOUBLED_WORDS 3

/* Whether a piece is one text said twice over and nothing else ("Rain over the quay. Rain
 * over the quay."; w3m glues the copies: "quay.Rain"). Pages set a lazily loaded picture
 * and its <noscript> copy, or a link's picture and its title, one after the other; a
 * browser shows neither description, and a paragraph never repeats itself whole. */
static bool
doubled_whole(const char *s, size_t n)
{
    if (n < 7)
        return false;
    size_t h = n / 2, spaces = 0, letters = 0, digits = 0;
    for (size_t k = 0; k < h; k++) {
        spaces += s[k] == ' ';
        letters += newsclean_is_ascii_letter(s[k]) || (unsigned char)s[k] >= 0x80;
        digits += newsclean_is_ascii_digit(s[k]);
    }
    /* A date said twice (a comment's time as a link and as text) is still the page's
     * mark between comments. */
    if (spaces + 1 < DOUBLED_WORDS || digits >= letters)
        return false;
    if (n % 2 == 1)
        return s[h] == ' ' && memcmp(s, s + h + 1, h) == 0;
    char stop = s[h - 1];
    return (stop == '.' || stop == '!' || stop == '?') && newsclean_is_ascii_letter(s[h]) &&
           memcmp(s, s + h, h) == 0;
}

/* Fewest bytes of a preview cut from a piece's own text (see cut_preview()): shorter,
 * a repeated opening word or two may be the text's own ("Yes, yes"). */
#define PREVIEW_MIN_BYTES 24

/* Whether a piece opens with its own text cut short mid-word and then gives all of it
 * ("Maybe not the most glamorous arrival, b Maybe not the most glamorous arrival, but
 * ..."): a feed's card, whose preview and full caption a browser shows one at a time
 * and a text tool prints together. A copy cut at a word's end may be a title over its
 * own text; a cut inside a word is a length limit's. */
static bool
cut_preview(const char *s, size_t n)
{
    for (size_t k = PREVIEW_MIN_BYTES; 2 * k + 2 < n; k++) {
        if (s[k] != ' ' || !newsclean_is_word_byte(s[k - 1]))
            continue;
        if (memcmp(s, s + k + 1, k) == 0 && newsclean_is_word_byte(s[2 * k + 1]))
            return true;
    }
    return false;
}

/* Pieces that are a description said twice (see doubled_whole()) or a feed's card with
 * its preview (see cut_preview()) go; a heading said twice keeps one copy, as a title
 * is still the page's. */
static void
drop_doubled(newsclean_td_pieces *p)
{
    size_t out = 0;
    for (size_t i = 0; i < p->n; i++) {
        newsclean_td_piece pc = p->v[i];
        if (!pc.level && cut_preview(p->text.data + pc.off, pc.len))
            continue;
        if (doubled_whole(p->text.data + pc.off, pc.len)) {
            if (!pc.level)
                continue;
            pc.len /= 2;
            pc.link_chars /= 2;
        }
        p->v[out++] = pc;
    }
    p->n = out;
}

/* An image's description that the page gives many pictures alike ("Screenshot", "An
 * image"): a short piece said this often, on its own, in a dump a text tool made.
 * innerText leaves pictures out, and between paragraphs the copies read as a menu. */
#define ALT_COPIES 5
#define ALT_WORDS 3

typedef struct {
    uint64_t h;
    size_t i;
} piece_hash;

static int
cmp_piece_hash(const void *a, const void *b)
{
    const piece_hash *x = a, *y = b;
    return x->h < y->h ? -1 : x->h > y->h ? 1 : x->i < y->i ? -1 : x->i > y->i;
}

/* Whether a piece may be an image's description: a few words, none a digit, no
 * sentence's end. */
static bool
alt_shaped(const char *s, size_t n)
{
    size_t words = 1;
    for (size_t k = 0; k < n; k++) {
        if (newsclean_is_ascii_digit(s[k]) || strchr(".!?:|", s[k]))
            return false;
        words += s[k] == ' ';
    }
    return words <= ALT_WORDS;
}

/* Drop the copies of such descriptions. False if out of memory. */
static bool
drop_alt_copies(newsclean_td_pieces *p)
{
    if (p->n < ALT_COPIES)
        return true;
    piece_hash *h = malloc(p->n * sizeof *h);
    bool *gone = calloc(p->n, sizeof *gone);
    if (!h || !gone) {
        free(h);
        free(gone);
        return false;
    }
    size_t m = 0;
    for (size_t i = 0; i < p->n; i++) {
        const newsclean_td_piece *pc = &p->v[i];
        if (!pc->level && alt_shaped(p->text.data + pc->off, pc->len))
            h[m++] = (piece_hash){newsclean_hash(p->text.data + pc->off, pc->len, 0), i};
    }
    qsort(h, m, sizeof *h, cmp_piece_hash);
    for (size_t a = 0; a < m;) {
        size_t z = a + 1;
        while (z < m && h[z].h == h[a].h)
            z++;
        if (z - a >= ALT_COPIES) {
            for (size_t k = a; k < z; k++)
                gone[h[k].i] = true;
        }
        a = z;
    }
    size_t out = 0;
    for (size_t i = 0; i < p->n; i++) {
        if (!gone[i])
            p->v[out++] = p->v[i];
    }
    p->n = out;
    free(h);
    free(gone);
    return true;
}

/* Attribute assignments ('="') a piece must hold, and the share of its words they must
 * make, for it to be taken for markup. */
#define MARKUP_ATTRS 3
#define MARKUP_SHARE 0.3

/* Whether a piece is markup rather than text: a tag's attributes ('alt="" width="1"'), as
 * html2text prints a <noscript>'s or a malformed tag's source and w3m a broken comment. A
 * sentence may quote one attribute; it does not consist of them. */
static bool
markup_piece(const char *s, size_t n)
{
    size_t attrs = 0, words = 1;
    for (size_t i = 0; i < n; i++) {
        words += s[i] == ' ' && i + 1 < n && s[i + 1] != ' ';
        attrs += s[i] == '=' && i + 1 < n && (s[i + 1] == '"' || s[i + 1] == '\'');
    }
    return attrs >= MARKUP_ATTRS && (double)attrs >= MARKUP_SHARE * (double)words;
}

/* Pieces that are a tag's source (see markup_piece()) go: no page shows them. */
static void
drop_markup(newsclean_td_pieces *p)
{
    size_t out = 0;
    for (size_t i = 0; i < p->n; i++) {
        if (!markup_piece(p->text.data + p->v[i].off, p->v[i].len))
            p->v[out++] = p->v[i];
    }
    p->n = out;
}

/* A hexadecimal character reference ("won&#x27;t") left in a piece is decoded. html2text
 * prints them as they stand, though it decodes named and decimal ones, and pages escape
 * apostrophes and quotes that way (React's and Python's escaping both do): left alone,
 * every such word splits in three. Text browsers and innerText decode them, so in their
 * dumps one shows only where a page wrote it out twice escaped, to be read as it is. */
static void
hex_references(newsclean_td_pieces *p)
{
    for (size_t i = 0; i < p->n; i++) {
        newsclean_td_piece *pc = &p->v[i];
        char *s = p->text.data + pc->off;
        size_t n = pc->len, w = 0;
        for (size_t r = 0; r < n;) {
            char ent[4];
            size_t en = 0;
            size_t el = s[r] == '&' && r + 3 < n && s[r + 1] == '#' && (s[r + 2] | 0x20) == 'x'
                            ? newsclean_html_entity(s + r, n - r, ent, &en)
                            : 0;
            /* A control character is no text a page shows. */
            if (el && (en > 1 || (unsigned char)ent[0] >= 0x20)) {
                memcpy(s + w, ent, en);
                w += en;
                r += el;
            } else {
                s[w++] = s[r++];
            }
        }
        if (w == n)
            continue;
        pc->len = w;
        s[w] = '\0';
        size_t cps = newsclean_td_cps(s, w);
        if (pc->link_chars > cps)
            pc->link_chars = cps;
    }
}

/* Pieces cut where lynx may have set one block under another (see assemble()) join the
 * piece before them again, as one paragraph, unless the cut showed itself: the piece
 * after it went as a repeat of the next (a picture's description over its caption), or
 * the piece before went, or it is one link alone (a tag, a "More" link under the text),
 * which a paragraph does not end with on a line of its own. */
static bool
unglue(newsclean_td_pieces *p)
{
    size_t out = 0;
    for (size_t i = 0; i < p->n; i++) {
        newsclean_td_piece pc = p->v[i];
        newsclean_td_piece *prev = out ? &p->v[out - 1] : NULL;
        size_t cps = newsclean_td_cps(p->text.data + pc.off, pc.len);
        bool link = pc.link_chars * 10 >= cps * 9;
        if (!pc.glued || !prev || prev->line + 1 != pc.line || prev->level || link) {
            p->v[out++] = pc;
            continue;
        }
        /* Copied together at the buffer's end: the pieces' texts lie back to back. Room
         * is made first, as the copies are read from the same buffer. */
        size_t off = p->text.len;
        if (!newsclean_buf_reserve(&p->text, prev->len + pc.len + 2) ||
            !newsclean_buf_append(&p->text, p->text.data + prev->off, prev->len) ||
            !newsclean_buf_append_char(&p->text, ' ') ||
            !newsclean_buf_append(&p->text, p->text.data + pc.off, pc.len))
            return false;
        prev->off = off;
        prev->len = p->text.len - off;
        prev->link_chars += pc.link_chars;
        prev->line = pc.line;
    }
    p->n = out;
    return true;
}

/* A layout table can set a sidebar beside the article, and a text browser then draws both
 * on the same rows: "+ Added a stone block,      Bug tracker". Read as it stands, every
 * such row glues a sidebar link to a line of the article, and the article's wrapped lines
 * no longer rejoin. The two columns show in the rows themselves: the sidebar starts at one
 * column on many rows, after a gap of spaces, and the article's own lines stop before it. */
#define SIDE_MIN_COL 40  /* the article's column is at least this wide */
#define SIDE_MIN_ROWS 6  /* rows holding both columns */
#define SIDE_MIN_ALONE 3 /* rows holding only the article's column */
#define SIDE_GAP 2       /* spaces between the columns, at the least */

enum { ROW_BLANK = 0, ROW_LEFT, ROW_BOTH, ROW_RIGHT, ROW_OTHER };

/* One row of the dump as the column split sees it. */
typedef struct {
    size_t st, en;   /* the row's bytes, trailing spaces trimmed */
    size_t left_en;  /* end of the left column's text on a ROW_BOTH row */
    size_t right_st; /* start of the sidebar's text on a ROW_BOTH or ROW_RIGHT row */
    unsigned col;    /* column where the last gap ends (the indentation if none) */
    unsigned width;  /* columns to the row's end */
    unsigned gaps;   /* gaps of SIDE_GAP or more spaces inside the text */
    bool lower;      /* the text starts with a lowercase letter */
} side_row;

static bool
side_rows(const char *t, size_t len, side_row **out, size_t *count)
{
    size_t cap = 0, n = 0;
    side_row *v = NULL;
    for (size_t i = 0; i <= len;) {
        size_t st = i;
        while (i < len && t[i] != '\n')
            i++;
        size_t en = i;
        i++;
        while (en > st && (t[en - 1] == ' ' || t[en - 1] == '\r' || t[en - 1] == '\t'))
            en--;
        if (n == cap) {
            side_row *nv = newsclean_array_grow(v, &cap, sizeof *v, 256);
            if (!nv) {
                free(v);
                return false;
            }
            v = nv;
        }
        side_row *r = &v[n++];
        memset(r, 0, sizeof *r);
        r->st = st;
        r->en = en;
        unsigned colno = 0, spaces = 0;
        bool text = false;
        for (size_t k = st; k < en;) {
            if (t[k] == ' ') {
                spaces++;
                colno++;
                k++;
                continue;
            }
            if (t[k] == '\t') {
                /* A tab's width is the tool's to choose: no columns to read. */
                free(v);
                *out = NULL;
                *count = 0;
                return true;
            }
            if (!text || spaces >= SIDE_GAP) {
                if (text) {
                    r->gaps++;
                    r->left_en = k - spaces;
                }
                r->col = colno;
                r->right_st = k;
                if (!text)
                    r->lower = t[k] >= 'a' && t[k] <= 'z';
            }
            text = true;
            spaces = 0;
            size_t w;
            uint32_t cp = newsclean_utf8_decode(t, en, k, &w);
            colno += cp_width(cp);
            k += w;
        }
        r->width = colno;
    }
    *out = v;
    *count = n;
    return true;
}

/* What row r is to a sidebar starting at column c. */
static int
side_type(const side_row *r, unsigned c)
{
    if (r->en == r->st)
        return ROW_BLANK;
    if (r->gaps == 0)
        return r->col == c ? ROW_RIGHT : r->width + SIDE_GAP <= c ? ROW_LEFT : ROW_OTHER;
    return r->gaps == 1 && r->col == c ? ROW_BOTH : ROW_OTHER;
}

/* Rows [a, b) hold the two columns at c if enough rows hold both and enough the article's
 * column alone (counting the rows where it goes on below the sidebar), and the article's column
 * reads as wrapped text (a row going on in lowercase), which a table of two columns does not. */
static bool
side_run(const side_row *v, size_t a, size_t b, unsigned c)
{
    size_t both = 0, alone = 0, goes_on = 0;
    for (size_t i = a; i < b; i++) {
        int ty = side_type(&v[i], c);
        both += ty == ROW_BOTH;
        alone += ty == ROW_LEFT;
        if (i > a && (ty == ROW_BOTH || ty == ROW_LEFT) && v[i].lower && v[i].gaps <= 1) {
            int up = side_type(&v[i - 1], c);
            goes_on += up == ROW_BOTH || up == ROW_LEFT;
        }
    }
    return both >= SIDE_MIN_ROWS && alone >= SIDE_MIN_ALONE && goes_on > 0;
}

/* Writes rows [a, b) with the sidebar taken out and set above them: the sidebar's rows
 * first, then the article's column row for row (a row of sidebar alone leaves a blank
 * line), so that the article's column runs on into the rows after the sidebar ends. */
static bool
side_write(const char *t, const side_row *v, size_t a, size_t b, unsigned c, newsclean_buf *o)
{
    for (size_t i = a; i < b; i++) {
        int ty = side_type(&v[i], c);
        bool side = ty == ROW_BOTH || ty == ROW_RIGHT;
        if ((side && !newsclean_buf_append(o, t + v[i].right_st, v[i].en - v[i].right_st)) ||
            !newsclean_buf_append_char(o, '\n'))
            return false;
    }
    if (!newsclean_buf_append_char(o, '\n'))
        return false;
    for (size_t i = a; i < b; i++) {
        int ty = side_type(&v[i], c);
        size_t en = ty == ROW_BOTH ? v[i].left_en : ty == ROW_RIGHT ? v[i].st : v[i].en;
        if (!newsclean_buf_append(o, t + v[i].st, en - v[i].st) ||
            !newsclean_buf_append_char(o, '\n'))
            return false;
    }
    return true;
}

/* The dump with every sidebar drawn beside the text set above it, into 'o'. Returns 1 if
 * it moved one, 0 if the dump has none ('o' untouched), -1 when out of memory. */
static int
split_side_columns(const char *t, size_t len, newsclean_buf *o)
{
    side_row *v = NULL;
    size_t n = 0;
    if (!side_rows(t, len, &v, &n))
        return -1;
    size_t done = 0; /* rows copied to 'o' so far */
    int moved = 0;
    for (size_t i = 0; i < n;) {
        if (v[i].gaps != 1 || v[i].col < SIDE_MIN_COL) {
            i++;
            continue;
        }
        unsigned c = v[i].col;
        /* The run: from the first row of the sidebar to its last, through rows of the
         * article's column alone and blank rows. */
        size_t a = i, b = i + 1, last = i + 1;
        for (; b < n; b++) {
            int ty = side_type(&v[b], c);
            if (ty == ROW_OTHER)
                break;
            if (ty == ROW_BOTH || ty == ROW_RIGHT)
                last = b + 1;
        }
        if (!side_run(v, a, b, c)) {
            i++;
            continue;
        }
        bool ok = true;
        for (size_t k = done; ok && k < a; k++)
            ok = newsclean_buf_append(o, t + v[k].st, v[k].en - v[k].st) &&
                 newsclean_buf_append_char(o, '\n');
        if (!ok || !side_write(t, v, a, last, c, o)) {
            free(v);
            return -1;
        }
        moved = 1;
        done = i = last;
    }
    bool ok = true;
    for (size_t k = done; moved && ok && k < n; k++)
        ok = newsclean_buf_append(o, t + v[k].st, v[k].en - v[k].st) &&
             newsclean_buf_append_char(o, '\n');
    free(v);
    return ok ? moved : -1;
}

/* Lines at the top of the dump that are lynx's list of the page's <link rel> targets: "#"
 * glued to the first one's title or relation ("#alternate alternate", "#Site » Feed",
 * "#[1]Site » Feed" with link numbers), run on to the first blank line. It names feeds,
 * translations and the next page, not the page's own text, and without link numbers
 * nothing else marks it. Only where the paragraphs are set in as lynx sets them:
 * elsewhere a "#word" opening the dump is a hashtag or a heading. 0 if the dump does not
 * open so. */
static size_t
rel_links(const char *t, const line *v, size_t n, const shape *d)
{
    if (n == 0 || d->base != LYNX_INDENT || v[0].kind != L_TEXT || v[0].indent < d->base ||
        v[0].en - v[0].cs < 2 || t[v[0].cs] != '#' || t[v[0].cs + 1] == ' ' ||
        t[v[0].cs + 1] == '#')
        return 0;
    size_t k = 1;
    while (k < n && !v[k].gap)
        k++;
    return k;
}

/* Whether a dump ends with lynx's list of the page's links. Markdown's footnote links
 * ("[1](#note-1)") look like its link numbers; the list does not. A page may quote Markdown (a
 * <pre> or a text area holding a post's source), which lynx prints as it stands; the dump around it
 * is still lynx's. 0 if not, 1 if so, -1 if out of memory. */
static int
lynx_dump(const char *text, size_t len)
{
    line *v = NULL;
    size_t n = 0;
    if (!scan_lines(text, len, &v, &n))
        return -1;
    bool lynx = references(text, v, n) < n;
    free(v);
    return lynx;
}

static newsclean_status
normalise(const char *text, size_t len, newsclean_td_pieces *out)
{
    newsclean_td_pieces_init(out);
    int lynx = 0;
    if (newsclean_td_looks_like_markdown(text, len) && (lynx = lynx_dump(text, len)) == 0) {
        newsclean_status st = newsclean_td_markdown(text, len, out);
        if (st != NEWSCLEAN_OK)
            newsclean_td_pieces_free(out);
        return st;
    }
    if (lynx < 0)
        return NEWSCLEAN_ERR_NOMEM;
    newsclean_buf columns;
    newsclean_buf_init(&columns);
    int split = split_side_columns(text, len, &columns);
    if (split < 0) {
        newsclean_buf_free(&columns);
        return NEWSCLEAN_ERR_NOMEM;
    }
    if (split > 0) {
        text = columns.data;
        len = columns.len;
    }
    line *v = NULL;
    size_t n = 0;
    if (!scan_lines(text, len, &v, &n)) {
        newsclean_buf_free(&columns);
        return NEWSCLEAN_ERR_NOMEM;
    }
    size_t cut = references(text, v, n);
    mark_lines(text, v, cut);
    shape d = {0};
    d.base = base_indent(text, v, cut);
    mark_numbers(text, v, cut, d.base);
    d.listed = cut < n;
    d.links = d.listed ? last_reference(text, v, cut, n) : 0;
    d.lynx = d.listed || lynx_numbers(text, v, cut);
    struct fragment *inpage = NULL;
    if (d.listed && !inpage_links(text, v, cut, n, &inpage, &d.ninpage)) {
        free(v);
        newsclean_buf_free(&columns);
        return NEWSCLEAN_ERR_NOMEM;
    }
    d.inpage = inpage;
    struct slug *slugs = NULL;
    if (d.listed && !link_slugs(text, v, cut, n, d.links, &slugs, &d.nslugs)) {
        free(v);
        free(inpage);
        newsclean_buf_free(&columns);
        return NEWSCLEAN_ERR_NOMEM;
    }
    d.slugs = slugs;
    d.underscored = html2text_links(text, v, cut);
    /* Where paragraphs are set in (lynx), their lines show the width best: text at
     * the margin may run a few columns further, and tables and menus past it. */
    double by_cols = 0, by_cps = 0;
    unsigned cols = 0, cps = 0;
    if (d.base) {
        cols = wrap_width(text, v, cut, 0, d.base, &by_cols);
        cps = wrap_width(text, v, cut, 1, d.base, &by_cps);
    }
    if (!cols && !cps) {
        cols = wrap_width(text, v, cut, 0, UINT_MAX, &by_cols);
        cps = wrap_width(text, v, cut, 1, UINT_MAX, &by_cps);
    }
    /* Lynx counts code points where wide scripts are concerned, and its layout shows
     * in the paragraphs set in: where both counts show an edge equally sharply, with
     * or without its link numbers, the paragraphs' count is lynx's. */
    d.by_cps = by_cps > by_cols || (by_cps > 0 && by_cps == by_cols && d.base && cps != cols);
    d.wrap = d.by_cps ? cps : cols;
    if (!d.wrap && d.base == LYNX_INDENT && (d.wrap = widest_wrap(text, v, cut, d.base)) > 0)
        d.by_cps = 1;
    unmark_dashes(text, v, cut, &d);
    narrow_blocks(text, v, cut, &d);
    /* With link numbers, the list reads as links already (see clean_piece()). An empty
     * dump has no lines at all (v is NULL), so the pointer moves only past a list. */
    size_t rel = rel_links(text, v, cut, &d), head = d.lynx ? 0 : rel;
    bool ok = assemble(text, head ? v + head : v, cut - head, &d, out);
    for (size_t i = 0; i < rel && ok; i++) {
        ok = i == 0 || newsclean_buf_append_char(&out->rel, ' ');
        for (size_t j = v[i].cs + (i == 0), k; j < v[i].en && ok; j++) {
            if (d.lynx && (k = link_number(text, j, v[i].en, false)) > 0)
                j += k - 1;
            else
                ok = newsclean_buf_append_char(&out->rel, text[j]);
        }
    }
    out->tool = d.wrap || d.lynx;
    free(v);
    free(inpage);
    free(slugs);
    newsclean_buf_free(&columns);
    if (!ok) {
        newsclean_td_pieces_free(out);
        return NEWSCLEAN_ERR_NOMEM;
    }
    /* innerText leaves pictures out: only what a text tool made shows them twice. */
    if (d.wrap) {
        drop_doubled(out);
        drop_repeats(out);
    }
    /* html2text brackets a picture's description (see only_images()): a bare line said
     * over and over in its dumps is the page's own text. */
    if (d.wrap && !d.underscored && !drop_alt_copies(out)) {
        newsclean_td_pieces_free(out);
        return NEWSCLEAN_ERR_NOMEM;
    }
    drop_markup(out);
    /* Only a dump a tool wrapped: the innerText-like ones decode references themselves. */
    if (d.wrap)
        hex_references(out);
    if (!unglue(out)) {
        newsclean_td_pieces_free(out);
        return NEWSCLEAN_ERR_NOMEM;
    }
    return NEWSCLEAN_OK;
}

newsclean_status
newsclean_td_normalise(const char *text, size_t len, newsclean_td_pieces *out)
{
    newsclean_status st = normalise(text, len, out);
    if (st == NEWSCLEAN_OK && !newsclean_td_tables(out)) {
        newsclean_td_pieces_free(out);
        st = NEWSCLEAN_ERR_NOMEM;
    }
    return st;
}
