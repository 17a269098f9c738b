/* The floor of `boardgen check` (issue 17): Gumbo alone parsing every HTML page under the given
 * folders, one after another, as check does for each page it judges (read into memory, parsed
 * with the default options, freed). `make bench` compiles it (gcc, libgumbo-dev) and times it
 * on the 200 schools' built pages beside `boardgen check` of the same schools; check cannot be
 * faster than this on one core, nor than half of it on two. Prints the pages and bytes parsed. */
#define _XOPEN_SOURCE 700
#include <ftw.h>
#include <gumbo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long pages = 0;
static long long bytes = 0;

static int parse_page(const char *path, const struct stat *status, int type, struct FTW *where) {
    (void)where;
    size_t length = strlen(path);
    if (type != FTW_F || length < 5 || strcmp(path + length - 5, ".html") != 0) return 0;
    FILE *file = fopen(path, "rb");
    if (!file) return 0;
    char *text = malloc((size_t)status->st_size + 1);
    size_t read = text ? fread(text, 1, (size_t)status->st_size, file) : 0;
    fclose(file);
    if (!text) return 1;
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, text, read);
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    free(text);
    pages += 1;
    bytes += (long long)read;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: gumbo-floor FOLDER...\n");
        return 2;
    }
    for (int index = 1; index < argc; index++) {
        if (nftw(argv[index], parse_page, 16, FTW_PHYS) != 0) {
            fprintf(stderr, "gumbo-floor: cannot read %s\n", argv[index]);
            return 1;
        }
    }
    printf("%ld pages, %lld bytes\n", pages, bytes);
    return 0;
}
