/*
 * bench.c: newsclean-bench, throughput and memory of libnewsclean on real pages. Not run by
 * ctest; see tests/bench/README.md.
 *
 *   newsclean-bench [--dir DIR]... [--mb N] [--threads N]
 *       Loads the *.html.gz pages in each DIR (default: the snippets and readability
 *       corpora under $NEWSCLEAN_SHARED_DIR/corpus, else under the shared/ directory beside
 *       the source tree), wraps them in an in-memory WARC (repeated until it holds N MB of
 *       HTML; default one pass) and times: the WARC reader on it (plain, and one gzip member per
 *       record), bare libxml2 parsing of every page, and full extraction plus JSON rendering
 *       on 1 thread and on N threads sharing one extractor. Prints pages/s, MB/s of HTML,
 *       the full/bare ratio on one core and the peak RSS.
 *   newsclean-bench --make-warc FILE --size-mb N [--plain] [--dir DIR]...
 *       Writes a WARC file of about N MB (a request and a response record per page, one
 *       gzip member per record as Common Crawl does, or plain with --plain).
 *   newsclean-bench --warc FILE [--extract]
 *       Streams FILE through the reader (and, with --extract, through the extractor and
 *       the JSON renderer) and prints the peak RSS at each quarter of the file: it stays
 *       flat however big the file is.
 */
#define _POSIX_C_SOURCE 200809L

#include <dirent.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlversion.h>

#include <newsclean.h>

#ifndef NEWSCLEAN_BENCH_SHARED_DIR
#define NEWSCLEAN_BENCH_SHARED_DIR "../shared"
#endif

#define MIB (1024.0 * 1024.0)
/* Rounds of the corpus run (--rounds): each stage keeps its fastest. */
#define MAX_ROUNDS 20

static void
die(const char *what)
{
    fprintf(stderr, "newsclean-bench: %s\n", what);
    exit(2);
}

static void *
xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU seconds (user + system) used by the process so far, all threads together. */
static double
cpu_time(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
           (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

/* libxml2 2.9 reports some encoding errors through its generic handler even with
 * HTML_PARSE_NOERROR; the bare parse runs on the main thread, whose handler this is. */
static void
quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* Peak resident set size so far, in MB (Linux reports ru_maxrss in KiB). */
static double
peak_rss_mb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return (double)ru.ru_maxrss / 1024.0;
}

/* ---- a growable byte buffer ------------------------------------------------------------- */

typedef struct {
    char *p;
    size_t len, cap;
} obuf;

static void
ob_add(obuf *b, const void *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + n + 1)
            cap *= 2;
        b->p = xrealloc(b->p, cap);
        b->cap = cap;
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

static void
ob_str(obuf *b, const char *s)
{
    ob_add(b, s, strlen(s));
}

/* Append p[0..n) to 'out' as one gzip member. */
static void
ob_gzip(obuf *out, const char *p, size_t n)
{
    z_stream zs;
    memset(&zs, 0, sizeof zs);
    if (deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        die("deflateInit2 failed");
    size_t bound = deflateBound(&zs, (uLong)n);
    if (out->len + bound + 1 > out->cap) {
        out->cap = (out->len + bound + 1) * 2;
        out->p = xrealloc(out->p, out->cap);
    }
    zs.next_in = (Bytef *)(uintptr_t)p;
    zs.avail_in = (uInt)n;
    zs.next_out = (Bytef *)(out->p + out->len);
    zs.avail_out = (uInt)bound;
    if (deflate(&zs, Z_FINISH) != Z_STREAM_END)
        die("deflate failed");
    out->len += bound - zs.avail_out;
    deflateEnd(&zs);
}

/* ---- corpus pages ----------------------------------------------------------------------- */

typedef struct {
    char *name;
    char *data;
    size_t len;
} page;

typedef struct {
    page *v;
    size_t n, cap;
    size_t bytes;
} pageset;

static int
cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool
ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Read every *.html.gz page in dir, in name order so runs are comparable. */
static void
load_dir(pageset *ps, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "newsclean-bench: cannot open %s: %s\n", dir, strerror(errno));
        exit(2);
    }
    char **names = NULL;
    size_t nn = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (!ends_with(e->d_name, ".html.gz"))
            continue;
        names = xrealloc(names, (nn + 1) * sizeof *names);
        names[nn] = xrealloc(NULL, strlen(e->d_name) + 1);
        strcpy(names[nn++], e->d_name);
    }
    closedir(d);
    qsort(names, nn, sizeof *names, cmp_str);
    for (size_t i = 0; i < nn; i++) {
        size_t plen = strlen(dir) + strlen(names[i]) + 2;
        char *path = xrealloc(NULL, plen);
        snprintf(path, plen, "%s/%s", dir, names[i]);
        gzFile gz = gzopen(path, "rb");
        if (!gz)
            die("cannot open a corpus page");
        obuf b = {0};
        char tmp[65536];
        int got;
        while ((got = gzread(gz, tmp, sizeof tmp)) > 0)
            ob_add(&b, tmp, (size_t)got);
        if (got < 0)
            die("corrupt corpus page");
        gzclose(gz);
        free(path);
        if (ps->n == ps->cap) {
            ps->cap = ps->cap ? ps->cap * 2 : 256;
            ps->v = xrealloc(ps->v, ps->cap * sizeof *ps->v);
        }
        names[i][strlen(names[i]) - strlen(".html.gz")] = '\0';
        ps->v[ps->n].name = names[i];
        ps->v[ps->n].data = b.p ? b.p : xrealloc(NULL, 1);
        ps->v[ps->n].len = b.len;
        ps->n++;
        ps->bytes += b.len;
    }
    free(names);
}

