/* main.c: the newsclean command: pages, text dumps and crawl dumps in, one record per
 * document out, in input order, with worker threads sharing one extractor. */
#define _XOPEN_SOURCE 700 /* POSIX.1-2008 with the XSI part, for realpath */
#include <newsclean.h>

#include "inputs_list.h"
#include "names.h"
#include "outdir.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <getopt.h>
#include <pthread.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
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

typedef enum { FORMAT_TEXT, FORMAT_JSON, FORMAT_JSONL, FORMAT_MARKDOWN, FORMAT_HTML } out_format;

typedef struct {
    out_format format;
    newsclean_input_kind input;
    const char *output;
    bool recursive;
    bool explain;
    bool markdown_in_json;
    bool pretty;
    bool quiet;
    long jobs;
    const char *files_from, *shard, *output_dir; /* NULL when not given */
    const char *url; /* --url: the address of the one page read whole; NULL when not given */
    bool compress, force;
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
    size_t held; /* bytes this task counts in batch.queued: its payload while it waits for
                    a worker, its record while it waits to be written */
} task;

/* The progress line on a terminal's stderr. It appears only after 'delay' seconds of
 * work, is redrawn at most every REDRAW_SECONDS, is cleared before anything else is
 * printed to the terminal, and gives way to a summary line at the end. */
typedef struct {
    bool on;                  /* stderr is a terminal and --quiet was not given */
    bool records_on_tty;      /* records are written to a terminal too */
    double delay;             /* seconds of work before the line appears */
    double started;           /* outdir_now_seconds() at the start */
    unsigned long long total; /* bytes of all inputs; 0 when unknown (stdin, directories) */
    atomic_ullong read;       /* input bytes read so far */
    pthread_mutex_t mu;       /* the terminal, and the fields below */
    pthread_cond_t wake;
    bool shown, ever_shown, stop;
    size_t width; /* characters of the line on screen */
    double drawn_at;
    pthread_t ticker;
    bool ticking;
} progress;

