// Shim for ncursesw: see DESIGN.md "The terminal". SwiftPM drops pkg-config's -D flags,
// so the wide-character API must be switched on here before the include.
//
// Swift cannot use ncurses' macros (A_BOLD, KEY_F(n), COLOR_PAIR) or its C globals
// (stdscr, COLS, LINES) under Swift 6, so they get `static inline` accessors here.
//
// The second half holds the terminal-restoration machinery: saved termios, handlers that
// put the terminal back before the program dies (crash signals, and the signals whose
// default action ends the process: USR1, USR2, PIPE, ALRM), and flag-setting handlers for
// the signals that end (INT, TERM, HUP, QUIT), suspend or resize the notebook. It keeps
// its state in a function-local static of this header (Swift emits the header's functions
// but not its file-scope statics), and every Swift object file that calls these functions
// gets its own copy of it: so call
// the `nnbook_signals_*` / `nnbook_terminal_*` functions from ONE Swift file only
// (TerminalUI/Screen/Curses/TerminalSignals.swift). Changing this header does not make
// SwiftPM recompile TerminalUI: touch that file after editing it.
#ifndef NNBOOK_CNCURSESW_SHIM_H
#define NNBOOK_CNCURSESW_SHIM_H
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// MARK: - Globals and macros as functions

static inline WINDOW *nnbook_stdscr(void) { return stdscr; }
static inline WINDOW *nnbook_curscr(void) { return curscr; }
static inline int nnbook_cols(void) { return COLS; }
static inline int nnbook_lines(void) { return LINES; }
static inline int nnbook_colors(void) { return COLORS; }
static inline int nnbook_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t nnbook_a_normal(void) { return A_NORMAL; }
static inline attr_t nnbook_a_bold(void) { return A_BOLD; }
static inline attr_t nnbook_a_dim(void) { return A_DIM; }
static inline attr_t nnbook_a_reverse(void) { return A_REVERSE; }
static inline attr_t nnbook_a_underline(void) { return A_UNDERLINE; }
static inline attr_t nnbook_color_pair(int n) { return COLOR_PAIR(n); }

static inline int nnbook_key_up(void) { return KEY_UP; }
static inline int nnbook_key_down(void) { return KEY_DOWN; }
static inline int nnbook_key_left(void) { return KEY_LEFT; }
static inline int nnbook_key_right(void) { return KEY_RIGHT; }
static inline int nnbook_key_npage(void) { return KEY_NPAGE; }
static inline int nnbook_key_ppage(void) { return KEY_PPAGE; }
static inline int nnbook_key_home(void) { return KEY_HOME; }
static inline int nnbook_key_end(void) { return KEY_END; }
static inline int nnbook_key_f(int n) { return KEY_F(n); }
static inline int nnbook_key_resize(void) { return KEY_RESIZE; }
static inline int nnbook_key_backspace(void) { return KEY_BACKSPACE; }
static inline int nnbook_key_enter(void) { return KEY_ENTER; }
static inline int nnbook_key_btab(void) { return KEY_BTAB; }

/// The size of stdscr now (never cache it across frames).
static inline int nnbook_screen_width(void) { return getmaxx(stdscr); }
static inline int nnbook_screen_height(void) { return getmaxy(stdscr); }

/// Reads one input with wget_wch: 0 = nothing (timeout or interrupted by a signal),
/// 1 = a character in *value, 2 = a function-key code (KEY_*) in *value.
static inline int nnbook_read_input(unsigned int *value) {
    wint_t ch = 0;
    int rc = wget_wch(stdscr, &ch);
    *value = (unsigned int)ch;
    if (rc == KEY_CODE_YES) return 2;
    if (rc == OK) return 1;
    return 0;
}

/// Draws one cell: up to CCHARW_MAX code points (a base character and combining marks,
/// zero-terminated) with attributes and a colour pair.
static inline int nnbook_put_cell(int y, int x, const wchar_t *chars, attr_t attrs, int pair) {
    cchar_t cell;
    if (setcchar(&cell, chars, attrs, (short)pair, NULL) == ERR) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/// Whether the terminal $TERM names can move the cursor to any cell (has `cup`, which
/// curses needs to draw a screen): 1 yes, 0 no (e.g. TERM=dumb), -1 unknown terminal type.
/// Loads the terminal description for `fd` and frees it again: writes nothing to the
/// terminal and leaves its modes alone. Call before newterm.
static inline int nnbook_can_address_cursor(int fd) {
    int error = 0;
    if (setupterm(NULL, fd, &error) != OK) return -1;
    const char *cup = tigetstr("cup");
    int can = cup != NULL && cup != (char *)-1;
    del_curterm(cur_term);
    return can;
}

/// Turns off XON/XOFF flow control (IXON, IXOFF), so Ctrl-S reaches the notebook as a key
/// instead of freezing its output until Ctrl-Q, and records the result as curses' program
/// mode (so it holds again after Ctrl-Z / fg). Call after cbreak()/noecho()/nonl(). Exit
/// puts back the termios saved before newterm, flow control included.
static inline int nnbook_disable_flow_control(void) {
    struct termios settings;
    if (tcgetattr(STDIN_FILENO, &settings) != 0) return -1;
    settings.c_iflag &= ~(tcflag_t)(IXON | IXOFF);
    if (tcsetattr(STDIN_FILENO, TCSADRAIN, &settings) != 0) return -1;
    return def_prog_mode();
}

/// Whether the locale's codeset (after setlocale) is UTF-8.
static inline int nnbook_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    if (codeset == NULL) return 0;
    return strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "UTF8") == 0;
}

