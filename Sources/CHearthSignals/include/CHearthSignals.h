// Signal handling that must be async-signal-safe, and so is written in C: one definition of
// each variable for the whole program (a `static` in a header would be copied into every
// module that includes it).
#ifndef HEARTH_CHEARTHSIGNALS_H
#define HEARTH_CHEARTHSIGNALS_H

#include <stddef.h>
#include <termios.h>

/// Catches SIGTERM, SIGHUP, SIGINT and SIGQUIT, recording the signal for the run loops to take,
/// without SA_RESTART so a blocking key read returns at once; unblocks them and SIGWINCH (a
/// parent may have started us with them blocked).
void hearth_signals_install(void);

/// The signal recorded since the last call (and forgets it), or 0.
int hearth_signals_take(void);

/// Records `signal` as if it had arrived.
void hearth_signals_post(int signal);

/// Stops the process as Ctrl-Z would in a cooked terminal (SIGTSTP with its default action),
/// returning when it is continued (`fg`). Call with the terminal already restored.
void hearth_signals_suspend(void);

/// Catches crash signals (SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP) in front of the
/// handlers already installed (Swift's backtracer): restore the terminal if one is armed, write
/// `message` to standard error, then hand the signal to the previous handler and die of it.
void hearth_crash_install(const char *message, size_t length);

/// What a crash must put back: `saved` on terminal `fd`, then the bytes `reset` (leave the
/// alternate screen, show the cursor…). With `capture`, standard error goes to an anonymous
/// file while armed (so a runtime error message cannot paint over a full screen), shown on the
/// terminal after a crash, or by `hearth_crash_disarm_terminal`.
void hearth_crash_arm_terminal(int fd, const struct termios *saved, const char *reset,
                               size_t length, int capture);

/// Forgets the armed terminal (it was restored normally) and gives standard error back,
/// copying to it what was written meanwhile.
void hearth_crash_disarm_terminal(void);

/// While a passphrase is asked on terminal `fd` with echo off: SIGTERM, SIGHUP, SIGINT and
/// SIGQUIT put `saved` back on it (echo on again) and then kill the process as they would have.
void hearth_prompt_guard(int fd, const struct termios *saved);
/// The prompt is over (the terminal restored): the handlers there were before come back.
void hearth_prompt_unguard(void);
#endif
