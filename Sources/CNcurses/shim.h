#ifndef MEMTUTOR_CNCURSES_SHIM_H
#define MEMTUTOR_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE flags, so the wide-character API is enabled here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Not visible from Swift through <wchar.h> without the feature macros above taking effect there.
extern int wcwidth(wchar_t c);

// MARK: - Macros Swift cannot import

static inline attr_t memtutor_a_normal(void) { return A_NORMAL; }
static inline attr_t memtutor_a_bold(void) { return A_BOLD; }
static inline attr_t memtutor_a_dim(void) { return A_DIM; }
static inline attr_t memtutor_a_reverse(void) { return A_REVERSE; }
static inline attr_t memtutor_a_underline(void) { return A_UNDERLINE; }

static inline int memtutor_key_code_yes(void) { return KEY_CODE_YES; }
static inline int memtutor_key_f0(void) { return KEY_F0; }

// MARK: - Global state Swift 6 refuses to touch directly

static inline WINDOW *memtutor_stdscr(void) { return stdscr; }
static inline int memtutor_lines(void) { return LINES; }
static inline int memtutor_cols(void) { return COLS; }
static inline int memtutor_colors(void) { return COLORS; }
static inline int memtutor_color_pairs(void) { return COLOR_PAIRS; }

static inline void memtutor_getmaxyx(WINDOW *window, int *height, int *width) {
  int y = 0, x = 0;
  getmaxyx(window, y, x);
  *height = y;
  *width = x;
}

// Pseudo-terminals for the launch benchmark (hidden from Swift's Glibc module without _XOPEN_SOURCE).
extern int posix_openpt(int flags);
extern int grantpt(int fd);
extern int unlockpt(int fd);
extern char *ptsname(int fd);

extern char **environ;
static inline char **memtutor_environ(void) { return environ; }

static inline FILE *memtutor_stdin(void) { return stdin; }
static inline FILE *memtutor_stdout(void) { return stdout; }

/// Whether the current locale's character set is UTF-8 (after setlocale(LC_ALL, "")).
static inline int memtutor_locale_is_utf8(void) {
  const char *codeset = nl_langinfo(CODESET);
  return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

// MARK: - Input

/// What a zero-timeout poll says about a descriptor: 1 readable, 2 hung up or invalid, 0 nothing.
static inline int memtutor_poll_input(int fd) {
  struct pollfd entry;
  entry.fd = fd;
  entry.events = POLLIN;
  entry.revents = 0;
  if (poll(&entry, 1, 0) <= 0) {
    return 0;
  }
  if (entry.revents & (POLLHUP | POLLERR | POLLNVAL)) {
    return 2;
  }
  return (entry.revents & POLLIN) ? 1 : 0;
}

#endif