// MARK: - Terminal restoration (call from TerminalSignals.swift only)

/// The restoration state. It lives in a function-local static because Swift emits the
/// header's functions but not its file-scope static variables.
struct nnbook_terminal_state {
    struct termios saved_termios;
    volatile sig_atomic_t have_saved_termios;
    struct sigaction previous_actions[65];
    volatile sig_atomic_t pending_shutdown;
    volatile sig_atomic_t pending_suspend;
    pthread_t ui_thread;
    sigset_t ui_thread_mask;
    struct sigaction curses_winch_action;
};

static inline struct nnbook_terminal_state *nnbook_state(void) {
    static struct nnbook_terminal_state state;
    return &state;
}

static const int nnbook_crash_signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE };
static const int nnbook_shutdown_signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
/// Signals whose default action ends the process (without a core dump) and that nnbook does
/// not use: the terminal is put back, then they end the process as they would have.
static const int nnbook_terminating_signals[] = { SIGUSR1, SIGUSR2, SIGPIPE, SIGALRM };

/// Writes the escape sequences that put a terminal back to normal (leave the alternate
/// screen, keypad transmit off, show the cursor, reset attributes) with write(2).
static void nnbook_write_reset_sequences(void) {
    static const char reset[] = "\033[?1049l\033[?1l\033>\033[?25h\033[0m\r\n";
    ssize_t written = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)written;
}

/// Puts the terminal back from a signal handler: reset sequences, then the saved termios
/// (write(2) and tcsetattr(3) are async-signal-safe).
static void nnbook_restore_terminal_in_handler(void) {
    nnbook_write_reset_sequences();
    if (nnbook_state()->have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &nnbook_state()->saved_termios);
}

/// A crash: put the terminal back (async-signal-safe calls only), restore the previous
/// action (the Swift backtracer or the default) and raise the signal again.
static void nnbook_crash_handler(int sig) {
    nnbook_restore_terminal_in_handler();
    if (sig > 0 && sig < 65) sigaction(sig, &nnbook_state()->previous_actions[sig], NULL);
    raise(sig);
}

/// SIGUSR1 / SIGUSR2 / SIGPIPE / SIGALRM: put the terminal back, reset the default action
/// and raise the signal again; it is delivered (and ends the process, status 128 + signal)
/// as soon as this handler returns and unblocks it. Async-signal-safe calls only.
static void nnbook_terminating_handler(int sig) {
    nnbook_restore_terminal_in_handler();
    signal(sig, SIG_DFL);
    raise(sig);
}

/// A process-directed signal may land on any thread; the UI thread is blocked reading the
/// terminal and must be interrupted (EINTR) to notice it. Returns 1 when the signal was
/// passed on to the UI thread (pthread_kill is async-signal-safe) and the caller should stop.
static int nnbook_forward_to_ui_thread(int sig) {
    if (pthread_equal(pthread_self(), nnbook_state()->ui_thread)) return 0;
    pthread_kill(nnbook_state()->ui_thread, sig);
    return 1;
}

/// SIGINT / SIGTERM / SIGHUP / SIGQUIT (the Ctrl-\ key): remember it; the frame loop shuts
/// down cleanly and the process exits with 128 + the signal. (SIGQUIT's default would dump
/// core, and the Swift runtime's handler prints a crash report and waits at a prompt.)
static void nnbook_shutdown_handler(int sig) {
    nnbook_state()->pending_shutdown = sig;
    nnbook_forward_to_ui_thread(sig);
}

/// SIGTSTP (Ctrl-Z): remember it; the frame loop leaves curses mode and stops.
static void nnbook_suspend_handler(int sig) {
    nnbook_state()->pending_suspend = 1;
    nnbook_forward_to_ui_thread(sig);
}

/// SIGWINCH: on the UI thread, ncurses' own handler (which makes get_wch return
/// KEY_RESIZE); on any other thread, passed on to the UI thread.
static void nnbook_winch_handler(int sig) {
    if (nnbook_forward_to_ui_thread(sig)) return;
    void (*curses_handler)(int) = nnbook_state()->curses_winch_action.sa_handler;
    if (curses_handler != SIG_DFL && curses_handler != SIG_IGN && curses_handler != NULL) curses_handler(sig);
}

/// Installs `handler` for `sig`, keeping the previous action to put back. It replaces the
/// Swift runtime's handler where there is one (the runtime installs its crash handlers, for
/// SIGQUIT too, at start-up, so ours, installed later, wins).
static inline void nnbook_install(int sig, void (*handler)(int)) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read returns so the loop sees the flag
    sigaction(sig, &action, &nnbook_state()->previous_actions[sig]);
}

