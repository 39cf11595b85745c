/*
 * The media library's focal point, set by a click on the preview (progressive: without this
 * script the "Across" and "Down" numbers of the framing form do the same). The marker shows where
 * the numbers put the point; the form is still saved by its button.
 */
(function () {
  "use strict";

  function clamp(value) {
    return Math.max(0, Math.min(100, Math.round(value)));
  }

  function start() {
    var picker = document.querySelector("[data-focus-picker]");
    var across = document.querySelector("[data-focus-x]");
    var down = document.querySelector("[data-focus-y]");
    if (!picker || !across || !down) {
      return;
    }
    var image = picker.querySelector("img");
    var marker = picker.querySelector(".focus-marker");

    function place() {
      var x = clamp(Number(across.value));
      var y = clamp(Number(down.value));
      marker.style.left = x + "%";
      marker.style.top = y + "%";
      marker.hidden = false;
    }

    picker.classList.add("focus-picker-on");
    image.addEventListener("click", function (event) {
      var box = image.getBoundingClientRect();
      across.value = clamp(((event.clientX - box.left) * 100) / box.width);
      down.value = clamp(((event.clientY - box.top) * 100) / box.height);
      place();
      across.focus();
    });
    across.addEventListener("input", place);
    down.addEventListener("input", place);
    place();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
