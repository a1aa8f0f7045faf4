/* main.c: the newsclean command: pages, text dumps and crawl dumps in, one record per
 * document out, in input order, with worker threads sharing one extractor. */
#define _POSIX_C_SOURCE 200809L
#include <newsclean.h>

#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* A page larger than this is read no further: the library's own limit. */
#define MAX_PAGE_BYTES ((size_t)64 << 20)
#define MAX_PAGE_MESSAGE "larger than the 64 MiB input limit"
/* Bytes looked at to tell a crawl dump from a page. */
#define SNIFF_BYTES 65536
/* Documents in flight per worker: enough to keep workers busy while output is written
 * in order, few enough that memory stays flat on a dump of any size. */
#define QUEUE_PER_JOB 4
/* Bytes that documents waiting for a worker, and records waiting for their turn to be
 * written, may hold together; one larger document may still wait alone. Documents being
 * extracted are bounded by the library's memory limit each: with it this bounds what
 * --jobs N takes (README). */
#define QUEUE_BYTES ((size_t)64 << 20)

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_JSONL } out_format;

typedef struct {
    out_format format;
    newsclean_input_kind input;
    const char *output;
    bool recursive;
    bool explain;
    bool pretty;
    long jobs;
    double max_seconds; /* 0: no time limit */
    bool max_seconds_set;
    long max_memory_mb; /* 0: the library's default */
} options;

/* One document on its way through: read, extracted by a worker, written in order. */
typedef struct {
    char *source;
    char *data;
    size_t len;
    newsclean_input_kind kind;
    char *charset;
    char *url;
    char *warc_id;
    char *warc_date;
    char *error_code; /* set when reading already failed */
    char *error_message;
    /* results */
    char *record;
    size_t record_len;
    char *explain;
    bool failed;
    bool done;
    unsigned long long in_bytes;
    size_t held; /* bytes this task counts in batch.queued: its payload while it waits for
                    a worker, its record while it waits to be written */
} task;

typedef struct {
    const options *opt;
    const newsclean_extractor *ex;
    FILE *out;
    task *ring;
    size_t cap;
    size_t head;     /* next slot to fill */
    size_t next_job; /* next task for a worker */
    size_t tail;     /* next task to write */
    size_t queued;   /* bytes of the payloads waiting for a worker and of the records
                        waiting for their turn */
    bool closing;
    pthread_mutex_t mu;
    pthread_cond_t changed;
    /* counters, under mu */
    size_t records;
    size_t failures;
    atomic_size_t skipped; /* counted by the reader, shown by the writer */
    bool writing;          /* a thread is writing finished records, under mu */
    unsigned long long bytes;
    atomic_bool write_error; /* set by the writer: stop reading, stop extracting */
    int write_errno;
    bool progress;
    struct timespec started;
    double last_progress;
    bool json_array_open;
    char *held_json; /* --format json: the first record, until we know if a second comes */
} batch;

static const char *program = "newsclean";

