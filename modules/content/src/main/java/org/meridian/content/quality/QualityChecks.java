package org.meridian.content.quality;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Runs every check over a sanitised body: the one list the workflow's gate and Site health share.
 */
public final class QualityChecks {

  /** The checks, in the order their findings are listed. */
  public static final List<BodyCheck> ALL =
      List.of(
          new ImageAltCheck(),
          new EmptyLinkCheck(),
          new VagueLinkTextCheck(),
          new InternalLinkCheck(),
          new HeadingOrderCheck(),
          new TableHeaderCheck(),
          new AllCapsCheck(),
          new LongBodyHeadingsCheck());

  private QualityChecks() {}

  /** The body parsed as a fragment, as the checks read it. */
  public static Document parse(String body) {
    return Jsoup.parseBodyFragment(body == null ? "" : body);
  }

  /** What every check finds in {@code body}. */
  public static List<Finding> check(String body, BodyContext context) {
    Document document = parse(body);
    List<Finding> found = new ArrayList<>();
    for (BodyCheck check : ALL) {
      found.addAll(check.check(document, context));
    }
    return List.copyOf(found);
  }
}
