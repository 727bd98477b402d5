#define _GNU_SOURCE
#include "CHearthSignals.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static atomic_int pending_signal;

static void on_stop_signal(int signal) { atomic_store(&pending_signal, signal); }

void hearth_signals_install(void) {
  static const int stopping[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  sigset_t wanted;
  sigemptyset(&wanted);
  for (size_t i = 0; i < sizeof stopping / sizeof *stopping; i++) {
    sigaction(stopping[i], &action, NULL);
    sigaddset(&wanted, stopping[i]);
  }
  sigaddset(&wanted, SIGWINCH);
  sigprocmask(SIG_UNBLOCK, &wanted, NULL);
}

int hearth_signals_take(void) { return atomic_exchange(&pending_signal, 0); }

void hearth_signals_post(int signal) { atomic_store(&pending_signal, signal); }

void hearth_signals_suspend(void) {
  struct sigaction stop, previous;
  memset(&stop, 0, sizeof stop);
  stop.sa_handler = SIG_DFL;
  sigemptyset(&stop.sa_mask);
  sigaction(SIGTSTP, &stop, &previous);
  sigset_t tstp, before;
  sigemptyset(&tstp);
  sigaddset(&tstp, SIGTSTP);
  sigprocmask(SIG_UNBLOCK, &tstp, &before);
  kill(getpid(), SIGTSTP);
  sigprocmask(SIG_SETMASK, &before, NULL);
  sigaction(SIGTSTP, &previous, NULL);
}

// Crashes.

static const int crash_signals[] = {SIGSEGV, SIGILL, SIGABRT, SIGBUS, SIGFPE, SIGTRAP};
enum { crash_signal_count = sizeof crash_signals / sizeof *crash_signals };
static struct sigaction previous_actions[crash_signal_count];
static char crash_message[2048];
static size_t crash_message_length;
static atomic_flag crashing = ATOMIC_FLAG_INIT;

static atomic_int terminal_fd = -1;
static struct termios terminal_saved;
static char terminal_reset[512];
static size_t terminal_reset_length;
/// While a terminal is armed: the real standard error, and the file standing in for it.
static atomic_int real_stderr = -1;
static atomic_int captured_stderr = -1;

static void write_all(int fd, const char *bytes, size_t length) {
  while (length > 0) {
    ssize_t written = write(fd, bytes, length);
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return;
    bytes += written;
    length -= (size_t)written;
  }
}

/// Gives standard error back and copies there what the stand-in file caught.
static void release_stderr(void) {
  int real = atomic_exchange(&real_stderr, -1);
  int captured = atomic_exchange(&captured_stderr, -1);
  if (real < 0) return;
  dup2(real, 2);
  close(real);
  if (captured < 0) return;
  char buffer[4096];
  off_t offset = 0;
  ssize_t count;
  while ((count = pread(captured, buffer, sizeof buffer, offset)) > 0) {
    write_all(2, buffer, (size_t)count);
    offset += count;
  }
  close(captured);
}

static void on_crash(int signal, siginfo_t *info, void *context) {
  if (!atomic_flag_test_and_set(&crashing)) {
    int fd = atomic_exchange(&terminal_fd, -1);
    if (fd >= 0) {
      tcsetattr(fd, TCSANOW, &terminal_saved);
      write_all(fd, terminal_reset, terminal_reset_length);
    }
    release_stderr();
    write_all(2, crash_message, crash_message_length);
    // The backtracer's report may hold what was on screen: readable by the user alone.
    umask(077);
  }
  for (int i = 0; i < crash_signal_count; i++) {
    if (crash_signals[i] != signal) continue;
    struct sigaction *previous = &previous_actions[i];
    sigaction(signal, previous, NULL);
    if (previous->sa_flags & SA_SIGINFO) {
      if (previous->sa_sigaction) previous->sa_sigaction(signal, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
      previous->sa_handler(signal);
    }
  }
  // The previous handler may return (Swift's does, expecting the fault to happen again): die
  // of the signal with its default action.
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal, &fallback, NULL);
  raise(signal);
}

void hearth_crash_install(const char *message, size_t length) {
  if (length > sizeof crash_message) length = sizeof crash_message;
  memcpy(crash_message, message, length);
  crash_message_length = length;
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_sigaction = on_crash;
  // As Swift's own handler is installed: on the alternate stack, every other signal blocked
  // but the crash signals themselves, which its memory server needs to catch bad reads.
  action.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigfillset(&action.sa_mask);
  for (int i = 0; i < crash_signal_count; i++) sigdelset(&action.sa_mask, crash_signals[i]);
  for (int i = 0; i < crash_signal_count; i++) {
    sigaction(crash_signals[i], &action, &previous_actions[i]);
  }
}

void hearth_crash_arm_terminal(int fd, const struct termios *saved, const char *reset,
                               size_t length, int capture) {
  if (!reset || length > sizeof terminal_reset) length = reset ? sizeof terminal_reset : 0;
  if (length > 0) memcpy(terminal_reset, reset, length);
  terminal_reset_length = length;
  terminal_saved = *saved;
  if (capture && atomic_load(&real_stderr) < 0) {
    const char *folder = getenv("TMPDIR");
    char path[1024];
    snprintf(path, sizeof path, "%s/hearth-stderr-XXXXXX", folder && *folder ? folder : "/tmp");
    int captured = mkostemp(path, O_CLOEXEC);
    if (captured >= 0) {
      unlink(path);
      int real = fcntl(2, F_DUPFD_CLOEXEC, 3);
      if (real >= 0 && dup2(captured, 2) >= 0) {
        atomic_store(&captured_stderr, captured);
        atomic_store(&real_stderr, real);
      } else {
        if (real >= 0) close(real);
        close(captured);
      }
    }
  }
  atomic_store(&terminal_fd, fd);
}

void hearth_crash_disarm_terminal(void) {
  atomic_store(&terminal_fd, -1);
  release_stderr();
}

// The passphrase prompt.

static const int prompt_signals[] = {SIGTERM, SIGHUP, SIGINT, SIGQUIT};
enum { prompt_signal_count = sizeof prompt_signals / sizeof *prompt_signals };
static struct sigaction prompt_previous[prompt_signal_count];
static atomic_int prompt_fd = -1;
static struct termios prompt_saved;

static void on_prompt_signal(int signal) {
  int fd = atomic_exchange(&prompt_fd, -1);
  if (fd >= 0) {
    tcsetattr(fd, TCSANOW, &prompt_saved);
    write_all(fd, "\n", 1);
  }
  struct sigaction fallback;
  memset(&fallback, 0, sizeof fallback);
  fallback.sa_handler = SIG_DFL;
  sigemptyset(&fallback.sa_mask);
  sigaction(signal, &fallback, NULL);
  sigset_t only;
  sigemptyset(&only);
  sigaddset(&only, signal);
  sigprocmask(SIG_UNBLOCK, &only, NULL);
  raise(signal);
}

void hearth_prompt_guard(int fd, const struct termios *saved) {
  prompt_saved = *saved;
  atomic_store(&prompt_fd, fd);
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = on_prompt_signal;
  sigfillset(&action.sa_mask);
  for (int i = 0; i < prompt_signal_count; i++) {
    sigaction(prompt_signals[i], &action, &prompt_previous[i]);
  }
}

void hearth_prompt_unguard(void) {
  for (int i = 0; i < prompt_signal_count; i++) {
    sigaction(prompt_signals[i], &prompt_previous[i], NULL);
  }
  atomic_store(&prompt_fd, -1);
}
