/*
 * The quality findings under the body (admin/content/edit.xhtml, BodyChecks), each at its place:
 * a finding's "Show" button scrolls the body editor to the element the finding concerns, selects
 * it and marks it for a few seconds, so the editor fixes it where it is (the finding says how).
 * The server names the element by its tag and its position among the body's elements of that tag
 * (data-tag, data-nth); if the editor's copy has moved on since the save, the text of the finding
 * (data-excerpt) finds it instead. A finding about the whole body goes to the editor's start.
 * Without JavaScript the buttons stay hidden and the findings quote the text they concern.
 */
(function () {
  "use strict";

  function quill() {
    var widget = window.PF && window.PF("bodyEditor");
    return widget && widget.editor ? widget.editor : null;
  }

  function words(text) {
    return (text || "").replace(/\s+/g, " ").trim();
  }

  function elementOf(root, finding) {
    var tag = finding.getAttribute("data-tag");
    if (!tag) {
      return null;
    }
    var all = Array.prototype.slice.call(root.querySelectorAll(tag));
    var excerpt = words(finding.getAttribute("data-excerpt")).replace(/…$/, "");
    var nth = parseInt(finding.getAttribute("data-nth"), 10) || 0;
    var byPlace = all[nth];
    if (byPlace && (!excerpt || words(byPlace.textContent).indexOf(excerpt) === 0 || tag === "img")) {
      return byPlace;
    }
    var byText = excerpt
      ? all.filter(function (e) { return words(e.textContent).indexOf(excerpt) === 0; })[0]
      : null;
    return byText || byPlace || null;
  }

  function select(editor, element) {
    var Quill = window.Quill;
    var node = element;
    while (node && node !== editor.root && !(Quill && Quill.find(node))) {
      node = node.parentNode;
    }
    var blot = node && node !== editor.root && Quill ? Quill.find(node) : null;
    editor.focus();
    if (blot) {
      editor.setSelection(editor.getIndex(blot), Math.max(1, blot.length()), "user");
    }
  }

  function mark(element) {
    element.classList.add("finding-spot");
    window.setTimeout(function () {
      element.classList.remove("finding-spot");
    }, 4000);
  }

  function show(finding) {
    var editor = quill();
    if (!editor) {
      return;
    }
    var element = elementOf(editor.root, finding);
    if (!element) {
      editor.focus();
      editor.setSelection(0, 0, "user");
      editor.root.scrollIntoView({ block: "start" });
      return;
    }
    element.scrollIntoView({ block: "center" });
    select(editor, element);
    mark(element);
  }

  document.querySelectorAll("[data-show-finding]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      show(button.closest(".finding"));
    });
  });
})();
