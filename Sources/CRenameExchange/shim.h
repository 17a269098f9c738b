// renameat2(RENAME_EXCHANGE) swaps two paths atomically (Linux 3.15+); Swift's Glibc module
// does not export it, so this header wraps it. Returns 0, or -1 with errno set.
#ifndef BOARDGEN_RENAME_EXCHANGE_H
#define BOARDGEN_RENAME_EXCHANGE_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <fcntl.h>
#include <stdio.h>
#ifdef __linux__
#include <linux/fs.h>
static inline int boardgen_rename_exchange(const char *from, const char *to) {
    return renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
}
#else
#include <errno.h>
static inline int boardgen_rename_exchange(const char *from, const char *to) {
    (void)from; (void)to; errno = ENOSYS; return -1;
}
#endif
#endif
