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

  private static final String[] DOCUMENT_ROOTS = {
    "/var/www/html/", "/usr/share/nginx/html/", "/app/public/", "/var/www/public/"
  };

  private PhpRoutes() {}

  static void scan(ScannedFile file) {
    // Annotations sit in doc comments, which the code text blanks out: read them from the text.
    Matcher annotation = Syntax.ANNOTATION.matcher(file.text.text);
    while (annotation.find()) {
      file.route(annotation.group(1), annotation.start(1), "symfony", Optional.empty());
    }
    Matcher attribute = Syntax.ATTRIBUTE.matcher(file.code());
    while (attribute.find()) {
      file.route(attribute.group(2), attribute.start(2), "symfony", Optional.empty());
    }
    Matcher laravel = Syntax.LARAVEL.matcher(file.code());
    while (laravel.find()) {
      String path = "/" + laravel.group(3).replaceAll("^/+", "");
      file.route(
          path,
          laravel.start(3),
          "laravel",
          Optional.of(laravel.group(1)).filter(v -> !v.equals("any")));
    }
    Matcher slim = Syntax.SLIM.matcher(file.code());
    while (slim.find()) {
      file.route(
          slim.group(3),
          slim.start(3),
          "slim",
          Optional.of(slim.group(1)).filter(v -> !v.equals("any")));
    }
    String image = file.file().imagePath();
    for (String root : DOCUMENT_ROOTS) {
      if (image.startsWith(root)
          && Syntax.HEALTH_FILE.pattern.matcher(file.file().fileName()).matches()) {
        file.route("/" + image.substring(root.length()), 0, "php-file", Optional.empty());
      }
    }
  }

  /**
   * What this reader matches: the patterns named php.* in route-syntax.txt, with the clues (see
   * {@link Clues}) of those that search a whole file and start where the regex engine must try
   * every character.
   */
  private enum Syntax {
    ANNOTATION("@Route("),
    ATTRIBUTE("#[Route("),
    LARAVEL("Route::"),
    SLIM("$app->", "$router->", "$group->"),
    HEALTH_FILE;

    final Pattern pattern = RouteSyntax.pattern("php", this);
    final Clues clues;

    Syntax(String... clues) {
      this.clues = Clues.of(clues);
    }

    Matcher matcher(String code) {
      return clues.matcher(pattern, code);
    }
  }
}
