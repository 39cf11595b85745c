package org.meridian.api;

import java.util.List;
import org.meridian.content.quality.Finding;

/**
 * One finding of the quality checks: {@code {"rule": "image_alt", "code": "quality.image_alt",
 * "message": "…", "fix": "…", "text": "the text it concerns"}} (English; {@code code} is stable).
 */
public record FindingJson(String rule, String code, String message, String fix, String text) {

  static List<FindingJson> of(List<Finding> findings) {
    return findings.stream()
        .map(
            f ->
                new FindingJson(
                    f.rule(), f.problem().code(), f.problem().text(), f.fix().text(), f.excerpt()))
        .toList();
  }
}
