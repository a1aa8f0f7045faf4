/* hostile.c: newsclean-hostile, writes the generated hostile inputs of tests/hostile.h for
 * tests/bench/pathological.sh.
 *
 *   newsclean-hostile --list            one line per shape: name, input option, what it is
 *   newsclean-hostile SHAPE BYTES FILE  writes SHAPE at about BYTES bytes to FILE
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../hostile.h"

static const char *
input_option(const hostile_shape *s)
{
    return s->kind == HOSTILE_TEXT   ? "--input=text"
           : s->kind == HOSTILE_HTML ? "--input=html"
                                     : "--input=auto";
}

int
main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < HOSTILE_SHAPES; i++)
            printf("%s %s %s\n", hostile_shapes[i].name, input_option(&hostile_shapes[i]),
                   hostile_shapes[i].what);
        return 0;
    }
    if (argc != 4) {
        fprintf(stderr, "usage: newsclean-hostile --list | SHAPE BYTES FILE\n");
        return 2;
    }
    char *end;
    unsigned long long bytes = strtoull(argv[2], &end, 10);
    if (*end || bytes == 0) {
        fprintf(stderr, "newsclean-hostile: BYTES must be a positive number\n");
        return 2;
    }
    for (size_t i = 0; i < HOSTILE_SHAPES; i++) {
        if (strcmp(hostile_shapes[i].name, argv[1]) != 0)
            continue;
        hostile_buf b = {0};
        hostile_shapes[i].make(&b, (size_t)bytes);
        FILE *f = b.oom ? NULL : fopen(argv[3], "wb");
        int ok = f && fwrite(b.p, 1, b.n, f) == b.n;
        if (f && fclose(f) != 0)
            ok = 0;
        free(b.p);
        if (!ok) {
            fprintf(stderr, "newsclean-hostile: cannot write %s\n", argv[3]);
            return 1;
        }
        return 0;
    }
    fprintf(stderr, "newsclean-hostile: no shape '%s' (see --list)\n", argv[1]);
    return 2;
}
