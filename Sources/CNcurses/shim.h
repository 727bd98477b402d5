// What Swift cannot import from ncursesw directly: macros, C globals and the wide-character API.
#ifndef HEARTH_CNCURSES_SHIM_H
#define HEARTH_CNCURSES_SHIM_H

#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>
#include <ncursesw/term.h>

static inline attr_t hearth_A_NORMAL(void) { return A_NORMAL; }
static inline attr_t hearth_A_BOLD(void) { return A_BOLD; }
static inline attr_t hearth_A_DIM(void) { return A_DIM; }
static inline attr_t hearth_A_REVERSE(void) { return A_REVERSE; }
static inline attr_t hearth_A_UNDERLINE(void) { return A_UNDERLINE; }
static inline attr_t hearth_A_ITALIC(void) { return A_ITALIC; }
static inline int hearth_colors(void) { return COLORS; }
static inline int hearth_color_pairs(void) { return COLOR_PAIRS; }
static inline int hearth_key_code_yes(void) { return KEY_CODE_YES; }
static inline int hearth_key_resize(void) { return KEY_RESIZE; }
static inline WINDOW *stdscr_window(void) { return stdscr; }
static inline int hearth_key_mouse(void) { return KEY_MOUSE; }

/// Reports left-button presses (at once: no click interval) where the terminal supports it.
static inline void hearth_enable_mouse(void) {
  mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED, NULL);
  mouseinterval(0);
}

/// The cell of a left-button press just reported by KEY_MOUSE; 0 for any other mouse event.
static inline int hearth_mouse_press(int *x, int *y) {
  MEVENT event;
  if (getmouse(&event) != OK) return 0;
  if (!(event.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))) return 0;
  *x = event.x;
  *y = event.y;
  return 1;
}
/// Whether terminfo knows `term` and it can address the cursor (`cup`), as a full screen needs
/// (TERM=dumb cannot). Loads the description and frees it, leaving no current terminal.
static inline int hearth_terminal_can_draw(const char *term) {
  int error = 0;
  if (setupterm((char *)term, 1, &error) != OK) return 0;
  const char *cup = tigetstr((char *)"cup");
  int can = cup != NULL && cup != (const char *)-1;
  del_curterm(cur_term);
  return can;
}

static inline FILE *hearth_fdopen(int fd, const char *mode) { return fdopen(fd, mode); }

/// Draws one grapheme (up to 5 code points) with the given attributes and colour pair.
static inline int hearth_put(WINDOW *win, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
  cchar_t cell;
  if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
  return mvwadd_wch(win, y, x, &cell);
}

#endif
