#define _XOPEN_SOURCE 700
#define _DEFAULT_SOURCE 1
#include "CNcursesw.h"

#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <poll.h>
#include <pthread.h>
#include <spawn.h>
#include <sys/wait.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

extern char **environ;

static SCREEN *sp_screen = NULL;
static FILE *sp_out = NULL;
static FILE *sp_in = NULL;
static volatile sig_atomic_t sp_pending_signal = 0;
static MEVENT sp_last_mouse;
static int sp_have_mouse = 0;

static int is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0 || strcmp(cs, "utf-8") == 0);
}

int sp_setup_locale(void) {
    setlocale(LC_ALL, "");
    if (is_utf8()) return 1;
    const char *fallbacks[] = {"C.UTF-8", "C.utf8", "en_GB.UTF-8", "en_US.UTF-8", NULL};
    for (int i = 0; fallbacks[i]; i++) {
        if (setlocale(LC_CTYPE, fallbacks[i]) && is_utf8()) return 1;
    }
    setlocale(LC_CTYPE, "");
    return 0;
}

const char *sp_codeset(void) { return nl_langinfo(CODESET); }

/* Key codes for the keys the shim teaches ncurses, far above KEY_MAX and the codes ncurses gives
   the terminal description's own extended keys. */
enum { CODE_CTRL_LEFT = 0x7A00, CODE_CTRL_RIGHT, CODE_PASTE_BEGIN, CODE_PASTE_END };

/* Binds `code` to the sequence the terminal description gives for extended key `cap` (kLFT5 is
   Ctrl-Left in xterm's and tmux's descriptions) and to `fallback`, xterm's sequence, which most
   terminals send whether or not their description says so. */
static void teach_key(const char *cap, const char *fallback, int code) {
    char *s = cap ? tigetstr(cap) : NULL;
    if (s && s != (char *)-1 && s[0]) define_key(s, code);
    if (fallback && (!s || s == (char *)-1 || strcmp(s, fallback) != 0)) define_key(fallback, code);
}

static int sp_paste_on = 0;

void sp_bracketed_paste(int enable) {
    if (!sp_out) return;
    const char *seq = enable ? "\033[?2004h" : "\033[?2004l";
    fflush(sp_out);
    ssize_t ignored = write(fileno(sp_out), seq, strlen(seq));
    (void)ignored;
    sp_paste_on = enable;
}

int sp_start(const char *term, int out_fd, int in_fd, int esc_delay_ms, int use_esc_delay) {
    if (sp_screen) return 0;
    sp_out = fdopen(dup(out_fd), "w");
    sp_in = fdopen(dup(in_fd), "r");
    if (!sp_out || !sp_in) return -1;
    sp_screen = newterm(term, sp_out, sp_in);
    if (!sp_screen) return -1;
    set_term(sp_screen);
    raw();
    noecho();
    nonl();
    intrflush(stdscr, FALSE);
    keypad(stdscr, TRUE);
    meta(stdscr, TRUE);
    if (use_esc_delay) set_escdelay(esc_delay_ms);
    teach_key("kLFT5", "\033[1;5D", CODE_CTRL_LEFT);
    teach_key("kRIT5", "\033[1;5C", CODE_CTRL_RIGHT);
    teach_key(NULL, "\033[200~", CODE_PASTE_BEGIN);
    teach_key(NULL, "\033[201~", CODE_PASTE_END);
    sp_bracketed_paste(1);
    curs_set(0);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    return 0;
}

void sp_end(void) {
    if (!sp_screen) return;
    if (sp_have_mouse) mousemask(0, NULL);
    sp_bracketed_paste(0);
    curs_set(1);
    endwin();
    delscreen(sp_screen);
    sp_screen = NULL;
    if (sp_out) { fflush(sp_out); fclose(sp_out); sp_out = NULL; }
    if (sp_in) { fclose(sp_in); sp_in = NULL; }
}

int sp_colors(void) { return has_colors() ? COLORS : 0; }
int sp_color_pairs(void) { return has_colors() ? COLOR_PAIRS : 0; }
int sp_init_pair(int pair, int fg, int bg) { return init_extended_pair(pair, fg, bg); }

void sp_size(int *rows, int *cols) {
    int r, c;
    getmaxyx(stdscr, r, c);
    *rows = r;
    *cols = c;
}

