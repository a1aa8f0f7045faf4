/* fuzz_gunzip.c: feeds arbitrary bytes to newsclean_gunzip, under a limit the first byte
 * chooses, and to the sniffing of gzip files and crawl dumps.
 * With NEWSCLEAN_FUZZ (clang) it is a libFuzzer target; otherwise replay.c's main replays
 * the files named on its command line. */
#include <newsclean.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The first byte chooses the limit: from none down to a few bytes, so the limit is met
     * in every part of a stream. */
    size_t max_out = (size_t)64 << 20;
    if (size >= 1) {
        if (data[0] < 32)
            max_out = (size_t)data[0] << (data[0] % 20);
        data++;
        size--;
    }
    const char *in = (const char *)data;
    (void)newsclean_is_gzip(in, size);
    (void)newsclean_looks_like_warc(in, size);
    char *out = (char *)&max_out;
    size_t len = (size_t)-1;
    newsclean_status st = newsclean_gunzip(in, size, max_out, &out, &len);
    if (st == NEWSCLEAN_OK) {
        if (!out || len > max_out || out[len] != '\0')
            abort();
        newsclean_free(out);
    } else if (out != NULL || (st != NEWSCLEAN_ERR_PARSE && st != NEWSCLEAN_ERR_LIMIT &&
                               st != NEWSCLEAN_ERR_NOMEM)) {
        abort();
    }
    return 0;
}
