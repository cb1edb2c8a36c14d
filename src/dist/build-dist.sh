#!/bin/sh
# Builds the release artifacts into target/dist; mvn -B package -Pdist runs it after the jar is made.
#
#   src/dist/build-dist.sh JDK PLATFORM VERSION
#
# JDK is the JDK whose jdeps and jlink make the runtime (the dist.jdk property, by default the one
# running Maven); PLATFORM is the npm name of the platform it runs on (dist.platform: linux-x64,
# linux-arm64, darwin-x64, darwin-arm64 or win32-x64); VERSION is the project's version. It
# needs the JDK's jlink (with its jmods, or a JDK 24+ that can link from itself), npm, and on
# Linux dpkg-deb. What it makes, from target/:
#
#   dist/compose-fix-VERSION.jar                  the runnable jar (java -jar, Java 17+)
#   dist/compose-fix-VERSION-sources.jar, -javadoc.jar   for Maven Central
#   dist/runtime/PLATFORM/                        the jlink runtime, its AOT cache trained in
#   dist/compose-fix-PLATFORM/bin/compose-fix     the launcher: the jar on that runtime (not win32)
#   dist/npm/compose-fix-VERSION.tgz              the npm package users install: bin/compose-fix.js
#   dist/npm/compose-fix-PLATFORM-VERSION.tgz     the platform's npm package: runtime and jar
#   dist/deb/compose-fix_DEBVERSION_ARCH.deb      /usr/bin/compose-fix, for Debian and Ubuntu (Linux)
#   dist/SHA256SUMS                               every file above
set -eu

[ "$#" -eq 3 ] || {
  echo "usage: build-dist.sh JDK PLATFORM VERSION" >&2
  exit 2
}
jdk=$1
platform=$2
version=$3
root=$(cd -P "$(dirname "$0")/../.." && pwd)
target="$root/target"
dist="$target/dist"
work="$target/dist-work"
jar_name="compose-fix-$version.jar"
runtime="$dist/runtime/$platform"

fail() {
  echo "build-dist: $*" >&2
  exit 1
}
say() {
  echo "build-dist: $*"
}

case $platform in
  linux-x64) os=linux cpu=x64 deb_arch=amd64 ;;
  linux-arm64) os=linux cpu=arm64 deb_arch=arm64 ;;
  darwin-x64) os=darwin cpu=x64 deb_arch= ;;
  darwin-arm64) os=darwin cpu=arm64 deb_arch= ;;
  win32-x64) os=win32 cpu=x64 deb_arch= ;;
  *) fail "unknown platform '$platform' (linux-x64, linux-arm64, darwin-x64, darwin-arm64, win32-x64)" ;;
esac
exe=
[ "$os" = win32 ] && exe=.exe

