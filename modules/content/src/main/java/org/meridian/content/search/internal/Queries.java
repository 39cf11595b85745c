package org.meridian.content.search.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.SearchQuery.Clause;

/** What the engines make of a {@link SearchQuery}: PostgreSQL's tsquery, words to highlight. */
final class Queries {

  private Queries() {}

  /**
   * The query as {@code to_tsquery} text: alternatives joined by {@code |}, clauses by {@code &},
   * phrases by {@code <->}, prefixes as {@code 'word':*}, negations with {@code !}. Every word is
   * quoted; words hold only letters, digits and marks (see {@link Words}), and a quote would be
   * doubled anyway, so nothing typed is ever read as tsquery syntax. PostgreSQL stems each word
   * with the configuration given to {@code to_tsquery} and drops its stop words.
   */
  static String tsquery(SearchQuery query) {
    List<String> alternatives = new ArrayList<>();
    for (List<Clause> alternative : query.alternatives()) {
      List<String> clauses = new ArrayList<>();
      for (Clause clause : alternative) {
        String words =
            clause.words().stream().map(Queries::quoted).collect(Collectors.joining(" <-> "));
        clauses.add(
            (clause.negated() ? "!" : "") + "(" + words + (clause.prefix() ? ":*" : "") + ")");
      }
      alternatives.add("(" + String.join(" & ", clauses) + ")");
    }
    return String.join(" | ", alternatives);
  }

  private static String quoted(String word) {
    return "'" + word.replace("\\", "").replace("'", "''") + "'";
  }

  /**
   * Which words of a text a snippet marks: those whose stem is the stem of a word asked for (not
   * after a minus), or starts with the stem of a prefix asked for. Takes words lower-cased and
   * folded ({@link Words#key}). Remembers each word's verdict: one predicate serves one search's
   * snippets, on one thread.
   */
  static Predicate<String> highlights(SearchQuery query, UnaryOperator<String> stem) {
    List<Clause> wanted =
        query.alternatives().stream().flatMap(List::stream).filter(c -> !c.negated()).toList();
    Set<String> stems =
        wanted.stream()
            .filter(c -> !c.prefix())
            .flatMap(c -> c.words().stream())
            .map(stem)
            .collect(Collectors.toSet());
    List<String> prefixes =
        wanted.stream().filter(Clause::prefix).map(c -> stem.apply(c.words().get(0))).toList();
    // One search's snippets share their verdicts: the same words recur from hit to hit, and
    // stemming them was most of a snippet's cost (about 60 µs each, ten a page; issue 24).
    Map<String, Boolean> verdicts = new HashMap<>();
    return word ->
        verdicts.computeIfAbsent(
            word,
            w -> {
              String stemmed = stem.apply(w);
              if (stems.contains(stemmed)) {
                return true;
              }
              for (String prefix : prefixes) {
                if (stemmed.startsWith(prefix)) {
                  return true;
                }
              }
              return false;
            });
  }
}
