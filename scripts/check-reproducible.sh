#!/usr/bin/env bash
# Checks that the published jars are reproducible: builds reform-core and reform-json twice from
# clean (mvn clean package) and compares the jars, sources jars and javadoc jars byte for byte.
# Extra arguments go to Maven, e.g.  scripts/check-reproducible.sh -o -Dmaven.repo.local=/path
# It cleans the two modules' target/ directories. Exit status 0 when every pair is identical.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
modules=(reform-core reform-json)

build() {
  mvn -B -q "$@" -pl reform-core,reform-json -am clean package -DskipTests -Djacoco.skip=true
}

for round in 1 2; do
  echo "build $round..."
  build "$@"
  mkdir -p "$work/$round"
  for m in "${modules[@]}"; do
    cp "$m"/target/"$m"-*.jar "$work/$round/"
  done
  # the second build starts later: a timestamp taken from the clock would now differ
  [ "$round" = 1 ] && sleep 2
done

status=0
for jar in "$work"/1/*.jar; do
  name="$(basename "$jar")"
  if cmp -s "$jar" "$work/2/$name"; then
    echo "identical  $(sha256sum "$jar" | cut -c1-16)  $name"
  else
    echo "DIFFERENT  $name"
    status=1
  fi
done
count=$(ls "$work"/1/*.jar | wc -l)
if [ "$count" -ne 6 ]; then
  echo "expected 6 jars (jar, sources, javadoc of each module), found $count" >&2
  status=1
fi
exit $status
