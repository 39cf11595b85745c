package org.meridian.admin;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import jakarta.faces.render.RenderKit;
import jakarta.faces.render.RenderKitFactory;
import jakarta.faces.render.RenderKitWrapper;
import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes hidden fields without {@code autocomplete}. Mojarra 4.1 puts {@code
 * autocomplete="one-time-code"} (or {@code "off"}, which the Nu HTML checker refuses) on the view
 * state's hidden field whatever {@code com.sun.faces.autoCompleteOffOnViewState} says; browsers
 * never fill hidden fields for people, and a one-time-code hint on the view state would invite a
 * browser to put a code there. A render kit factory (faces-config.xml) so that every writer Faces
 * makes, the clones that write the view state at the end of a page included, leaves it out.
 */
public class HiddenFieldsWithoutAutocomplete extends RenderKitFactory {

  private final Map<String, RenderKit> kits = new ConcurrentHashMap<>();

  public HiddenFieldsWithoutAutocomplete(RenderKitFactory wrapped) {
    super(wrapped);
  }

  @Override
  public RenderKit getRenderKit(FacesContext context, String renderKitId) {
    RenderKit kit = getWrapped().getRenderKit(context, renderKitId);
    return kit == null ? null : kits.computeIfAbsent(renderKitId, id -> new Kit(kit));
  }

  @Override
  public void addRenderKit(String renderKitId, RenderKit renderKit) {
    kits.remove(renderKitId);
    getWrapped().addRenderKit(renderKitId, renderKit);
  }

  @Override
  public Iterator<String> getRenderKitIds() {
    return getWrapped().getRenderKitIds();
  }

  private static final class Kit extends RenderKitWrapper {

    Kit(RenderKit wrapped) {
      super(wrapped);
    }

    @Override
    public ResponseWriter createResponseWriter(
        Writer writer, String contentTypeList, String characterEncoding) {
      return new Fields(super.createResponseWriter(writer, contentTypeList, characterEncoding));
    }
  }

  private static final class Fields extends ResponseWriterWrapper {

    private String element;
    private boolean hidden;

    Fields(ResponseWriter wrapped) {
      super(wrapped);
    }

    @Override
    public void startElement(String name, UIComponent component) throws IOException {
      element = name;
      hidden = false;
      super.startElement(name, component);
    }

    @Override
    public void writeAttribute(String name, Object value, String property) throws IOException {
      if ("input".equalsIgnoreCase(element) && "type".equals(name)) {
        hidden = "hidden".equals(String.valueOf(value));
      }
      if (hidden && "autocomplete".equals(name)) {
        return;
      }
      super.writeAttribute(name, value, property);
    }

    @Override
    public ResponseWriter cloneWithWriter(Writer writer) {
      return new Fields(super.cloneWithWriter(writer));
    }
  }
}