/* How often the progress line changes at most. */
#define REDRAW_SECONDS 0.25

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
    /* counters, changed by the writer under prog.mu (emit holds it), which the ticker
     * takes to show them */
    size_t records;
    size_t failures;
    atomic_size_t skipped;   /* counted by the reader, shown by the writer */
    bool writing;            /* a thread is writing finished records, under mu */
    atomic_bool write_error; /* set by the writer: stop reading, stop extracting */
    int write_errno;
    progress prog;
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
            "page it holds. A page larger than 64 MiB (or than that once decompressed) gets\n"
            "an error record.\n"
            "\n"
            "Options:\n"
            "  -f, --format=FORMAT  text (default): headline, timestamp, blank line, body;\n"
            "                       records are separated by a line holding a form feed;\n"
            "                       json: one indented object for one input, an array of\n"
            "                       them for several;\n"
            "                       jsonl: one JSON object per line, one line per document;\n"
            "                       markdown: the article with its shape (headline, subheadings,\n"
            "                       lists, tables, quotes, code, links and images, URLs made\n"
            "                       absolute) as CommonMark with pipe tables;\n"
            "                       html: the same as a safe HTML fragment, one <article>\n"
            "                       element of a short list of tags, no script, style, event\n"
            "                       handler or javascript: URL; records are separated as in text\n"
            "      --markdown-in-json\n"
            "                       JSON records also carry the article as Markdown, in a\n"
            "                       \"markdown\" member after \"body\"\n"
            "  -i, --input=KIND     auto (default) sniffs each input; html or text forces it\n"
            "  -o, --output=FILE    write to FILE instead of standard output, through a\n"
            "                       temporary file beside it renamed to FILE at the end, so\n"
            "                       a failed or interrupted run leaves FILE as it was; FILE\n"
            "                       may not be an input, nor inside a directory read with\n"
            "                       --recursive\n"
            "  -j, --jobs=N         worker threads (default: the number of cores)\n"
            "  -r, --recursive      read the files in directories given as FILE\n"
            "      --max-seconds=S  give up on a document after S seconds (default 10; 0 for\n"
            "                       no limit); it gets an error record with code limit\n"
            "      --max-memory=MB  memory one document may take (default 512); a page\n"
            "                       estimated to need more gets an error record\n"
            "      --url=URL        the address the page was fetched from, for a page read\n"
            "                       from a file or standard input: a date in its path\n"
            "                       counts, the page's links are read against it, and the\n"
            "                       record gives it as url when the page names no\n"
            "                       canonical address; one input only (crawl records carry\n"
            "                       their own)\n"
            "  -q, --quiet          no progress line\n"
            "      --explain        on standard error, before each record, list every text\n"
            "                       block with its score and why it was kept or dropped\n"
            "  -h, --help           show this help and exit\n"
            "  -V, --version        show the version and exit\n"
            "\n");
    fprintf(f, "Many inputs, as a task of a job array (README: Cleaning a crawl on a cluster):\n"
               "      --files-from=LIST\n"
               "                       also read the inputs named in LIST, one a line (- for\n"
               "                       standard input), after any FILE\n"
               "      --shard=I/N      take only the inputs at positions p (from 0) of the list\n"
               "                       with p mod N = I, so that N tasks take each once;\n"
               "                       --shard=slurm takes I and N from the Slurm array task\n"
               "      --output-dir=DIR\n"
               "                       one JSON Lines file per input: DIR/NAME.jsonl for an\n"
               "                       input named NAME, made under a temporary name and\n"
               "                       renamed when complete, then DIR/NAME.done.json (records,\n"
               "                       errors, skipped, bytes, seconds); an input that has both\n"
               "                       is skipped, so running a stopped run again resumes it;\n"
               "                       two inputs with the same NAME are refused\n"
               "      --compress       with --output-dir: gzip the outputs, DIR/NAME.jsonl.gz\n"
               "      --force          with --output-dir: redo inputs already done\n"
               "\n"
               "JSON records have: source (FILE as given, - for stdin, the target URI for a\n"
               "crawl record; bytes of a file name that are not UTF-8 as \\xHH), headline,\n"
               "timestamp (ISO 8601), byline, body (paragraphs split by a blank line), quotes\n"
               "([{text, speaker, cue, offset, length}], offsets in bytes of body), modified,\n"
               "site, language, url, description, kind (article, listing, collection,\n"
               "product, forum, documentation or service), image (the lead image's absolute\n"
               "URL); a table row stays on one line of body, its cells split by tabs; crawl\n"
               "records add warc_record_id and\n"
               "warc_date. A document that cannot be read or processed still gets a record,\n"
               "with an \"error\": {\"code\", \"message\"} member, and the others go on. Codes:\n"
               "  io                cannot open or read it\n"
               "  limit             larger than the 64 MiB input limit (or than that once\n"
               "                    decompressed), or past the time or memory limit\n"
               "  parse             corrupt gzip data\n"
               "  not-text          not text at all (an image, a PDF, a program)\n"
               "  warc              a damaged crawl record, or a payload whose Content-Encoding\n"
               "                    cannot be undone\n"
               "  nomem             out of memory\n"
               "  invalid-argument  the library refused an argument\n"
               "\n"
               "When standard error is a terminal, a progress line appears there after a second\n"
               "of work (the share read and the time left when the input sizes are known), is\n"
               "cleared before anything else is printed, and ends as a summary line.\n"
               "NEWSCLEAN_PROGRESS_DELAY sets the seconds before it appears.\n"
               "\n"
               "Exit status:\n"
               "  0  every document was processed (a page without main text gives an empty body)\n"
               "  1  at least one document failed; its error record was printed\n"
               "  2  usage error, or the output could not be written (the run stops there)\n"
               "\n"
               "Examples:\n"
               "  newsclean page.html\n"
               "  curl -s https://example.org/story | newsclean --format json \\\n"
               "      --url https://example.org/story\n"
               "  newsclean --format jsonl --jobs 2 -o articles.jsonl crawl.warc.gz\n"
               "  newsclean --input text --format jsonl dump.txt\n"
               "  newsclean --files-from warcs.txt --shard 3/100 --output-dir out/ --compress\n");
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
    if (b->opt->markdown_in_json)
        flags |= NEWSCLEAN_RENDER_MARKDOWN;
    bool plain = b->opt->format == FORMAT_TEXT || b->opt->format == FORMAT_MARKDOWN ||
                 b->opt->format == FORMAT_HTML;
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
        const newsclean_input in = {.kind = t->kind, .charset = t->charset, .url = t->url};
        newsclean_status st = newsclean_extract_ex(b->ex, t->data, t->len, &in, &a);
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
        else if (b->opt->format == FORMAT_MARKDOWN)
            st = newsclean_article_to_markdown(a, &t->record, &t->record_len);
        else if (b->opt->format == FORMAT_HTML)
            st = newsclean_article_to_html(a, &t->record, &t->record_len);
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
        if (!plain)
            newsclean_error_to_json_ex(t->source, code, message, keys, vals, n_extra, flags,
                                       &t->record, &t->record_len);
        /* Keep the message for stderr; the record itself is already rendered. */
        if (!t->error_message)
            t->error_message = strdup(message);
    }
}

