#ifndef MEMTUTOR_SIGNALS_H
#define MEMTUTOR_SIGNALS_H

// Signal state for the terminal loop. Everything here is defined once, in signals.c: state kept in
// a header's `static` storage would be copied into every module (and every inlined caller) that
// uses it, and a handler storing into one copy would go unseen by a loop reading another.

/// Installs SIGINT, SIGTERM and SIGHUP handlers that only record the signal; a signal the caller
/// chose to ignore (nohup) stays ignored. Also unblocks them and SIGWINCH.
void memtutor_install_termination_handlers(void);
/// Puts back the SIGINT, SIGTERM and SIGHUP actions from before the install.
void memtutor_restore_termination_handlers(void);

/// Installs fault handlers (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP) that restore the
/// terminal and then hand the fault to whoever handled it before.
void memtutor_install_fault_handlers(void);
/// Puts back the fault handlers from before the install.
void memtutor_restore_fault_handlers(void);

/// The termination signal received since the last call, or 0; clears it.
int memtutor_take_termination_signal(void);
/// The termination signal waiting, or 0, without clearing it.
int memtutor_peek_termination_signal(void);
/// Records `signal_number` as if it had arrived (for tests of the loop).
void memtutor_record_termination_signal(int signal_number);

/// For tests of the teardown path: raises a fault on purpose.
void memtutor_raise_fault(int signal_number);

#endif
