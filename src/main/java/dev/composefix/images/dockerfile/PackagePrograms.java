package dev.composefix.images.dockerfile;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The commands an operating-system package provides, for the packages a healthcheck or its probe
 * may need. A package not listed here provides no command the reader knows of: guessing from names
 * would turn {@code libcurl4-openssl-dev} into curl.
 */
public final class PackagePrograms {

  private static final Map<String, List<String>> PROGRAMS =
      Map.ofEntries(
          Map.entry("curl", List.of("curl")),
          Map.entry("wget", List.of("wget")),
          Map.entry("netcat-openbsd", List.of("nc")),
          Map.entry("netcat-traditional", List.of("nc")),
          Map.entry("netcat", List.of("nc")),
          Map.entry("openbsd-netcat", List.of("nc")),
          Map.entry("ncat", List.of("ncat", "nc")),
          Map.entry("nmap-ncat", List.of("ncat", "nc")),
          Map.entry("python3", List.of("python3")),
          Map.entry("python3-minimal", List.of("python3")),
          Map.entry("python-is-python3", List.of("python")),
          Map.entry("python3-pip", List.of("pip3")),
          Map.entry("py3-pip", List.of("pip3")),
          Map.entry("python2", List.of("python2")),
          Map.entry("nodejs", List.of("node")),
          Map.entry("nodejs-current", List.of("node")),
          Map.entry("npm", List.of("npm")),
          Map.entry("procps", List.of("ps", "pgrep", "pkill")),
          Map.entry("procps-ng", List.of("ps", "pgrep", "pkill")),
          Map.entry("bash", List.of("bash")),
          Map.entry("zsh", List.of("zsh")),
          Map.entry("iproute2", List.of("ip", "ss")),
          Map.entry("iproute", List.of("ip", "ss")),
          Map.entry("net-tools", List.of("netstat")),
          Map.entry("iputils-ping", List.of("ping")),
          Map.entry("iputils", List.of("ping")),
          Map.entry("dnsutils", List.of("dig", "nslookup")),
          Map.entry("bind-tools", List.of("dig", "nslookup")),
          Map.entry("bind-utils", List.of("dig", "nslookup")),
          Map.entry("busybox", List.of("busybox")),
          Map.entry("busybox-extras", List.of("telnet")),
          Map.entry("telnet", List.of("telnet")),
          Map.entry("socat", List.of("socat")),
          Map.entry("jq", List.of("jq")),
          Map.entry("git", List.of("git")),
          Map.entry("tini", List.of("tini")),
          Map.entry("dumb-init", List.of("dumb-init")),
          Map.entry("gosu", List.of("gosu")),
          Map.entry("su-exec", List.of("su-exec")),
          Map.entry("openssl", List.of("openssl")),
          Map.entry("lsof", List.of("lsof")),
          Map.entry("httpie", List.of("http")),
          Map.entry("grpcurl", List.of("grpcurl")),
          Map.entry("unzip", List.of("unzip")),
          Map.entry("sqlite3", List.of("sqlite3")),
          Map.entry("sqlite", List.of("sqlite3")),
          Map.entry("postgresql-client", List.of("psql", "pg_isready")),
          Map.entry("mysql-client", List.of("mysql", "mysqladmin")),
          Map.entry("default-mysql-client", List.of("mysql", "mysqladmin")),
          Map.entry("mariadb-client", List.of("mysql", "mysqladmin")),
          Map.entry("redis-tools", List.of("redis-cli")),
          Map.entry("redis", List.of("redis-cli", "redis-server")),
          Map.entry("ruby", List.of("ruby")),
          Map.entry("ruby-full", List.of("ruby")),
          Map.entry("supervisor", List.of("supervisord")),
          Map.entry("nginx", List.of("nginx")),
          Map.entry("default-jre", List.of("java")),
          Map.entry("default-jre-headless", List.of("java")));

  private static final Pattern JAVA = Pattern.compile("openjdk-?\\d+(-jre|-jdk)?(-headless)?");

  private static final Pattern POSTGRES_CLIENT = Pattern.compile("postgresql\\d*-client(-\\d+)?");

  /** What pip packages provide on the PATH, for the few a healthcheck may call. */
  private static final Map<String, List<String>> PYTHON_PROGRAMS =
      Map.of(
          "httpie", List.of("http"),
          "gunicorn", List.of("gunicorn"),
          "uvicorn", List.of("uvicorn"),
          "hypercorn", List.of("hypercorn"),
          "supervisor", List.of("supervisord"),
          "uv", List.of("uv"),
          "poetry", List.of("poetry"));

  private PackagePrograms() {}

  public static List<String> ofSystemPackage(String name) {
    List<String> known = PROGRAMS.get(name);
    if (known != null) {
      return known;
    }
    if (JAVA.matcher(name).matches()) {
      return List.of("java");
    }
    if (POSTGRES_CLIENT.matcher(name).matches()) {
      return List.of("psql", "pg_isready");
    }
    return List.of();
  }

  static List<String> ofPythonPackage(String name) {
    return PYTHON_PROGRAMS.getOrDefault(name, List.of());
  }

  /** A global npm package's command: its name without scope, with a few known exceptions. */
  static String ofNpmPackage(String name) {
    return switch (name) {
      case "typescript" -> "tsc";
      case "@nestjs/cli" -> "nest";
      case "@angular/cli" -> "ng";
      default -> name.substring(name.lastIndexOf('/') + 1);
    };
  }

  static String ofGem(String name) {
    return name.equals("bundler") ? "bundle" : name;
  }
}
