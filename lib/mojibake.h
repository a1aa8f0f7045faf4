/* mojibake.h: undo UTF-8 text that was read as windows-1252 or Latin-1 and written out as
 * UTF-8 again, the way text dumps of pages with a stale charset declaration come, and the
 * way some pages' own text was stored by a system that made the same mistake. */
#ifndef NEWSCLEAN_MOJIBAKE_H
#define NEWSCLEAN_MOJIBAKE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* How a text reads as mojibake, decided once for the whole of it. */
typedef struct {
    bool drop;    /* the tool dropped the bytes 0x80..0x9F (lynx reading Latin-1) */
    bool german;  /* "ä" and "ß" outnumber the Spanish and Portuguese letters */
    bool spanish; /* "ñ", "¿" and "¡" outnumber French, Portuguese and Italian letters */
    bool turkish; /* "ı" outnumbers both */
} newsclean_mojibake;

/* What a text shows of such mojibake, counted over all of it. */
typedef struct {
    size_t sequences; /* repairable without a guess */
    size_t special;   /* of them, with a byte 0x80..0x9F */
    size_t others;    /* non-ASCII characters in no sequence, but for the leads a tool may
                         leave alone (U+00C2, U+00C3, U+00E2) and its U+FFFD */
    size_t lone;      /* "â" with no continuation after it: its bytes were dropped */
    size_t german;    /* ä Ä ß among the repaired letters: German's, not Turkish's */
    size_t romance;   /* á ó ú ñ ã õ: neither German nor Turkish */
    size_t spanish;   /* ñ Ñ ¿ ¡ */
    size_t not_es;    /* è ê ç ã õ ù ò: French, Portuguese, Italian, but not Spanish */
    size_t dotless;   /* ı İ: Turkish's */
} newsclean_mojibake_evidence;

/* Add what the valid UTF-8 text 'in' shows to '*ev' (zeroed before the first part): a
 * text held in parts, as an HTML page's text nodes are, is weighed part by part. */
void newsclean_mojibake_weigh(const char *in, size_t len, newsclean_mojibake_evidence *ev);

/* True if the text '*ev' was weighed over reads as such mojibake as a whole; '*how' then
 * says how to repair it or any part of it. */
bool newsclean_mojibake_decide(const newsclean_mojibake_evidence *ev, newsclean_mojibake *how);

/* True if the valid UTF-8 text 'in' reads as such mojibake as a whole ("GroÃŸe",
 * "â€žWir"); '*how' then says how to repair it or any part of it. */
bool newsclean_mojibake_detect(const char *in, size_t len, newsclean_mojibake *how);

/* Append the repair of 'in' (the text newsclean_mojibake_detect read, or a part of it) to
 * 'out'. False only when memory runs out. */
bool newsclean_mojibake_fix(const newsclean_mojibake *how, const char *in, size_t len,
                            newsclean_buf *out);

/* Where the tool dropped the bytes 0x80..0x9F, a capital's second byte went with them
 * and a lone "Ã" is left ("Ãber", "DÃNEMARK"). In the repaired UTF-8 'text', each word
 * with one such "Ã" gets the one capital that makes a word the text spells elsewhere
 * ("über", "Dänemark"), in place: both are two bytes. False only when memory runs
 * out. */
bool newsclean_mojibake_capitals(char *text, size_t len);

/* Both: if the valid UTF-8 text 'in' reads as such mojibake as a whole ("GroÃŸe", "â€žWir"),
 * append the repaired text to 'out' and set '*repaired'; otherwise leave 'out' as it was
 * and clear '*repaired'. False only when memory runs out ('out' may then hold part). */
bool newsclean_mojibake_repair(const char *in, size_t len, newsclean_buf *out, bool *repaired);

#endif /* NEWSCLEAN_MOJIBAKE_H */