static void
usage(FILE *f)
{
    fprintf(f,
            "Usage: newsclean [OPTION]... [FILE]...\n"
            "Extract the headline, publication time, byline, body text and quotes from news\n"
            "pages, leaving out navigation, share prompts, related links and other page chrome.\n"
            "\n"
            "With no FILE, or when FILE is -, read standard input. A FILE may be an HTML page\n"
            "(any encoding), a text dump of a page, a gzipped file of either, or a crawl dump\n"
            "(WARC 1.0/1.1 or Common Crawl WET, plain or gzipped), which gives one record per\n"
            "page it holds.\n"
            "\n"
            "Options:\n"
            "  -f, --format=FORMAT  text (default): headline, timestamp, blank line, body;\n"
            "                       json: one indented object (an array for several records);\n"
            "                       jsonl: one JSON object per line, one line per document\n"
            "  -i, --input=KIND     auto (default) sniffs each input; html or text forces it\n"
            "  -o, --output=FILE    write to FILE instead of standard output\n"
            "  -j, --jobs=N         worker threads (default: the number of cores)\n"
            "  -r, --recursive      read the files in directories given as FILE\n"
            "      --max-seconds=S  give up on a document after S seconds (default 10; 0 for\n"
            "                       no limit); it gets an error record with code limit\n"
            "      --max-memory=MB  memory one document may take (default 512); a page\n"
            "                       estimated to need more gets an error record\n"
            "      --explain        before each record, list every text block with its score\n"
            "                       and why it was kept or dropped (to debug one page)\n"
            "  -h, --help           show this help and exit\n"
            "  -V, --version        show the version and exit\n"
            "\n"
            "JSON records have: source (FILE as given, - for stdin, the target URI for a\n"
            "crawl record), headline, timestamp (ISO 8601), byline, body (paragraphs split\n"
            "by a blank line), quotes ([{text, speaker, cue, offset, length}]), modified,\n"
            "site, language, url, description; crawl records add warc_record_id and\n"
            "warc_date. A document that cannot be read or processed still gets a record,\n"
            "with an \"error\": {\"code\", \"message\"} member, and the others go on.\n"
            "\n"
            "Exit status:\n"
            "  0  every document was processed (a page without an article gives an empty body)\n"
            "  1  at least one document failed; its error record was printed\n"
            "  2  usage error, or the output could not be written (the run stops there)\n"
            "\n"
            "Examples:\n"
            "  newsclean page.html\n"
            "  curl -s https://example.org/story | newsclean --format json\n"
            "  newsclean --format jsonl --jobs 2 crawl.warc.gz > articles.jsonl\n"
            "  newsclean --input text --format jsonl dump.txt\n");
}

static double
now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static char *
dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static void
task_clear(task *t)
{
    free(t->source);
    free(t->data);
    free(t->charset);
    free(t->url);
    free(t->warc_id);
    free(t->warc_date);
    free(t->error_code);
    free(t->error_message);
    newsclean_free(t->record);
    newsclean_free(t->explain);
    memset(t, 0, sizeof *t);
}

/* Run the extractor on one task and render its record. Called by workers, unlocked. */
static void
process(const batch *b, task *t)
{
    const char *keys[2] = {"warc_record_id", "warc_date"};
    const char *vals[2] = {t->warc_id, t->warc_date};
    size_t n_extra = t->warc_id || t->warc_date ? 2 : 0;
    unsigned flags = b->opt->format == FORMAT_JSON ? NEWSCLEAN_RENDER_PRETTY : 0;
    newsclean_article *a = NULL;
    const char *code = t->error_code, *message = t->error_message;
    char msgbuf[256];
    if (atomic_load(&b->write_error)) {
        /* Output is lost anyway: do not spend the time. */
        free(t->data);
        t->data = NULL;
        return;
    }
    if (!code) {
        newsclean_status st =
            newsclean_extract_ex(b->ex, t->data, t->len, t->kind, t->charset, t->url, &a);
        if (st != NEWSCLEAN_OK) {
            code = newsclean_status_code(st);
            snprintf(msgbuf, sizeof msgbuf, "%s", newsclean_status_str(st));
            message = msgbuf;
        }
    }
    free(t->data);
    t->data = NULL;
    if (a) {
        if (b->opt->explain && newsclean_article_explain(a))
            t->explain = strdup(newsclean_article_explain(a));
        newsclean_status st;
        if (b->opt->format == FORMAT_TEXT)
            st = newsclean_article_to_text(a, &t->record, &t->record_len);
        else
            st = newsclean_article_to_json_ex(a, t->source, keys, vals, n_extra, flags, &t->record,
                                              &t->record_len);
        newsclean_article_free(a);
        if (st != NEWSCLEAN_OK) {
            code = newsclean_status_code(st);
            message = newsclean_status_str(st);
        }
    }
    if (code) {
        t->failed = true;
        newsclean_free(t->record);
        t->record = NULL;
        if (b->opt->format != FORMAT_TEXT)
            newsclean_error_to_json_ex(t->source, code, message, keys, vals, n_extra, flags,
                                       &t->record, &t->record_len);
        /* Keep the message for stderr; the record itself is already rendered. */
        if (!t->error_message)
            t->error_message = strdup(message);
    }
}

