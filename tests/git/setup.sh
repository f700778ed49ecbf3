# setup.sh — helpers for tests/git cases (sourced, POSIX sh).
# repo DIR: a new repository holding a copy of the seed plan as plan.yaml,
#   committed; the case continues inside DIR.
# commit MSG [DATE]: commit everything, with a fixed or given date.
repo() {
	git init -q -b main "$1" && cd "$1" && cp "$PLAN" plan.yaml &&
		git add plan.yaml && git commit -q -m "the plan as imported"
}
commit() {
	GIT_AUTHOR_DATE="${2:-$GIT_AUTHOR_DATE}" GIT_COMMITTER_DATE="${2:-$GIT_COMMITTER_DATE}" \
		git commit -q -a -m "$1"
}
# The drivers, as `tolov git-setup` writes them, with the binary under test.
drivers() {
	git config diff.tolov.command "$TOLOV diff" &&
		git config merge.tolov.name "tolov plan merge" &&
		git config merge.tolov.driver "$TOLOV merge %O %A %B %P" &&
		printf '*.yaml diff=tolov merge=tolov\n' > .gitattributes
}
