# Screen cases: keeping work safe — the crash path, the recovery choice at
# the next start, two editors on one plan, a file changed from outside,
# saves that fail and succeed on retry. Sourced by run.sh (helpers there).
#
# TOLOV_TEST_CRASH is a test-only switch: with it set, Ctrl-\ makes tolov
# crash on purpose (1: abort, segv: SIGSEGV), so the crash path can be
# seen working.

CASES="$CASES crash recovery_choice recovery_discard lock_stale takeover changed_outside save_faults"

pane_pid() { T display -p -t "$pane" '#{pane_pid}'; }
mode_of() { stat -c %a "$1"; }

# crash_with HOW SIGNAL: edit, crash, check what was left. tolov runs
# under a shell that stays, so the terminal can be examined afterwards.
crash_with() {
	fresh small.yaml
	{
		echo '#!/bin/sh'
		echo "\"$tui\" \"\$@\""
		echo 'echo "tolov ended: $?"'
		echo 'exec sleep 60'
	} > "$tmp/keep.sh"
	chmod +x "$tmp/keep.sh"
	EXTRA_ENV="export TOLOV_TEST_CRASH=$1" tui="$tmp/keep.sh" start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab 7
	wait_for "[+]"
	keys 'C-\'
	wait_for "tolov ended: $((128 + $2))"
	test -f "$tmp/work/small.yaml.save" || { echo "    no recovery file"; exit 1; }
	grep -q "q1: {rating: 70," "$tmp/work/small.yaml.save"
	[ "$(mode_of "$tmp/work/small.yaml.save")" = 600 ]
	cmp "$data/small.yaml" "$tmp/work/small.yaml"
	"$bin" validate "$tmp/work/small.yaml.save"
	# the terminal was given back: main screen, cursor shown, and the
	# message where the user can read it
	[ "$(T display -p -t "$pane" '#{alternate_on}')" = 0 ] || { echo "    still on the alternate screen"; exit 1; }
	[ "$(T display -p -t "$pane" '#{cursor_flag}')" = 1 ] || { echo "    cursor left hidden"; exit 1; }
	has "unsaved work written to small.yaml.save"
}

case_crash() {
	crash_with 1 6
	crash_with segv 11
	# no unsaved edits: nothing written
	fresh small.yaml
	EXTRA_ENV="export TOLOV_TEST_CRASH=1" start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys 'C-\'
	wait_dead
	never test -e "$tmp/work/small.yaml.save"
	# the key does nothing without the switch
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys 'C-\'
	settle
	alive
}

# A recovery file for small.yaml whose 1.1 is rated 70 in Q1 and has a
# new note in Q2.
make_recovery() {
	cp "$data/small.yaml" "$tmp/rec.yaml"
	"$bin" set "$tmp/rec.yaml" 1.1 status.q1.rating=70 "status.q2.note=Сэргээсэн тайлбар" >/dev/null
	install -m 600 "$tmp/rec.yaml" "$tmp/work/$1"
}

case_recovery_choice() {
	fresh small.yaml
	make_recovery small.yaml.save
	start 80 24 small.yaml
	wait_for "Unsaved work found"
	has "small.yaml.save"
	has "compare it with the plan"
	# compare: what differs, per activity and field
	keys c
	wait_for "Compare: plan and small.yaml.save"
	has "Activity 1.1"
	has "status.q1.rating"
	has "plan    : 100"
	has "recovery: 70"
	has "status.q2.note"
	has "recovery: Сэргээсэн тайлбар"
	keys q
	wait_for "Unsaved work found"
	# not now: the plan as it is; :recover brings the choice back
	keys Escape
	wait_gone "Unsaved work found"
	wait_for ":recover shows them again"
	hasnt "[+]"
	keys :
	text "recover"
	keys Enter
	wait_for "Unsaved work found"
	# open it: unsaved, the plan file untouched until saved
	keys o
	wait_for "Opened"
	has "[+]"
	has "70 under way"
	cmp "$data/small.yaml" "$tmp/work/small.yaml"
	keys C-s
	wait_for "Saved"
	cmp "$tmp/rec.yaml" "$tmp/work/small.yaml"
	# saved: the recovery file has done its work
	never test -e "$tmp/work/small.yaml.save"
	has "no longer needed"
	keys :
	text "recover"
	keys Enter
	wait_for "No recovery files"
}