void sp_put(int y, int x, const wchar_t *text, int n, int attrs, int pair) {
    attr_t a = A_NORMAL;
    if (attrs & SP_BOLD) a |= A_BOLD;
    if (attrs & SP_UNDERLINE) a |= A_UNDERLINE;
    if (attrs & SP_REVERSE) a |= A_REVERSE;
    if (attrs & SP_ITALIC) a |= A_ITALIC;
    if (attrs & SP_DIM) a |= A_DIM;
    attr_set(a, (short)pair, NULL);
    if (pair > 32767) {
        int p = pair;
        attr_set(a, 0, &p);
    }
    mvaddnwstr(y, x, text, n);
}

/* A hidden cursor is left wherever the last change put it (leaveok): ncurses then sends no move
   back to the window's cursor after each refresh, a few bytes of every frame. */
void sp_cursor(int visible, int y, int x) {
    if (visible) {
        leaveok(stdscr, FALSE);
        move(y, x);
        curs_set(1);
    } else {
        leaveok(stdscr, TRUE);
        curs_set(0);
    }
}

void sp_refresh(void) { refresh(); }

void sp_clear_all(void) { clearok(curscr, TRUE); }

static int translate(int k) {
    if (k >= KEY_F(1) && k <= KEY_F(24)) return SP_KEY_F0 + (k - KEY_F(0));
    switch (k) {
    case KEY_UP: return SP_KEY_UP;
    case KEY_DOWN: return SP_KEY_DOWN;
    case KEY_LEFT: return SP_KEY_LEFT;
    case KEY_RIGHT: return SP_KEY_RIGHT;
    case KEY_HOME: case KEY_A1: return SP_KEY_HOME;
    case KEY_END: case KEY_C1: return SP_KEY_END;
    case KEY_PPAGE: case KEY_A3: return SP_KEY_PGUP;
    case KEY_NPAGE: case KEY_C3: return SP_KEY_PGDN;
    case KEY_IC: return SP_KEY_INSERT;
    case KEY_DC: return SP_KEY_DELETE;
    case KEY_BACKSPACE: return SP_KEY_BACKSPACE;
    case KEY_ENTER: return SP_KEY_ENTER;
    case KEY_BTAB: return SP_KEY_BTAB;
    case KEY_RESIZE: return SP_KEY_RESIZE;
    case KEY_MOUSE: return SP_KEY_MOUSE;
    case CODE_CTRL_LEFT: return SP_KEY_CTRL_LEFT;
    case CODE_CTRL_RIGHT: return SP_KEY_CTRL_RIGHT;
    case CODE_PASTE_BEGIN: return SP_KEY_PASTE_BEGIN;
    case CODE_PASTE_END: return SP_KEY_PASTE_END;
    default: return SP_KEY_OTHER;
    }
}

int sp_read(int timeout_ms, int *code, int *is_key, int *err) {
    wint_t ch = 0;
    timeout(timeout_ms);
    errno = 0;
    int r = get_wch(&ch);
    if (r == ERR) {
        int e = errno;
        *err = e;
        if (e == EIO || e == ENXIO || e == EBADF || e == ENOTTY || e == EPIPE) return SP_READ_ERROR;
        return SP_READ_NONE;
    }
    if (r == KEY_CODE_YES) {
        *is_key = 1;
        *code = translate((int)ch);
        if (ch == KEY_MOUSE) {
            if (getmouse(&sp_last_mouse) != OK) *code = SP_KEY_OTHER;
        }
    } else {
        *is_key = 0;
        *code = (int)ch;
    }
    return SP_READ_OK;
}

void sp_mouse(int enable) {
    sp_have_mouse = enable;
    mousemask(enable ? (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED) : 0, NULL);
    mouseinterval(0);
}

int sp_mouse_event(int *x, int *y, int *kind) {
    *x = sp_last_mouse.x;
    *y = sp_last_mouse.y;
    mmask_t b = sp_last_mouse.bstate;
    if (b & BUTTON4_PRESSED) *kind = 2;
    else if (b & BUTTON5_PRESSED) *kind = 3;
    else if (b & (BUTTON1_PRESSED | BUTTON1_CLICKED)) *kind = 1;
    else return 0;
    return 1;
}

static int sp_wake_pipe[2] = {-1, -1};
/* Written by every handler, read by sp_wait: a signal that lands between the loop's look at the
   pending slot and its poll() still ends the wait. */
