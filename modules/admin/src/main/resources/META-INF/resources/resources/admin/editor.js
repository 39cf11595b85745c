// Warns before leaving the content editor with unsaved changes. Saving (submitting) is not leaving.
(function () {
  "use strict";
  var dirty = false;
  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-warn-unsaved]");
    if (!form) {
      return;
    }
    var mark = function () { dirty = true; };
    form.addEventListener("input", mark);
    form.addEventListener("change", mark);
    // The rich-text editor is not a form field: watch its editable area too.
    document.addEventListener("keyup", function (event) {
      if (event.target && event.target.closest && event.target.closest(".ql-editor")) {
        dirty = true;
      }
    });
    form.addEventListener("submit", function () { dirty = false; });
    // Name the rich-text area after its label once the editor has made it.
    var tries = 0;
    var label = function () {
      var area = form.querySelector(".ql-editor");
      if (area) {
        area.setAttribute("role", "textbox");
        area.setAttribute("aria-multiline", "true");
        area.setAttribute("aria-labelledby", "body-label");
      } else if (tries++ < 50) {
        window.setTimeout(label, 100);
      }
    };
    label();
    window.addEventListener("beforeunload", function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  });
})();
