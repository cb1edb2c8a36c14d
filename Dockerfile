# compose-fix as a container image: the .deb's bundle (the jar and its jlink runtime with the AOT
# cache trained in) on a distroless base, with no JDK, no shell and no package manager.
#
# Build it from the release artifacts, after mvn -B package -Pdist (one per platform; the release
# workflow builds both):
#   docker buildx build --platform linux/amd64,linux/arm64 -t compose-fix .
# Run it on the current folder, as your own user so that --write keeps the files yours:
#   docker run --rm -u "$(id -u):$(id -g)" -v "$PWD:/src" compose-fix --check .

# Unpacks the .deb for the target architecture (Docker's and Debian's names agree: amd64, arm64)
# and prepares what the entrypoint needs, which takes a shell to find:
# - image.args, the launcher's java command line as a java @argfile (the JVM options file's
#   words, the AOT cache, -jar and the jar), with the paths as installed;
# - java, a link to the runtime's java under a fixed name (the runtime's folder is named after
#   the platform); the JVM finds its home through the link.
FROM debian:12-slim AS unpack
ARG TARGETARCH
COPY target/dist/deb/ /deb/
RUN set -eu; \
    dpkg-deb -x /deb/compose-fix_*_"${TARGETARCH}".deb /unpacked; \
    bundle=/unpacked/usr/lib/compose-fix; \
    runtime=$(echo "$bundle"/runtime/*); \
    jar=$(echo "$bundle"/compose-fix-*.jar); \
    { cat "$runtime/lib/compose-fix.options"; \
      echo "-XX:AOTCache=${runtime#/unpacked}/lib/compose-fix.aot"; \
      echo "-jar ${jar#/unpacked}"; } >"$bundle/image.args"; \
    ln -s "${runtime#/unpacked}/bin/java" "$bundle/java"

# glibc and nothing else that the runtime does not bring itself (its own zlib included).
FROM gcr.io/distroless/base-nossl-debian12
COPY --from=unpack /unpacked/usr/lib/compose-fix /usr/lib/compose-fix
WORKDIR /src
ENTRYPOINT ["/usr/lib/compose-fix/java", "@/usr/lib/compose-fix/image.args"]
CMD ["--check", "."]
