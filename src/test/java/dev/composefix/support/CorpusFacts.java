package dev.composefix.support;

import java.util.Map;

/** What is known about the corpus ahead of any test: its real upstream bugs. */
public final class CorpusFacts {

  /**
   * Files with duplicate mapping keys, which Compose refuses ("mapping key already defined"); the
   * tool reports them as errors and leaves them untouched.
   */
  public static final Map<String, String> REFUSED =
      Map.of(
          "POWERFULMOVES__PMOVES.AI/CATACLYSM_STUDIOS_INC/PMOVES-PROVISIONS/docker-stacks/jellyfin-ai/docker-compose.yml",
          "9:3: duplicate key 'media-stack' (first defined at line 6); remove or rename one of"
              + " them",
          "POWERFULMOVES__PMOVES.AI/pmoves/docs/PMOVES.AI PLANS/Enhanced Media Stack with Advanced"
              + " AudioVideo Analysis/docker-compose-enhanced.yml",
          "66:9: duplicate key 'reservations' (first defined at line 59); remove or rename one of"
              + " them");

  private CorpusFacts() {}
}
