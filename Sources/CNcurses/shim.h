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
#include <pthread.h>
#include <signal.h>
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

// MARK: - Signals
//
// The state below is `static`, so every Swift file that calls these functions gets its own copy.
// Only Sources/Tutor/Terminal/TerminalSignals.swift may call them.

/// The last termination signal received (SIGINT, SIGTERM, SIGHUP), or 0. The handler only stores it;
/// the terminal loop polls it and tears down outside the handler.
static inline volatile sig_atomic_t *memtutor_termination_signal(void) {
  static volatile sig_atomic_t signal_number = 0;
  return &signal_number;
}

// Function-local statics: Swift's importer does not emit file-scope tentative definitions.
static inline struct sigaction *memtutor_previous_fault_actions(void) {
  static struct sigaction actions[NSIG];
  return actions;
}

static inline struct sigaction *memtutor_previous_termination_actions(void) {
  static struct sigaction actions[NSIG];
  return actions;
}

static void memtutor_on_termination_signal(int signal_number) {
  *memtutor_termination_signal() = signal_number;
}

/// Restores the terminal, then hands the fault to whoever handled it before (Swift's backtracer,
/// or the default action), so the crash report is still printed, on a usable terminal.
static void memtutor_on_fault_signal(int signal_number, siginfo_t *info, void *context) {
  (void)context;
  if (!isendwin()) {
    endwin();
  }
  sigaction(signal_number, &memtutor_previous_fault_actions()[signal_number], NULL);
  // A hardware fault repeats when the handler returns and then reaches the previous handler with
  // its real context; a sent signal (abort, kill) has to be raised again. It stays blocked until
  // this handler returns.
  if (info == NULL || info->si_code <= 0) {
    raise(signal_number);
  }
}

static inline void memtutor_install_termination_handlers(void) {
  static const int terminations[] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = memtutor_on_termination_signal;
  sigemptyset(&action.sa_mask);
  // No SA_RESTART: a signal should cut the input wait short so the loop notices it at once.
  action.sa_flags = 0;
  // A parent may have left these blocked (the mask survives exec); the loop depends on them.
  sigset_t wanted;
  sigemptyset(&wanted);
  sigaddset(&wanted, SIGINT);
  sigaddset(&wanted, SIGTERM);
  sigaddset(&wanted, SIGHUP);
  sigaddset(&wanted, SIGWINCH);
  pthread_sigmask(SIG_UNBLOCK, &wanted, NULL);
  for (unsigned i = 0; i < sizeof terminations / sizeof terminations[0]; i++) {
    int signal_number = terminations[i];
    sigaction(signal_number, NULL, &memtutor_previous_termination_actions()[signal_number]);
    // A signal the caller chose to ignore (nohup) stays ignored.
    if (memtutor_previous_termination_actions()[signal_number].sa_handler != SIG_IGN) {
      sigaction(signal_number, &action, NULL);
    }
  }
}

static inline void memtutor_install_fault_handlers(void) {
  static const int faults[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = memtutor_on_fault_signal;
  sigemptyset(&action.sa_mask);
  // SA_ONSTACK: a stack overflow still has an alternate stack to run on when one is set up.
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  for (unsigned i = 0; i < sizeof faults / sizeof faults[0]; i++) {
    sigaction(faults[i], &action, &memtutor_previous_fault_actions()[faults[i]]);
  }
}

/// Puts back the fault handlers that were there before memtutor_install_fault_handlers.
static inline void memtutor_restore_fault_handlers(void) {
  static const int faults[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
  for (unsigned i = 0; i < sizeof faults / sizeof faults[0]; i++) {
    sigaction(faults[i], &memtutor_previous_fault_actions()[faults[i]], NULL);
  }
}

/// Puts back the SIGINT, SIGTERM and SIGHUP actions from before memtutor_install_termination_handlers.
static inline void memtutor_restore_termination_handlers(void) {
  static const int terminations[] = {SIGINT, SIGTERM, SIGHUP};
  for (unsigned i = 0; i < sizeof terminations / sizeof terminations[0]; i++) {
    sigaction(terminations[i], &memtutor_previous_termination_actions()[terminations[i]], NULL);
  }
}

static inline int memtutor_take_termination_signal(void) {
  int signal_number = *memtutor_termination_signal();
  *memtutor_termination_signal() = 0;
  return signal_number;
}

static inline int memtutor_peek_termination_signal(void) { return *memtutor_termination_signal(); }

/// For tests of the teardown path: raises a fault on purpose.
static inline void memtutor_raise_fault(int signal_number) { raise(signal_number); }

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
