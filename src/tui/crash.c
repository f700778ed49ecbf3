/*
 * crash.c — the last resort when tolov itself fails (SIGSEGV, SIGBUS,
 * SIGABRT, SIGFPE): unsaved work goes to a recovery file beside the plan
 * and the terminal is given back, then the signal takes its course.
 *
 * The handler runs on its own stack (a stack overflow still gets it
 * there) and uses only async-signal-safe calls: recover_write_signal_safe
 * with a name prepared at open, tcsetattr with the terminal modes saved
 * before curses started, write(2) of a fixed reset sequence, alarm and
 * raise. What it writes is the document's bytes as of the last change
 * tolov finished; crash_note() records them after every edit, undo, redo,
 * reload and save. It writes nothing when there are no unsaved edits.
 *
 * An alarm bounds the handler: a terminal that no longer reads cannot
 * keep a crashed tolov alive.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "tolov/io/recover.h"
#include "tolov/tui/state.h"

static struct recover_path crash_rp = RECOVER_PATH_INIT;
static const char *volatile crash_buf;
static volatile size_t crash_len;
static volatile sig_atomic_t crash_dirty, crash_term, crash_armed;
static struct termios crash_tio;
static bool crash_have_tio;
static const char *crash_msg_saved, *crash_msg_failed;
static void *crash_stack;
static const int crash_signals[] = { SIGSEGV, SIGBUS, SIGABRT, SIGFPE };
#define N_CRASH_SIGNALS (sizeof crash_signals / sizeof crash_signals[0])

/* Leave the alternate screen, normal cursor keys, cursor shown, plain
 * attributes, and a fresh line. */
static const char reset_seq[] = "\033[?1049l\033[?1l\033>\033[?25h\033[0m\r\n";

static size_t slen(const char *s)
{
	size_t n = 0;
	while (s && s[n])
		n++;
	return n;
}

static void put(int fd, const char *s, size_t n)
{
	(void)write_all(fd, s, n);	/* nothing more to do when it fails */
}

static void on_crash(int sig)
{
	int saved = errno;
	alarm(5);
	int seq = -1;
	bool tried = false;
	/* the work first: writing to a stuck terminal could block */
	if (crash_dirty && crash_buf && crash_rp.buf) {
		tried = true;
		seq = recover_write_signal_safe(&crash_rp, (const void *)crash_buf, crash_len);
	}
	if (crash_term) {
		if (crash_have_tio)
			tcsetattr(STDIN_FILENO, TCSANOW, &crash_tio);
		put(STDOUT_FILENO, reset_seq, sizeof reset_seq - 1);
	}
	if (tried && seq >= 0) {
		put(STDERR_FILENO, crash_msg_saved, slen(crash_msg_saved));
		put(STDERR_FILENO, crash_rp.buf, slen(crash_rp.buf));
		put(STDERR_FILENO, "\n", 1);
	} else if (tried) {
		put(STDERR_FILENO, crash_msg_failed, slen(crash_msg_failed));
	}
	errno = saved;
	raise(sig);	/* the handler is reset: this ends tolov */
}

int crash_prepare(const char *plan_path)
{
	struct tv_err err = TV_ERR_INIT;
	if (recover_prepare(&crash_rp, plan_path, &err) < 0) {
		tv_err_clear(&err);
		return -1;
	}
	crash_msg_saved = tr(M_CRASH_SAVED);
	crash_msg_failed = tr(M_CRASH_NOT_SAVED);
	crash_have_tio = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &crash_tio) == 0;

	size_t sz = 64 * 1024;
#ifdef _SC_SIGSTKSZ
	long min = sysconf(_SC_SIGSTKSZ);
#else
	long min = SIGSTKSZ;
#endif
	if (min > 0 && (size_t)min * 2 > sz)
		sz = (size_t)min * 2;
	crash_stack = xmalloc(sz);
	stack_t ss;
	memset(&ss, 0, sizeof ss);
	ss.ss_sp = crash_stack;
	ss.ss_size = sz;
	bool alt = sigaltstack(&ss, NULL) == 0;

	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = on_crash;
	sa.sa_flags = SA_RESETHAND | SA_NODEFER | (alt ? SA_ONSTACK : 0);
	for (size_t i = 0; i < N_CRASH_SIGNALS; i++)
		sigaction(crash_signals[i], &sa, NULL);
	crash_armed = 1;
	return 0;
}

void crash_note(const struct session *s)
{
	if (!s || !s->doc) {
		crash_dirty = 0;
		crash_buf = NULL;
		crash_len = 0;
		return;
	}
	/* never a moment where the pointer and the length disagree while
	 * the flag says "write" */
	crash_dirty = 0;
	crash_buf = s->doc->src;
	crash_len = s->doc->len;
	crash_dirty = session_dirty(s);
}

void crash_terminal(bool in_use)
{
	crash_term = in_use;
}

void crash_release(void)
{
	if (!crash_armed)
		return;
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sigemptyset(&sa.sa_mask);
	sa.sa_handler = SIG_DFL;
	for (size_t i = 0; i < N_CRASH_SIGNALS; i++)
		sigaction(crash_signals[i], &sa, NULL);
	crash_note(NULL);
	crash_term = 0;
	stack_t ss;
	memset(&ss, 0, sizeof ss);
	ss.ss_flags = SS_DISABLE;
	sigaltstack(&ss, NULL);
	free(crash_stack);
	crash_stack = NULL;
	recover_path_free(&crash_rp);
	crash_armed = 0;
}

void crash_test_trigger(void)
{
	const char *v = getenv("TOLOV_TEST_CRASH");
	if (!v || !*v || strcmp(v, "0") == 0)
		return;
	if (strcmp(v, "segv") == 0)
		raise(SIGSEGV);
	else if (strcmp(v, "fpe") == 0)
		raise(SIGFPE);
	else
		abort();
}
