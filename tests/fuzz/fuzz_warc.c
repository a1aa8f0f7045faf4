/* fuzz_warc.c: feeds arbitrary bytes to the crawl-dump reader through the public API, in
 * reads of varying size (and, when the first bytes ask, a read error at some point), and
 * reads every accessor of every record it hands out.
 * With NEWSCLEAN_FUZZ (clang) it is a libFuzzer target; otherwise replay.c's main replays
 * the files named on its command line. */
#include <newsclean.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct {
    const uint8_t *p;
    size_t n, at;
    uint32_t state;     /* decides the size of each read */
    size_t fail_at;     /* a read from here on fails once; SIZE_MAX for never */
    unsigned max_chunk; /* reads give 1 to this many bytes */
} source;

static size_t
feed(void *ctx, char *buf, size_t cap)
{
    source *s = ctx;
    if (s->at >= s->fail_at) {
        s->fail_at = SIZE_MAX;
        return (size_t)-1;
    }
    s->state = s->state * 1103515245u + 12345u;
    size_t k = 1 + (s->state >> 8) % s->max_chunk;
    if (k > cap)
        k = cap;
    if (k > s->n - s->at)
        k = s->n - s->at;
    memcpy(buf, s->p + s->at, k);
    s->at += k;
    return k;
}

static void
check(const newsclean_warc_record *rec)
{
    newsclean_payload_kind kind = newsclean_warc_record_kind(rec);
    if (kind < NEWSCLEAN_PAYLOAD_HTML || kind > NEWSCLEAN_PAYLOAD_ERROR)
        abort();
    if (!newsclean_warc_record_type(rec))
        abort();
    size_t len = (size_t)-1;
    const char *payload = newsclean_warc_record_payload(rec, &len);
    if (!payload || len == (size_t)-1 || payload[len] != '\0')
        abort(); /* NUL-terminated after its length, as newsclean.h says */
    if ((kind == NEWSCLEAN_PAYLOAD_ERROR) != (newsclean_warc_record_error(rec) != NULL))
        abort();
    const char *strings[] = {newsclean_warc_record_target_uri(rec), newsclean_warc_record_id(rec),
                             newsclean_warc_record_date(rec), newsclean_warc_record_charset(rec),
                             newsclean_warc_record_error(rec)};
    size_t total = 0;
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++)
        total += strings[i] ? strlen(strings[i]) : 0;
    if (total == (size_t)-1 || newsclean_warc_record_http_status(rec) < 0)
        abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The first four bytes choose the read sizes and whether one read fails. */
    uint32_t seed = 0;
    if (size >= 4) {
        memcpy(&seed, data, 4);
        data += 4;
        size -= 4;
    }
    source s = {data, size, 0, seed, SIZE_MAX, 1u + (seed >> 16) % 70000u};
    if (seed & 1u)
        s.fail_at = size ? (seed >> 1) % size : 0;
    newsclean_warc_reader *r = newsclean_warc_reader_new(feed, &s);
    if (!r)
        abort();
    for (;;) {
        newsclean_warc_record *rec = (newsclean_warc_record *)&s;
        newsclean_status st = newsclean_warc_next(r, &rec);
        if (st != NEWSCLEAN_OK) {
            if (st != NEWSCLEAN_ERR_IO && st != NEWSCLEAN_ERR_NOMEM)
                abort();
            break;
        }
        if (!rec)
            break;
        check(rec);
        newsclean_warc_record_free(rec);
    }
    if (newsclean_warc_reader_skipped(r) > newsclean_warc_reader_records(r) ||
        newsclean_warc_reader_bytes(r) > size)
        abort();
    newsclean_warc_reader_free(r);
    return 0;
}
