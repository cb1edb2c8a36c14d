package dev.composefix.images.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What RUN lines install and remove, and which commands that puts into the image. */
class InstallsTest {

  private static StageFacts stage(String dockerfile) {
    return StageReader.read(dockerfile, Optional.empty(), Map.of()).stage().orElseThrow();
  }

  private static List<String> programs(String run) {
    return stage("FROM debian:12\n" + run + "\n").programNames();
  }

  @Test
  void aptPackagesMapToTheirCommands() {
    assertEquals(
        List.of(
            "bash", "curl", "ip", "nc", "node", "pgrep", "pkill", "ps", "python3", "ss", "wget"),
        programs(
            "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10 wget"
                + " \\\n"
                + "    netcat-openbsd python3 nodejs procps bash iproute2 libcurl4-openssl-dev"
                + " ca-certificates"));
    assertEquals(List.of("nc"), programs("RUN apt install -y netcat-traditional"));
    assertEquals(
        List.of("nc", "ncat"),
        programs("RUN apt-get -o Dpkg::Options::=--force-confold install -y ncat"));
  }

  @Test
  void packagesAreRecordedWithManagerNameAndLine() {
    StageFacts facts = stage("FROM alpine\nRUN apk add --no-cache curl=8.5.0-r0 busybox-extras\n");
    assertEquals(
        List.of(
            new InstalledPackage("apk", "curl", 2),
            new InstalledPackage("apk", "busybox-extras", 2)),
        facts.packages());
    assertEquals(
        List.of(
            new Program("curl", "apk install curl", 2),
            new Program("telnet", "apk install busybox-extras", 2)),
        facts.programs());
  }

  @Test
  void installedThenPurgedLeavesNothing() {
    StageFacts facts =
        stage(
            "FROM debian:12\n"
                + "RUN apt-get update && apt-get install -y curl && curl -fsSL https://x/setup |"
                + " sh\n"
                + "RUN apt-get purge -y --auto-remove curl && rm -rf /var/lib/apt/lists/*\n");
    assertEquals(List.of(), facts.programs());
    assertEquals(List.of(), facts.packages());
    assertEquals(List.of(new InstalledPackage("apt", "curl", 3)), facts.removedPackages());
    assertEquals(List.of(), programs("RUN apt-get install -y wget && apt-get remove -y wget"));
  }

  @Test
  void apkVirtualPackagesAreRemovedTogether() {
    StageFacts facts =
        stage(
            "FROM alpine\n"
                + "RUN apk add --no-cache bash && apk add --no-cache --virtual .build-deps curl gcc"
                + " \\\n"
                + "    && curl -o /tmp/x https://example.com/x && apk del .build-deps\n");
    assertEquals(List.of("bash"), facts.programNames());
    assertEquals(
        List.of(new InstalledPackage("apk", "curl", 2), new InstalledPackage("apk", "gcc", 2)),
        facts.removedPackages());
    assertEquals(
        List.of("nc"), programs("RUN apk add -t tools netcat-openbsd curl && apk del curl"));
  }

  @Test
  void yumDnfAndMicrodnf() {
    assertEquals(List.of("curl"), programs("RUN yum install -y curl && yum clean all"));
    assertEquals(
        List.of("nc", "ncat", "pgrep", "pkill", "ps"),
        programs("RUN dnf install -y --setopt=tsflags=nodocs nmap-ncat procps-ng"));
    assertEquals(
        List.of("wget"), programs("RUN microdnf install -y wget curl && microdnf remove -y curl"));
  }

  @Test
  void pythonPackagesAreNormalizedWithoutVersionsOrExtras() {
    StageFacts facts =
        stage(
            "FROM python:3.12\n"
                + "RUN pip install --no-cache-dir -r requirements.txt \"httpx[http2]>=0.27\""
                + " Requests==2.32.0 -e ./lib\n"
                + "RUN pip3 install --index-url https://pypi.example/simple Flask_Cors"
                + " ./wheel.whl\n"
                + "RUN uv pip install --system gunicorn && python3 -m pip install"
                + " 'uvicorn[standard]'\n"
                + "RUN pip uninstall -y requests\n");
    assertEquals(
        List.of(
            new InstalledPackage("pip", "httpx", 2),
            new InstalledPackage("pip", "flask-cors", 3),
            new InstalledPackage("pip", "gunicorn", 4),
            new InstalledPackage("pip", "uvicorn", 4)),
        facts.packages());
    assertEquals(List.of("gunicorn", "uvicorn"), facts.programNames());
  }

  @Test
  void globalNodePackagesGemsGoAndCargo() {
    assertEquals(
        List.of("nest", "nodemon", "pm2", "serve", "tsc"),
        programs(
            "RUN npm install -g nodemon@3 typescript && yarn global add pm2 && pnpm add -g serve"
                + " @nestjs/cli"));
    assertEquals(List.of(), programs("RUN npm install && npm ci && yarn install"));
    assertEquals(
        List.of("bundle", "foreman"),
        programs("RUN gem install bundler -v 2.5.0 && gem install foreman"));
    assertEquals(
        List.of("grpc-health-probe"),
        programs(
            "RUN go install github.com/grpc-ecosystem/grpc-health-probe@v0.4.24 && go install"
                + " ./..."));
    assertEquals(List.of("cargo-chef"), programs("RUN cargo install --locked cargo-chef@0.1.66"));
  }

