#!/usr/bin/env bash
# Regenerates the expected results of the borrow-checker corpus with rustc.
#
#   rejected/NNN_name.rs  -> NNN_name.expected  ("E0597 5:13": first error's code, primary span line:col)
#                            NNN_name.stderr    (rustc's human-readable output, minus the
#                                                "aborting due to" / "For more information" lines)
#   accepted/NNN_name.rs  -> NNN_name.stdout    (the program's real output; must compile and exit 0)
#
# Idempotent. Exits non-zero if a rejected program is now accepted (or its first error is not a
# borrow/lifetime/mutability error), or if an accepted program fails to compile or exits non-zero.
# Needs: rustc, jq.   Usage: ./regenerate.sh   (from anywhere)
set -u
cd "$(dirname "$0")" || exit 2
command -v rustc >/dev/null || { echo "regenerate.sh: rustc not found" >&2; exit 2; }
command -v jq >/dev/null || { echo "regenerate.sh: jq not found" >&2; exit 2; }

# Error codes that count as borrow-check / lifetime / mutability errors, and the type errors of
# operators and conversions on a program's own types (E0277 E0308 E0368 E0369 E0600), and two impls of one
# std trait for one of its types (E0119), a derived `Copy` over a field that is not `Copy` (E0204), and a
# field moved out of a type with a `Drop` impl (E0509).
ALLOWED="- E0599 E0119 E0204 E0509 E0277 E0308 E0368 E0369 E0600 E0603 E0616 E0624 E0451 E0106 E0261 E0392 E0621 E0381 E0382 E0384 E0499 E0502 E0503 E0505 E0506 E0507 E0508 E0515 E0594 E0596 E0597 E0716 E0713 E0373 E0521 E0493 E0310"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

for f in rejected/*.rs; do
  [ -e "$f" ] || continue
  base=${f%.rs}
  name=$(basename "$f")
  json=$( cd rejected && rustc --edition 2024 --error-format=json --emit=metadata \
            -o "$tmp/x.rmeta" "$name" 2>&1 >/dev/null )
  status=$?
  if [ $status -eq 0 ]; then
    echo "FAIL $f: rustc now ACCEPTS this rejected program" >&2
    fail=1; continue
  fi
  first=$(printf '%s\n' "$json" | jq -rc 'select(.level=="error")' 2>/dev/null | head -n1)
  code=$(printf '%s' "$first" | jq -r '.code.code // "NOCODE"')
  # rustc's region errors have no code: "lifetime may not live long enough" is written "-".
  if [ "$code" = NOCODE ] && [ "$(printf '%s' "$first" | jq -r '.message')" = "lifetime may not live long enough" ]; then
    code=-
  fi
  pos=$(printf '%s' "$first" | jq -r --arg f "$name" 'def site: if .file_name == $f then . elif .expansion != null then (.expansion.span | site) else . end; [.spans[] | select(.is_primary)][0] | site | "\(.line_start):\(.column_start)"')
  case " $ALLOWED " in
    *" $code "*) ;;
    *) echo "FAIL $f: first error is $code, not a borrow/lifetime/mutability error" >&2
       fail=1; continue ;;
  esac
  printf '%s %s\n' "$code" "$pos" > "$base.expected"
  ( cd rejected && rustc --edition 2024 --emit=metadata -o "$tmp/x.rmeta" "$name" 2>&1 ) \
    | grep -v -E '^error: aborting due to|^For more information about this error|^Some errors have detailed explanations|^For more information about an error' \
    | sed -e :a -e '/^\n*$/{$d;N;ba' -e '}' > "$base.stderr"
done

for f in accepted/*.rs; do
  [ -e "$f" ] || continue
  base=${f%.rs}
  name=$(basename "$f")
  if ! out=$( cd accepted && rustc --edition 2024 -o "$tmp/prog" "$name" 2>&1 ); then
    echo "FAIL $f: rustc now REJECTS this accepted program:" >&2
    printf '%s\n' "$out" | head -n 20 >&2
    fail=1; continue
  fi
  if printf '%s' "$out" | grep -q '^warning'; then
    echo "note $f: compiles with warnings" >&2
  fi
  if ! "$tmp/prog" > "$tmp/stdout"; then
    echo "FAIL $f: program exited non-zero" >&2
    fail=1; continue
  fi
  cp "$tmp/stdout" "$base.stdout"
  rm -f "$tmp/prog"
done

if [ $fail -ne 0 ]; then
  echo "regenerate.sh: FAILED (see messages above)" >&2
  exit 1
fi
echo "regenerate.sh: ok ($(ls rejected/*.rs 2>/dev/null | wc -l) rejected, $(ls accepted/*.rs 2>/dev/null | wc -l) accepted)"
