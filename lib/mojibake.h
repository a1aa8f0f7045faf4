/* mojibake.h: undo UTF-8 text that was read as windows-1252 or Latin-1 and written out as
 * UTF-8 again, the way text dumps of pages with a stale charset declaration come. */
#ifndef NEWSCLEAN_MOJIBAKE_H
#define NEWSCLEAN_MOJIBAKE_H

#include <stdbool.h>
#include <stddef.h>

#include "buf.h"

/* If the valid UTF-8 text 'in' reads as such mojibake as a whole ("GroÃŸe", "â€žWir"),
 * append the repaired text to 'out' and set '*repaired'; otherwise leave 'out' as it was
 * and clear '*repaired'. False only when memory runs out ('out' may then hold part). */
bool newsclean_mojibake_repair(const char *in, size_t len, newsclean_buf *out, bool *repaired);

#endif /* NEWSCLEAN_MOJIBAKE_H */