static void
load_default(pageset *ps, size_t ndirs, char **dirs)
{
    if (ndirs) {
        for (size_t i = 0; i < ndirs; i++)
            load_dir(ps, dirs[i]);
    } else {
        const char *shared = getenv("NEWSCLEAN_SHARED_DIR");
        if (!shared || !*shared)
            shared = NEWSCLEAN_BENCH_SHARED_DIR;
        static const char *const sets[] = {"snippets", "readability"};
        for (size_t i = 0; i < 2; i++) {
            char path[4096];
            snprintf(path, sizeof path, "%s/corpus/%s/docs", shared, sets[i]);
            load_dir(ps, path);
        }
    }
    if (ps->n == 0)
        die("no *.html.gz pages found (use --dir DIR or set NEWSCLEAN_SHARED_DIR)");
}

/* ---- writing WARC records --------------------------------------------------------------- */

/* Append the request (resp false) or the response record for 'pg', pass 'rep', to 'out'. */
static void
page_record(obuf *out, const page *pg, size_t rep, bool resp, size_t *serial)
{
    char uri[512], head[1024], http[256];
    snprintf(uri, sizeof uri, "http://bench.invalid/%s?r=%zu", pg->name, rep);
    const char *block = "GET / HTTP/1.1\r\nHost: bench.invalid\r\n\r\n";
    size_t blen = strlen(block);
    if (resp) {
        snprintf(http, sizeof http,
                 "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: %zu\r\n\r\n",
                 pg->len);
        blen = strlen(http) + pg->len;
    }
    snprintf(head, sizeof head,
             "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\n"
             "WARC-Date: 2024-01-01T00:00:00Z\r\n"
             "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012zx>\r\n"
             "Content-Type: application/http; msgtype=%s\r\nContent-Length: %zu\r\n\r\n",
             resp ? "response" : "request", uri, (*serial)++, resp ? "response" : "request", blen);
    ob_str(out, head);
    if (resp) {
        ob_str(out, http);
        ob_add(out, pg->data, pg->len);
    } else {
        ob_str(out, block);
    }
    ob_str(out, "\r\n\r\n");
}

/* ---- reading ---------------------------------------------------------------------------- */

typedef struct {
    const char *p;
    size_t len, pos;
} memsrc;

static size_t
mem_read(void *ctx, char *buf, size_t cap)
{
    memsrc *m = ctx;
    size_t n = m->len - m->pos < cap ? m->len - m->pos : cap;
    memcpy(buf, m->p + m->pos, n);
    m->pos += n;
    return n;
}

