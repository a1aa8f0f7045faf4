/* deadline.c: a monotonic deadline for one extraction. */
#define _POSIX_C_SOURCE 200809L
#include "deadline.h"

#include <stdint.h>
#include <time.h>

static double
now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

newsclean_deadline
newsclean_deadline_in(size_t milliseconds)
{
    newsclean_deadline d = {0};
    if (milliseconds != SIZE_MAX)
        d.at = now() + (double)milliseconds / 1000.0;
    return d;
}

bool
newsclean_deadline_passed(const newsclean_deadline *d)
{
    return d && d->at > 0 && now() >= d->at;
}