case_recovery_discard() {
	fresh small.yaml
	make_recovery small.yaml.save
	make_recovery small.yaml.save.1
	start 80 24 small.yaml
	wait_for "Unsaved work found"
	has "> small.yaml.save.1"
	keys k
	wait_for "> small.yaml.save "
	keys d
	wait_for "for good? (y/n)"
	keys n
	wait_for "Unsaved work found"
	test -f "$tmp/work/small.yaml.save"
	keys d
	wait_for "for good? (y/n)"
	keys y
	wait_for "Deleted"
	never test -e "$tmp/work/small.yaml.save"
	test -f "$tmp/work/small.yaml.save.1"
	wait_for "> small.yaml.save.1"
	keys d y
	wait_gone "Unsaved work found"
	never test -e "$tmp/work/small.yaml.save.1"
	cmp "$data/small.yaml" "$tmp/work/small.yaml"
	# a small terminal gets the question in the bottom line
	make_recovery small.yaml.save
	start 30 6 small.yaml
	wait_for "Unsaved work found: o open"
	keys Escape
	wait_gone "Unsaved work found"
	alive
}

case_lock_stale() {
	fresh small.yaml
	sh -c 'exit 0' & dead_pid=$!
	wait "$dead_pid" || true
	printf 'user=ghost\nhost=%s\npid=%s\nsince=1700000000\n' "$(hostname)" "$dead_pid" \
		> "$tmp/work/.small.yaml.lock"
	start 80 24 small.yaml
	wait_for "stale lock of ghost"
	keys Tab Tab 7
	wait_for "[+]"
	grep -q "pid=$(pane_pid)" "$tmp/work/.small.yaml.lock"
}

case_takeover() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	first=$(pane_pid)
	pane=tv2
	start 80 24 small.yaml
	wait_for "Read-only: "
	keys :
	text "takeover"
	keys Enter
	wait_for "Two editors overwrite each other's work. (y/n)"
	keys n
	settle
	keys Tab Tab 3
	wait_for "The plan is open read-only."
	keys :
	text "takeover"
	keys Enter
	wait_for "(y/n)"
	keys y
	wait_for "The lock is yours"
	grep -q "pid=$(pane_pid)" "$tmp/work/.small.yaml.lock"
	keys 3
	wait_for "[+]"
	keys q y
	wait_dead
	pane=tv
	T kill-session -t tv2 >/dev/null 2>&1 || true
	# told to ignore the lock on the command line: a new holder first
	# (the editor that took the lock over has quit and released it)
	kill -0 "$first"
	pane=tv4
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	holder=$(pane_pid)
	grep -q "pid=$holder" "$tmp/work/.small.yaml.lock"
	pane=tv3
	start 80 24 --ignore-lock small.yaml
	wait_for "ignored: if you both save"
	keys Tab Tab 3
	wait_for "[+]"
	grep -q "pid=$(pane_pid)" "$tmp/work/.small.yaml.lock"	# the lock is now ours
	T kill-session -t tv3 >/dev/null 2>&1 || true
	T kill-session -t tv4 >/dev/null 2>&1 || true
	pane=tv
}

