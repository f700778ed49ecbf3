/*
 * save.h — writing files safely, and recognising them again.
 *
 * save_atomic writes data to a temporary file ".NAME.tolov-XXXXXX" in the
 * target's folder, fsyncs it, gives it the target's mode and owner (a new
 * file gets 0666 less the umask, as any newly created file would), renames
 * it over the target and fsyncs the folder. A symbolic link is followed:
 * the link's target is replaced and the link stays a link; a dangling link
 * creates its target. A hard link to the target is not kept (the target
 * becomes a new file). A read-only target is refused, as is anything that
 * is not a regular file.
 *
 * Returns 0 when saved. On failure returns -1: the original file is
 * byte-identical, no temporary file is left, and err names the cause in
 * the user's words ("PATH: error: cannot save: No space left on device
 * (the disk is full); the file is unchanged"). Returns 1 in one corner:
 * the new content is in place but the folder could not be flushed to disk
 * afterwards; err then holds a warning the caller should show (and clear).
 * A save killed outright (SIGKILL, power cut) leaves the target either old
 * or new, never mixed, and may leave one temporary file behind; tolov does
 * not remove such leftovers by itself, since another tolov could be
 * writing its own at that moment.
 *
 * A file_stamp records what a file was when tolov read or wrote it
 * (device, inode, size, mtime with nanoseconds and the XXH3-128 hash of
 * the content, from xxHash), so a save can notice that someone else
 * changed the file in the meantime.
 */
#ifndef TOLOV_SAVE_H
#define TOLOV_SAVE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include "tolov/base/util.h"

struct file_stamp {
	bool valid;
	dev_t dev;
	ino_t ino;
	off_t size;
	long long mtime_sec, mtime_nsec;
	uint64_t hash_lo, hash_hi;	/* XXH3-128 of the content */
};

int save_atomic(const char *path, const void *data, size_t len, struct tv_err *err);
/* XXH3 (64-bit) of data: for telling contents apart, not for security. */
uint64_t hash_bytes(const void *data, size_t len);
/* Stamp of path whose content is data/len (as just read or written).
 * Returns 0; or -1 when path cannot be examined (missing), and st is then
 * not valid. */
int stamp_take(struct file_stamp *st, const char *path, const void *data, size_t len);
/*
 * What became of the file st was taken of. Device, inode and size must
 * match, else STAMP_CHANGED. Then the content is read and its XXH3-128
 * compared whatever the mtime says (a same-size rewrite can keep or set
 * back the mtime: coarse clocks, `touch -r`): a different hash is
 * STAMP_CHANGED; the same content with the same nanosecond mtime is
 * STAMP_SAME, with another mtime STAMP_TOUCHED (touched, not changed).
 * A stamp that is not valid stands for "there was no file": STAMP_SAME
 * only while path does not exist. An unreadable file is STAMP_CHANGED.
 */
enum stamp_state { STAMP_SAME, STAMP_TOUCHED, STAMP_CHANGED };
enum stamp_state stamp_check(const struct file_stamp *st, const char *path);
/* stamp_check is not STAMP_CHANGED: saving over path loses nothing. */
bool stamp_matches(const struct file_stamp *st, const char *path);

/* Follow symbolic links in the last component of path until a name that
 * is not a link (it need not exist). Relative link contents are taken
 * relative to the link's folder. Returns a new string; NULL with err set
 * on a loop of links or an unreadable link. Used for the lock and
 * recovery files too, so that every name of a plan shares them. */
char *path_follow_links(const char *path, struct tv_err *err);
/* Split path into its folder ("." when none) and last component; both
 * new strings. "/x" gives "/" and "x". */
void path_split(const char *path, char **dir, char **base);
/* "dir/name" as a new string, without doubling the slash of "/". */
char *path_join(const char *dir, const char *name);

#endif
