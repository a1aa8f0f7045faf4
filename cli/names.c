/* names.c: file names as records and summaries show them, whatever bytes they hold. */
#include "names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Length of the valid UTF-8 sequence at s (n bytes left), 0 if invalid. */
static size_t
utf8_length(const unsigned char *s, size_t n)
{
    size_t k = s[0] < 0x80                    ? 1
               : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
               : s[0] >= 0xE0 && s[0] <= 0xEF ? 3
               : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4
                                              : 0;
    if (k == 0 || k > n)
        return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] >= 0xA0) ||
        (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] >= 0x90))
        return 0; /* overlong, surrogate, beyond U+10FFFF */
    return k;
}

char *
names_escape(const char *name)
{
    const unsigned char *s = (const unsigned char *)name;
    size_t n = strlen(name), bad = 0;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_length(s + i, n - i);
        bad += k == 0;
        i += k ? k : 1;
    }
    if (!bad)
        return NULL;
    char *out = malloc(n + bad * 3 + 1), *w = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n;) {
        size_t k = utf8_length(s + i, n - i);
        if (k) {
            memcpy(w, s + i, k);
            w += k;
            i += k;
        } else {
            w += sprintf(w, "\\x%02X", s[i++]);
        }
    }
    *w = '\0';
    return out;
}

bool
names_write_json(FILE *f, const char *name)
{
    char *escaped = names_escape(name);
    const unsigned char *s = (const unsigned char *)(escaped ? escaped : name);
    putc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fprintf(f, "\\%c", *s);
        else if (*s < 0x20)
            fprintf(f, "\\u%04x", *s);
        else
            putc(*s, f);
    }
    putc('"', f);
    free(escaped);
    return !ferror(f);
}
