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
    window.addEventListener("beforeunload", function (event) {
      if (dirty) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  });
})();