static void
progress_line(batch *b, bool final)
{
    double elapsed = now_seconds() - ((double)b->started.tv_sec + b->started.tv_nsec / 1e9);
    double mb = (double)b->bytes / 1e6;
    fprintf(stderr, "\r%s: %zu records, %.1f MB, %.1f MB/s, %zu errors, %zu skipped%s", program,
            b->records, mb, elapsed > 0 ? mb / elapsed : 0.0, b->failures,
            (size_t)atomic_load(&b->skipped), final ? "\n" : "");
    fflush(stderr);
}

static bool
write_all(batch *b, const char *s, size_t n)
{
    if (atomic_load(&b->write_error))
        return false;
    if (n && fwrite(s, 1, n, b->out) != n) {
        b->write_errno = errno;
        atomic_store(&b->write_error, true);
        return false;
    }
    return true;
}

/* Hand a record to the system now: a full disk or a closed pipe shows at once, and the
 * run stops instead of reading and extracting everything after it. */
static void
flush_record(batch *b)
{
    if (!atomic_load(&b->write_error) && fflush(b->out) != 0) {
        b->write_errno = errno;
        atomic_store(&b->write_error, true);
    }
}

/* Write a finished task. Called with the lock held, by the one thread that writes. */
static void
emit(batch *b, task *t)
{
    b->records++;
    b->bytes += t->in_bytes;
    if (t->failed) {
        b->failures++;
        fprintf(stderr, "%s: %s: %s\n", program, t->source,
                t->error_message ? t->error_message : "failed");
    }
    if (t->explain) {
        write_all(b, t->explain, strlen(t->explain));
        write_all(b, "\n", 1);
    }
    if (!t->record)
        return;
    switch (b->opt->format) {
    case FORMAT_JSONL:
        write_all(b, t->record, t->record_len);
        write_all(b, "\n", 1);
        break;
    case FORMAT_JSON:
        if (!b->held_json && !b->json_array_open) {
            b->held_json = t->record; /* wait: is there a second record? */
            t->record = NULL;
        } else {
            if (b->held_json) {
                write_all(b, "[\n", 2);
                write_all(b, b->held_json, strlen(b->held_json));
                newsclean_free(b->held_json);
                b->held_json = NULL;
                b->json_array_open = true;
            }
            write_all(b, ",\n", 2);
            write_all(b, t->record, t->record_len);
        }
        break;
    case FORMAT_TEXT:
        if (b->records > 1)
            write_all(b, "\f\n", 2); /* form feed: a page break between documents */
        write_all(b, t->record, t->record_len);
        break;
    }
    flush_record(b);
    if (b->progress) {
        double now = now_seconds();
        if (now - b->last_progress > 0.5) {
            b->last_progress = now;
            progress_line(b, false);
        }
    }
}

/* Write every finished task at the tail, in order. Called with the lock held; one thread
 * at a time takes the writer's part and writes without the lock, so the others keep
 * extracting meanwhile. Tasks at the tail are not touched by anyone else until 'tail'
 * moves past them. */
static void
drain(batch *b)
{
    if (b->writing)
        return; /* the writer will see this task too: it loops until the tail is unfinished */
    b->writing = true;
    while (b->tail < b->head) {
        task *t = &b->ring[b->tail % b->cap];
        if (!t->done)
            break;
        pthread_mutex_unlock(&b->mu);
        emit(b, t);
        size_t held = t->held;
        task_clear(t);
        pthread_mutex_lock(&b->mu);
        b->queued -= held;
        b->tail++;
        pthread_cond_broadcast(&b->changed);
    }
    b->writing = false;
}

static void *
worker(void *arg)
{
    batch *b = arg;
    pthread_mutex_lock(&b->mu);
    for (;;) {
        while (b->next_job == b->head && !b->closing)
            pthread_cond_wait(&b->changed, &b->mu);
        if (b->next_job == b->head && b->closing)
            break;
        task *t = &b->ring[b->next_job % b->cap];
        b->next_job++;
        /* A document being extracted counts in the library's memory limit, not here. */
        b->queued -= t->held;
        t->held = 0;
        pthread_cond_broadcast(&b->changed);
        pthread_mutex_unlock(&b->mu);
        process(b, t);
        size_t record = t->record_len + (t->explain ? strlen(t->explain) : 0);
        pthread_mutex_lock(&b->mu);
        b->queued += record;
        t->held = record;
        t->done = true;
        drain(b);
        pthread_cond_broadcast(&b->changed);
    }
    pthread_mutex_unlock(&b->mu);
    return NULL;
}

