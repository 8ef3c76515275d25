// The only place SaferPlan touches ncurses: a narrow C API the Swift backend calls, so Swift
// never sees curses macros or globals.
#ifndef SAFERPLAN_CNCURSESW_H
#define SAFERPLAN_CNCURSESW_H

#include <wchar.h>

/// Keys the shim decodes (returned with is_key = 1); characters come back as code points.
enum {
    SP_KEY_UP = 1, SP_KEY_DOWN, SP_KEY_LEFT, SP_KEY_RIGHT, SP_KEY_HOME, SP_KEY_END, SP_KEY_PGUP, SP_KEY_PGDN,
    SP_KEY_INSERT, SP_KEY_DELETE, SP_KEY_BACKSPACE, SP_KEY_ENTER, SP_KEY_BTAB, SP_KEY_RESIZE, SP_KEY_MOUSE,
    SP_KEY_OTHER, SP_KEY_CTRL_LEFT, SP_KEY_CTRL_RIGHT, SP_KEY_PASTE_BEGIN, SP_KEY_PASTE_END, SP_KEY_F0 = 100
};

/// Attribute bits for sp_put.
enum { SP_BOLD = 1, SP_UNDERLINE = 2, SP_REVERSE = 4, SP_ITALIC = 8, SP_DIM = 16 };

/// Read results.
enum { SP_READ_OK = 0, SP_READ_NONE = 1, SP_READ_ERROR = -1 };

/// Sets the locale from the environment; when it is not UTF-8, tries C.UTF-8 and common UTF-8
/// locales. Returns 1 when the resulting character set is UTF-8.
int sp_setup_locale(void);

/// The current locale's character set name.
const char *sp_codeset(void);

/// Starts curses on the given descriptors with the terminal type (NULL for $TERM). Returns 0,
/// or -1 when the terminal cannot be set up.
int sp_start(const char *term, int out_fd, int in_fd, int esc_delay_ms, int use_esc_delay);

/// Restores the terminal. Safe to call more than once.
void sp_end(void);

/// Turns the terminal's bracketed paste on or off (ESC[?2004h / ESC[?2004l): pasted text then
/// arrives between SP_KEY_PASTE_BEGIN and SP_KEY_PASTE_END. sp_start turns it on; sp_end,
/// sp_pause and the watchdog turn it off, sp_resume on again.
void sp_bracketed_paste(int enable);

/// Number of colours after start_color (0 when the terminal has none).
int sp_colors(void);
int sp_color_pairs(void);
int sp_init_pair(int pair, int fg, int bg);

void sp_size(int *rows, int *cols);

/// Writes n wide characters at (y, x) with attributes and a colour pair.
void sp_put(int y, int x, const wchar_t *text, int n, int attrs, int pair);

/// Shows the cursor at (y, x), or hides it when visible is 0.
void sp_cursor(int visible, int y, int x);

/// Sends what changed to the terminal.
void sp_refresh(void);

/// Makes the next refresh repaint the whole screen.
void sp_clear_all(void);

/// Waits up to timeout_ms for a key. Returns SP_READ_OK with *code and *is_key set,
/// SP_READ_NONE on time-out or interruption, SP_READ_ERROR when input failed (*err holds errno).
int sp_read(int timeout_ms, int *code, int *is_key, int *err);

/// What sp_wait saw.
enum { SP_WAIT_INPUT = 0, SP_WAIT_WATCHED = 1, SP_WAIT_SIGNAL = 2, SP_WAIT_TIMEOUT = 3 };

/// Sleeps in poll() until the terminal has input (or hung up), `watch_fd` (when >= 0) is readable,
/// a signal arrives (the handlers, SIGWINCH included, write to a self-pipe, so one that comes just
/// before the wait still ends it), or `timeout_ms` passes (never when it is negative). Does not
/// read the input: keys ncurses already holds must be taken with sp_read(0, ...) first.
int sp_wait(int watch_fd, int timeout_ms);

/// Turns mouse reporting on or off.
void sp_mouse(int enable);

/// The last mouse event: kind 1 press, 2 wheel up, 3 wheel down. Returns 0 when there is none.
int sp_mouse_event(int *x, int *y, int *kind);

/// Installs handlers for SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP and SIGCONT, ignores SIGPIPE, and
/// unblocks the handled signals (and SIGWINCH) in case the parent left them blocked.
void sp_install_signals(void);

/// A hook run on a watchdog thread when SIGHUP or SIGTERM has not been taken by the run loop within
/// two seconds (long work): it should keep what can be kept; then the terminal is restored and the
/// process exits with 128 + the signal.
void sp_set_emergency(void (*hook)(int));

/// The signal that arrived since the last call, or 0.
int sp_take_signal(void);

/// Hands the terminal back to the shell (for $EDITOR or a suspend) and takes it again.
void sp_pause(void);
void sp_resume(void);

/// Stops the process as if by Ctrl-Z in a shell; returns when it is continued.
void sp_stop_self(void);

/// Display width of a character according to the C library (-1 when not printable).
int sp_wcwidth(wchar_t c);

/// 1 when descriptor fd is still a usable terminal.
int sp_is_terminal(int fd);

/// What waiting on a child program found.
enum { SP_CHILD_EXITED = 0, SP_CHILD_SIGNALLED = 1, SP_CHILD_STOPPED = 2, SP_CHILD_INTERRUPTED = 3, SP_CHILD_RUNNING = 4,
       SP_CHILD_GONE = -1 };

/// Starts `file` (looked up in PATH) with the NULL-terminated `argv` in this process's own process
/// group, so it owns the terminal exactly as the app did (no POSIX_SPAWN_SETPGROUP), with default
/// dispositions for INT, QUIT, TSTP, HUP, TERM, PIPE, TTIN, TTOU, CONT, WINCH and nothing blocked.
/// Returns 0 with *pid set, or the errno that stopped it.
int sp_spawn(const char *file, char *const argv[], int *pid);

/// Waits for child `pid` with WUNTRACED. Returns SP_CHILD_EXITED (*value: exit status),
/// SP_CHILD_SIGNALLED (*value: signal), SP_CHILD_STOPPED (*value: stop signal), SP_CHILD_INTERRUPTED
/// when a signal reached the app first (*value: the signal, taken from the pending slot), or
/// SP_CHILD_GONE. With `block` 0 it returns SP_CHILD_RUNNING when nothing has happened yet.
int sp_wait_child(int pid, int block, int *value);

/// Ignores SIGINT and SIGQUIT (as system(3) does while its child runs), or puts the app's
/// handlers back.
void sp_ignore_interrupts(int ignore);

/// Sends `signo` to process `pid`. Returns 0 or errno.
int sp_send_signal(int pid, int signo);

#endif
