/*
 * The console's own behaviour that used to sit in inline handlers, which its Content-Security-Policy
 * does not run (docs/security.md, "Headers"):
 * - a button with data-confirm="question" asks the question before its form is sent; cancelling
 *   sends nothing (the listener runs first, in the capture phase, before any other handler).
 */
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('[data-confirm]') : null;
    if (!button) {
      return;
    }
    var question = button.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
})();