/* Hand a task to the workers; blocks while the queue is full. Takes ownership of 't'. */
static void
submit(batch *b, task *t)
{
    if (b->opt->jobs <= 1) {
        /* One job: no threads, the same order by construction. */
        process(b, t);
        t->done = true;
        emit(b, t);
        task_clear(t);
        return;
    }
    pthread_mutex_lock(&b->mu);
    t->held = t->len;
    while (b->head - b->tail >= b->cap || (b->queued > 0 && b->queued + t->held > QUEUE_BYTES))
        pthread_cond_wait(&b->changed, &b->mu);
    b->queued += t->held;
    b->ring[b->head % b->cap] = *t;
    b->head++;
    pthread_cond_broadcast(&b->changed);
    pthread_mutex_unlock(&b->mu);
    memset(t, 0, sizeof *t);
}

static void
submit_error(batch *b, const char *source, const char *code, const char *message)
{
    task t = {0};
    t.source = strdup(source);
    t.error_code = strdup(code);
    t.error_message = strdup(message);
    submit(b, &t);
}

/* ---- reading inputs ---- */

typedef struct {
    FILE *f;
    const char *head;
    size_t head_len, head_pos;
    bool error;
} stream;

static size_t
stream_read(void *ctx, char *buf, size_t cap)
{
    stream *s = ctx;
    if (s->head_pos < s->head_len) {
        size_t n = s->head_len - s->head_pos;
        if (n > cap)
            n = cap;
        memcpy(buf, s->head + s->head_pos, n);
        s->head_pos += n;
        return n;
    }
    size_t n = fread(buf, 1, cap, s->f);
    if (n == 0 && ferror(s->f)) {
        s->error = true;
        return (size_t)-1;
    }
    return n;
}

static void
read_warc(batch *b, const char *name, stream *s)
{
    newsclean_warc_reader *r = newsclean_warc_reader_new(stream_read, s);
    if (!r) {
        submit_error(b, name, "nomem", "out of memory");
        return;
    }
    size_t index = 0;
    for (;;) {
        newsclean_warc_record *rec = NULL;
        newsclean_status st = newsclean_warc_next(r, &rec);
        if (st != NEWSCLEAN_OK) {
            char msg[512];
            snprintf(msg, sizeof msg, "reading the crawl dump stopped after %zu records: %s", index,
                     s->error ? strerror(errno) : newsclean_status_str(st));
            submit_error(b, name, newsclean_status_code(st), msg);
            break;
        }
        if (!rec)
            break;
        index++;
        if (atomic_load(&b->write_error)) {
            newsclean_warc_record_free(rec);
            break;
        }
        newsclean_payload_kind kind = newsclean_warc_record_kind(rec);
        if (kind == NEWSCLEAN_PAYLOAD_SKIP) {
            atomic_fetch_add(&b->skipped, 1);
            newsclean_warc_record_free(rec);
            continue;
        }
        task t = {0};
        const char *uri = newsclean_warc_record_target_uri(rec);
        char fallback[64];
        if (!uri) {
            snprintf(fallback, sizeof fallback, "#%zu", index);
        }
        if (uri) {
            t.source = strdup(uri);
        } else {
            size_t n = strlen(name) + strlen(fallback) + 1;
            t.source = malloc(n);
            if (t.source)
                snprintf(t.source, n, "%s%s", name, fallback);
        }
        t.url = dup_or_null(uri);
        t.warc_id = dup_or_null(newsclean_warc_record_id(rec));
        t.warc_date = dup_or_null(newsclean_warc_record_date(rec));
        if (kind == NEWSCLEAN_PAYLOAD_ERROR) {
            t.error_code = strdup("warc");
            const char *m = newsclean_warc_record_error(rec);
            t.error_message = strdup(m ? m : "corrupt crawl record");
        } else {
            size_t len = 0;
            const char *p = newsclean_warc_record_payload(rec, &len);
            t.data = malloc(len ? len : 1);
            if (t.data) {
                memcpy(t.data, p, len);
                t.len = len;
                t.in_bytes = len;
            } else {
                t.error_code = strdup("nomem");
                t.error_message = strdup("out of memory");
            }
            t.charset = dup_or_null(newsclean_warc_record_charset(rec));
            t.kind = b->opt->input != NEWSCLEAN_INPUT_AUTO ? b->opt->input
                     : kind == NEWSCLEAN_PAYLOAD_TEXT      ? NEWSCLEAN_INPUT_TEXT
                                                           : NEWSCLEAN_INPUT_HTML;
        }
        newsclean_warc_record_free(rec);
        if (!t.source) {
            task_clear(&t);
            continue;
        }
        submit(b, &t);
    }
    newsclean_warc_reader_free(r);
}

