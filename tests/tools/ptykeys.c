/*
 * ptykeys — drive a terminal program with keys in a pseudo-terminal and
 * measure how soon it answers each one, for `make bench`.
 *
 *   ptykeys [-p COLSxROWS] [-q QUIET_MS] [-t SECONDS] [-e NAME=VALUE]...
 *           -k 'KEY KEY ...' -- CMD [ARG]...
 *
 * The command runs as the leader of a new session on a pseudo-terminal of
 * the given size (default 80x24). ptykeys waits for its first screen (the
 * output then stays quiet for QUIET_MS, default 300), then sends the keys
 * one at a time: for each it notes the time from writing the key to the
 * first byte the program writes back (its answer), then waits until the
 * output is quiet again. KEY is a character, ^X for Ctrl-X, or one of Tab,
 * Enter, Esc, Up, Down, Left, Right; a key written !KEY is sent but not
 * measured (to get somewhere first). At the end it sends Esc and ":q!"
 * Enter and, if the program is still running after a second, kills it.
 *
 * Prints one line per measured key, "KEY MILLISECONDS BYTES", then
 * "max MS median MS keys N". Exit status 1 when the program ended early,
 * a key got no answer within SECONDS (default 10), or the setup failed.
 */
#include <errno.h>
#include <stdbool.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static int master = -1;
static pid_t child = -1;

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void die(const char *what)
{
	perror(what);
	if (child > 0)
		kill(child, SIGKILL);
	exit(1);
}

/* Read what is there within ms; bytes read, 0 on timeout, -1 at the end. */
static long drain(int ms)
{
	struct pollfd p = { master, POLLIN, 0 };
	int r = poll(&p, 1, ms);
	if (r <= 0)
		return 0;
	char buf[65536];
	ssize_t n = read(master, buf, sizeof(buf));
	if (n < 0 && (errno == EIO || errno == EBADF))
		return -1;	/* the program is gone */
	return n < 0 ? 0 : n;
}

/* Wait until nothing arrives for quiet ms; bytes read, or -1 at the end. */
static long settle(int quiet, int cap_ms)
{
	long total = 0;
	double start = now_ms();
	for (;;) {
		long n = drain(quiet);
		if (n < 0)
			return -1;
		if (n == 0 || now_ms() - start > cap_ms)
			return total;
		total += n;
	}
}

static size_t key_bytes(const char *k, char *out)
{
	static const struct { const char *name, *seq; } named[] = {
		{ "Tab", "\t" }, { "Enter", "\r" }, { "Esc", "\033" }, { "Up", "\033[A" },
		{ "Down", "\033[B" }, { "Right", "\033[C" }, { "Left", "\033[D" },
	};
	for (size_t i = 0; i < sizeof(named) / sizeof(*named); i++)
		if (!strcmp(k, named[i].name)) {
			strcpy(out, named[i].seq);
			return strlen(out);
		}
	if (k[0] == '^' && k[1]) {
		out[0] = (char)(k[1] & 0x1f);
		return 1;
	}
	size_t n = strlen(k);
	memcpy(out, k, n);
	return n;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

int main(int argc, char **argv)
{
	unsigned short cols = 80, rows = 24;
	int quiet = 300, secs = 10;
	const char *keys = NULL;
	char *envs[32];
	int n_env = 0, i;
	for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		if (!strcmp(argv[i], "-p") && i + 1 < argc) {
			if (sscanf(argv[++i], "%hux%hu", &cols, &rows) != 2)
				return 2;
		} else if (!strcmp(argv[i], "-q") && i + 1 < argc) {
			quiet = atoi(argv[++i]);
		} else if (!strcmp(argv[i], "-t") && i + 1 < argc) {
			secs = atoi(argv[++i]);
		} else if (!strcmp(argv[i], "-e") && i + 1 < argc && n_env < 32) {
			envs[n_env++] = argv[++i];
		} else if (!strcmp(argv[i], "-k") && i + 1 < argc) {
			keys = argv[++i];
		} else {
			fprintf(stderr, "usage: ptykeys [-p CxR] [-q MS] [-t S] [-e N=V]... -k KEYS -- CMD...\n");
			return 2;
		}
	}
	if (i + 1 >= argc || !keys) {
		fprintf(stderr, "ptykeys: no command or no keys\n");
		return 2;
	}
	char **cmd = argv + i + 1;
	master = posix_openpt(O_RDWR | O_NOCTTY);
	if (master < 0 || grantpt(master) || unlockpt(master))
		die("posix_openpt");
	char *slave_name = ptsname(master);
	if (!slave_name)
		die("ptsname");
	child = fork();
	if (child < 0)
		die("fork");
	if (child == 0) {
		setsid();
		int s = open(slave_name, O_RDWR);
		if (s < 0)
			_exit(127);
		ioctl(s, TIOCSCTTY, 0);
		struct winsize ws = { rows, cols, 0, 0 };
		ioctl(s, TIOCSWINSZ, &ws);
		dup2(s, 0);
		dup2(s, 1);
		dup2(s, 2);
		if (s > 2)
			close(s);
		close(master);
		for (int e = 0; e < n_env; e++)
			putenv(envs[e]);
		execvp(cmd[0], cmd);
		_exit(127);
	}
	int rc = 0;
	long first_screen = 0;
	for (double t0 = now_ms(); first_screen == 0 && now_ms() - t0 < secs * 1000.0;)
		first_screen = drain(100);
	if (first_screen <= 0 || settle(quiet, secs * 1000) < 0) {
		fprintf(stderr, "ptykeys: no first screen\n");
		rc = 1;
		goto out;
	}
	double lat[256];
	int n_lat = 0;
	char *list = strdup(keys);
	for (char *save = NULL, *k = strtok_r(list, " ", &save); k; k = strtok_r(NULL, " ", &save)) {
		bool measured = k[0] != '!';
		char seq[16];
		size_t len = key_bytes(measured ? k : k + 1, seq);
		double t0 = now_ms();
		if (write(master, seq, len) != (ssize_t)len)
			die("write");
		long first = 0;
		while (first == 0 && now_ms() - t0 < secs * 1000.0)
			first = drain(50);
		double ms = now_ms() - t0;
		if (first <= 0) {
			fprintf(stderr, "ptykeys: no answer to %s\n", k);
			rc = 1;
			break;
		}
		long rest = settle(quiet, secs * 1000);
		if (measured && n_lat < 256) {
			lat[n_lat++] = ms;
			printf("%s %.1f %ld\n", k, ms, first + (rest > 0 ? rest : 0));
		}
	}
	free(list);
	if (n_lat) {
		double max = 0;
		for (int j = 0; j < n_lat; j++)
			max = lat[j] > max ? lat[j] : max;
		qsort(lat, (size_t)n_lat, sizeof(*lat), cmp);
		printf("max %.1f median %.1f keys %d\n", max, lat[(n_lat - 1) / 2], n_lat);
	}
out:
	if (write(master, "\033:q!\r", 5) < 0) {
		/* the program may be gone already */
	}
	for (int w = 0; w < 20; w++) {
		if (waitpid(child, NULL, WNOHANG) == child) {
			child = -1;
			break;
		}
		drain(50);
	}
	if (child > 0) {
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
	}
	return rc;
}
