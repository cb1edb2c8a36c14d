#!/bin/sh
# compose-fix launcher for the release bundle (mvn -B package -Pdist, and the .deb): runs the jar
# on the jlink runtime beside it, so no Java needs to be installed. Layout, relative to this script:
#   ../../compose-fix-@VERSION@.jar   the runnable jar
#   ../../runtime/@PLATFORM@/           the jlink runtime, with its JVM options and AOT cache in lib/
set -eu

# Follow symlinks to this script (a PATH install and /usr/bin/compose-fix link to it), then find
# the bundle's root.
self=$0
while [ -L "$self" ]; do
  link=$(readlink "$self")
  case $link in
    /*) self=$link ;;
    *)
      case $self in
        */*) self=${self%/*}/$link ;;
        *) self=./$link ;;
      esac
      ;;
  esac
done
case $self in
  */*) bin=${self%/*} ;;
  *) bin=. ;;
esac
root=$(cd -P "${bin:-/}/../.." && pwd)
runtime="$root/runtime/@PLATFORM@"

# The options file holds the JVM flags the AOT cache was trained with (see build-dist.sh). A
# runtime made by a JDK older than 25 has no AOT cache, only its default class-data archive.
if [ -f "$runtime/lib/compose-fix.aot" ]; then
  exec "$runtime/bin/java" "@$runtime/lib/compose-fix.options" "-XX:AOTCache=$runtime/lib/compose-fix.aot" \
    -jar "$root/compose-fix-@VERSION@.jar" "$@"
fi
exec "$runtime/bin/java" "@$runtime/lib/compose-fix.options" -jar "$root/compose-fix-@VERSION@.jar" "$@"