# The file changes under tolov: every choice keeps the edits until the
# user decides, and nothing is written over the other version unasked.
case_changed_outside() {
	fresh small.yaml
	start 80 24 small.yaml
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab 7
	wait_for "[+]"
	printf '# changed by someone else\n' >> "$tmp/work/small.yaml"
	cp "$tmp/work/small.yaml" "$tmp/other.yaml"
	keys C-s
	wait_for "The file changed on disk"
	has "reload it (your edits go to a recovery file first)"
	keys Escape
	wait_for "your edits are kept"
	has "[+]"
	cmp "$tmp/other.yaml" "$tmp/work/small.yaml"
	# save elsewhere: a new name only
	keys C-s
	wait_for "save your version elsewhere"
	touch "$tmp/work/taken.yaml"
	keys s
	wait_for "Save as:"
	text "taken.yaml"
	keys Enter
	wait_for "taken.yaml exists"
	test ! -s "$tmp/work/taken.yaml"
	keys C-s s
	wait_for "Save as:"
	text "mine.yaml"
	keys Enter
	wait_for "Saved a copy to mine.yaml"
	grep -q "q1: {rating: 70," "$tmp/work/mine.yaml"
	"$bin" validate "$tmp/work/mine.yaml"
	has "[+]"
	cmp "$tmp/other.yaml" "$tmp/work/small.yaml"
	# overwrite
	keys C-s
	wait_for "overwrite it with your version"
	keys o
	wait_for "Saved"
	hasnt "[+]"
	cmp "$tmp/work/mine.yaml" "$tmp/work/small.yaml"
	# reload: the edits go to a recovery file first
	keys 3
	wait_for "[+]"
	printf '# changed again\n' >> "$tmp/work/small.yaml"
	cp "$tmp/work/small.yaml" "$tmp/other.yaml"
	rm -f "$tmp/work/small.yaml.save"
	keys C-s
	wait_for "The file changed on disk"
	keys r
	wait_for "your edits are in small.yaml.save"
	hasnt "[+]"
	has "70 under way"
	grep -q "q1: {rating: 30," "$tmp/work/small.yaml.save"
	[ "$(mode_of "$tmp/work/small.yaml.save")" = 600 ]
	cmp "$tmp/other.yaml" "$tmp/work/small.yaml"
	# :reload without edits just reads the file
	keys :
	text "reload"
	keys Enter
	wait_for "Reloaded small.yaml."
}

# save_retry DIR BREAK MEND WANT: edit the plan in DIR, BREAK the folder,
# see the save refused with WANT and nothing changed, MEND it, save again.
save_retry() {
	start 80 24 "$1/small.yaml"
	wait_for "Сургалтын төлөвлөгөө"
	keys Tab Tab 7
	wait_for "[+]"
	eval "$2"
	keys C-s
	wait_for "Not saved"
	has "$4"
	has "[+]"
	cmp "$data/small.yaml" "$tmp/work/$1/small.yaml"
	[ -z "$(ls -A "$tmp/work/$1" | grep tolov-)" ] || { echo "    temporary file left"; exit 1; }
	eval "$3"
	keys C-s
	wait_for "Saved"
	hasnt "[+]"
	grep -q "q1: {rating: 70," "$tmp/work/$1/small.yaml"
	keys q
	wait_dead
}

case_save_faults() {
	fresh small.yaml
	mkdir -p "$tmp/work/full" "$tmp/work/ro"
	if [ "$(id -u)" != 0 ]; then
		cp "$data/small.yaml" "$tmp/work/ro/"
		save_retry ro "chmod 555 '$tmp/work/ro'" "chmod 755 '$tmp/work/ro'" "Permission denied"
		echo "    (not root: the full disk is not checked)"
		return 0
	fi
	if ! mount -t tmpfs -o size=64k tolov-test "$tmp/work/full" 2>/dev/null; then
		echo "    (mount refused here: save faults not checked)"
		return 0
	fi
	trap 'umount -l "$tmp/work/full" 2>/dev/null || true; umount -l "$tmp/work/ro" 2>/dev/null || true' EXIT
	cp "$data/small.yaml" "$tmp/work/full/"
	save_retry full \
		"dd if=/dev/zero of='$tmp/work/full/filler' bs=4k 2>/dev/null || true" \
		"rm -f '$tmp/work/full/filler'" "No space left on device"
	# a read-only folder (root ignores permissions: a read-only mount)
	cp "$data/small.yaml" "$tmp/work/ro/"
	save_retry ro \
		"mount --bind '$tmp/work/ro' '$tmp/work/ro' && mount -o remount,bind,ro '$tmp/work/ro'" \
		"umount '$tmp/work/ro'" "Read-only file system"
}
