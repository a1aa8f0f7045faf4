/* outdir.h: --output-dir, one output file per input: DIR/NAME.jsonl (or .jsonl.gz) for
 * an input named NAME, written to a hidden temporary file (.NAME.jsonl.part) and renamed
 * when complete, then DIR/NAME.done.json with the input's figures. An input with both is
 * done: a later run skips it (resume) unless told to redo it (--force). */
#ifndef NEWSCLEAN_OUTDIR_H
#define NEWSCLEAN_OUTDIR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef struct outdir outdir;

/* What one input gave, for its .done.json. */
typedef struct {
    size_t records;           /* records written, error records included */
    size_t errors;            /* error records */
    size_t skipped;           /* crawl records that hold no page (requests, metadata...) */
    unsigned long long bytes; /* input bytes read */
} outdir_counts;

typedef enum {
    OUTDIR_WRITE,  /* write the input's records to the stream given */
    OUTDIR_SKIP,   /* done by an earlier run, or another process is writing it */
    OUTDIR_FAILED, /* the output cannot be created (a message was printed) */
} outdir_step;

/* True if every input of the whole list (before any --shard) gets an output name of its
 * own; otherwise print which inputs clash, and how to resolve it, and return false. */
bool outdir_names_ok(char *const *inputs, size_t n);

/* Create DIR (and its parents) if need be. NULL, with a message, if it cannot be made. */
outdir *outdir_new(const char *dir, bool compress, bool force);

/* Remove the directories outdir_new created, when the run stops before writing any. */
void outdir_discard(outdir *d);

/* Start the output of 'input': OUTDIR_WRITE gives in '*out' the stream to write its
 * records to, until outdir_end. */
outdir_step outdir_begin(outdir *d, const char *input, FILE **out);

/* End the output begun last. If 'complete', put it in place under its final name and
 * write its .done.json; otherwise, or if that fails (with a message), remove it, so that
 * no partial output ever has the final name. False on failure or when not 'complete'. */
bool outdir_end(outdir *d, const outdir_counts *c, bool complete);

/* Seconds on the monotonic clock: what the .done.json's timing and the progress line
 * measure with. */
double outdir_now_seconds(void);

/* Say on stderr how many inputs were skipped as done, if any, and free 'd'. */
void outdir_close(outdir *d);

#endif