  @Test
  void downloadsIntoABinFolderAndTheirRemoval() {
    StageFacts facts =
        stage(
            "FROM debian:12\n"
                + "RUN curl -fsSL --retry 3 https://x/sfw -o /usr/local/bin/sfw && chmod +x"
                + " /usr/local/bin/sfw\n"
                + "RUN wget -qO /usr/bin/yq https://x/yq && curl -fsSLo /usr/local/bin/hc"
                + " https://x/hc\n"
                + "RUN curl -o /tmp/not-a-program https://x/y && wget --output-document=/bin/jq"
                + " https://x/jq\n"
                + "RUN rm -f /usr/local/bin/hc\n");
    assertEquals(
        List.of(
            new Program("sfw", "downloaded to /usr/local/bin/sfw", 2),
            new Program("yq", "downloaded to /usr/bin/yq", 3),
            new Program("jq", "downloaded to /bin/jq", 4)),
        facts.programs());
  }

  @Test
  void shellStringsCaseStatementsAndSubstitutionsAreReadThrough() {
    assertEquals(
        List.of("curl", "node"),
        programs(
            "RUN bash -c \"set -o pipefail && apt-get update && apt-get install -y"
                + " --no-install-recommends nodejs curl\""));
    assertEquals(
        List.of("sfw"),
        programs(
            "RUN set -eux; case \"${TARGETARCH:-amd64}\" in amd64) A=x86_64 ;; *) exit 1 ;; esac;"
                + " \\\n"
                + "    curl -fsSL https://x/sfw-$A -o /usr/local/bin/sfw"));
    assertEquals(List.of("jq"), programs("RUN echo $(apt-get install -y jq) && (cd /tmp && true)"));
    assertEquals(List.of("wget"), programs("RUN [\"apt-get\", \"install\", \"-y\", \"wget\"]"));
    assertEquals(List.of(), programs("RUN echo $(apt-get install -y jq) && apt-get purge -y jq"));
    assertEquals(
        List.of("curl"), programs("RUN [\"/bin/sh\", \"-c\", \"apt-get install -y curl\"]"));
    // Options before or around -c, as bash and dash take them; a shell running a script file
    // runs that file, not its arguments.
    assertEquals(
        List.of("curl"),
        programs("RUN [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\", \"apt-get install -y curl\"]"));
    assertEquals(List.of("curl"), programs("RUN bash -ce \"apt-get install -y curl\""));
    assertEquals(List.of("curl"), programs("RUN ksh -c \"apt-get install -y curl\""));
    assertEquals(List.of(), programs("RUN sh ./setup.sh -c \"apt-get install -y curl\""));
    assertEquals(List.of("curl"), programs("RUN <<EOF\nset -e\napt-get install -y curl\nEOF"));
    assertEquals(
        List.of(), programs("RUN python3 <<EOF\nimport os  # apt-get install -y curl\nEOF"));
    assertEquals(List.of(), programs("RUN echo 'apt-get install -y curl' > /notes.txt"));
  }

  @Test
  void variablesInPackageNamesAreSubstitutedOrLeftOut() {
    assertEquals(
        List.of("curl", "wget"),
        programs("ARG TOOLS=\"curl wget\"\nRUN apt-get install -y $TOOLS"));
    assertEquals(List.of("curl"), programs("RUN apt-get install -y curl $EXTRA_PACKAGES"));
  }

  @Test
  void copiedBinariesFromStagesAndImages() {
    StageFacts facts =
        stage(
            "FROM composer:2 AS composer\n"
                + "FROM php:8.3-apache\n"
                + "COPY --from=composer /usr/bin/composer /usr/bin/composer\n"
                + "COPY --from=ghcr.io/grpc-ecosystem/grpc-health-probe:v0.4"
                + " /ko-app/grpc-health-probe /bin/\n"
                + "COPY --from=composer /usr/share/doc/readme /tmp/\n"
                + "COPY --from=composer /go/bin /go/bin/\n"
                + "COPY --from=composer /out/*.so /usr/local/bin/\n");
    assertEquals(
        List.of(
            new Program("composer", "COPY --from=composer /usr/bin/composer", 3),
            new Program(
                "grpc-health-probe",
                "COPY --from=ghcr.io/grpc-ecosystem/grpc-health-probe:v0.4"
                    + " /ko-app/grpc-health-probe",
                4)),
        facts.programs());
  }

  @Test
  void deeplyNestedCommandSubstitutionsStayBounded() {
    String nested = "$(echo ".repeat(5_000) + "x" + ")".repeat(5_000);
    StageFacts facts =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> stage("FROM alpine\nRUN apk add curl " + nested + " && echo done\n"));
    assertEquals(List.of("curl"), facts.programNames());
  }
}