/// Installs `handler` for `sig` only if the signal has its default action: a signal the
/// parent set to be ignored (SIGPIPE, often) stays ignored.
static inline void nnbook_install_if_default(int sig, void (*handler)(int)) {
    sigaction(sig, NULL, &nnbook_state()->previous_actions[sig]);
    if (nnbook_state()->previous_actions[sig].sa_handler == SIG_DFL) nnbook_install(sig, handler);
}

/// Saves the terminal state of stdin (before curses changes it). Returns 0 on success.
static inline int nnbook_terminal_save(void) {
    if (tcgetattr(STDIN_FILENO, &nnbook_state()->saved_termios) != 0) return -1;
    nnbook_state()->have_saved_termios = 1;
    return 0;
}

/// Puts back the saved terminal state.
static inline void nnbook_terminal_restore(void) {
    if (nnbook_state()->have_saved_termios) tcsetattr(STDIN_FILENO, TCSANOW, &nnbook_state()->saved_termios);
}

/// Installs the crash, terminating, shutdown and suspend handlers (call before
/// initscr/newterm, so ncurses keeps its hands off SIGINT, SIGTERM and SIGTSTP).
static inline void nnbook_signals_install(void) {
    nnbook_state()->ui_thread = pthread_self();
    // The UI thread must receive what it handles, even if it was started with them blocked
    // (e.g. a Dispatch worker thread).
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGQUIT);
    sigaddset(&handled, SIGTSTP);
    sigaddset(&handled, SIGCONT);
    sigaddset(&handled, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &handled, &nnbook_state()->ui_thread_mask);
    nnbook_state()->pending_shutdown = 0;
    nnbook_state()->pending_suspend = 0;
    for (size_t i = 0; i < sizeof nnbook_crash_signals / sizeof nnbook_crash_signals[0]; i++)
        nnbook_install(nnbook_crash_signals[i], nnbook_crash_handler);
    for (size_t i = 0; i < sizeof nnbook_terminating_signals / sizeof nnbook_terminating_signals[0]; i++)
        nnbook_install_if_default(nnbook_terminating_signals[i], nnbook_terminating_handler);
    for (size_t i = 0; i < sizeof nnbook_shutdown_signals / sizeof nnbook_shutdown_signals[0]; i++)
        nnbook_install(nnbook_shutdown_signals[i], nnbook_shutdown_handler);
    nnbook_install(SIGTSTP, nnbook_suspend_handler);
}

/// Wraps the SIGWINCH handler ncurses installed (call after newterm, from the UI thread) so
/// a resize reaches the UI thread whichever thread the kernel picks.
static inline void nnbook_signals_install_winch_forwarding(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = nnbook_winch_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGWINCH, &action, &nnbook_state()->curses_winch_action);
}

/// Puts every handler installed by nnbook_signals_install back as it was.
static inline void nnbook_signals_uninstall(void) {
    for (size_t i = 0; i < sizeof nnbook_crash_signals / sizeof nnbook_crash_signals[0]; i++)
        sigaction(nnbook_crash_signals[i], &nnbook_state()->previous_actions[nnbook_crash_signals[i]], NULL);
    for (size_t i = 0; i < sizeof nnbook_terminating_signals / sizeof nnbook_terminating_signals[0]; i++)
        sigaction(nnbook_terminating_signals[i],
                  &nnbook_state()->previous_actions[nnbook_terminating_signals[i]], NULL);
    for (size_t i = 0; i < sizeof nnbook_shutdown_signals / sizeof nnbook_shutdown_signals[0]; i++)
        sigaction(nnbook_shutdown_signals[i], &nnbook_state()->previous_actions[nnbook_shutdown_signals[i]], NULL);
    sigaction(SIGTSTP, &nnbook_state()->previous_actions[SIGTSTP], NULL);
    if (nnbook_state()->curses_winch_action.sa_handler != NULL) {
        sigaction(SIGWINCH, &nnbook_state()->curses_winch_action, NULL);
        memset(&nnbook_state()->curses_winch_action, 0, sizeof nnbook_state()->curses_winch_action);
    }
    pthread_sigmask(SIG_SETMASK, &nnbook_state()->ui_thread_mask, NULL);
}

/// The pending shutdown signal (0: none).
static inline int nnbook_signals_pending_shutdown(void) { return nnbook_state()->pending_shutdown; }

/// Whether Ctrl-Z was pressed since the last call (and clears it).
static inline int nnbook_signals_take_suspend(void) {
    int pending = nnbook_state()->pending_suspend;
    nnbook_state()->pending_suspend = 0;
    return pending;
}

/// Stops the process as the default SIGTSTP would, and returns when it is continued
/// (SIGCONT); then reinstalls the suspend handler. Call after endwin().
static inline void nnbook_signals_stop_now(void) {
    struct sigaction fallback, ours;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigemptyset(&fallback.sa_mask);
    sigaction(SIGTSTP, &fallback, &ours);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &ours, NULL);
}
#endif