static size_t
file_read(void *ctx, char *buf, size_t cap)
{
    FILE *f = ctx;
    size_t n = fread(buf, 1, cap, f);
    return ferror(f) ? (size_t)-1 : n;
}

typedef struct {
    newsclean_warc_record **v;
    size_t n, cap;
    size_t bytes;
} recset;

/* Read a whole in-memory WARC; keep the HTML and text records if 'keep' is not NULL. */
static double
read_warc_mem(const char *p, size_t len, recset *keep, size_t *records, double *cpu)
{
    memsrc m = {p, len, 0};
    double c0 = cpu_time(), t0 = now();
    newsclean_warc_reader *r = newsclean_warc_reader_new(mem_read, &m);
    if (!r)
        die("out of memory");
    newsclean_warc_record *rec;
    newsclean_status st;
    while ((st = newsclean_warc_next(r, &rec)) == NEWSCLEAN_OK && rec) {
        newsclean_payload_kind k = newsclean_warc_record_kind(rec);
        if (keep && (k == NEWSCLEAN_PAYLOAD_HTML || k == NEWSCLEAN_PAYLOAD_TEXT)) {
            if (keep->n == keep->cap) {
                keep->cap = keep->cap ? keep->cap * 2 : 1024;
                keep->v = xrealloc(keep->v, keep->cap * sizeof *keep->v);
            }
            size_t plen;
            newsclean_warc_record_payload(rec, &plen);
            keep->bytes += plen;
            keep->v[keep->n++] = rec;
        } else {
            newsclean_warc_record_free(rec);
        }
    }
    if (st != NEWSCLEAN_OK)
        die("the reader failed on the in-memory WARC");
    *records = newsclean_warc_reader_records(r);
    newsclean_warc_reader_free(r);
    *cpu = cpu_time() - c0;
    return now() - t0;
}

/* ---- the measured work ------------------------------------------------------------------ */

/* What each extraction renders (--format): the JSON record, or the structure's Markdown or
 * HTML, or the JSON record with a "markdown" member. */
typedef enum { RENDER_JSON, RENDER_MARKDOWN, RENDER_HTML, RENDER_JSON_MARKDOWN } render_kind;

static bool
extract_one(const newsclean_extractor *ex, const newsclean_warc_record *rec, render_kind fmt)
{
    size_t len;
    const char *p = newsclean_warc_record_payload(rec, &len);
    const char *url = newsclean_warc_record_target_uri(rec);
    const newsclean_input in = {.kind = newsclean_warc_record_kind(rec) == NEWSCLEAN_PAYLOAD_TEXT
                                            ? NEWSCLEAN_INPUT_TEXT
                                            : NEWSCLEAN_INPUT_HTML,
                                .charset = newsclean_warc_record_charset(rec),
                                .url = url};
    newsclean_article *a = NULL;
    if (newsclean_extract_ex(ex, p, len, &in, &a) != NEWSCLEAN_OK)
        return false;
    char *json = NULL;
    size_t jlen = 0;
    newsclean_status st =
        fmt == RENDER_MARKDOWN ? newsclean_article_to_markdown(a, &json, &jlen)
        : fmt == RENDER_HTML
            ? newsclean_article_to_html(a, &json, &jlen)
            : newsclean_article_to_json(a, url,
                                        fmt == RENDER_JSON_MARKDOWN ? NEWSCLEAN_RENDER_MARKDOWN : 0,
                                        &json, &jlen);
    newsclean_free(json);
    newsclean_article_free(a);
    return st == NEWSCLEAN_OK;
}

