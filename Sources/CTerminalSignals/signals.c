#define _XOPEN_SOURCE_EXTENDED 1
#define _GNU_SOURCE 1

#include "memtutor_signals.h"

#include <ncursesw/curses.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>

static const int terminations[] = {SIGINT, SIGTERM, SIGHUP};
static const int faults[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};

// The one flag the handler stores into and the loop polls.
static volatile sig_atomic_t termination_signal = 0;
static struct sigaction previous_termination_actions[NSIG];
static struct sigaction previous_fault_actions[NSIG];

static void on_termination_signal(int signal_number) { termination_signal = signal_number; }

/// Restores the terminal, then hands the fault to whoever handled it before (Swift's backtracer,
/// or the default action), so the crash report is still printed, on a usable terminal.
static void on_fault_signal(int signal_number, siginfo_t *info, void *context) {
  (void)context;
  if (!isendwin()) {
    endwin();
  }
  sigaction(signal_number, &previous_fault_actions[signal_number], NULL);
  // A hardware fault repeats when the handler returns and then reaches the previous handler with
  // its real context; a sent signal (abort, kill) has to be raised again. It stays blocked until
  // this handler returns.
  if (info == NULL || info->si_code <= 0) {
    raise(signal_number);
  }
}

void memtutor_install_termination_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_termination_signal;
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
    sigaction(signal_number, NULL, &previous_termination_actions[signal_number]);
    if (previous_termination_actions[signal_number].sa_handler != SIG_IGN) {
      sigaction(signal_number, &action, NULL);
    }
  }
}

void memtutor_restore_termination_handlers(void) {
  for (unsigned i = 0; i < sizeof terminations / sizeof terminations[0]; i++) {
    sigaction(terminations[i], &previous_termination_actions[terminations[i]], NULL);
  }
}

void memtutor_install_fault_handlers(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = on_fault_signal;
  sigemptyset(&action.sa_mask);
  // SA_ONSTACK: a stack overflow still has an alternate stack to run on when one is set up.
  action.sa_flags = SA_SIGINFO | SA_ONSTACK;
  for (unsigned i = 0; i < sizeof faults / sizeof faults[0]; i++) {
    sigaction(faults[i], &action, &previous_fault_actions[faults[i]]);
  }
}

void memtutor_restore_fault_handlers(void) {
  for (unsigned i = 0; i < sizeof faults / sizeof faults[0]; i++) {
    sigaction(faults[i], &previous_fault_actions[faults[i]], NULL);
  }
}

int memtutor_take_termination_signal(void) {
  int signal_number = termination_signal;
  termination_signal = 0;
  return signal_number;
}

int memtutor_peek_termination_signal(void) { return termination_signal; }

void memtutor_record_termination_signal(int signal_number) { termination_signal = signal_number; }

void memtutor_raise_fault(int signal_number) { raise(signal_number); }
