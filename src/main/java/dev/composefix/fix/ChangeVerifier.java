package dev.composefix.fix;

import dev.composefix.yaml.Intent;
import dev.composefix.yaml.YComment;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a pass of fixes: the new document must mean exactly the old one plus the intended changes,
 * and must keep every comment in order.
 */
final class ChangeVerifier {

  private ChangeVerifier() {}

  static void verify(YDocument before, List<Intent> intents, YDocument after, String fixers)
      throws FixFailedException {
    Object expected = YamlData.of(before, intents);
    Object actual = YamlData.of(after);
    Optional<String> difference = DataDifference.find(expected, actual);
    if (difference.isPresent()) {
      throw new FixFailedException(
          "a fix by " + fixers + " changed more than it meant to (" + difference.get() + ")");
    }
    if (!texts(before.comments()).equals(texts(after.comments()))) {
      throw new FixFailedException("a fix by " + fixers + " lost or moved a comment");
    }
  }

  private static List<String> texts(List<YComment> comments) {
    List<String> texts = new ArrayList<>(comments.size());
    for (YComment comment : comments) {
      texts.add(comment.text());
    }
    return texts;
  }
}