static double
bare_parse(const recset *rs, double *cpu)
{
    double c0 = cpu_time(), t0 = now();
    for (size_t i = 0; i < rs->n; i++) {
        size_t len;
        const char *p = newsclean_warc_record_payload(rs->v[i], &len);
        htmlDocPtr doc = htmlReadMemory(
            p, (int)len, newsclean_warc_record_target_uri(rs->v[i]), NULL,
            HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
        xmlFreeDoc(doc);
    }
    *cpu = cpu_time() - c0;
    return now() - t0;
}

typedef struct {
    const newsclean_extractor *ex;
    render_kind fmt;
    const recset *rs;
    atomic_size_t next;
    atomic_size_t failed;
} work;

static void *
worker(void *arg)
{
    work *w = arg;
    for (;;) {
        size_t i = atomic_fetch_add(&w->next, 1);
        if (i >= w->rs->n)
            break;
        if (!extract_one(w->ex, w->rs->v[i], w->fmt))
            atomic_fetch_add(&w->failed, 1);
    }
    return NULL;
}

/* Extract every record on 'nthreads' threads sharing 'ex'; returns seconds. */
static double
extract_all(const newsclean_extractor *ex, render_kind fmt, const recset *rs, unsigned nthreads,
            size_t *failed, double *cpu)
{
    work w;
    w.ex = ex;
    w.fmt = fmt;
    w.rs = rs;
    atomic_init(&w.next, 0);
    atomic_init(&w.failed, 0);
    pthread_t *th = xrealloc(NULL, nthreads * sizeof *th);
    double c0 = cpu_time(), t0 = now();
    for (unsigned i = 0; i < nthreads; i++)
        if (pthread_create(&th[i], NULL, worker, &w) != 0)
            die("pthread_create failed");
    for (unsigned i = 0; i < nthreads; i++)
        pthread_join(th[i], NULL);
    double t = now() - t0;
    *cpu = cpu_time() - c0;
    free(th);
    *failed = atomic_load(&w.failed);
    return t;
}

static void
row(const char *stage, size_t pages, double secs, double cpu, double mb)
{
    printf("%-32s %6zu %8.3f %8.3f %9.1f %8.2f %10.2f\n", stage, pages, secs, cpu,
           secs > 0 ? pages / secs : 0.0, secs > 0 ? mb / secs : 0.0, cpu > 0 ? mb / cpu : 0.0);
}

/* ---- modes ------------------------------------------------------------------------------ */

static int
run_corpus(size_t ndirs, char **dirs, double mb, unsigned nthreads, unsigned rounds,
           render_kind fmt, size_t max_ms)
{
    pageset ps = {0};
    load_default(&ps, ndirs, dirs);

    /* Build the dump: plain, and one gzip member per record. */
    obuf plain = {0}, gz = {0}, one = {0};
    size_t serial = 0, passes = 0, html = 0;
    do {
        for (size_t i = 0; i < ps.n; i++) {
            for (int resp = 0; resp < 2; resp++) {
                one.len = 0;
                page_record(&one, &ps.v[i], passes, resp, &serial);
                ob_add(&plain, one.p, one.len);
                ob_gzip(&gz, one.p, one.len);
            }
            html += ps.v[i].len;
        }
        passes++;
    } while ((double)html < mb * MIB);
    free(one.p);
    size_t npages = ps.n;
    for (size_t i = 0; i < ps.n; i++) {
        free(ps.v[i].name);
        free(ps.v[i].data);
    }
    free(ps.v);

    printf("newsclean-bench: libnewsclean %s, libxml2 %s, %zu pages x %zu = %.1f MB of HTML\n",
           newsclean_version_string(), LIBXML_DOTTED_VERSION, npages, passes, html / MIB);
    printf("in-memory WARC: %.1f MB plain, %.1f MB with one gzip member per record\n\n",
           plain.len / MIB, gz.len / MIB);

    size_t nrec_gz = 0, nrec = 0;
    double c_gz, c_plain, c_bare = 0, c_one = 0, c_n = 0;
    double t_gz = read_warc_mem(gz.p, gz.len, NULL, &nrec_gz, &c_gz);
    free(gz.p);
    recset rs = {0};
    double t_plain = read_warc_mem(plain.p, plain.len, &rs, &nrec, &c_plain);
    free(plain.p);
    double hmb = rs.bytes / MIB;

    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, quiet);
    /* Markdown and HTML need the structure walked; the JSON record alone does not. */
    newsclean_extractor *ex =
        newsclean_extractor_new(fmt == RENDER_JSON ? 0 : NEWSCLEAN_OPT_STRUCTURE);
    if (!ex)
        die("newsclean_extractor_new failed");
    /* Under an instruction counter a page runs some fifty times slower than it does, and
     * a large one would meet the per-page time budget and count as a failure. */
    if (max_ms &&
        newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MILLISECONDS, max_ms) != NEWSCLEAN_OK)
        die("cannot set the time budget");
    static const char *const names[] = {"JSON", "Markdown", "HTML", "JSON+Markdown"};

    /* The bare parse and the extractions take turns, round after round, and each keeps
     * its fastest round: on a shared machine a burst of outside load then slows one
     * round of one of them, not the comparison. */
    double t_bare = 0, t_one = 0, t_n = 0, round_ratio[MAX_ROUNDS];
    size_t failed1 = 0, failedn = 0;
    for (unsigned k = 0; k < rounds; k++) {
        double cb, c1, cn = 0;
        size_t f1 = 0, fn = 0;
        double tb = bare_parse(&rs, &cb);
        double t1 = extract_all(ex, fmt, &rs, 1, &f1, &c1);
        double tn = nthreads > 1 ? extract_all(ex, fmt, &rs, nthreads, &fn, &cn) : 0;
        round_ratio[k] = tb > 0 ? t1 / tb : 0;
        if (k == 0 || tb < t_bare) {
            t_bare = tb;
            c_bare = cb;
        }
        if (k == 0 || t1 < t_one) {
            t_one = t1;
            c_one = c1;
        }
        if (k == 0 || tn < t_n) {
            t_n = tn;
            c_n = cn;
        }
        failed1 += f1;
        failedn += fn;
    }

    printf("%-32s %6s %8s %8s %9s %8s %10s\n", "stage", "pages", "wall s", "cpu s", "pages/s",
           "MB/s", "MB/cpu-s");
    row("warc reader, gzip per record", rs.n, t_gz, c_gz, hmb);
    row("warc reader, plain", rs.n, t_plain, c_plain, hmb);
    row("libxml2 parse only, 1 thread", rs.n, t_bare, c_bare, hmb);
    char label[64];
    snprintf(label, sizeof label, "extract + %s, 1 thread", names[fmt]);
    row(label, rs.n, t_one, c_one, hmb);
    if (nthreads > 1) {
        snprintf(label, sizeof label, "extract + %s, %u threads", names[fmt], nthreads);
        row(label, rs.n, t_n, c_n, hmb);
    }
    printf("\nrecords read: %zu (%zu pages, the rest requests); MB = MiB of page payload\n", nrec,
           rs.n);
    printf("full/bare on one core: %.2fx wall, %.2fx cpu (fastest of %u rounds each; per round:",
           t_bare > 0 ? t_one / t_bare : 0.0, c_bare > 0 ? c_one / c_bare : 0.0, rounds);
    for (unsigned k = 0; k < rounds; k++)
        printf(" %.2fx", round_ratio[k]);
    printf(")\n");
    if (nthreads > 1)
        printf("speed-up on %u threads: %.2fx\n", nthreads, t_n > 0 ? t_one / t_n : 0.0);
    if (failed1 || failedn)
        printf("extraction failures: %zu (1 thread), %zu (%u threads)\n", failed1, failedn,
               nthreads);
    printf("peak RSS: %.1f MB\n", peak_rss_mb());

    newsclean_extractor_free(ex);
    for (size_t i = 0; i < rs.n; i++)
        newsclean_warc_record_free(rs.v[i]);
    free(rs.v);
    return 0;
}

