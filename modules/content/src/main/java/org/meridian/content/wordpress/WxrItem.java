package org.meridian.content.wordpress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One {@code <item>} of a WXR file, as read: a post, a page, an attachment or anything else. */
final class WxrItem {
  long id;
  String type = "";
  String status = "";
  String title = "";
  String link = "";
  String slug = "";
  long parent;
  String dateGmt = "";
  String creator = "";
  String content = "";
  String excerpt = "";
  String attachmentUrl = "";
  final List<String> categories = new ArrayList<>();
  final List<String> tags = new ArrayList<>();
  final Map<String, String> meta = new LinkedHashMap<>();
}
