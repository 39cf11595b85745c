package org.meridian.workflow.network;

import java.io.Serializable;
import java.util.List;
import org.meridian.content.health.ContentHealthReport;
import org.meridian.tenancy.people.PersonInOffice;
import org.meridian.workflow.review.ReviewTask;

/** One office's health in detail, for its administrators: the row and the cases behind it. */
public record OfficeHealthDetail(
    OfficeHealth row,
    ContentHealthReport content,
    List<ReviewTask> waiting,
    List<PersonInOffice> dormant)
    implements Serializable {

  public OfficeHealthDetail {
    waiting = List.copyOf(waiting);
    dormant = List.copyOf(dormant);
  }
}
