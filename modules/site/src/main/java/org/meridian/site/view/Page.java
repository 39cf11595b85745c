package org.meridian.site.view;

/**
 * A page's view: every page kind's record has the frame it is shown in, whose theme variant may
 * draw it with a template of its own ({@link Templates#render(String, Object)}).
 */
public interface Page {

  Chrome chrome();
}