# The JDK's feature release, from its release file: 17 for JAVA_VERSION="17.0.15".
feature_of() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null
}
# An older JDK makes a runtime without an AOT cache (below), so a JDK 25 or later installed where
# Debian and Ubuntu put JDKs is taken instead when there is one.
feature=$(feature_of "$jdk")
if [ "${feature:-0}" -lt 25 ]; then
  for other in /usr/lib/jvm/*; do
    if [ -x "$other/bin/jlink" ] && [ "$(feature_of "$other")" -ge 25 ] 2>/dev/null; then
      say "using $other (Java $(feature_of "$other")) for the runtime rather than Java $feature, for its AOT cache"
      jdk=$other
      feature=$(feature_of "$jdk")
      break
    fi
  done
fi
[ -x "$jdk/bin/jlink$exe" ] || fail "no jlink in $jdk/bin; set -Ddist.jdk to a JDK's home"
command -v npm >/dev/null 2>&1 || fail "npm is needed to pack the npm packages"

rm -rf "$dist" "$work"
mkdir -p "$dist/npm" "$work"
cp -p "$target/compose-fix.jar" "$dist/$jar_name"
for extra in sources javadoc; do
  [ -f "$target/compose-fix-$extra.jar" ] && cp -p "$target/compose-fix-$extra.jar" "$dist/compose-fix-$version-$extra.jar"
done

# The modules: what jdeps finds in the jar, less those only Jackson's optional handlers reach.
# jackson-databind declares java.desktop (java.beans), java.sql and java.xml as `requires static`
# and loads its handlers for them only when they are present; java.logging is reached only from
# java-diff-utils' unified-diff parser, which compose-fix does not use. DistIT runs every command
# on this runtime and compares its output with java -jar's.
found=$("$jdk/bin/jdeps$exe" --print-module-deps --ignore-missing-deps --multi-release 17 "$dist/$jar_name")
modules=
for module in $(echo "$found" | tr ',' ' '); do
  case $module in
    java.desktop | java.sql | java.xml | java.logging) ;;
    *) modules=${modules:+$modules,}$module ;;
  esac
done
say "jdeps finds $found; the runtime has $modules"

# Java 25's AOT cache holds the classes a training run loaded, linked, and it is found again when
# the runtime and the jar move together (npm, .deb and the image all put them elsewhere). Java 17's
# dynamic archives fit only the exact path they were made at, so an older JDK gets its default
# class-data archive only.
strip=
if [ "$os" = linux ] && command -v objcopy >/dev/null 2>&1; then
  strip=--strip-native-debug-symbols=exclude-debuginfo-files
fi
cds=
[ "${feature:-0}" -ge 25 ] || cds=--generate-cds-archive
# shellcheck disable=SC2086 # $strip and $cds are one option or none
"$jdk/bin/jlink$exe" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  $strip $cds --output "$runtime"

# The JVM options every launcher passes: bin/jvm.options, the development launcher's, so that
# the two cannot differ, then where the JVM's warnings go. One file, read by java's @argfile, so
# that the launchers, the image and the training run below cannot differ either (an AOT cache is
# used only with the options it was made with).
options="$runtime/lib/compose-fix.options"
if [ "${feature:-0}" -ge 25 ]; then
  log="-Xlog:all=warning,aot*=off,cds*=off:stderr"
else
  log="-Xshare:auto -Xlog:all=warning,cds*=off:stderr"
fi
{ cat "$root/bin/jvm.options" && printf '\n# Warnings on stderr, but none about class data: without it the run is only slower.\n%s\n' "$log"; } >"$options"

if [ "${feature:-0}" -ge 25 ]; then
  # Every rule's fixtures, so that rules the example never wakes are in the cache too; not the
  # opt-in schema rule, whose validator would make it several times larger. The training stack
  # with build contexts brings the code that reads Dockerfiles and sources.
  set -- --dry-run --unsafe-fixes
  for training in "$root"/fixtures/*.yml "$root"/fixtures/*/*.yml "$root"/fixtures/*/*.context/training.yml; do
    case $training in
      */compose-schema/*) ;;
      *) set -- "$@" "$training" ;;
    esac
  done
  aot="$runtime/lib/compose-fix.aot"
  (cd "$root" && "$runtime/bin/java$exe" "@$options" "-XX:AOTCacheOutput=$aot" -jar "$dist/$jar_name" "$@") \
    >"$work/training.log" 2>&1 </dev/null || true
  "$runtime/bin/java$exe" "@$options" "-XX:AOTCache=$aot" -Xlog:class+load=info:stdout -jar "$dist/$jar_name" --version \
    | grep -q 'dev\.composefix\.cli\.Main source: shared objects file' \
    || fail "the AOT cache was not made or is not used (training log: target/dist-work/training.log)"
  say "AOT cache trained: $(wc -c <"$aot" | tr -d ' ') bytes"
else
  say "JDK $feature has no relocatable AOT cache: the runtime has its default class-data archive only (use a JDK 25 as -Ddist.jdk)"
fi

if [ "$os" != win32 ]; then
  mkdir -p "$dist/compose-fix-$platform/bin"
  sed -e "s/@VERSION@/$version/g" -e "s/@PLATFORM@/$platform/g" "$root/src/dist/launcher.sh" \
    >"$dist/compose-fix-$platform/bin/compose-fix"
  chmod 755 "$dist/compose-fix-$platform/bin/compose-fix"
fi

# npm. The platform package holds the runtime and the jar at the same paths relative to each other
# as here, which the AOT cache needs; os and cpu make npm install only the one that fits.
shim_version=$(cd "$root" && node -p "require('./package.json').version")
[ "$shim_version" = "$version" ] || fail "package.json has version $shim_version, the pom $version: make them equal"
package="$work/npm/compose-fix-$platform"
mkdir -p "$package/runtime"
cp -p "$dist/$jar_name" "$package/"
cp -pR "$runtime" "$package/runtime/"
sed -e "s/@VERSION@/$version/g" -e "s/@PLATFORM@/$platform/g" -e "s/@OS@/$os/g" -e "s/@CPU@/$cpu/g" \
  "$root/src/dist/npm/platform-package.json" >"$package/package.json"
sed -e "s/@PLATFORM@/$platform/g" "$root/src/dist/npm/platform-README.md" >"$package/README.md"
cp -p "$root/LICENSE" "$package/"
(cd "$package" && npm pack --silent --pack-destination "$dist/npm" >/dev/null)
(cd "$root" && npm pack --silent --pack-destination "$dist/npm" >/dev/null)

# .deb: the bundle under /usr/lib/compose-fix, /usr/bin/compose-fix a link to its launcher. Debian
# orders 0.1.0~SNAPSHOT before 0.1.0, as Maven does.
if [ -n "$deb_arch" ]; then
  command -v dpkg-deb >/dev/null 2>&1 || fail "dpkg-deb is needed for the .deb (apt-get install dpkg)"
  deb_version=$(echo "$version" | sed 's/-/~/g')
  tree="$work/deb/compose-fix"
  lib="$tree/usr/lib/compose-fix"
  mkdir -p "$lib/runtime" "$tree/usr/bin" "$tree/usr/share/doc/compose-fix" "$tree/DEBIAN" "$dist/deb"
  cp -p "$dist/$jar_name" "$lib/"
  cp -pR "$runtime" "$lib/runtime/"
  cp -pR "$dist/compose-fix-$platform" "$lib/"
  ln -s "../lib/compose-fix/compose-fix-$platform/bin/compose-fix" "$tree/usr/bin/compose-fix"
  cp -p "$root/LICENSE" "$tree/usr/share/doc/compose-fix/copyright"
  size=$(du -sk "$tree/usr" | cut -f1)
  sed -e "s/@VERSION@/$deb_version/g" -e "s/@ARCH@/$deb_arch/g" -e "s/@SIZE@/$size/g" \
    "$root/src/dist/deb/control" >"$tree/DEBIAN/control"
  chmod -R u+rwX,go+rX,go-w "$tree"
  dpkg-deb --root-owner-group --build "$tree" "$dist/deb/compose-fix_${deb_version}_$deb_arch.deb" >/dev/null
fi

# Every file, by its path from target/dist, in a fixed order.
sha256=sha256sum
command -v sha256sum >/dev/null 2>&1 || sha256="shasum -a 256"
# shellcheck disable=SC2086 # $sha256 is a command and its options
(cd "$dist" && find . -type f ! -name SHA256SUMS | LC_ALL=C sort | sed 's|^\./||' | xargs $sha256 >"$work/SHA256SUMS")
mv "$work/SHA256SUMS" "$dist/SHA256SUMS"
say "done: $(cd "$dist" && du -sh . | cut -f1) in target/dist"
