package org.meridian.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

/**
 * Completes the OpenAPI document Payara builds from the annotations ({@code mp.openapi.filter}):
 * adds the schemas of the answers, which the resources name by {@code @Schema(ref = …)} because
 * they answer with a {@code Response} (for their headers); drops the default values Payara copies
 * from annotations ({@code maxProperties: 0} would refuse every object); and gives a request body
 * declared for any media type to each media type the operation reads. The error answers operations
 * share are added by rule ({@link SharedResponses}).
 */
public class ApiDocumentFilter implements OASFilter {

  /** The records the API answers with, by name in {@code #/components/schemas}. */
  static final List<Class<? extends Record>> ANSWERS =
      List.of(
          IndexResource.IndexJson.class,
          OfficeJson.class,
          org.meridian.content.taxonomy.ThemeLabel.class,
          OfficeContentPage.class,
          ContentJson.class,
          SearchResultsJson.class,
          OfficeItemsPage.class,
          ItemJson.class,
          ItemStepJson.class,
          ConflictJson.class,
          ApiError.class,
          org.meridian.content.syndication.ShareProgress.class,
          org.meridian.content.syndication.CopyView.class,
          ItemStepBody.class,
          ItemClassificationBody.class,
          org.meridian.workflow.schedule.ScheduleSummary.class,
          ScheduleBody.class,
          TranslationSetJson.class,
          TranslationLinkBody.class,
          org.meridian.content.TrashedItem.class,
          MediaJson.class,
          MediaUpload.class);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    RecordSchemas schemas = new RecordSchemas();
    ANSWERS.forEach(schemas::add);
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    schemas.named().forEach((name, schema) -> openAPI.getComponents().addSchema(name, schema));
    SharedResponses.describe(openAPI.getComponents());
    if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
      openAPI.getPaths().getPathItems().forEach(SharedResponses::addTo);
    }
  }

  /** The operations that answer a JSON array of what their annotation's reference names. */
  static final java.util.Set<String> ARRAYS =
      java.util.Set.of("listOffices", "listThemes", "listCopies", "listSchedules", "listTrash");

  @Override
  public org.eclipse.microprofile.openapi.models.Operation filterOperation(
      org.eclipse.microprofile.openapi.models.Operation operation) {
    if (ARRAYS.contains(operation.getOperationId())
        && operation.getResponses() != null
        && operation.getResponses().getAPIResponse("200") != null
        && operation.getResponses().getAPIResponse("200").getContent() != null) {
      operation
          .getResponses()
          .getAPIResponse("200")
          .getContent()
          .getMediaTypes()
          .values()
          .forEach(
              media -> {
                Schema item = media.getSchema();
                if (item != null && item.getRef() != null) {
                  media.setSchema(
                      OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(item));
                }
              });
    }
    return operation;
  }

  @Override
  public Schema filterSchema(Schema schema) {
    if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(schema.getMinContains())) {
      schema.setMinContains(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    if (schema.getExamples() != null && schema.getExamples().equals(List.of(""))) {
      schema.setExamples(null);
    }
    if (schema.getRef() != null) {
      String ref = schema.getRef();
      if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY)) {
        // @Schema(type = ARRAY, ref = …): an array of what the reference names.
        schema.setRef(null);
        schema.setType(List.of(Schema.SchemaType.ARRAY));
        schema.setItems(OASFactory.createSchema().ref(ref));
      } else {
        // A reference stands alone: what Payara adds beside it would apply too (OpenAPI 3.1).
        schema.setType(null);
        schema.setRef(ref);
      }
    }
    return schema;
  }

  @Override
  public RequestBody filterRequestBody(RequestBody body) {
    Content content = body.getContent();
    if (content == null || content.getMediaTypes() == null) {
      return body;
    }
    MediaType any = content.getMediaTypes().get("*/*");
    if (any != null && content.getMediaTypes().size() > 1) {
      for (Map.Entry<String, MediaType> entry : Map.copyOf(content.getMediaTypes()).entrySet()) {
        if (!entry.getKey().equals("*/*")) {
          entry.getValue().setSchema(any.getSchema());
        }
      }
      content.removeMediaType("*/*");
    }
    return body;
  }
}
