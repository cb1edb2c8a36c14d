package dev.composefix.images;

import java.util.List;

/** A fact of a knowledge-base row that names its own sources, the first of which findings cite. */
interface Sourced {

  List<Source> sources();
}