/* Read the rest of a stream after 'head' into one buffer, up to the page limit: one byte
 * past it says the page is too big, and no more is read. */
static bool
slurp(stream *s, char **out, size_t *len, bool *too_big)
{
    size_t cap = s->head_len + 65536, n = s->head_len;
    char *buf = malloc(cap);
    if (!buf)
        return false;
    memcpy(buf, s->head, s->head_len);
    *too_big = false;
    for (;;) {
        if (n > MAX_PAGE_BYTES) {
            *too_big = true;
            break;
        }
        if (n == cap) {
            size_t grow = cap > MAX_PAGE_BYTES / 2 ? MAX_PAGE_BYTES + 1 : cap * 2;
            char *p = realloc(buf, grow);
            if (!p) {
                free(buf);
                return false;
            }
            buf = p;
            cap = grow;
        }
        size_t k = fread(buf + n, 1, cap - n, s->f);
        n += k;
        if (k == 0) {
            if (ferror(s->f)) {
                free(buf);
                return false;
            }
            break;
        }
    }
    *out = buf;
    *len = n;
    return true;
}

static void
read_input(batch *b, const char *name, FILE *f)
{
    char *head = malloc(SNIFF_BYTES);
    if (!head) {
        submit_error(b, name, "nomem", "out of memory");
        return;
    }
    size_t head_len = fread(head, 1, SNIFF_BYTES, f);
    if (head_len < SNIFF_BYTES && ferror(f)) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
        submit_error(b, name, "io", msg);
        free(head);
        return;
    }
    stream s = {.f = f, .head = head, .head_len = head_len};
    if (newsclean_looks_like_warc(head, head_len)) {
        read_warc(b, name, &s);
        free(head);
        return;
    }
    task t = {0};
    t.source = strdup(name);
    t.kind = b->opt->input;
    bool too_big = false;
    char *data = NULL;
    size_t len = 0;
    if (!slurp(&s, &data, &len, &too_big)) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot read: %s", strerror(errno));
        t.error_code = strdup("io");
        t.error_message = strdup(msg);
    } else if (too_big) {
        t.error_code = strdup("limit");
        t.error_message = strdup(MAX_PAGE_MESSAGE);
        free(data);
    } else if (newsclean_is_gzip(data, len)) {
        char *plain = NULL;
        size_t plain_len = 0;
        newsclean_status st = newsclean_gunzip(data, len, MAX_PAGE_BYTES, &plain, &plain_len);
        free(data);
        if (st != NEWSCLEAN_OK) {
            t.error_code = strdup(newsclean_status_code(st));
            t.error_message = strdup(st == NEWSCLEAN_ERR_LIMIT ? MAX_PAGE_MESSAGE
                                                               : "corrupt or truncated gzip data");
        } else {
            /* Copy into malloc'ed memory: tasks own plain heap buffers. */
            t.data = malloc(plain_len + 1);
            if (t.data) {
                memcpy(t.data, plain, plain_len + 1);
                t.len = plain_len;
            }
            newsclean_free(plain);
        }
    } else {
        t.data = data;
        t.len = len;
    }
    t.in_bytes = t.len;
    free(head);
    submit(b, &t);
}