static int
make_warc(const char *file, double size_mb, bool plain, size_t ndirs, char **dirs)
{
    pageset ps = {0};
    load_default(&ps, ndirs, dirs);
    FILE *f = fopen(file, "wb");
    if (!f)
        die("cannot create the WARC file");
    obuf one = {0}, z = {0};
    const char *info_body = "software: newsclean-bench\r\nformat: WARC File Format 1.0\r\n";
    char info[512];
    snprintf(info, sizeof info,
             "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
             "WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-ffffffffffff>\r\n"
             "Content-Type: application/warc-fields\r\nContent-Length: %zu\r\n\r\n%s\r\n\r\n",
             strlen(info_body), info_body);
    unsigned long long written = 0, target = (unsigned long long)(size_mb * MIB);
    size_t serial = 0, pages = 0;
    double t0 = now();
    for (size_t rep = 0; written < target; rep++) {
        for (size_t i = 0; i < ps.n && written < target; i++) {
            /* Record by record, so that each gets its own gzip member, like Common Crawl. */
            for (int k = -1; k < 2; k++) {
                one.len = 0;
                if (k < 0 && written > 0)
                    continue;
                if (k < 0)
                    ob_str(&one, info);
                else
                    page_record(&one, &ps.v[i], rep, k == 1, &serial);
                const char *out = one.p;
                size_t n = one.len;
                if (!plain) {
                    z.len = 0;
                    ob_gzip(&z, one.p, one.len);
                    out = z.p;
                    n = z.len;
                }
                if (fwrite(out, 1, n, f) != n)
                    die("write failed");
                written += n;
            }
            pages++;
        }
    }
    if (fclose(f) != 0)
        die("write failed");
    double t = now() - t0;
    printf("wrote %s: %.1f MB, %zu pages (%zu records + warcinfo), %s, in %.1f s\n", file,
           written / MIB, pages, 2 * pages, plain ? "plain" : "one gzip member per record", t);
    for (size_t i = 0; i < ps.n; i++) {
        free(ps.v[i].name);
        free(ps.v[i].data);
    }
    free(ps.v);
    free(one.p);
    free(z.p);
    return 0;
}

