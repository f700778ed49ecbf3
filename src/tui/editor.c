/*
 * editor.c — long text in the user's editor ($VISUAL, $EDITOR, else vi):
 * the field's text goes to a private temporary file, the terminal is given
 * to the editor, and the text read back is checked before it becomes one
 * session_set. Text holding characters a plan field cannot keep (control
 * characters, invalid UTF-8, newlines in one-line fields) is refused.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tolov/base/text.h"
#include "tolov/tui/state.h"

static int run_editor(const char *file, struct sbuf *why)
{
	const char *ed = getenv("VISUAL");
	if (!ed || !*ed)
		ed = getenv("EDITOR");
	if (!ed || !*ed)
		ed = "vi";
	struct sbuf cmd = SBUF_INIT;
	sbuf_addf(&cmd, "%s \"$@\"", ed);
	pid_t pid = fork();
	if (pid < 0) {
		sbuf_adds(why, tr_errno(errno));
		sbuf_free(&cmd);
		return -1;
	}
	if (pid == 0) {
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		signal(SIGHUP, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGWINCH, SIG_DFL);
		execl("/bin/sh", "sh", "-c", cmd.buf, ed, file, (char *)NULL);
		_exit(127);
	}
	sbuf_free(&cmd);
	int st = 0;
	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR) {
			sbuf_adds(why, tr_errno(errno));
			return -1;
		}
	}
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0) {
		sbuf_addf(why, "%s: exit %d", ed, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
		return -1;
	}
	return 0;
}

unsigned act_run_editor(struct tui *t, struct edit_target *et)
{
	unsigned rp = RP_BOTTOM;
	struct sbuf why = SBUF_INIT;
	char *text = NULL;
	size_t len = 0;
	if (tui_refuse_read_only(t)) {
		edit_target_free(et);
		return rp;
	}
	const char *dir = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/tolov-edit-XXXXXX", dir && *dir ? dir : "/tmp");
	int fd = mkstemp(tmpl);
	if (fd < 0) {
		tui_msg(t, true, tr(M_EDITOR_FAILED), tr_errno(errno));
		goto out;
	}
	fchmod(fd, 0600);
	const char *v = et->value ? et->value : "";
	if (write_all(fd, v, strlen(v)) < 0 || write_all(fd, "\n", 1) < 0) {
		tui_msg(t, true, tr(M_EDITOR_FAILED), tr_errno(errno));
		close(fd);
		unlink(tmpl);
		goto out;
	}
	close(fd);

	def_prog_mode();
	endwin();
	int rc = run_editor(tmpl, &why);
	reset_prog_mode();
	clearok(curscr, TRUE);
	rp = RP_LAYOUT;
	struct tv_err err = TV_ERR_INIT;
	if (rc < 0) {
		tui_msg(t, true, tr(M_EDITOR_FAILED), why.buf ? why.buf : "?");
	} else if (read_file(tmpl, 16u << 20, &text, &len, &err) < 0) {
		tui_msg(t, true, tr(M_EDITOR_FAILED), err.text ? err.text : "?");
		tv_err_clear(&err);
	}
	unlink(tmpl);
	if (rc < 0 || !text)
		goto out;
	/* editors end the file with a newline: the field does not */
	while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r'))
		text[--len] = '\0';
	size_t bad = text_first_control(text, len, et->multiline);
	if (bad != (size_t)-1) {
		tui_msg(t, true, tr(M_EDITOR_CONTROL), bad + 1);
		goto out;
	}
	if (strcmp(text, v) != 0)
		rp |= act_set(t, et->id, et->path, text);
out:
	free(text);
	free(tmpl);
	sbuf_free(&why);
	edit_target_free(et);
	return rp;
}
