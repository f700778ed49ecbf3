/*
 * runstat — run one command and report its wall time and peak memory, for
 * `make bench`.
 *
 *   runstat [-t SECONDS] [-p COLSxROWS] [-o OUT] [-e NAME=VALUE]... -- CMD [ARG]...
 *
 * Prints one line on standard output:
 *
 *   WALL_SECONDS MAXRSS_KB STATUS OUT_BYTES
 *
 * WALL_SECONDS is measured with the monotonic clock from just before the
 * fork to the moment the command has been reaped; MAXRSS_KB is the peak
 * resident size of the command and of any children it waited for (from
 * wait4); STATUS is exit:N, signal:N or timeout; OUT_BYTES is what the
 * command wrote to its terminal (-p), else 0.
 *
 * Without -p the command's standard output goes to /dev/null and its
 * standard error is left as it is. With -p it runs as the leader of a new
 * session on a pseudo-terminal of the given size (the way tolov's
 * interface runs in a terminal), and everything it writes there is read and
 * saved to OUT when -o is given. -t kills the command (SIGKILL) after the
 * given seconds; the status is then "timeout".
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t alarmed;

static void on_alarm(int sig)
{
	(void)sig;
	alarmed = 1;
}

static void usage(void)
{
	fputs("usage: runstat [-t SECONDS] [-p COLSxROWS] [-o OUT] [-e NAME=VALUE]... -- CMD [ARG]...\n",
	      stderr);
	exit(2);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void die(const char *what)
{
	fprintf(stderr, "runstat: %s: %s\n", what, strerror(errno));
	exit(125);
}

int main(int argc, char **argv)
{
	double limit = 0;
	unsigned cols = 0, rows = 0;
	const char *out_path = NULL;
	char **envs = calloc((size_t)argc, sizeof(*envs));
	size_t n_env = 0;
	int i = 1;
	if (!envs)
		die("out of memory");
	for (; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			i++;
			break;
		}
		if (i + 1 >= argc)
			usage();
		if (!strcmp(argv[i], "-t")) {
			char *end;
			limit = strtod(argv[++i], &end);
			if (*end || limit <= 0)
				usage();
		} else if (!strcmp(argv[i], "-p")) {
			if (sscanf(argv[++i], "%ux%u", &cols, &rows) != 2 || !cols || !rows)
				usage();
		} else if (!strcmp(argv[i], "-o")) {
			out_path = argv[++i];
		} else if (!strcmp(argv[i], "-e")) {
			if (!strchr(argv[++i], '='))
				usage();
			envs[n_env++] = argv[i];
		} else {
			usage();
		}
	}
	if (i >= argc)
		usage();
	char **cmd = argv + i;

	FILE *out = NULL;
	if (out_path && !(out = fopen(out_path, "wb")))
		die(out_path);

	int master = -1;
	char *slave_name = NULL;
	if (cols) {
		master = posix_openpt(O_RDWR | O_NOCTTY);
		if (master < 0 || grantpt(master) || unlockpt(master))
			die("cannot open a pseudo-terminal");
		slave_name = ptsname(master);
		if (!slave_name)
			die("ptsname");
		slave_name = strdup(slave_name);
		if (!slave_name)
			die("out of memory");
	}

	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;	/* no SA_RESTART: wait4 and poll return EINTR */
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);

	double t0 = now();
	pid_t pid = fork();
	if (pid < 0)
		die("fork");
	if (pid == 0) {
		for (size_t e = 0; e < n_env; e++)
			if (putenv(envs[e]))
				_exit(126);
		if (master >= 0) {
			setsid();
			int s = open(slave_name, O_RDWR);
			if (s < 0)
				_exit(126);
			ioctl(s, TIOCSCTTY, 0);
			struct winsize ws = { .ws_row = (unsigned short)rows, .ws_col = (unsigned short)cols };
			ioctl(s, TIOCSWINSZ, &ws);
			dup2(s, 0);
			dup2(s, 1);
			dup2(s, 2);
			if (s > 2)
				close(s);
			close(master);
		} else {
			int devnull = open("/dev/null", O_WRONLY);
			if (devnull >= 0) {
				dup2(devnull, 1);
				close(devnull);
			}
		}
		execvp(cmd[0], cmd);
		fprintf(stderr, "runstat: cannot run %s: %s\n", cmd[0], strerror(errno));
		_exit(127);
	}

	if (limit > 0) {
		struct itimerval it;
		memset(&it, 0, sizeof(it));
		it.it_value.tv_sec = (time_t)limit;
		it.it_value.tv_usec = (suseconds_t)((limit - (double)(time_t)limit) * 1e6);
		if (!it.it_value.tv_sec && !it.it_value.tv_usec)
			it.it_value.tv_usec = 1;
		setitimer(ITIMER_REAL, &it, NULL);
	}

	/* Drain the terminal until the command has closed it (or time is up). */
	unsigned long long out_bytes = 0;
	if (master >= 0) {
		char buf[65536];
		for (;;) {
			if (alarmed)
				break;
			ssize_t n = read(master, buf, sizeof(buf));
			if (n > 0) {
				out_bytes += (unsigned long long)n;
				if (out && fwrite(buf, 1, (size_t)n, out) != (size_t)n)
					die(out_path);
				continue;
			}
			if (n < 0 && errno == EINTR)
				continue;
			break;	/* EIO: every copy of the terminal is closed */
		}
	}

	int status = 0;
	struct rusage ru;
	int timed_out = 0;
	for (;;) {
		if (alarmed && !timed_out) {
			timed_out = 1;
			kill(pid, SIGKILL);
		}
		pid_t r = wait4(pid, &status, 0, &ru);
		if (r == pid)
			break;
		if (r < 0 && errno != EINTR)
			die("wait4");
	}
	double t1 = now();
	if (out && fclose(out) != 0)
		die(out_path);

	char st[32];
	if (timed_out)
		snprintf(st, sizeof(st), "timeout");
	else if (WIFSIGNALED(status))
		snprintf(st, sizeof(st), "signal:%d", WTERMSIG(status));
	else
		snprintf(st, sizeof(st), "exit:%d", WEXITSTATUS(status));
	printf("%.6f %ld %s %llu\n", t1 - t0, ru.ru_maxrss, st, out_bytes);
	free(slave_name);
	free(envs);
	return 0;
}
