package dev.composefix.images.routes;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PHP routes: Symfony's {@code @Route} annotations (which live in doc comments) and {@code
 * #[Route]} attributes, Laravel's {@code Route::get}, Slim's {@code $app->get}, and a health-named
 * {@code .php} file copied under a web server's document root, which serves it by its file name.
 */
final class PhpRoutes {

  private static final Pattern ANNOTATION =
      Pattern.compile("(?m)^[ \\t]*\\*[ \\t]*@Route\\(\\s*(?:path\\s*=\\s*)?\"([^\"\\n]*)\"");

  private static final Pattern ATTRIBUTE =
      Pattern.compile("#\\[Route\\(\\s*(?:path\\s*:\\s*)?(['\"])([^'\"\\n]*)\\1");

  private static final Pattern LARAVEL =
      Pattern.compile("\\bRoute::(get|post|put|patch|delete|any)\\(\\s*(['\"])([^'\"\\n]*)\\2");

  private static final Pattern SLIM =
      Pattern.compile(
          "\\$(?:app|router|group)->(get|post|put|patch|delete|any)\\(\\s*(['\"])(/[^'\"\\n]*)\\2");

  private static final String[] DOCUMENT_ROOTS = {
    "/var/www/html/", "/usr/share/nginx/html/", "/app/public/", "/var/www/public/"
  };

  /** Only a file named for health is one: {@code HealthController.php} is a class, not a page. */
  private static final Pattern HEALTH_FILE =
      Pattern.compile(
          "(?i)_*(?:health|healthz|healthcheck|health[-_]check|ping|status|ready|live|alive|heartbeat)_*\\.php");

  private PhpRoutes() {}

  static void scan(ScannedFile file) {
    // Annotations sit in doc comments, which the code text blanks out: read them from the text.
    Matcher annotation = ANNOTATION.matcher(file.text.text);
    while (annotation.find()) {
      file.route(annotation.group(1), annotation.start(1), "symfony", Optional.empty());
    }
    Matcher attribute = ATTRIBUTE.matcher(file.code());
    while (attribute.find()) {
      file.route(attribute.group(2), attribute.start(2), "symfony", Optional.empty());
    }
    Matcher laravel = LARAVEL.matcher(file.code());
    while (laravel.find()) {
      String path = "/" + laravel.group(3).replaceAll("^/+", "");
      file.route(
          path,
          laravel.start(3),
          "laravel",
          Optional.of(laravel.group(1)).filter(v -> !v.equals("any")));
    }
    Matcher slim = SLIM.matcher(file.code());
    while (slim.find()) {
      file.route(
          slim.group(3),
          slim.start(3),
          "slim",
          Optional.of(slim.group(1)).filter(v -> !v.equals("any")));
    }
    String image = file.file().imagePath();
    for (String root : DOCUMENT_ROOTS) {
      if (image.startsWith(root) && HEALTH_FILE.matcher(file.file().fileName()).matches()) {
        file.route("/" + image.substring(root.length()), 0, "php-file", Optional.empty());
      }
    }
  }
}
