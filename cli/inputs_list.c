/* inputs_list.c: the inputs of a run as one numbered list (FILE operands, then the lines
 * of --files-from) and the part of it that one task of several takes (--shard). */
#define _POSIX_C_SOURCE 200809L /* getline */
#include "inputs_list.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The largest N of --shard: far more tasks than any array job has (Slurm's MaxArraySize
 * is 1001 by default, and a Common Crawl dump is about 90,000 files). */
#define MAX_SHARDS 10000000UL

static bool
push(input_list *l, const char *path)
{
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        char **p = realloc(l->paths, cap * sizeof *p);
        if (!p)
            return false;
        l->paths = p;
        l->cap = cap;
    }
    l->paths[l->n] = strdup(path);
    if (!l->paths[l->n])
        return false;
    l->n++;
    return true;
}

bool
input_list_add(input_list *l, char *const *paths, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (!push(l, paths[i])) {
            fprintf(stderr, "newsclean: out of memory\n");
            return false;
        }
    }
    return true;
}

bool
input_list_read(input_list *l, const char *list_path)
{
    bool from_stdin = strcmp(list_path, "-") == 0;
    FILE *f = from_stdin ? stdin : fopen(list_path, "r");
    if (!f) {
        fprintf(stderr, "newsclean: --files-from '%s': %s\n", list_path, strerror(errno));
        return false;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    bool ok = true;
    errno = 0;
    while (ok && (len = getline(&line, &cap, f)) >= 0) {
        if (len > 0 && line[len - 1] == '\n')
            line[--len] = '\0';
        if (len == 0)
            continue;
        if (from_stdin && strcmp(line, "-") == 0) {
            fprintf(stderr, "newsclean: the list read from standard input names '-', "
                            "standard input itself\n");
            ok = false;
        } else if (!push(l, line)) {
            fprintf(stderr, "newsclean: out of memory\n");
            ok = false;
        }
    }
    if (ok && ferror(f)) {
        fprintf(stderr, "newsclean: --files-from '%s': %s\n", list_path,
                strerror(errno ? errno : EIO));
        ok = false;
    }
    free(line);
    if (!from_stdin)
        fclose(f);
    return ok;
}

/* A whole decimal number, no sign, no spaces; false if it is not one or exceeds 'max'. */
static bool
parse_count(const char *s, unsigned long max, unsigned long *out)
{
    if (*s < '0' || *s > '9')
        return false;
    char *end;
    errno = 0;
    unsigned long v = strtoul(s, &end, 10);
    if (errno || *end || v > max)
        return false;
    *out = v;
    return true;
}

static bool
slurm_variable(const char *name, unsigned long *out)
{
    const char *v = getenv(name);
    if (!v || !*v) {
        fprintf(stderr,
                "newsclean: --shard slurm: %s is not set: this is not a task of a Slurm job "
                "array (submit with sbatch --array=0-N, or give --shard I/N)\n",
                name);
        return false;
    }
    if (!parse_count(v, MAX_SHARDS * 1000, out)) {
        fprintf(stderr, "newsclean: --shard slurm: %s is '%s', not a task number\n", name, v);
        return false;
    }
    return true;
}

/* Slurm numbers the tasks of --array=A-B:S as A, A+S, ... B; a list such as --array=1,5,9
 * has no single step, so its tasks cannot be told apart from a range's and are refused. */
static bool
shard_from_slurm(shard *out)
{
    unsigned long id, min, count, step = 1;
    if (!slurm_variable("SLURM_ARRAY_TASK_ID", &id) ||
        !slurm_variable("SLURM_ARRAY_TASK_MIN", &min) ||
        !slurm_variable("SLURM_ARRAY_TASK_COUNT", &count))
        return false;
    const char *s = getenv("SLURM_ARRAY_TASK_STEP");
    if (s && *s && (!parse_count(s, MAX_SHARDS * 1000, &step) || step == 0)) {
        fprintf(stderr, "newsclean: --shard slurm: SLURM_ARRAY_TASK_STEP is '%s'\n", s);
        return false;
    }
    const char *max_s = getenv("SLURM_ARRAY_TASK_MAX");
    unsigned long max = 0;
    bool regular = count >= 1 && count <= MAX_SHARDS && id >= min && (id - min) % step == 0 &&
                   (id - min) / step < count;
    if (regular && max_s && *max_s)
        regular = parse_count(max_s, MAX_SHARDS * 1000, &max) && max >= min &&
                  (max - min) / step + 1 == count;
    if (!regular) {
        fprintf(stderr,
                "newsclean: --shard slurm: task %lu of an array of %lu tasks from %lu by %lu "
                "is not one of a range; submit with --array=0-%lu (or A-B, or A-B:S), or give "
                "--shard I/N\n",
                id, count, min, step, count ? count - 1 : 0);
        return false;
    }
    out->index = (id - min) / step;
    out->count = count;
    return true;
}

bool
shard_parse(const char *spec, shard *out)
{
    if (strcmp(spec, "slurm") == 0)
        return shard_from_slurm(out);
    const char *slash = strchr(spec, '/');
    char index[32];
    size_t k = slash ? (size_t)(slash - spec) : 0;
    bool ok = slash && k > 0 && k < sizeof index;
    if (ok) {
        memcpy(index, spec, k);
        index[k] = '\0';
        ok = parse_count(index, MAX_SHARDS, &out->index) &&
             parse_count(slash + 1, MAX_SHARDS, &out->count) && out->count > 0 &&
             out->index < out->count;
    }
    if (!ok)
        fprintf(stderr,
                "newsclean: --shard takes I/N, task I (from 0) of N with I < N, or slurm; "
                "not '%s'\n",
                spec);
    return ok;
}

void
input_list_keep_shard(input_list *l, shard s)
{
    size_t kept = 0;
    for (size_t p = 0; p < l->n; p++) {
        if (p % s.count == s.index)
            l->paths[kept++] = l->paths[p];
        else
            free(l->paths[p]);
    }
    l->n = kept;
}

void
input_list_free(input_list *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->paths[i]);
    free(l->paths);
    memset(l, 0, sizeof *l);
}