static int
stream_warc(const char *file, bool extract, size_t max_ms)
{
    struct stat sb;
    if (stat(file, &sb) != 0)
        die("cannot stat the WARC file");
    FILE *f = fopen(file, "rb");
    if (!f)
        die("cannot open the WARC file");
    newsclean_extractor *ex = NULL;
    if (extract) {
        xmlInitParser();
        ex = newsclean_extractor_new(0);
        if (!ex)
            die("newsclean_extractor_new failed");
        if (max_ms &&
            newsclean_extractor_set_limit(ex, NEWSCLEAN_LIMIT_MILLISECONDS, max_ms) != NEWSCLEAN_OK)
            die("cannot set the time budget");
    }
    newsclean_warc_reader *r = newsclean_warc_reader_new(file_read, f);
    if (!r)
        die("out of memory");
    size_t kinds[4] = {0}, failed = 0;
    unsigned long long payload = 0, size = (unsigned long long)sb.st_size;
    int quarter = 1;
    printf("newsclean-bench: streaming %s (%.1f MB)%s\n", file, size / MIB,
           extract ? " through the extractor" : "");
    printf("%8s %10s %12s %14s\n", "progress", "records", "seconds", "peak RSS MB");
    double t0 = now();
    newsclean_warc_record *rec;
    newsclean_status st;
    while ((st = newsclean_warc_next(r, &rec)) == NEWSCLEAN_OK && rec) {
        newsclean_payload_kind k = newsclean_warc_record_kind(rec);
        kinds[k]++;
        size_t len;
        newsclean_warc_record_payload(rec, &len);
        if (k == NEWSCLEAN_PAYLOAD_HTML || k == NEWSCLEAN_PAYLOAD_TEXT) {
            payload += len;
            if (ex && !extract_one(ex, rec, RENDER_JSON))
                failed++;
        }
        newsclean_warc_record_free(rec);
        while (quarter < 4 && newsclean_warc_reader_bytes(r) * 4 >= size * (unsigned)quarter) {
            printf("%7d%% %10zu %12.2f %14.1f\n", quarter * 25, newsclean_warc_reader_records(r),
                   now() - t0, peak_rss_mb());
            quarter++;
        }
    }
    double t = now() - t0;
    if (st != NEWSCLEAN_OK) {
        fprintf(stderr, "newsclean-bench: %s: %s\n", file, newsclean_status_str(st));
        return 1;
    }
    printf("%7d%% %10zu %12.2f %14.1f\n", 100, newsclean_warc_reader_records(r), t, peak_rss_mb());
    printf("\nrecords: %zu (html %zu, text %zu, skipped %zu, errors %zu)\n",
           newsclean_warc_reader_records(r), kinds[NEWSCLEAN_PAYLOAD_HTML],
           kinds[NEWSCLEAN_PAYLOAD_TEXT], kinds[NEWSCLEAN_PAYLOAD_SKIP],
           kinds[NEWSCLEAN_PAYLOAD_ERROR]);
    printf("input: %.1f MB/s of file, %.1f MB/s of page payload, %.0f records/s\n",
           t > 0 ? size / MIB / t : 0.0, t > 0 ? payload / MIB / t : 0.0,
           t > 0 ? newsclean_warc_reader_records(r) / t : 0.0);
    if (failed)
        printf("extraction failures: %zu\n", failed);
    printf("peak RSS: %.1f MB\n", peak_rss_mb());
    newsclean_warc_reader_free(r);
    newsclean_extractor_free(ex);
    fclose(f);
    return 0;
}