static int
compare_names(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

static void read_path(batch *b, const char *path, bool top);

static void
read_dir(batch *b, const char *path)
{
    DIR *d = opendir(path);
    if (!d) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot open directory: %s", strerror(errno));
        submit_error(b, path, "io", msg);
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            char **p = realloc(names, cap * sizeof *names);
            if (!p)
                break;
            names = p;
        }
        size_t len = strlen(path) + strlen(e->d_name) + 2;
        names[n] = malloc(len);
        if (!names[n])
            break;
        snprintf(names[n], len, "%s/%s", path, e->d_name);
        n++;
    }
    closedir(d);
    /* Sorted, so the output order does not depend on the file system. */
    qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; i < n; i++) {
        if (!atomic_load(&b->write_error))
            read_path(b, names[i], false);
        free(names[i]);
    }
    free(names);
}

static void
read_path(batch *b, const char *path, bool top)
{
    if (strcmp(path, "-") == 0) {
        read_input(b, "-", stdin);
        return;
    }
    struct stat st;
    bool known = stat(path, &st) == 0;
    if (!top) {
        /* Inside a directory walk: regular files only, and symbolic links to directories
         * are not followed, so a link cycle cannot make the walk endless. */
        struct stat lst;
        if (!known || lstat(path, &lst) != 0 || (S_ISLNK(lst.st_mode) && S_ISDIR(st.st_mode)))
            return;
        if (!S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
            return;
    }
    if (known && S_ISDIR(st.st_mode)) {
        if (b->opt->recursive)
            read_dir(b, path);
        else
            submit_error(b, path, "io", "is a directory (use --recursive to read its files)");
        return;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        char msg[512];
        snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
        submit_error(b, path, "io", msg);
        return;
    }
    read_input(b, path, f);
    fclose(f);
}

static long
default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (n > 64 ? 64 : n) : 1;
}

