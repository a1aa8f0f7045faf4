/* names.h: file names as records and summaries show them, whatever bytes they hold. */
#ifndef NEWSCLEAN_NAMES_H
#define NEWSCLEAN_NAMES_H

#include <stdbool.h>
#include <stdio.h>

/* A file name that is not UTF-8 (Linux allows any bytes) as JSON can carry it: each
 * invalid byte written as \xHH. NULL when the name is valid UTF-8 already (or when out of
 * memory); the caller frees the result. */
char *names_escape(const char *name);

/* Write 'name' to 'f' as a JSON string, invalid bytes as \xHH like names_escape. False
 * if 'f' is in error. */
bool names_write_json(FILE *f, const char *name);

#endif