static void
usage(FILE *to)
{
    fputs("usage: newsclean-bench [--dir DIR]... [--mb N] [--threads N] [--rounds N]\n"
          "                       [--format json|markdown|html|json+markdown] [--max-ms N]\n"
          "       newsclean-bench --make-warc FILE --size-mb N [--plain] [--dir DIR]...\n"
          "       newsclean-bench --warc FILE [--extract] [--max-ms N]\n",
          to);
}

int
main(int argc, char **argv)
{
    char **dirs = xrealloc(NULL, (size_t)argc * sizeof *dirs);
    size_t ndirs = 0;
    double mb = 0, size_mb = 0;
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    unsigned nthreads = cpus > 1 ? (unsigned)cpus : 2;
    const char *make = NULL, *warc = NULL;
    bool plain = false, extract = false;
    unsigned rounds = 3;
    size_t max_ms = 0;
    render_kind fmt = RENDER_JSON;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool has_val = i + 1 < argc;
        if (strcmp(a, "--dir") == 0 && has_val)
            dirs[ndirs++] = argv[++i];
        else if (strcmp(a, "--mb") == 0 && has_val)
            mb = atof(argv[++i]);
        else if (strcmp(a, "--threads") == 0 && has_val)
            nthreads = (unsigned)atoi(argv[++i]);
        else if (strcmp(a, "--rounds") == 0 && has_val)
            rounds = (unsigned)atoi(argv[++i]);
        else if (strcmp(a, "--max-ms") == 0 && has_val)
            max_ms = strtoul(argv[++i], NULL, 10);
        else if (strcmp(a, "--make-warc") == 0 && has_val)
            make = argv[++i];
        else if (strcmp(a, "--size-mb") == 0 && has_val)
            size_mb = atof(argv[++i]);
        else if (strcmp(a, "--warc") == 0 && has_val)
            warc = argv[++i];
        else if (strcmp(a, "--format") == 0 && has_val) {
            const char *f = argv[++i];
            fmt = !strcmp(f, "markdown")        ? RENDER_MARKDOWN
                  : !strcmp(f, "html")          ? RENDER_HTML
                  : !strcmp(f, "json+markdown") ? RENDER_JSON_MARKDOWN
                  : !strcmp(f, "json")          ? RENDER_JSON
                                                : (render_kind)-1;
            if (fmt == (render_kind)-1) {
                usage(stderr);
                free(dirs);
                return 2;
            }
        } else if (strcmp(a, "--plain") == 0)
            plain = true;
        else if (strcmp(a, "--extract") == 0)
            extract = true;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            free(dirs);
            return 0;
        } else {
            usage(stderr);
            free(dirs);
            return 2;
        }
    }
    if (nthreads == 0 || rounds == 0 || rounds > MAX_ROUNDS || (make && size_mb <= 0) ||
        (make && warc)) {
        usage(stderr);
        free(dirs);
        return 2;
    }
    int rc;
    if (make)
        rc = make_warc(make, size_mb, plain, ndirs, dirs);
    else if (warc)
        rc = stream_warc(warc, extract, max_ms);
    else
        rc = run_corpus(ndirs, dirs, mb, nthreads, rounds, fmt, max_ms);
    free(dirs);
    return rc;
}