/* "1:05" or "2:03:05". */
static void
format_duration(char *buf, size_t cap, double seconds)
{
    unsigned long t = seconds > 0 && seconds < 1e7 ? (unsigned long)(seconds + 0.5) : 0;
    if (t >= 3600)
        snprintf(buf, cap, "%lu:%02lu:%02lu", t / 3600, t / 60 % 60, t % 60);
    else
        snprintf(buf, cap, "%lu:%02lu", t / 60, t % 60);
}

/* Erase the progress line, if it is on screen. Called with prog.mu held. */
static void
progress_clear(progress *p)
{
    if (!p->shown)
        return;
    fprintf(stderr, "\r%*s\r", (int)p->width, "");
    fflush(stderr);
    p->shown = false;
}

/* Draw the progress line, or the summary line when 'final'. Called with prog.mu held. */
static void
progress_draw(batch *b, double now, bool final)
{
    progress *p = &b->prog;
    double elapsed = now - p->started;
    unsigned long long done = atomic_load(&p->read);
    double mb = (double)done / 1e6, rate = elapsed > 0 ? mb / elapsed : 0.0;
    char line[256], where[96];
    if (final) {
        snprintf(where, sizeof where, "%.1f MB in %.1f s", mb, elapsed);
    } else if (p->total && done <= p->total) {
        char eta[32] = "--:--";
        if (done > 0)
            format_duration(eta, sizeof eta, elapsed * (double)(p->total - done) / (double)done);
        snprintf(where, sizeof where, "%.0f%% of %.1f MB, %.1f MB/s, ETA %s",
                 100.0 * (double)done / (double)p->total, (double)p->total / 1e6, rate, eta);
    } else {
        snprintf(where, sizeof where, "%.1f MB read, %.1f MB/s", mb, rate);
    }
    int n = snprintf(line, sizeof line, "%s: %s; %zu records, %zu errors, %zu skipped", program,
                     where, b->records, b->failures, (size_t)atomic_load(&b->skipped));
    size_t len = n > 0 ? (size_t)n : 0;
    if (len >= sizeof line)
        len = sizeof line - 1;
    /* A line that wraps could not be taken back with a carriage return. */
    struct winsize ws;
    if (!final && ioctl(STDERR_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1 && len >= ws.ws_col) {
        len = ws.ws_col - 1u;
        line[len] = '\0';
    }
    /* Pad over what is left of a longer line before. */
    size_t pad = p->shown && p->width > len ? p->width - len : 0;
    fprintf(stderr, "\r%s%*s%s", line, (int)pad, "", final ? "\n" : "");
    if (pad && !final)
        fprintf(stderr, "\r%s", line);
    fflush(stderr);
    p->shown = !final;
    p->ever_shown = true;
    p->width = len;
    p->drawn_at = now;
}

/* Draw the line if its time has come. Called with prog.mu held. */
static void
progress_update(batch *b)
{
    progress *p = &b->prog;
    if (!p->on)
        return;
    double now = outdir_now_seconds();
    if (now - p->started < p->delay || (p->ever_shown && now - p->drawn_at < REDRAW_SECONDS))
        return;
    progress_draw(b, now, false);
}

/* Keeps the line moving while the reader or a long extraction holds up the records. */
static void *
ticker(void *arg)
{
    batch *b = arg;
    progress *p = &b->prog;
    pthread_mutex_lock(&p->mu);
    while (!p->stop) {
        progress_update(b);
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += (long)(REDRAW_SECONDS * 1e9);
        if (until.tv_nsec >= 1000000000L) {
            until.tv_sec++;
            until.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&p->wake, &p->mu, &until);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Stop the ticker and take the line off the screen, before the last output. */
static void
progress_stop(batch *b)
{
    progress *p = &b->prog;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->wake);
    pthread_mutex_unlock(&p->mu);
    if (p->ticking)
        pthread_join(p->ticker, NULL);
    progress_clear(p);
}

/* If the line was ever shown, end with a summary line. */
static void
progress_summary(batch *b)
{
    if (b->prog.ever_shown)
        progress_draw(b, outdir_now_seconds(), true);
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

static void
emit_locked(batch *b, task *t)
{
    b->records++;
    if (t->failed || t->explain || b->prog.records_on_tty)
        progress_clear(&b->prog);
    if (t->failed) {
        b->failures++;
        fprintf(stderr, "%s: %s: %s\n", program, t->source,
                t->error_message ? t->error_message : "failed");
    }
    if (t->explain) {
        /* On stderr, so that stdout stays one record per document in every format. */
        fprintf(stderr, "%s: %s: why each block was kept or dropped:\n%s\n", program, t->source,
                t->explain);
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
    case FORMAT_MARKDOWN:
    case FORMAT_HTML:
        if (b->records > 1)
            write_all(b, "\f\n", 2); /* form feed: a page break between documents */
        write_all(b, t->record, t->record_len);
        break;
    }
    flush_record(b); /* also on screen before the progress line comes back */
}

/* Write a finished task. Called by the one thread that writes, which takes the terminal
 * (prog.mu) so that the progress line is off the screen while anything else is on it. */
static void
emit(batch *b, task *t)
{
    pthread_mutex_lock(&b->prog.mu);
    emit_locked(b, t);
    progress_update(b);
    pthread_mutex_unlock(&b->prog.mu);
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
    char *escaped = t->source ? names_escape(t->source) : NULL;
    if (escaped) {
        free(t->source);
        t->source = escaped;
    }
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
    if (feof(s->f))
        return 0; /* a terminal's Ctrl-D ends the input once, not once per read */
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
    unsigned long long before = atomic_load(&b->prog.read);
    for (;;) {
        newsclean_warc_record *rec = NULL;
        newsclean_status st = newsclean_warc_next(r, &rec);
        atomic_store(&b->prog.read, before + newsclean_warc_reader_bytes(r));
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
        /* After end of input, reading again would wait for a second Ctrl-D on a terminal:
         * fread reads large blocks past stdio's end-of-file flag. */
        size_t k = feof(s->f) ? 0 : fread(buf + n, 1, cap - n, s->f);
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
    t.url = dup_or_null(b->opt->url);
    bool too_big = false;
    char *data = NULL;
    size_t len = 0;
    bool read_ok = slurp(&s, &data, &len, &too_big);
    atomic_fetch_add(&b->prog.read, read_ok ? len : head_len);
    if (!read_ok) {
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
    if (n > 0) /* names is NULL for an empty directory */
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

/* Wait until every task handed in so far is written. */
static void
settle(batch *b)
{
    if (b->opt->jobs <= 1)
        return; /* written as they come */
    pthread_mutex_lock(&b->mu);
    while (b->tail < b->head)
        pthread_cond_wait(&b->changed, &b->mu);
    pthread_mutex_unlock(&b->mu);
}

/* --output-dir: each input into a file of its own, finished before the next input
 * starts. False when an output could not be written: the run stops there. */
static bool
read_into_dir(batch *b, outdir *d, const input_list *in)
{
    FILE *out = b->out;
    bool ok = true;
    for (size_t i = 0; i < in->n && ok; i++) {
        FILE *f = NULL;
        outdir_step step = outdir_begin(d, in->paths[i], &f);
        if (step != OUTDIR_WRITE) {
            ok = step == OUTDIR_SKIP;
            continue;
        }
        size_t records = b->records, failures = b->failures, skipped = atomic_load(&b->skipped);
        unsigned long long read = atomic_load(&b->prog.read);
        b->out = f;
        read_path(b, in->paths[i], true);
        settle(b);
        outdir_counts c = {b->records - records, b->failures - failures,
                           atomic_load(&b->skipped) - skipped, atomic_load(&b->prog.read) - read};
        ok = outdir_end(d, &c, !b->write_error);
        /* said by outdir_end, with the file's name */
        atomic_store(&b->write_error, false);
        b->write_errno = 0;
        b->out = out;
    }
    return ok;
}

/* ---- the output file ---- */

/* -o FILE is written to a temporary file beside it and renamed over it at the end, so an
 * interrupted or failed run leaves FILE as it was, never cut off in the middle of a
 * record. A FILE that exists and is not a regular file (a device, a FIFO) is written in
 * place. */
typedef struct {
    const char *path;
    char *tmp; /* the temporary file; NULL when writing 'path' itself */
    FILE *f;
} output;

/* The temporary file, for the signal handler to remove. */
static char pending_tmp[4096];
static volatile sig_atomic_t tmp_pending;

static void
on_fatal_signal(int sig)
{
    if (tmp_pending)
        unlink(pending_tmp);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Remove the temporary file when Ctrl-C, kill, a hang-up or a closed pipe ends the run.
 * Signals ignored when we started stay ignored. */
static void
catch_fatal_signals(void)
{
    static const int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE};
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction old, sa;
        if (sigaction(sigs[i], NULL, &old) != 0 || old.sa_handler == SIG_IGN)
            continue;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_fatal_signal;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
}

static bool
output_open(output *o, const char *path, mode_t umask_bits)
{
    memset(o, 0, sizeof *o);
    o->path = path;
    struct stat st;
    bool exists = stat(path, &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        o->f = fopen(path, "wb");
        return o->f != NULL;
    }
    const char *slash = strrchr(path, '/');
    size_t dir_len = slash ? (size_t)(slash - path) + 1 : 0;
    size_t n = strlen(path) + sizeof "/..XXXXXX";
    o->tmp = malloc(n);
    if (!o->tmp)
        return false;
    /* Hidden, so a --recursive walk of the directory does not read it meanwhile. */
    snprintf(o->tmp, n, "%.*s.%s.XXXXXX", (int)dir_len, path, path + dir_len);
    int fd = mkstemp(o->tmp);
    if (fd < 0) {
        free(o->tmp);
        o->tmp = NULL;
        return false;
    }
    /* The mode FILE has, or would get from a plain open. */
    fchmod(fd, exists ? st.st_mode & 07777 : 0666 & ~umask_bits);
    if (strlen(o->tmp) < sizeof pending_tmp) {
        strcpy(pending_tmp, o->tmp);
        tmp_pending = 1;
    }
    o->f = fdopen(fd, "wb");
    if (!o->f) {
        int e = errno;
        close(fd);
        unlink(o->tmp);
        tmp_pending = 0;
        free(o->tmp);
        o->tmp = NULL;
        errno = e;
        return false;
    }
    return true;
}

/* Close the output and, if 'ok' and everything reached the disk, put it in place. On
 * failure FILE is left as it was and errno tells why. */
static bool
output_close(output *o, bool ok)
{
    int e = 0;
    if (ok && (fflush(o->f) != 0 || ferror(o->f) || (o->tmp && fsync(fileno(o->f)) != 0)))
        e = errno ? errno : EIO;
    if (fclose(o->f) != 0 && !e)
        e = errno;
    if (o->tmp) {
        if (ok && !e && rename(o->tmp, o->path) != 0)
            e = errno;
        if (!ok || e)
            unlink(o->tmp);
        tmp_pending = 0;
        free(o->tmp);
    }
    errno = e;
    return ok && !e;
}

/* True (with a message) if -o names one of the inputs, which it would overwrite before it
 * is read, or a place inside a directory that --recursive reads, whose next run would
 * read the output as input. */
static bool
output_conflicts(const char *path, char **inputs, int n_inputs, bool recursive)
{
    static char *const stdin_only[] = {"-"};
    if (n_inputs == 0) {
        inputs = (char **)stdin_only;
        n_inputs = 1;
    }
    struct stat out_st;
    bool exists = stat(path, &out_st) == 0;
    char *dir = strdup(path);
    if (!dir)
        return false;
    char *slash = strrchr(dir, '/');
    if (slash)
        slash[1] = '\0';
    char *out_dir = realpath(slash ? dir : ".", NULL);
    free(dir);
    bool conflict = false;
    for (int i = 0; i < n_inputs && !conflict; i++) {
        const char *in = inputs[i];
        struct stat st;
        if ((strcmp(in, "-") == 0 ? fstat(STDIN_FILENO, &st) : stat(in, &st)) != 0)
            continue;
        if (exists && st.st_dev == out_st.st_dev && st.st_ino == out_st.st_ino) {
            fprintf(stderr, "%s: the output '%s' is also an input; refusing to overwrite it\n",
                    program, path);
            conflict = true;
        } else if (recursive && S_ISDIR(st.st_mode) && out_dir) {
            char *in_dir = realpath(in, NULL);
            size_t k = in_dir ? strlen(in_dir) : 0;
            if (in_dir && strncmp(out_dir, in_dir, k) == 0 &&
                (out_dir[k] == '\0' || out_dir[k] == '/' || k == 1)) {
                fprintf(stderr,
                        "%s: the output '%s' is inside '%s', which --recursive reads; "
                        "write it elsewhere\n",
                        program, path, in);
                conflict = true;
            }
            free(in_dir);
        }
    }
    free(out_dir);
    return conflict;
}

/* ---- progress ---- */

/* Bytes of all inputs, for the progress line's share and time left; 0 when a size cannot
 * be known in advance (a pipe, a terminal, a directory). */
static unsigned long long
input_total(char **inputs, int n_inputs)
{
    static char *const stdin_only[] = {"-"};
    if (n_inputs == 0) {
        inputs = (char **)stdin_only;
        n_inputs = 1;
    }
    unsigned long long total = 0;
    for (int i = 0; i < n_inputs; i++) {
        struct stat st;
        int r = strcmp(inputs[i], "-") == 0 ? fstat(STDIN_FILENO, &st) : stat(inputs[i], &st);
        if (r != 0)
            continue; /* gives an error record, and no bytes */
        if (!S_ISREG(st.st_mode))
            return 0;
        total += (unsigned long long)st.st_size;
    }
    return total;
}

/* Seconds of work before the progress line appears: NEWSCLEAN_PROGRESS_DELAY, else 1. */
static double
progress_delay(void)
{
    const char *v = getenv("NEWSCLEAN_PROGRESS_DELAY");
    if (v && *v) {
        char *end;
        double d = strtod(v, &end);
        if (!*end && d >= 0 && d < 1e6)
            return d;
    }
    return 1.0;
}

static void
progress_start(batch *b, char **inputs, int n_inputs)
{
    progress *p = &b->prog;
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->wake, NULL);
    p->on = isatty(STDERR_FILENO) && !b->opt->quiet;
    p->records_on_tty = p->on && b->out == stdout && isatty(STDOUT_FILENO);
    p->delay = progress_delay();
    p->started = outdir_now_seconds();
    p->total = p->on ? input_total(inputs, n_inputs) : 0;
    if (p->on)
        p->ticking = pthread_create(&p->ticker, NULL, ticker, b) == 0;
}

static long
default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (n > 64 ? 64 : n) : 1;
}

/* An address with a scheme and a host ("https://example.org/story"): the one shape the
 * library can resolve the page's links against and read a date from. */
static bool
absolute_url(const char *u)
{
    size_t i = 0;
    while (isalpha((unsigned char)u[i]) ||
           (i > 0 && (isdigit((unsigned char)u[i]) || u[i] == '+' || u[i] == '-' || u[i] == '.')))
        i++;
    return i > 0 && strncmp(u + i, "://", 3) == 0 && u[i + 3] && u[i + 3] != '/' &&
           !strpbrk(u, " \t\r\n");
}

/* The inputs of this run, after --files-from and --shard, with the checks that the
 * options for many inputs need. False, with a message, on a usage error. */
static bool
gather_inputs(options *opt, bool format_given, char **operands, int n, input_list *in)
{
    const char *problem = NULL;
    bool from_stdin = n == 0 && !opt->files_from;
    if (opt->output_dir && opt->output)
        problem = "--output-dir and --output cannot go together";
    else if (opt->output_dir && format_given && opt->format != FORMAT_JSONL)
        problem = "--output-dir writes JSON Lines: leave out --format, or give jsonl";
    else if ((opt->compress || opt->force) && !opt->output_dir)
        problem = "--compress and --force go with --output-dir";
    else if (opt->output_dir && from_stdin)
        problem = "--output-dir needs inputs with names: FILE operands or --files-from";
    else if (opt->shard && from_stdin)
        problem = "--shard needs a list of inputs: FILE operands or --files-from";
    else if (opt->url && (n > 1 || opt->files_from || opt->recursive || opt->shard))
        problem = "--url gives the address of one page: use it with one input (a crawl dump's "
                  "records carry their own)";
    for (int i = 0; i < n && !problem && opt->files_from; i++)
        if (!strcmp(operands[i], "-") && !strcmp(opt->files_from, "-"))
            problem = "standard input cannot be both an input and the --files-from list";
    if (problem) {
        fprintf(stderr, "%s: %s\n", program, problem);
        return false;
    }
    shard sh;
    if (!input_list_add(in, operands, (size_t)n) ||
        (opt->files_from && !input_list_read(in, opt->files_from)) ||
        (opt->output_dir && !outdir_names_ok(in->paths, in->n)) ||
        (opt->shard && !shard_parse(opt->shard, &sh))) {
        input_list_free(in);
        return false;
    }
    if (opt->shard)
        input_list_keep_shard(in, sh);
    if (opt->output_dir)
        opt->format = FORMAT_JSONL;
    return true;
}

/* True (with a message) if --output-dir lies where -r reads, or is itself an input. */
static bool
output_dir_conflicts(const char *dir, char **inputs, int n_inputs, bool recursive)
{
    size_t len = strlen(dir);
    while (len > 1 && dir[len - 1] == '/')
        len--;
    char *path = malloc(len + 2);
    if (!path)
        return false;
    snprintf(path, len + 2, "%.*s/", (int)len, dir);
    bool conflict = output_conflicts(path, inputs, n_inputs, recursive);
    free(path);
    return conflict;
}

int
main(int argc, char **argv)
{
    options opt = {.format = FORMAT_TEXT, .input = NEWSCLEAN_INPUT_AUTO, .jobs = default_jobs()};
    enum {
        OPT_EXPLAIN = 256,
        OPT_FILES_FROM,
        OPT_SHARD,
        OPT_OUTPUT_DIR,
        OPT_COMPRESS,
        OPT_FORCE,
        OPT_MAX_SECONDS,
        OPT_MAX_MEMORY,
        OPT_MARKDOWN_IN_JSON,
        OPT_URL
    };
    bool format_given = false;
    mode_t umask_bits = umask(0);
    umask(umask_bits);
    static const struct option longopts[] = {
        {"format", required_argument, NULL, 'f'},
        {"input", required_argument, NULL, 'i'},
        {"output", required_argument, NULL, 'o'},
        {"jobs", required_argument, NULL, 'j'},
        {"recursive", no_argument, NULL, 'r'},
        {"explain", no_argument, NULL, OPT_EXPLAIN},
        {"markdown-in-json", no_argument, NULL, OPT_MARKDOWN_IN_JSON},
        {"max-seconds", required_argument, NULL, OPT_MAX_SECONDS},
        {"max-memory", required_argument, NULL, OPT_MAX_MEMORY},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, 'V'},
        {"files-from", required_argument, NULL, OPT_FILES_FROM},
        {"shard", required_argument, NULL, OPT_SHARD},
        {"output-dir", required_argument, NULL, OPT_OUTPUT_DIR},
        {"compress", no_argument, NULL, OPT_COMPRESS},
        {"force", no_argument, NULL, OPT_FORCE},
        {"url", required_argument, NULL, OPT_URL},
        {NULL, 0, NULL, 0}};
    int c;
    while ((c = getopt_long(argc, argv, "f:i:o:j:rqhV", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            format_given = true;
            if (!strcmp(optarg, "text"))
                opt.format = FORMAT_TEXT;
            else if (!strcmp(optarg, "json"))
                opt.format = FORMAT_JSON;
            else if (!strcmp(optarg, "jsonl"))
                opt.format = FORMAT_JSONL;
            else if (!strcmp(optarg, "markdown"))
                opt.format = FORMAT_MARKDOWN;
            else if (!strcmp(optarg, "html"))
                opt.format = FORMAT_HTML;
            else {
                fprintf(stderr, "%s: unknown format '%s' (text, json, jsonl, markdown or html)\n",
                        program, optarg);
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
        case OPT_MARKDOWN_IN_JSON:
            opt.markdown_in_json = true;
            break;
        case 'q':
            opt.quiet = true;
            break;
        case OPT_FILES_FROM:
            opt.files_from = optarg;
            break;
        case OPT_SHARD:
            opt.shard = optarg;
            break;
        case OPT_OUTPUT_DIR:
            opt.output_dir = optarg;
            break;
        case OPT_COMPRESS:
            opt.compress = true;
            break;
        case OPT_FORCE:
            opt.force = true;
            break;
        case OPT_URL:
            if (!absolute_url(optarg)) {
                fprintf(stderr, "%s: --url takes an absolute address (https://...), not '%s'\n",
                        program, optarg);
                return 2;
            }
            opt.url = optarg;
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

    input_list in = {0};
    if (!gather_inputs(&opt, format_given, argv + optind, argc - optind, &in))
        return 2;
    char **inputs = in.paths;
    int n_inputs = (int)in.n;
    bool to_file = opt.output && strcmp(opt.output, "-") != 0;
    if (to_file && output_conflicts(opt.output, inputs, n_inputs, opt.recursive)) {
        input_list_free(&in);
        return 2;
    }
    /* The markup is walked only for the outputs that show it. */
    bool structure = opt.format == FORMAT_MARKDOWN || opt.format == FORMAT_HTML ||
                     (opt.markdown_in_json && opt.format != FORMAT_TEXT);
    newsclean_extractor *ex = newsclean_extractor_new((opt.explain ? NEWSCLEAN_OPT_EXPLAIN : 0) |
                                                      (structure ? NEWSCLEAN_OPT_STRUCTURE : 0));
    if (!ex) {
        fprintf(stderr, "%s: cannot create the extractor: out of memory\n", program);
        input_list_free(&in);
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
    output o = {0};
    if (to_file) {
        catch_fatal_signals();
        if (!output_open(&o, opt.output, umask_bits)) {
            fprintf(stderr, "%s: cannot write '%s': %s\n", program, opt.output, strerror(errno));
            newsclean_extractor_free(ex);
            input_list_free(&in);
            return 2;
        }
        out = o.f;
    }
    outdir *dir = opt.output_dir ? outdir_new(opt.output_dir, opt.compress, opt.force) : NULL;
    if (opt.output_dir &&
        (!dir || output_dir_conflicts(opt.output_dir, inputs, n_inputs, opt.recursive))) {
        if (dir)
            outdir_discard(dir);
        outdir_close(dir);
        newsclean_extractor_free(ex);
        input_list_free(&in);
        return 2;
    }

    batch b = {.opt = &opt, .ex = ex, .out = out};
    progress_start(&b, inputs, n_inputs);
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

    bool dir_ok = true;
    if (dir)
        dir_ok = read_into_dir(&b, dir, &in);
    else if (optind >= argc && !opt.files_from)
        read_path(&b, "-", true);
    else
        for (size_t i = 0; i < in.n && !atomic_load(&b.write_error); i++)
            read_path(&b, in.paths[i], true);

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
    progress_stop(&b);
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

    int status = b.failures ? 1 : 0;
    int write_errno = b.write_error ? (b.write_errno ? b.write_errno : EIO) : 0;
    if (to_file) {
        if (!output_close(&o, !b.write_error)) {
            status = 2;
            if (!write_errno)
                write_errno = errno ? errno : EIO;
        }
    } else if (fflush(out) != 0 || ferror(out) || b.write_error) {
        status = 2;
        if (!write_errno)
            write_errno = errno ? errno : EIO;
    }
    progress_summary(&b);
    if (status == 2)
        fprintf(stderr, "%s: error writing output: %s\n", program, strerror(write_errno));
    if (!dir_ok)
        status = 2; /* outdir said which output could not be written */
    outdir_close(dir);
    input_list_free(&in);
    free(b.ring);
    free(threads);
    pthread_mutex_destroy(&b.mu);
    pthread_cond_destroy(&b.changed);
    pthread_mutex_destroy(&b.prog.mu);
    pthread_cond_destroy(&b.prog.wake);
    newsclean_extractor_free(ex);
    return status;
}
