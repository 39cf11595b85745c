package org.meridian.site.view;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;

/**
 * Renders the public templates, compiled to Java at build time ({@code jte-maven-plugin}) and
 * loaded from this module's own class loader, so they work the same in a test and inside the WAR.
 * Every value a template writes is escaped for where it lands (element text, attribute, URL) by
 * jte's HTML output; this output also takes out the characters that override the direction of text,
 * so that a title cannot turn the words around it back to front.
 */
public final class Templates {

  /** Where the build puts the compiled templates. */
  public static final String PACKAGE = "org.meridian.site.jte";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

  private Templates() {}

  /**
   * The HTML of template {@code name} (e.g. {@code "home.jte"}) given {@code view}: a page of an
   * office drawn in a theme variant that has its own template by that name ({@code
   * variants/<variant>/home.jte}, compiled with the others) gets that one.
   */
  public static String render(String name, Object view) {
    StringOutput out = new StringOutput(8192);
    ENGINE.render(chosen(name, view), view, new InertOutput(out));
    return out.toString();
  }

  /** The variant's own template for {@code name} when the page's variant has one, else the name. */
  static String chosen(String name, Object view) {
    if (view instanceof Page page && page.chrome().assets().variant() != null) {
      String own = "variants/" + page.chrome().assets().variant() + "/" + name;
      if (OVERRIDES.computeIfAbsent(own, ENGINE::hasTemplate)) {
        return own;
      }
    }
    return name;
  }

  /**
   * Whether each variant template asked for exists, remembered (the set is fixed at build time).
   */
  private static final java.util.Map<String, Boolean> OVERRIDES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The HTML of a template with several parameters, by name. */
  public static String render(String name, java.util.Map<String, Object> params) {
    StringOutput out = new StringOutput(2048);
    ENGINE.render(name, params, new InertOutput(out));
    return out.toString();
  }

  /**
   * Escapes like jte's own HTML output, and drops the bidirectional embedding, override and isolate
   * controls (U+202A–U+202E, U+2066–U+2069) from every value: text keeps its own direction (the
   * page's {@code dir} and the browser's algorithm decide), but cannot reverse what follows.
   */
  static final class InertOutput extends OwaspHtmlTemplateOutput {

    private static final java.util.Set<String> URL_ATTRIBUTES =
        java.util.Set.of("href", "src", "srcset", "action", "formaction", "poster", "cite");

    private boolean inUrl;

    InertOutput(TemplateOutput out) {
      super(out);
    }

    @Override
    public void setContext(String tagName, String attributeName) {
      super.setContext(tagName, attributeName);
      inUrl = attributeName != null && URL_ATTRIBUTES.contains(attributeName);
    }

    /**
     * A value in an address attribute that is not a link a page may have ({@code javascript:} and
     * the like: {@link Links#safe}) becomes {@code #}: escaping alone would not stop it running.
     */
    @Override
    public void writeUserContent(String value) {
      if (inUrl && value != null && Links.safe(value) == null && !value.isBlank()) {
        super.writeUserContent("#");
        return;
      }
      super.writeUserContent(inert(value));
    }
  }

  /** {@code text} without direction controls. */
  public static String inert(String text) {
    if (text == null) {
      return null;
    }
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        StringBuilder out = new StringBuilder(text.length());
        for (int j = 0; j < text.length(); j++) {
          char c = text.charAt(j);
          if (!isControl(c)) {
            out.append(c);
          }
        }
        return out.toString();
      }
    }
    return text;
  }

  private static boolean isControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }
}
