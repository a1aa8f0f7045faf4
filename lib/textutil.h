/* textutil.h: the small text helpers every stage shares, written once: UTF-8 decoding,
 * character classes, case folding, trimming and case-insensitive search. Text inside the
 * library is valid UTF-8 (input.c makes it so); these still take any bytes safely. */
#ifndef NEWSCLEAN_TEXTUTIL_H
#define NEWSCLEAN_TEXTUTIL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Length of the valid UTF-8 sequence at s (n > 0 bytes available), 0 if it is invalid
 * or cut short: no overlong forms, no surrogates, nothing past U+10FFFF. */
size_t newsclean_utf8_seq(const unsigned char *s, size_t n);

/* Decode the UTF-8 code point at s[i] (i < len); '*n' receives its byte length. An
 * invalid or cut sequence reads as U+FFFD of one byte, so a scan always advances. */
uint32_t newsclean_utf8_decode(const char *s, size_t len, size_t i, size_t *n);

/* The code point that ends just before s[i] (i <= len): 0 when i is 0, U+FFFD when the
 * bytes before i end no whole character. '*n' (if not NULL) receives how many bytes it
 * takes, 1 for U+FFFD, 0 at the start. */
uint32_t newsclean_utf8_before(const char *s, size_t len, size_t i, size_t *n);

/* Capital and small letters of the Latin-1, Greek and Cyrillic alphabets: enough to tell
 * a line or heading that opens a sentence from one that goes on in lower case. */
bool newsclean_cp_is_upper(uint32_t cp);
bool newsclean_cp_is_lower(uint32_t cp);

/* The six ASCII space bytes: space, tab, LF, CR, FF, VT. For protocol text (HTTP, WARC
 * headers) and date strings, where only these separate fields. */
bool newsclean_is_ascii_space(unsigned char c);

/* ASCII letters and digits only, as the fixed shapes of markup, link numbers and counters
 * are written; a letter of another script is never one. Inline: these sit in byte loops. */
static inline bool
newsclean_is_ascii_letter(char c)
{
    return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}

static inline bool
newsclean_is_ascii_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* An ASCII capital in small letters; every other byte as it is. */
static inline char
newsclean_ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* A byte of a word, for byte loops that cut words without decoding: ASCII letters and
 * digits, and every byte of a multi-byte character (letters of other scripts). */
static inline bool
newsclean_is_word_byte(char c)
{
    return (unsigned char)c >= 0x80 || newsclean_is_ascii_letter(c) || newsclean_is_ascii_digit(c);
}

/* A character reference in HTML text (the five named ones of XML, &nbsp; as a space, and
 * numeric ones), decoded into 'out' (at most 4 bytes, never more than the reference's
 * own length) with its length in '*outn'; returns the reference's length in 's', 0 if
 * 's' does not start one. For HTML met outside the parser: raw HTML in a Markdown dump,
 * rich text inside a JSON string. */
size_t newsclean_html_entity(const char *s, size_t n, char out[4], size_t *outn);

/* A space between words: the ASCII ones, no-break space, the U+2000..U+200B spaces,
 * narrow no-break, medium mathematical and ideographic space, and the byte-order mark
 * (an encoding artefact that reads as nothing). */
bool newsclean_is_space(uint32_t cp);

/* Coarse class of a code point, what word cutting and quote pairing read. */
typedef enum {
    NEWSCLEAN_CH_SPACE, /* newsclean_is_space, and 0 (the edge of a text) */
    NEWSCLEAN_CH_PUNCT, /* ASCII non-alphanumerics; Latin-1 signs, U+2010..U+206F, CJK and
                           fullwidth punctuation; U+FFFD */
    NEWSCLEAN_CH_WORD   /* letters and digits of every script */
} newsclean_char_class;

newsclean_char_class newsclean_char_class_of(uint32_t cp);
/* newsclean_char_class_of(cp) == NEWSCLEAN_CH_WORD. */
bool newsclean_is_word_char(uint32_t cp);

/* Lower-case n bytes of UTF-8 into out (room for n + 1 bytes; NUL-terminated). Folds
 * ASCII, the Latin-1 capitals (À..Þ but ×) and the basic Cyrillic ones (А..Я): the
 * capitals of every language the word lists hold. Each folds to a character of the same
 * byte length, so the result is n bytes long; other bytes are copied as they are. */
void newsclean_fold(const char *s, size_t n, char *out);

/* Narrow [*a, *b) of s past ASCII spaces at both ends. */
void newsclean_trim_ascii(const char *s, size_t *a, size_t *b);

/* Narrow [*a, *b) of s past spaces (newsclean_is_space) at both ends. */
void newsclean_trim_space(const char *s, size_t *a, size_t *b);

/* Does s[0..n) contain 'needle' (NUL-terminated), ASCII letters compared in any case? An
 * empty needle is found in any text. */
bool newsclean_contains_ci(const char *s, size_t n, const char *needle);

/* The same for needle[0..m), taking the characters it compares from '*budget': a search
 * of many long needles through long text costs up to their product, and a caller that
 * makes many bounds them all at once. Once the budget is spent, it is 0 and the needle
 * counts as not found. */
bool newsclean_contains_ci_within(const char *s, size_t n, const char *needle, size_t m,
                                  size_t *budget);

#endif /* NEWSCLEAN_TEXTUTIL_H */
