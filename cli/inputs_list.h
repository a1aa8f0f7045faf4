/* inputs_list.h: the inputs of a run as one numbered list (FILE operands, then the lines
 * of --files-from) and the part of it that one task of several takes (--shard). */
#ifndef NEWSCLEAN_INPUTS_LIST_H
#define NEWSCLEAN_INPUTS_LIST_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char **paths; /* owned, in list order */
    size_t n;
    size_t cap;
} input_list;

/* Task 'index' of 'count' takes the inputs at positions p (from 0) with p mod count =
 * index, so the tasks of an array job together take every input exactly once. */
typedef struct {
    unsigned long index;
    unsigned long count;
} shard;

/* Append the FILE operands. False (with a message on stderr) if out of memory. */
bool input_list_add(input_list *l, char *const *paths, size_t n);

/* Append one input per line of the file 'list_path' ("-": standard input); empty lines
 * are skipped. False, with a message on stderr, if the list cannot be read or, when it
 * came from standard input, names "-" too. */
bool input_list_read(input_list *l, const char *list_path);

/* Parse --shard: "I/N" with 0 <= I < N, or "slurm" for the task of a Slurm job array,
 * from SLURM_ARRAY_TASK_ID, _MIN, _STEP and _COUNT. False, with a message on stderr,
 * if 'spec' is malformed or the Slurm variables do not describe one array task. */
bool shard_parse(const char *spec, shard *out);

/* Keep the inputs of shard 's', in order. */
void input_list_keep_shard(input_list *l, shard s);

void input_list_free(input_list *l);

#endif