static int sp_loop_pipe[2] = {-1, -1};
static void (*sp_emergency)(int) = NULL;
/* What ncurses (or the environment) had on SIGWINCH before the shim chained itself in front. */
static struct sigaction sp_old_winch;

static void wake_loop(void) {
    if (sp_loop_pipe[1] >= 0) {
        int saved = errno;
        char c = 1;
        ssize_t ignored = write(sp_loop_pipe[1], &c, 1);
        (void)ignored;
        errno = saved;
    }
}

static void on_winch(int signo) {
    if (sp_old_winch.sa_handler != SIG_DFL && sp_old_winch.sa_handler != SIG_IGN) {
        if (sp_old_winch.sa_flags & SA_SIGINFO) sp_old_winch.sa_sigaction(signo, NULL, NULL);
        else sp_old_winch.sa_handler(signo);
    }
    wake_loop();
}

static void on_signal(int signo) {
    sp_pending_signal = signo;
    wake_loop();
    if ((signo == SIGHUP || signo == SIGTERM) && sp_wake_pipe[1] >= 0) {
        char c = (char)signo;
        ssize_t ignored = write(sp_wake_pipe[1], &c, 1);
        (void)ignored;
    }
}

/* Waits for SIGHUP or SIGTERM; when the run loop has not taken it within two seconds (it is busy
   with long work), keeps what can be kept through the emergency hook, restores the terminal and
   leaves. */
