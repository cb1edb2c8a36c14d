package dev.composefix.hygiene;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.stmt.CatchClause;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checks behind {@link SourceHygieneTest}, runnable on any source text so they can be tested.
 */
final class SourceHygiene {

  private static final Set<String> BROAD =
      Set.of(
          "Exception",
          "Throwable",
          "RuntimeException",
          "java.lang.Exception",
          "java.lang.Throwable",
          "java.lang.RuntimeException");

  /**
   * Types that run programs or talk to the network: the tool reads and writes files, nothing else.
   */
  private static final Set<String> FORBIDDEN_TYPES =
      Set.of(
          "ProcessBuilder",
          "Process",
          "Socket",
          "ServerSocket",
          "URL",
          "URLConnection",
          "HttpURLConnection",
          "HttpClient",
          "DatagramSocket",
          "SocketChannel");

  /** Calls that count as telling someone about a caught exception. */
  private static final Set<String> REPORTING =
      Set.of("println", "printf", "print", "report", "error");

  private SourceHygiene() {}

  /** The types that start a program, which the one class that runs {@code docker} may use. */
  private static final Set<String> PROCESS_TYPES = Set.of("ProcessBuilder", "Process");

  /** Problems in one compilation unit; {@code entryPoint} may use System.exit and System.out. */
  static List<String> check(String name, String source, boolean entryPoint) {
    return check(name, source, entryPoint, false);
  }

  /**
   * Problems in one compilation unit; {@code runsDocker} may start a program, the {@code docker}
   * that the image checks ask, and still opens no connection of its own.
   */
  static List<String> check(String name, String source, boolean entryPoint, boolean runsDocker) {
    ParserConfiguration configuration =
        new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
    ParseResult<CompilationUnit> result = new JavaParser(configuration).parse(source);
    List<String> problems = new ArrayList<>();
    if (result.getResult().isEmpty() || !result.isSuccessful()) {
      problems.add(name + ": does not parse: " + result.getProblems());
      return problems;
    }
    CompilationUnit unit = result.getResult().get();
    for (CatchClause clause : unit.findAll(CatchClause.class)) {
      if (catchesBroadly(clause.getParameter().getType()) && !rethrowsOrReports(clause)) {
        problems.add(
            name
                + ":"
                + line(clause)
                + ": catch of "
                + clause.getParameter().getType()
                + " neither rethrows nor reports");
      }
    }
    for (com.github.javaparser.ast.ImportDeclaration declaration : unit.getImports()) {
      String imported = declaration.getNameAsString();
      if (imported.startsWith("java.net")
          || imported.startsWith("javax.net")
          || imported.startsWith("java.net.http")) {
        problems.add(
            name
                + ":"
                + line(declaration)
                + ": imports "
                + imported
                + "; compose-fix never opens a network connection");
      }
    }
    for (com.github.javaparser.ast.type.ClassOrInterfaceType type :
        unit.findAll(com.github.javaparser.ast.type.ClassOrInterfaceType.class)) {
      if (FORBIDDEN_TYPES.contains(type.getNameAsString())
          && !(runsDocker && PROCESS_TYPES.contains(type.getNameAsString()))) {
        problems.add(
            name
                + ":"
                + line(type)
                + ": uses "
                + type.getNameAsString()
                + "; compose-fix never runs a program or opens a connection");
      }
    }
    for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
      if (call.getNameAsString().equals("exec")
          && call.getScope().map(scope -> scope.toString().contains("Runtime")).orElse(false)) {
        problems.add(name + ":" + line(call) + ": Runtime.exec; compose-fix never runs a program");
      }
    }
    if (!entryPoint) {
      for (MethodCallExpr call : unit.findAll(MethodCallExpr.class)) {
        if (call.getNameAsString().equals("exit")
            && call.getScope().map(s -> s.toString().equals("System")).orElse(false)) {
          problems.add(name + ":" + line(call) + ": System.exit outside the CLI entry point");
        }
      }
      for (FieldAccessExpr access : unit.findAll(FieldAccessExpr.class)) {
        if (access.getScope().toString().equals("System")
            && (access.getNameAsString().equals("out") || access.getNameAsString().equals("err"))) {
          problems.add(
              name
                  + ":"
                  + line(access)
                  + ": System."
                  + access.getNameAsString()
                  + " outside the CLI entry point");
        }
      }
    }
    return problems;
  }

  private static boolean catchesBroadly(Type type) {
    if (type.isUnionType()) {
      return type.asUnionType().getElements().stream().anyMatch(SourceHygiene::catchesBroadly);
    }
    return BROAD.contains(type.asString());
  }

  /**
   * Rethrowing, printing, or returning a result built from the exception all pass it on; what is
   * refused is a catch that lets the exception vanish.
   */
  private static boolean rethrowsOrReports(CatchClause clause) {
    if (!clause.getBody().findAll(ThrowStmt.class).isEmpty()) {
      return true;
    }
    if (clause.getBody().findAll(MethodCallExpr.class).stream()
        .anyMatch(call -> REPORTING.contains(call.getNameAsString()))) {
      return true;
    }
    String caught = clause.getParameter().getNameAsString();
    return clause.getBody().findAll(ReturnStmt.class).stream()
        .anyMatch(
            returned ->
                returned.findAll(NameExpr.class).stream()
                    .anyMatch(name -> name.getNameAsString().equals(caught)));
  }

  private static int line(com.github.javaparser.ast.Node node) {
    return node.getBegin().map(position -> position.line).orElse(0);
  }
}
