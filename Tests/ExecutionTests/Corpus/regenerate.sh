#!/usr/bin/env bash
# Regenerates the expected output of every corpus program by compiling it with rustc.
#
# For each NN_topic.rs in this directory the script writes, from a real run:
#   NN_topic.stdout  what the program printed on stdout
#   NN_topic.stderr  what it printed on stderr
#   (a program with an NN_topic.stdin file reads it as its standard input; others read nothing)
#   NN_topic.status  its exit status as the shell reports it (0, 1 when main returns Err, 101 for a panic,
#                    134 for a stack overflow, which aborts with SIGABRT)
#
# Path convention: programs are compiled from inside this directory, so panic messages
# name the file as `NN_topic.rs:LINE:COL`. The Swift tests pass that same relative name
# as `path:` to Engine.trace, so the engine's messages must match byte for byte.
# The OS thread id in messages (`thread 'main' (12345)`) differs between runs; it is
# written as `thread 'main' (PID)`, and the tests normalise both sides the same way.
#
# Build and run settings (those of FACTS.md): `rustc --edition 2024` (debug, no -O),
# RUST_BACKTRACE unset, an 8 MiB stack limit (`ulimit -s 8192`).
#
# Usage: ./regenerate.sh            regenerate every program
#        ./regenerate.sh 12_x.rs    regenerate the named programs only
set -euo pipefail
cd "$(dirname "$0")"

command -v rustc >/dev/null || { echo "rustc is not installed" >&2; exit 1; }
build_dir=$(mktemp -d "${TMPDIR:-/tmp}/memtutor-corpus.XXXXXX")
trap 'rm -rf "$build_dir"' EXIT

if [ "$#" -gt 0 ]; then
  programs=("$@")
else
  shopt -s nullglob
  programs=([0-9][0-9]_*.rs [0-9][0-9][0-9]_*.rs)
fi

normalise() {
  sed -E "s/thread '([^']*)' \([0-9]+\)/thread '\1' (PID)/g"
}

for source in "${programs[@]}"; do
  name="${source%.rs}"
  binary="$build_dir/$name"
  if ! rustc --edition 2024 -o "$binary" "$source" 2>"$build_dir/$name.compile"; then
    cat "$build_dir/$name.compile" >&2
    echo "$source: does not compile" >&2
    exit 1
  fi
  if [ -s "$build_dir/$name.compile" ]; then
    echo "$source: compiler warnings:" >&2
    cat "$build_dir/$name.compile" >&2
  fi
  # A program that reads standard input reads NN_topic.stdin (memtutor's tests give it the same).
  input=/dev/null
  if [ -f "$name.stdin" ]; then input="$name.stdin"; fi
  set +e
  # The outer redirection only hides the shell's own "Aborted" notice.
  (
    ulimit -s 8192
    env -u RUST_BACKTRACE -u RUST_MIN_STACK "$binary" >"$build_dir/$name.out" 2>"$build_dir/$name.err" <"$input"
  ) 2>/dev/null
  status=$?
  set -e
  normalise <"$build_dir/$name.out" >"$name.stdout"
  normalise <"$build_dir/$name.err" >"$name.stderr"
  echo "$status" >"$name.status"
  echo "$source: status $status"
done