int
main(int argc, char **argv)
{
    options opt = {.format = FORMAT_TEXT, .input = NEWSCLEAN_INPUT_AUTO, .jobs = default_jobs()};
    enum { OPT_EXPLAIN = 256, OPT_MAX_SECONDS, OPT_MAX_MEMORY };
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"input", required_argument, NULL, 'i'},
        {"output", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"recursive", no_argument, NULL, 'r'},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"max-seconds", required_argument, NULL, OPT_MAX_SECONDS},
        {"max-memory", required_argument, NULL, OPT_MAX_MEMORY},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "f:i:o:j:rhV", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            if (!strcmp(optarg, "text"))
                opt.format = FORMAT_TEXT;
            else if (!strcmp(optarg, "json"))
                opt.format = FORMAT_JSON;
            else if (!strcmp(optarg, "jsonl"))
                opt.format = FORMAT_JSONL;
            else {
                fprintf(stderr, "%s: unknown format '%s' (text, json or jsonl)\n", program, optarg);
                return 2;
            }
            break;
        case 'i':
            if (!strcmp(optarg, "auto"))
                opt.input = NEWSCLEAN_INPUT_AUTO;
            else if (!strcmp(optarg, "html"))
                opt.input = NEWSCLEAN_INPUT_HTML;
            else if (!strcmp(optarg, "text"))
                opt.input = NEWSCLEAN_INPUT_TEXT;
            else {
                fprintf(stderr, "%s: unknown input kind '%s' (auto, html or text)\n", program,
                        optarg);
                return 2;
            }
            break;
        case 'o':
            opt.output = optarg;
            break;
        case 'j': {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256) {
                fprintf(stderr, "%s: --jobs takes a number from 1 to 256, not '%s'\n", program,
                        optarg);
                return 2;
            }
            opt.jobs = n;
            break;
        }
        case 'r':
            opt.recursive = true;
            break;
        case OPT_EXPLAIN:
            opt.explain = true;
            break;
        case OPT_MAX_SECONDS: {
            char *end;
            double v = strtod(optarg, &end);
            if (end == optarg || *end || !(v >= 0) || v > 1e6) {
                fprintf(stderr, "%s: --max-seconds takes a number of seconds, not '%s'\n", program,
                        optarg);
                return 2;
            }
            opt.max_seconds = v;
            opt.max_seconds_set = true;
            break;
        }
        case OPT_MAX_MEMORY: {
            char *end;
            long v = strtol(optarg, &end, 10);
            if (end == optarg || *end || v < 1 || v > (1L << 30)) {
                fprintf(stderr, "%s: --max-memory takes a number of MB from 1, not '%s'\n", program,
                        optarg);
                return 2;
            }
            opt.max_memory_mb = v;
            break;
        }
        case 'h':
            usage(stdout);
            return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
        case 'V':
            printf("newsclean %s (libnewsclean %s)\n", NEWSCLEAN_VERSION_STRING,
                   newsclean_version_string());
            return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 2;
        default:
            fprintf(stderr, "Try '%s --help' for more information.\n", program);
            return 2;
        }
    }

    newsclean_extractor *ex = newsclean_extractor_new(opt.explain ? NEWSCLEAN_OPT_EXPLAIN : 0);
    if (!ex) {
        fprintf(stderr, "%s: cannot create the extractor: out of memory\n", program);
        return 2;
    }
    if (opt.max_seconds_set) {
        size_t ms = (size_t)(opt.max_seconds * 1000 + 0.5);
        newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MILLISECONDS,
                                      opt.max_seconds == 0 ? SIZE_MAX
                                      : ms                 ? ms
                                                           : 1);
    }
    if (opt.max_memory_mb)
        newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MEMORY_BYTES,
                                      (size_t)opt.max_memory_mb << 20);
    FILE *out = stdout;
    if (opt.output && strcmp(opt.output, "-") != 0) {
        out = fopen(opt.output, "wb");
        if (!out) {
            fprintf(stderr, "%s: cannot write '%s': %s\n", program, opt.output, strerror(errno));
            newsclean_extractor_free(ex);
            return 2;
        }
    }

    batch b = {.opt = &opt, .ex = ex, .out = out};
    b.progress = isatty(STDERR_FILENO) && !opt.explain;
    clock_gettime(CLOCK_MONOTONIC, &b.started);
    pthread_mutex_init(&b.mu, NULL);
    pthread_cond_init(&b.changed, NULL);
    pthread_t *threads = NULL;
    long started = 0;
    if (opt.jobs > 1) {
        b.cap = (size_t)opt.jobs * QUEUE_PER_JOB;
        b.ring = calloc(b.cap, sizeof *b.ring);
        threads = calloc((size_t)opt.jobs, sizeof *threads);
        if (!b.ring || !threads) {
            fprintf(stderr, "%s: out of memory\n", program);
            return 2;
        }
        for (; started < opt.jobs; started++)
            if (pthread_create(&threads[started], NULL, worker, &b) != 0)
                break;
        if (started == 0)
            opt.jobs = 1; /* no thread could start: work inline */
    }

    if (optind >= argc)
        read_path(&b, "-", true);
    for (int i = optind; i < argc && !atomic_load(&b.write_error); i++)
        read_path(&b, argv[i], true);

    if (started > 0) {
        pthread_mutex_lock(&b.mu);
        b.closing = true;
        pthread_cond_broadcast(&b.changed);
        pthread_mutex_unlock(&b.mu);
        for (long i = 0; i < started; i++)
            pthread_join(threads[i], NULL);
        pthread_mutex_lock(&b.mu);
        drain(&b);
        pthread_mutex_unlock(&b.mu);
    }
    if (opt.format == FORMAT_JSON) {
        if (b.held_json) {
            write_all(&b, b.held_json, strlen(b.held_json));
            write_all(&b, "\n", 1);
            newsclean_free(b.held_json);
        } else if (b.json_array_open) {
            write_all(&b, "\n]\n", 3);
        } else {
            write_all(&b, "[]\n", 3);
        }
    }
    if (b.progress && (b.records > 1 || atomic_load(&b.skipped)))
        progress_line(&b, true);

    int status = b.failures ? 1 : 0;
    if (!b.write_error && (fflush(out) != 0 || ferror(out)))
        b.write_errno = errno ? errno : EIO;
    if (out != stdout && fclose(out) != 0 && !b.write_errno)
        b.write_errno = errno ? errno : EIO;
    if (b.write_error || b.write_errno) {
        status = 2;
        fprintf(stderr, "%s: error writing output: %s\n", program,
                strerror(b.write_errno ? b.write_errno : EIO));
    }
    free(b.ring);
    free(threads);
    pthread_mutex_destroy(&b.mu);
    pthread_cond_destroy(&b.changed);
    newsclean_extractor_free(ex);
    return status;
}
