/*
 * The body's tools beyond the rich-text editor's own buttons (docs/console.md, "The body"):
 * - figures (an image of the media library with alt text or marked decorative, a caption and an
 *   alignment; a video link card) and tables with a header row are blocks of their own in the editor,
 *   kept as written (Quill would otherwise drop what it does not know); clicking a table, or the
 *   Table button just after one, edits it as lines of cells;
 * - a link to an item of the office, chosen by searching titles (/admin/item-links.json), is written
 *   href="meridian:item/42": the server stores it by item and the site writes the item's current
 *   address, so a changed slug never breaks it.
 * Runs in the page's flow before the editor is made (its script is in the head), so that the editor
 * knows these blocks when it reads the saved text.
 */
(function () {
  "use strict";
  var Quill = window.Quill;
  if (!Quill) {
    return;
  }
  var BlockEmbed = Quill.import("blots/block/embed");
  var Link = Quill.import("formats/link");
  if (Link.PROTOCOL_WHITELIST.indexOf("meridian") < 0) {
    Link.PROTOCOL_WHITELIST.push("meridian");
  }

  function element(html, tag) {
    var template = document.createElement("template");
    template.innerHTML = html || "";
    var node = template.content.firstElementChild;
    return node && node.tagName === tag ? node : document.createElement(tag.toLowerCase());
  }

  // A block kept whole: its value is its own markup (sanitised again by the server when saved).
  function wholeBlock(name, tag) {
    var Block = class extends BlockEmbed {
      static create(html) {
        var node = element(html, tag);
        node.setAttribute("contenteditable", "false");
        return node;
      }

      static value(node) {
        var copy = node.cloneNode(true);
        copy.removeAttribute("contenteditable");
        return copy.outerHTML;
      }
    };
    Block.blotName = name;
    Block.tagName = tag;
    Quill.register(Block, true);
    return Block;
  }

  var Figure = wholeBlock("body-figure", "FIGURE");
  var Table = wholeBlock("body-table", "TABLE");

  function editor() {
    var widget = window.PF && window.PF("bodyEditor");
    return widget && widget.editor ? widget : null;
  }

  // Where the person was in the text: the selection, or the one the editor kept when it lost focus.
  var lastRange = null;

  function range(quill) {
    var now = quill.getSelection();
    return now || lastRange || { index: Math.max(quill.getLength() - 1, 0), length: 0 };
  }

  // The editor's hidden field follows changes made through its API; the page (editor.js) is told
  // that the text changed, as if it had been typed.
  function changed() {
    var widget = editor();
    if (widget) {
      widget.editor.root.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  function words(name) {
    var holder = document.getElementById("body-tools");
    return holder ? holder.getAttribute("data-" + name) || "" : "";
  }

  function error(panel, text) {
    var box = panel.querySelector("[data-tool-error]");
    box.textContent = text || "";
  }

  var editedTable = null;

  function open(tool, button) {
    document.querySelectorAll(".body-tool").forEach(function (panel) {
      panel.hidden = panel.id !== "body-tool-" + tool;
    });
    document.querySelectorAll("[data-body-tool]").forEach(function (b) {
      b.setAttribute("aria-expanded", b === button ? "true" : "false");
    });
    var panel = document.getElementById("body-tool-" + tool);
    error(panel, "");
    if (tool === "table") {
      prepareTable(panel);
    }
    var first = panel.querySelector("input, select, textarea");
    if (first) {
      first.focus();
    }
  }

  function close(panel) {
    panel.hidden = true;
    editedTable = null;
    var widget = editor();
    if (widget) {
      widget.editor.focus();
      if (lastRange) {
        widget.editor.setSelection(lastRange.index, 0, "silent");
      }
    }
  }

  function insertBlock(panel, blotName, node) {
    var widget = editor();
    var quill = widget.editor;
    var at = range(quill);
    quill.insertEmbed(at.index, blotName, node.outerHTML, "api");
    quill.setSelection(at.index + 1, 0, "silent");
    lastRange = { index: at.index + 1, length: 0 };
    changed();
    close(panel);
  }

  // An image of the library: alt text required unless decorative; caption and alignment optional.
  function insertImage(panel) {
    var choice = document.getElementById("inline-image");
    var option = choice.options[choice.selectedIndex];
    var alt = document.getElementById("inline-image-alt").value.trim();
    var decorative = document.getElementById("inline-image-decorative").checked;
    if (!option || !option.value) {
      error(panel, words("choose-image"));
      choice.focus();
      return;
    }
    if (!alt && !decorative) {
      error(panel, words("required-alt"));
      document.getElementById("inline-image-alt").focus();
      return;
    }
    var figure = document.createElement("figure");
    figure.setAttribute("data-media", option.value);
    var align = document.getElementById("inline-image-align").value;
    if (align) {
      figure.setAttribute("data-align", align);
    }
    var img = document.createElement("img");
    img.setAttribute("src", option.getAttribute("data-src"));
    img.setAttribute("alt", decorative ? "" : alt);
    figure.appendChild(img);
    var caption = document.getElementById("inline-image-caption").value.trim();
    if (caption) {
      var figcaption = document.createElement("figcaption");
      figcaption.textContent = caption;
      figure.appendChild(figcaption);
    }
    insertBlock(panel, Figure.blotName, figure);
  }

  // A video link card: a link to the video's page around a library image, no player, no script.
  var VIDEO = /^https:\/\/(www\.youtube\.com\/watch\?v=[A-Za-z0-9_-]{1,64}|youtu\.be\/[A-Za-z0-9_-]{1,64}|vimeo\.com\/[0-9]{1,20})$/;

  function insertVideo(panel) {
    var url = document.getElementById("inline-video-url").value.trim();
    var title = document.getElementById("inline-video-title").value.trim();
    var choice = document.getElementById("inline-video-image");
    var option = choice.options[choice.selectedIndex];
    if (!VIDEO.test(url) || !title) {
      error(panel, words("bad-video"));
      document.getElementById("inline-video-url").focus();
      return;
    }
    if (!option || !option.value) {
      error(panel, words("choose-image"));
      choice.focus();
      return;
    }
    var figure = document.createElement("figure");
    figure.setAttribute("data-kind", "video");
    figure.setAttribute("data-media", option.value);
    var link = document.createElement("a");
    link.setAttribute("href", url);
    var img = document.createElement("img");
    img.setAttribute("src", option.getAttribute("data-src"));
    img.setAttribute("alt", words("video-prefix") + title);
    link.appendChild(img);
    figure.appendChild(link);
    var caption = document.createElement("figcaption");
    caption.textContent = title;
    figure.appendChild(caption);
    insertBlock(panel, Figure.blotName, figure);
  }

  // A table as lines of cells separated by "|"; the first line is the header row.
  function prepareTable(panel) {
    var widget = editor();
    var cells = document.getElementById("inline-table-cells");
    editedTable = null;
    if (widget) {
      var at = range(widget.editor);
      var before = widget.editor.getLeaf(Math.max(at.index - 1, 0))[0];
      var here = widget.editor.getLeaf(at.index)[0];
      editedTable = here instanceof Table ? here : before instanceof Table ? before : null;
    }
    cells.value = editedTable ? tableLines(editedTable.domNode) : "";
  }

  function tableLines(table) {
    return Array.prototype.map.call(table.querySelectorAll("tr"), function (row) {
      return Array.prototype.map.call(row.children, function (cell) {
        return cell.textContent.trim();
      }).join(" | ");
    }).join("\n");
  }

  function insertTable(panel) {
    var lines = document.getElementById("inline-table-cells").value.split("\n")
      .map(function (line) { return line.trim(); })
      .filter(function (line) { return line.length > 0; });
    if (lines.length === 0) {
      error(panel, words("no-cells"));
      return;
    }
    var rows = lines.map(function (line) {
      return line.split("|").map(function (cell) { return cell.trim(); });
    });
    var columns = Math.max.apply(null, rows.map(function (row) { return row.length; }));
    var table = document.createElement("table");
    rows.forEach(function (row, r) {
      var section = r === 0 ? "thead" : "tbody";
      var holder = table.querySelector(section) || table.appendChild(document.createElement(section));
      var tr = holder.appendChild(document.createElement("tr"));
      for (var c = 0; c < columns; c++) {
        var cell = document.createElement(r === 0 ? "th" : "td");
        if (r === 0) {
          cell.setAttribute("scope", "col");
        }
        cell.textContent = row[c] || "";
        tr.appendChild(cell);
      }
    });
    if (editedTable) {
      var quill = editor().editor;
      var index = quill.getIndex(editedTable);
      quill.deleteText(index, 1, "api");
      lastRange = { index: index, length: 0 };
    }
    insertBlock(panel, Table.blotName, table);
  }

  // The office's items by title; choosing one links the selected words (or writes its title).
  var searching = null;

  function search(panel) {
    window.clearTimeout(searching);
    searching = window.setTimeout(function () {
      var words_ = document.getElementById("inline-item-search").value.trim();
      window.fetch("/admin/item-links.json?q=" + encodeURIComponent(words_), {
        credentials: "same-origin", headers: { Accept: "application/json" }
      }).then(function (response) {
        return response.ok ? response.json() : [];
      }).then(function (items) {
        showItems(panel, items);
      }).catch(function () {
        showItems(panel, []);
      });
    }, 250);
  }

  function showItems(panel, items) {
    var list = document.getElementById("inline-item-results");
    list.textContent = "";
    if (items.length === 0) {
      var none = document.createElement("li");
      none.textContent = words("no-items");
      list.appendChild(none);
      return;
    }
    items.forEach(function (item) {
      var li = document.createElement("li");
      var choose = document.createElement("button");
      choose.type = "button";
      choose.setAttribute("data-item-href", item.href);
      choose.setAttribute("data-item-title", item.title);
      choose.textContent = item.title;
      li.appendChild(choose);
      var where = document.createElement("span");
      where.className = "hint";
      where.textContent = " /" + item.path + (item.live ? "" : " · " + words("not-live"));
      li.appendChild(where);
      list.appendChild(li);
    });
  }

  function linkItem(panel, button) {
    var quill = editor().editor;
    var at = range(quill);
    var href = button.getAttribute("data-item-href");
    if (at.length > 0) {
      quill.formatText(at.index, at.length, "link", href, "api");
      lastRange = { index: at.index + at.length, length: 0 };
    } else {
      var title = button.getAttribute("data-item-title");
      quill.insertText(at.index, title, "link", href, "api");
      lastRange = { index: at.index + title.length, length: 0 };
    }
    changed();
    close(panel);
  }

  // Autosave on the server: every AUTOSAVE_SECONDS, what is typed (title, summary, body) goes to the
  // person's one slot for the item when it changed since the last time; never a revision.
  var AUTOSAVE_SECONDS = 15;

  function autosave() {
    var form = document.querySelector("form[data-autosave-item]");
    var item = form && form.getAttribute("data-autosave-item");
    var status = document.getElementById("autosave-status");
    if (!item || !status || !window.fetch) {
      return;
    }
    var field = function (name) {
      var input = form.querySelector("[name='" + form.id + ":" + name + "']");
      return input ? input.value : "";
    };
    var now = function () {
      var widget = editor();
      return JSON.stringify({
        item: Number(item),
        basedOn: Number(form.getAttribute("data-autosave-revision")),
        title: field("title"),
        summary: field("summary"),
        body: widget ? widget.getEditorValue() : field("body_input")
      });
    };
    var last = null;
    var tries = 0;
    var start = function () {
      if (!editor()) {
        if (tries++ < 100) {
          window.setTimeout(start, 100);
        }
        return;
      }
      // What the page opened with is what the server has: only changes from it are sent.
      last = now();
      window.setInterval(tick, AUTOSAVE_SECONDS * 1000);
    };
    var tick = function () {
      var text = now();
      if (text === last) {
        return;
      }
      window.fetch("/admin/autosave", {
        method: "POST", credentials: "same-origin",
        headers: { "Content-Type": "application/json" }, body: text
      }).then(function (response) {
        if (response.ok) {
          last = text;
          status.textContent = status.getAttribute("data-words")
            .replace("{0}", new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }));
        }
      }).catch(function () {
        // Offline: the next tick tries again; the browser's own copy (editor.js) still holds it.
      });
    };
    start();
  }

  document.addEventListener("DOMContentLoaded", function () {
    autosave();
    var holder = document.getElementById("body-tools");
    if (!holder) {
      return;
    }
    var tries = 0;
    var watch = function () {
      var widget = editor();
      if (!widget) {
        if (tries++ < 50) {
          window.setTimeout(watch, 100);
        }
        return;
      }
      widget.editor.on("selection-change", function (now) {
        if (now) {
          lastRange = now;
        }
      });
      widget.editor.root.addEventListener("click", function (event) {
        var table = event.target.closest && event.target.closest("table");
        var blot = table && Quill.find(table);
        if (blot instanceof Table) {
          lastRange = { index: widget.editor.getIndex(blot), length: 0 };
          open("table", document.querySelector("[data-body-tool=table]"));
        }
      });
    };
    watch();
    document.querySelectorAll("[data-body-tool]").forEach(function (button) {
      // Keep the text's selection: pressing the button must not take it away first.
      button.addEventListener("mousedown", function (event) {
        event.preventDefault();
      });
      button.addEventListener("click", function () {
        var widget = editor();
        if (widget && widget.editor.getSelection()) {
          lastRange = widget.editor.getSelection();
        }
        open(button.getAttribute("data-body-tool"), button);
      });
    });
    holder.addEventListener("click", function (event) {
      var target = event.target;
      var panel = target.closest(".body-tool");
      if (!panel) {
        return;
      }
      if (target.hasAttribute("data-tool-close")) {
        close(panel);
      } else if (target.getAttribute("data-tool-insert") === "image") {
        insertImage(panel);
      } else if (target.getAttribute("data-tool-insert") === "video") {
        insertVideo(panel);
      } else if (target.getAttribute("data-tool-insert") === "table") {
        insertTable(panel);
      } else if (target.hasAttribute("data-item-href")) {
        linkItem(panel, target);
      }
    });
    // What is typed in the panels is not the item's text: the page's unsaved-changes warning
    // hears of it only when something is put into the body.
    ["input", "change"].forEach(function (type) {
      holder.addEventListener(type, function (event) {
        event.stopPropagation();
      });
    });
    // Enter in a panel's field belongs to the panel, never to the item's Save; Escape closes it.
    holder.addEventListener("keydown", function (event) {
      var panel = event.target.closest(".body-tool");
      if (!panel) {
        return;
      }
      if (event.key === "Escape") {
        event.preventDefault();
        close(panel);
      } else if (event.key === "Enter" && event.target.tagName === "INPUT") {
        event.preventDefault();
        event.stopPropagation();
        var insert = panel.querySelector("[data-tool-insert]");
        if (insert) {
          insert.click();
        }
      }
    });
    document.getElementById("inline-item-search").addEventListener("input", function () {
      search(document.getElementById("body-tool-item-link"));
    });
    document.getElementById("inline-image").addEventListener("change", function () {
      var option = this.options[this.selectedIndex];
      var alt = document.getElementById("inline-image-alt");
      if (option && option.value && !alt.value) {
        alt.value = option.getAttribute("data-alt") || "";
        document.getElementById("inline-image-decorative").checked =
          option.getAttribute("data-decorative") === "true";
      }
    });
  });
})();