static void *watchdog(void *arg) {
    (void)arg;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    for (;;) {
        char c;
        ssize_t n = read(sp_wake_pipe[0], &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return NULL;
        int signo = c;
        for (int i = 0; i < 40 && sp_pending_signal == signo; i++) usleep(50000);
        if (sp_pending_signal != signo) continue;
        if (sp_emergency) sp_emergency(signo);
        if (sp_paste_on) sp_bracketed_paste(0);
        if (sp_screen) endwin();
        if (sp_out) fflush(sp_out);
        _exit(128 + signo);
    }
}

void sp_set_emergency(void (*hook)(int)) { sp_emergency = hook; }

static void start_watchdog(void) {
    if (sp_wake_pipe[0] >= 0) return;
    if (pipe(sp_wake_pipe) != 0) { sp_wake_pipe[0] = sp_wake_pipe[1] = -1; return; }
    fcntl(sp_wake_pipe[1], F_SETFL, O_NONBLOCK);
    fcntl(sp_wake_pipe[0], F_SETFD, FD_CLOEXEC);
    fcntl(sp_wake_pipe[1], F_SETFD, FD_CLOEXEC);
    pthread_t thread;
    if (pthread_create(&thread, NULL, watchdog, NULL) == 0) pthread_detach(thread);
}

static void open_loop_pipe(void) {
    if (sp_loop_pipe[0] >= 0) return;
    if (pipe(sp_loop_pipe) != 0) { sp_loop_pipe[0] = sp_loop_pipe[1] = -1; return; }
    for (int i = 0; i < 2; i++) {
        fcntl(sp_loop_pipe[i], F_SETFL, O_NONBLOCK);
        fcntl(sp_loop_pipe[i], F_SETFD, FD_CLOEXEC);
    }
}

int sp_wait(int watch_fd, int timeout_ms) {
    struct pollfd fds[3];
    int n = 0;
    fds[n].fd = sp_in ? fileno(sp_in) : 0; fds[n].events = POLLIN; fds[n].revents = 0; n++;
    int pipe_at = -1, watch_at = -1;
    if (sp_loop_pipe[0] >= 0) { pipe_at = n; fds[n].fd = sp_loop_pipe[0]; fds[n].events = POLLIN; fds[n].revents = 0; n++; }
    if (watch_fd >= 0) { watch_at = n; fds[n].fd = watch_fd; fds[n].events = POLLIN; fds[n].revents = 0; n++; }
    int r = poll(fds, (nfds_t)n, timeout_ms < 0 ? -1 : timeout_ms);
    if (pipe_at >= 0 && (fds[pipe_at].revents & POLLIN)) {
        char drain[64];
        while (read(sp_loop_pipe[0], drain, sizeof drain) > 0) {}
    }
    if (r < 0) return errno == EINTR ? SP_WAIT_SIGNAL : SP_WAIT_INPUT;
    if (r == 0) return SP_WAIT_TIMEOUT;
    if (fds[0].revents) return SP_WAIT_INPUT;
    if (watch_at >= 0 && fds[watch_at].revents) return SP_WAIT_WATCHED;
    return SP_WAIT_SIGNAL;
}

void sp_install_signals(void) {
    start_watchdog();
    open_loop_pipe();
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocked read returns so the loop sees the signal */
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
    sigaction(SIGTSTP, &sa, NULL);
    sigaction(SIGCONT, &sa, NULL);
    /* ncurses keeps its own SIGWINCH handler (it turns a resize into KEY_RESIZE); the shim's runs
       it, then wakes the loop. Installed once, so it never chains to itself. */
    static int winch_chained = 0;
    if (!winch_chained) {
        struct sigaction winch;
        memset(&winch, 0, sizeof winch);
        winch.sa_handler = on_winch;
        sigemptyset(&winch.sa_mask);
        winch.sa_flags = 0;
        if (sigaction(SIGWINCH, &winch, &sp_old_winch) == 0) winch_chained = 1;
    }
    signal(SIGPIPE, SIG_IGN);
    /* A blocked mask is inherited across exec: a parent that blocked these would leave the app
       deaf to a hang-up and unable to stop. */
    sigset_t handled;
    sigemptyset(&handled);
    int unblock[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT, SIGWINCH};
    for (size_t i = 0; i < sizeof unblock / sizeof unblock[0]; i++) sigaddset(&handled, unblock[i]);
    pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
}

int sp_take_signal(void) {
    int s = sp_pending_signal;
    sp_pending_signal = 0;
    return s;
}

void sp_pause(void) {
    def_prog_mode();
    sp_bracketed_paste(0);
    endwin();
    if (sp_out) fflush(sp_out);
}

void sp_resume(void) {
    reset_prog_mode();
    clearok(curscr, TRUE);
    refresh();
    sp_bracketed_paste(1);
}

void sp_stop_self(void) {
    struct sigaction old, dfl;
    memset(&dfl, 0, sizeof dfl);
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    sigaction(SIGTSTP, &dfl, &old);
    raise(SIGTSTP);
    sigaction(SIGTSTP, &old, NULL);
    sp_pending_signal = 0;
}

int sp_wcwidth(wchar_t c) { return wcwidth(c); }

int sp_is_terminal(int fd) {
    struct termios t;
    return tcgetattr(fd, &t) == 0;
}


int sp_spawn(const char *file, char *const argv[], int *pid) {
    posix_spawnattr_t attr;
    int r = posix_spawnattr_init(&attr);
    if (r != 0) return r;
    sigset_t defaults, none;
    sigemptyset(&defaults);
    int reset[] = {SIGINT, SIGQUIT, SIGTSTP, SIGHUP, SIGTERM, SIGPIPE, SIGTTIN, SIGTTOU, SIGCONT, SIGWINCH};
    for (size_t i = 0; i < sizeof reset / sizeof reset[0]; i++) sigaddset(&defaults, reset[i]);
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attr, &defaults);
    posix_spawnattr_setsigmask(&attr, &none);
    /* Deliberately no POSIX_SPAWN_SETPGROUP: the child stays in the terminal's foreground group. */
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t child = 0;
    r = posix_spawnp(&child, file, NULL, &attr, argv, environ);
    posix_spawnattr_destroy(&attr);
    if (r == 0) *pid = (int)child;
    return r;
}

int sp_wait_child(int pid, int block, int *value) {
    int status = 0;
    pid_t r = waitpid((pid_t)pid, &status, WUNTRACED | (block ? 0 : WNOHANG));
    if (r == 0) return SP_CHILD_RUNNING;
    if (r < 0) {
        if (errno == EINTR) {
            *value = sp_take_signal();
            return SP_CHILD_INTERRUPTED;
        }
        return SP_CHILD_GONE;
    }
    if (WIFEXITED(status)) { *value = WEXITSTATUS(status); return SP_CHILD_EXITED; }
    if (WIFSIGNALED(status)) { *value = WTERMSIG(status); return SP_CHILD_SIGNALLED; }
    if (WIFSTOPPED(status)) { *value = WSTOPSIG(status); return SP_CHILD_STOPPED; }
    return SP_CHILD_RUNNING;
}

void sp_ignore_interrupts(int ignore) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = ignore ? SIG_IGN : on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
}

int sp_send_signal(int pid, int signo) { return kill((pid_t)pid, signo) == 0 ? 0 : errno; }
