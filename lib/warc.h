/* warc.h: named limits of the streaming WARC reader (lib/warc.c), shared with its tests. */
#ifndef NEWSCLEAN_WARC_H
#define NEWSCLEAN_WARC_H

#include <stddef.h>

#include "newsclean.h"

/* Largest record block (and largest decoded payload) held in memory. 64 MiB is the
 * extractor's own input limit, so a bigger page could not be extracted anyway; Common
 * Crawl cuts payloads at 1 MiB, so real dumps stay far below it. A bigger record becomes
 * an ERROR record and its bytes are skipped without being kept. */
#define NEWSCLEAN_WARC_MAX_PAYLOAD ((size_t)64 << 20)

/* Largest WARC header (version line, named fields, blank line). Real headers are under
 * 2 KiB; the cap bounds what a file with no blank line can make the reader buffer. */
#define NEWSCLEAN_WARC_MAX_HEADER ((size_t)1 << 20)

#endif /* NEWSCLEAN_WARC_H */
