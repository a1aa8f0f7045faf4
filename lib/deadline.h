/* deadline.h: the time one extraction may take, checked between stages and inside the
 * parse. */
#ifndef NEWSCLEAN_DEADLINE_H
#define NEWSCLEAN_DEADLINE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    double at; /* monotonic clock seconds; 0 for none */
} newsclean_deadline;

/* A deadline 'milliseconds' from now (SIZE_MAX: none). */
newsclean_deadline newsclean_deadline_in(size_t milliseconds);

/* Has the deadline passed? A NULL deadline or one of none never does. */
bool newsclean_deadline_passed(const newsclean_deadline *d);

#endif /* NEWSCLEAN_DEADLINE_H */
