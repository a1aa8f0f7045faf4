/* mojibake.c: repair text dumps whose UTF-8 the dumping tool read as windows-1252 or
 * Latin-1 (lynx and html2text believe a page's stale charset declaration), so "GroÃŸe"
 * reads "Große" again; and HTML pages whose own text was stored so (dom.c). */
#include "mojibake.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "textutil.h"

/* Repaired sequences a text needs before it is taken for mojibake, and they must also be
 * at least as many as its other non-ASCII characters: one or two may be legitimate text
 * (a capital letter with a sign after it), several in a text made of little else are
 * not. */
#define MIN_SEQUENCES 3
/* Slots of the set of a dump's words that tells a lost capital (8 MB): a news page has a
 * few thousand words, and the set stays at most half full, so that a search ends; past
 * that the words are not added, as a hostile input's would not need to be. */
#define MAX_WORD_SLOTS ((size_t)1 << 20)
/* Bytes of the longest word looked at there: longer runs of letters are no words. */
#define MAX_WORD_BYTES 64

/* windows-1252's characters for the bytes 0x80..0x9F; 0 where the byte is undefined. */
static const uint16_t cp1252_high[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/* The byte a character of the dump stands for, or -1. U+0080..U+00FF are their own byte:
 * Latin-1, and the C1 controls a tool writes for bytes it has no character for. */
static int
byte_of(uint32_t cp)
{
    if (cp < 0x100)
        return (int)cp;
    if (cp > 0x2122) /* past the table's last character: text in most scripts */
        return -1;
    for (int i = 0; i < 32; i++)
        if (cp1252_high[i] == cp)
            return 0x80 + i;
    /* ISO-8859-9 has six letters where Latin-1 has others; only these two stand for bytes
     * that open a sequence (Cyrillic, and the four bytes of an emoji). */
    if (cp == 0x011E)
        return 0xD0;
    if (cp == 0x011F)
        return 0xF0;
    return -1;
}

/* Characters a news page holds: Latin, Greek, Cyrillic, general punctuation, currency,
 * letterlike signs, arrows, shapes and dingbats (menus), emoji, the byte-order mark and
 * U+FFFD. Legitimate text that happens to form a sequence decodes to something else
 * (German "daß“" to NKo U+07D3, a capital before a quote to IPA or Hebrew). A C1 control
 * stands for its windows-1252 character, as a browser reads it. */
static bool
plausible(uint32_t cp)
{
    return (cp >= 0x80 && cp <= 0x9F && cp1252_high[cp - 0x80]) || (cp >= 0xA0 && cp <= 0x24F) ||
           (cp >= 0x370 && cp <= 0x4FF) || (cp >= 0x1E00 && cp <= 0x1EFF) ||
           (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
           (cp >= 0x2100 && cp <= 0x21FF) || (cp >= 0x2500 && cp <= 0x27BF) || cp == 0xFEFF ||
           cp == 0xFFFD || (cp >= 0x1F300 && cp <= 0x1FAFF);
}

typedef struct {
    uint32_t cp;  /* the character the sequence stood for */
    size_t end;   /* offset past the sequence in the dump */
    bool special; /* a byte 0x80..0x9F came through: the tool kept them */
    bool guessed; /* a space stood for 0xA0, or U+FFFD for 0x9D */
    size_t space; /* where that space is, if one did */
} match;

enum {
    ALLOW_SPACE = 1, /* lynx writes the no-break space 0xA0 as a space */
    ALLOW_FFFD = 2   /* and U+FFFD for a byte windows-1252 leaves undefined */
};

/* The sequence of dump characters at s[i] that spells one plausible UTF-8 character. */
static bool
match_at(const char *s, size_t len, size_t i, unsigned allow, match *m)
{
    size_t n;
    int lead = byte_of(newsclean_utf8_decode(s, len, i, &n));
    if (lead < 0xC2 || lead > 0xF4)
        return false;
    size_t need = lead < 0xE0 ? 1 : lead < 0xF0 ? 2 : 3;
    unsigned char bytes[4] = {(unsigned char)lead, 0, 0, 0};
    memset(m, 0, sizeof *m);
    size_t j = i + n;
    for (size_t k = 1; k <= need; k++) {
        if (j >= len)
            return false;
        uint32_t c = newsclean_utf8_decode(s, len, j, &n);
        int b = byte_of(c);
        if (c == ' ' && k == need && (allow & ALLOW_SPACE)) {
            b = 0xA0;
            m->guessed = true;
            m->space = j;
        } else if (c == 0xFFFD && k == 2 && bytes[0] == 0xE2 && bytes[1] == 0x80 &&
                   (allow & ALLOW_FFFD)) {
            /* Of U+2001, U+200D, U+200F, U+2010 and U+201D, the five characters whose
             * last byte windows-1252 leaves undefined here, prose uses the closing
             * quote. */
            b = 0x9D;
            m->guessed = true;
        }
        if (b < 0x80 || b > 0xBF)
            return false;
        m->special |= b < 0xA0;
        bytes[k] = (unsigned char)b;
        j += n;
    }
    if (newsclean_utf8_seq(bytes, need + 1) != need + 1)
        return false;
    size_t dn;
    m->cp = newsclean_utf8_decode((const char *)bytes, need + 1, 0, &dn);
    m->end = j;
    return plausible(m->cp);
}

typedef newsclean_mojibake_evidence evidence;

/* Is 'cp' one of the Latin-1 characters in 'set'? */
static bool
one_of(uint32_t cp, const char *set)
{
    return cp >= 0x80 && cp < 0x100 && strchr(set, (int)cp) != NULL;
}

/* The first byte at or after 'i' in s[0, len) that is not ASCII, len if none. Eight bytes
 * at a time: most text a page or a dump holds is ASCII, and every page is weighed. */
static size_t
skip_ascii(const char *s, size_t len, size_t i)
{
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, sizeof w);
        if (w & UINT64_C(0x8080808080808080))
            break;
    }
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

/* Add what 's' shows to '*ev'. */
static void
weigh(const char *s, size_t len, evidence *ev)
{
    for (size_t i = 0; i < len;) {
        if ((unsigned char)s[i] < 0x80) {
            i = skip_ascii(s, len, i);
            continue;
        }
        match m;
        if (match_at(s, len, i, ALLOW_SPACE | ALLOW_FFFD, &m)) {
            /* A guessed byte is no evidence either way. */
            ev->sequences += !m.guessed;
            ev->special += m.special && !m.guessed;
            ev->german += one_of(m.cp, "\xE4\xC4\xDF");
            ev->dotless += m.cp == 0x131 || m.cp == 0x130;
            ev->romance += one_of(m.cp, "\xE1\xF3\xFA\xF1\xE3\xF5");
            ev->spanish += one_of(m.cp, "\xF1\xD1\xBF\xA1");
            ev->not_es += one_of(m.cp, "\xE8\xEA\xE7\xE3\xF5\xF9\xF2");
            i = m.end;
            continue;
        }
        size_t n, k;
        uint32_t c = newsclean_utf8_decode(s, len, i, &n);
        uint32_t next = i + n < len ? newsclean_utf8_decode(s, len, i + n, &k) : 0;
        int b = byte_of(next);
        ev->others += c != 0xC2 && c != 0xC3 && c != 0xE2 && c != 0xFFFD;
        ev->lone += c == 0xE2 && next != 0xFFFD && (b < 0x80 || b > 0xBF);
        i += n;
    }
}

/* Small letters of Latin-1 and Latin Extended-A (where they are the odd code points). */
static bool
is_lower(uint32_t cp)
{
    return (cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) ||
           (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && (cp & 1));
}

static bool
is_upper(uint32_t cp)
{
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
           (((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) && !(cp & 1));
}

/* Where the repair stands in the text it writes. */
typedef struct {
    uint32_t prev; /* the last character written, 0 at the start */
    uint32_t last; /* the last one that is not a space */
    bool quoted;   /* a guessed opening quote waits for its closing one */
} context;

/* A no-break space read as a space may end the sequence at s[i], when the reading allows:
 * where the tool dropped bytes, "Ã" and a space after a word are "ß" and a space in
 * German ("muÃ und") and "í" in Spanish ("asÃ lo"), so there only "Â" (the no-break
 * space itself) and an "Ã" standing alone or before a second space ("Ã  la") take it;
 * elsewhere the word ended in "à" ("voilÃ tout"). "Â" after a word inside a guessed quote does not:
 * it closes the quote (C2 94, a windows-1252 quote read as Latin-1 upstream). */
static unsigned
allowed(const char *s, size_t len, size_t i, const context *x, const newsclean_mojibake *r)
{
    size_t n;
    if (!r->drop) {
        /* "í" (C3 AD) ends Spanish words, and lynx drops the soft hyphen AD: "asÃ lo". */
        bool accent = r->spanish && newsclean_is_word_char(x->prev) &&
                      newsclean_utf8_decode(s, len, i, &n) == 0xC3;
        return accent ? ALLOW_FFFD : ALLOW_SPACE | ALLOW_FFFD;
    }
    uint32_t c = newsclean_utf8_decode(s, len, i, &n);
    bool word = newsclean_is_word_char(x->prev);
    if ((c == 0xC2 && !(x->quoted && word)) ||
        (c == 0xC3 && (!word || !(r->german || r->spanish) ||
                       (i + n + 1 < len && s[i + n] == ' ' && s[i + n + 1] == ' '))))
        return ALLOW_SPACE;
    return 0;
}

/* The quote, dash or apostrophe a lone "â" or "Â" stood for, from the characters around
 * it: these leads lost a byte 0x80..0x9F, and the characters written with one are
 * general punctuation (U+2000..U+201F) or windows-1252's signs. 0 if the place says
 * nothing. */
static uint32_t
punctuation(uint32_t prev, uint32_t next, const newsclean_mojibake *r)
{
    newsclean_char_class p = newsclean_char_class_of(prev), n = newsclean_char_class_of(next);
    bool digits = prev >= '0' && prev <= '9' && next >= '0' && next <= '9';
    if ((p == NEWSCLEAN_CH_SPACE && n == NEWSCLEAN_CH_SPACE) || digits)
        return 0x2013; /* – */
    if (p == NEWSCLEAN_CH_WORD && n == NEWSCLEAN_CH_WORD)
        return 0x2019; /* ’ */
    if (p != NEWSCLEAN_CH_WORD && n == NEWSCLEAN_CH_WORD)
        return r->german ? 0x201E : 0x201C; /* „ or “ */
    if (p != NEWSCLEAN_CH_SPACE && n != NEWSCLEAN_CH_WORD)
        return r->german ? 0x201C : 0x201D; /* “ or ” */
    return 0;
}

/* The sign a lone "â" with the byte 'b' (0xA0..0xBF) after it most often was, its middle
 * byte lost: one of U+2020..U+203F, or the euro sign (E2 82 AC) for 0xAC; 0 if none. */
static uint32_t
punctuation_sign(int b)
{
    static const unsigned char seen[] = {0xA1, 0xA2, 0xA6, 0xB0, 0xB2, 0xB3, 0xB9, 0xBA};
    if (b == 0xAC)
        return 0x20AC;
    for (size_t i = 0; i < sizeof seen; i++)
        if (seen[i] == b)
            return 0x2000 + (uint32_t)(b & 0x3F);
    return 0;
}

static bool
append_cp(newsclean_buf *out, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        n = 3;
    } else {
        u[0] = (char)(0xF0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        n = 4;
    }
    return newsclean_buf_append(out, u, n);
}

/* Turkish's letter among C4 80..9F (ğ, Ğ) or C5 80..9F (ş, Ş) for a lone lead 'c': a
 * capital before a capital, after one in a word in capitals, or opening a sentence or a
 * quotation. A name inside a sentence ("Oğuz Şahin") cannot be told from a word and gets
 * the small letter, the more common. */
static uint32_t
turkish(uint32_t c, uint32_t next, const context *x)
{
    uint32_t l = x->last;
    bool opens =
        !newsclean_is_word_char(x->prev) && (l == 0 || l == '.' || l == '!' || l == '?' ||
                                             l == '"' || l == 0x201C || l == 0x201E || l == 0xAB);
    bool upper =
        is_upper(next) || (is_upper(x->prev) && !is_lower(next)) || (opens && !is_upper(x->prev));
    if (c == 0xC4)
        return upper ? 0x11E : 0x11F;
    return upper ? 0x15E : 0x15F;
}

/* The character a lead 'c' at s[i] ('n' bytes) that no sequence follows stood for; 0 for
 * none, 'c' itself when nothing can be told. '*skip' receives the bytes it takes. Where
 * the tool kept the bytes 0x80..0x9F, lynx still drops the soft hyphen 0xAD, so a lone
 * "Ã" was "í" and a lone "Â" the soft hyphen. Where it dropped them, "Ã" after a small
 * letter was "ß" in German (C3 80..9F are capitals but for ß) and "í" elsewhere, "Ä"
 * and "Å" next to a letter were "ğ" and "ş" in Turkish (its only letters there), and "â"
 * and "Â" punctuation. */
static uint32_t
lone(const char *s, size_t len, size_t i, size_t n, uint32_t c, const context *x,
     const newsclean_mojibake *r, size_t *skip)
{
    size_t k = 0;
    uint32_t prev = x->prev;
    uint32_t next = i + n < len ? newsclean_utf8_decode(s, len, i + n, &k) : 0;
    *skip = n;
    if (next == 0xFFFD)
        return c;
    /* The sign a lone "â" lost its middle byte of is read from the next character as it
     * stands; a letter's case and class from it as repaired ("Ä±" is "ı"). */
    if (c == 0xE2 && next && punctuation_sign(byte_of(next))) {
        *skip = n + k;
        return punctuation_sign(byte_of(next));
    }
    match m;
    if (next && match_at(s, len, i + n, 0, &m))
        next = m.cp;
    /* At a line's end lynx trimmed the no-break space of "à" (C3 A0), unless German has
     * the word end in "ß". */
    bool end = next == 0 || next == '\n' || next == '\r';
    if (c == 0xC3 && end && !(r->drop && r->german))
        return r->spanish ? 0xED : 0xE0;
    if (!r->drop)
        return c == 0xC3 ? 0xED : c == 0xC2 ? 0 : c;
    /* After a capital, "Ã" may be a capital too ("GRÃN"), but Spanish writes "Sí". */
    bool after = is_lower(prev) || (r->spanish && is_upper(prev));
    if (c == 0xC3 && after && !(next >= 'A' && next <= 'Z'))
        return r->german ? 0xDF : 0xED;
    if ((c == 0xC4 || c == 0xC5) && r->turkish &&
        (newsclean_is_word_char(prev) || newsclean_is_word_char(next)))
        return turkish(c, next, x);
    if (c == 0xC2 && newsclean_is_word_char(prev) && newsclean_is_word_char(next))
        return 0; /* a soft hyphen inside a word */
    if (c == 0xE2 || c == 0xC2) {
        uint32_t p = punctuation(prev, next, r);
        return p ? p : c;
    }
    return c;
}

static void
wrote(context *x, uint32_t cp)
{
    x->prev = cp;
    if (cp != ' ' && cp != '\t' && cp != '\n' && cp != '\r')
        x->last = cp;
}

static bool
repair(const char *s, size_t len, const newsclean_mojibake *r, newsclean_buf *out)
{
    context x = {0, 0, false};
    for (size_t i = 0; i < len;) {
        if ((unsigned char)s[i] < 0x80) {
            size_t j = i + 1;
            while (j < len && (unsigned char)s[j] < 0x80)
                j++;
            if (!newsclean_buf_append(out, s + i, j - i))
                return false;
            for (size_t k = i; k < j; k++)
                wrote(&x, (unsigned char)s[k]);
            i = j;
            continue;
        }
        match m;
        uint32_t c, cp;
        size_t n, skip;
        if (match_at(s, len, i, allowed(s, len, i, &x, r), &m)) {
            cp = m.cp >= 0x80 && m.cp <= 0x9F ? cp1252_high[m.cp - 0x80] : m.cp;
            skip = m.end - i;
            /* The space that stood for 0xA0 also stands for the one after "à", the
             * no-break space itself or a dagger, which end a word: lynx trims it at a
             * line's end, where the dump is joined by a space, and the pieces have their
             * spaces collapsed, so no second space tells. */
            if (m.guessed && m.space && (cp == 0xA0 || cp == 0xE0 || cp == 0x2020)) {
                skip = m.space - i;
                cp = cp == 0xA0 ? 0 : cp;
            }
        } else {
            c = newsclean_utf8_decode(s, len, i, &n);
            cp = lone(s, len, i, n, c, &x, r, &skip);
            if ((c == 0xC2 || c == 0xE2) && cp != c)
                x.quoted = cp == 0x201E || (cp == 0x201C && !r->german);
        }
        if (cp && !append_cp(out, cp))
            return false;
        if (cp)
            wrote(&x, cp);
        i += skip;
    }
    return true;
}

/* The words of a text, folded, as a set of hashes: open addressing, a power of two at
 * least twice as many slots as words, 0 for an empty slot. */
typedef struct {
    uint64_t *slot;
    size_t mask;
} word_set;

static uint64_t
word_hash(const char *w, size_t n, char *folded)
{
    newsclean_fold(w, n, folded);
    uint64_t h = newsclean_hash(folded, n, 0);
    return h ? h : 1;
}

static bool
has_word(const word_set *set, uint64_t h)
{
    for (size_t i = h & set->mask;; i = (i + 1) & set->mask) {
        if (set->slot[i] == h)
            return true;
        if (!set->slot[i])
            return false;
    }
}

static void
add_word(word_set *set, uint64_t h)
{
    size_t i = h & set->mask;
    while (set->slot[i] && set->slot[i] != h)
        i = (i + 1) & set->mask;
    set->slot[i] = h;
}

/* The end of the word that starts at s[i]: letters and digits of any script. */
static size_t
word_end(const char *s, size_t len, size_t i)
{
    size_t n;
    while (i < len && newsclean_is_word_char(newsclean_utf8_decode(s, len, i, &n)))
        i += n;
    return i;
}

/* The next word at or after s[*i]: its start, and '*i' moved to its end. False at the
 * text's end. */
static bool
next_word(const char *s, size_t len, size_t *i, size_t *start)
{
    size_t n;
    while (*i < len && !newsclean_is_word_char(newsclean_utf8_decode(s, len, *i, &n)))
        *i += n;
    if (*i >= len)
        return false;
    *start = *i;
    *i = word_end(s, len, *i);
    return true;
}

/* How many "Ã" the word w[0, n) holds; '*at' receives the offset of the last. */
static size_t
tildes(const char *w, size_t n, size_t *at)
{
    size_t seen = 0;
    for (size_t k = 0; k + 1 < n; k++) {
        if ((unsigned char)w[k] == 0xC3 && (unsigned char)w[k + 1] == 0x83) {
            seen++;
            *at = k;
        }
    }
    return seen;
}

/* Of the capitals C3 80..9E (and ß) that could stand in for the one "Ã" at w[k], the
 * only one that makes a word the text spells out elsewhere, or 0. */
static unsigned char
spelled_elsewhere(const word_set *set, char *w, size_t n, size_t k, char *folded)
{
    unsigned char found = 0;
    for (unsigned b = 0x80; b <= 0x9F; b++) {
        if (b == 0x83 || b == 0x97)
            continue; /* "Ã" itself, and × */
        w[k + 1] = (char)b;
        if (has_word(set, word_hash(w, n, folded))) {
            if (found) {
                found = 0;
                break;
            }
            found = (unsigned char)b;
        }
    }
    w[k + 1] = (char)0x83;
    return found;
}

bool
newsclean_mojibake_capitals(char *text, size_t len)
{
    size_t words = 0, i = 0, start, cap = 4;
    while (next_word(text, len, &i, &start))
        words++;
    while (cap < 2 * words && cap < MAX_WORD_SLOTS)
        cap *= 2;
    word_set set = {calloc(cap, sizeof *set.slot), cap - 1};
    if (!set.slot)
        return false;
    char folded[MAX_WORD_BYTES + 1];
    size_t at = 0, added = 0;
    for (i = 0; added < cap / 2 && next_word(text, len, &i, &start);) {
        if (i - start <= MAX_WORD_BYTES && !tildes(text + start, i - start, &at)) {
            add_word(&set, word_hash(text + start, i - start, folded));
            added++;
        }
    }
    /* Only words with one "Ã": with two, the choices multiply and a match says less. */
    for (i = 0; next_word(text, len, &i, &start);) {
        char *w = text + start;
        unsigned char b = 0;
        if (i - start <= MAX_WORD_BYTES && tildes(w, i - start, &at) == 1)
            b = spelled_elsewhere(&set, w, i - start, at, folded);
        if (b)
            w[at + 1] = (char)b;
    }
    free(set.slot);
    return true;
}

void
newsclean_mojibake_weigh(const char *in, size_t len, newsclean_mojibake_evidence *ev)
{
    weigh(in, len, ev);
}

bool
newsclean_mojibake_decide(const newsclean_mojibake_evidence *ev, newsclean_mojibake *how)
{
    memset(how, 0, sizeof *how);
    if (ev->sequences < MIN_SEQUENCES || ev->sequences < ev->others)
        return false;
    /* A tool that keeps the bytes 0x80..0x9F shows some (every "ß", "„", "–"); one that
     * drops them leaves "â" alone before the next word or space. */
    how->drop = ev->special == 0 || ev->lone > ev->special;
    how->turkish = ev->dotless > ev->german && ev->dotless > ev->romance;
    how->german = !how->turkish && ev->german > ev->romance;
    how->spanish = !how->turkish && !how->german && ev->spanish > ev->not_es;
    return true;
}

bool
newsclean_mojibake_detect(const char *in, size_t len, newsclean_mojibake *how)
{
    evidence ev;
    memset(&ev, 0, sizeof ev);
    weigh(in, len, &ev);
    return newsclean_mojibake_decide(&ev, how);
}

bool
newsclean_mojibake_fix(const newsclean_mojibake *how, const char *in, size_t len,
                       newsclean_buf *out)
{
    return newsclean_buf_reserve(out, len) && repair(in, len, how, out);
}

bool
newsclean_mojibake_repair(const char *in, size_t len, newsclean_buf *out, bool *repaired)
{
    newsclean_mojibake how;
    *repaired = false;
    if (!newsclean_mojibake_detect(in, len, &how))
        return true;
    size_t start = out->len;
    if (!newsclean_mojibake_fix(&how, in, len, out)) {
        out->len = start;
        if (out->data)
            out->data[start] = '\0';
        return false;
    }
    *repaired = true;
    return true;
}
