// Uploads with a drop zone and a progress bar: the media library's upload form and the editor's
// media picker (forms marked data-upload). Without JavaScript they are plain forms with a file
// field and post as they are. With it: a file can be dropped on the zone (the file field still
// works from the keyboard), a file the library will refuse (its type, its size) is named at once
// without sending it, and the upload goes by XMLHttpRequest so that the page can show how much has
// been sent. The server's answer (the same view, with its messages) then replaces the page, as
// after a plain post: the view state and the form's other fields travel with the file, so CSRF
// protection and every check on the server stay as they are.
// Its words come from the console's bundle in the view's language, as the data- attributes of
// #upload-words (WEB-INF/includes/upload-words.xhtml); the English here is used only where a page
// lacks them.
(function () {
  "use strict";
  var IMAGES = ["jpg", "jpeg", "png", "gif", "webp"];
  var DOCUMENTS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx"];

  // The text named data-NAME on #upload-words (else the English given), {0}, {1}… filled in.
  function words(name, english) {
    var values = Array.prototype.slice.call(arguments, 2);
    var holder = document.getElementById("upload-words");
    var pattern = (holder && holder.getAttribute("data-" + name)) || english;
    return pattern.replace(/\{(\d+)\}/g, function (slot, n) {
      var value = values[Number(n)];
      return value === undefined ? slot : String(value);
    });
  }

  function readable(bytes) {
    if (bytes < 1024 * 1024) {
      return words("kb", "{0} KB", Math.max(1, Math.ceil(bytes / 1024)));
    }
    return words("mb", "{0} MB", (bytes / (1024 * 1024)).toFixed(1));
  }

  // Why the library will refuse this file, or null. The server checks again, by the content.
  function refusal(input, file) {
    var dot = file.name.lastIndexOf(".");
    var extension = dot < 0 ? "" : file.name.substring(dot + 1).toLowerCase();
    var image = IMAGES.indexOf(extension) >= 0;
    var imagesOnly = input.hasAttribute("data-images-only");
    if (!image && (imagesOnly || DOCUMENTS.indexOf(extension) < 0)) {
      return imagesOnly
        ? words("images-only", "'{0}' cannot be uploaded here: choose a JPEG, PNG, GIF or WebP image.", file.name)
        : words("library-takes", "'{0}' cannot be uploaded here: the library takes {1}.", file.name,
            input.getAttribute("data-accepted") || words("images-and-documents", "images and office documents"));
    }
    var most = Number(input.getAttribute(image ? "data-max-image-bytes" : "data-max-document-bytes"));
    if (most > 0 && file.size > most) {
      return image
        ? words("image-too-big", "'{0}' is {1}; the library takes images of at most {2}.", file.name,
            readable(file.size), readable(most))
        : words("document-too-big", "'{0}' is {1}; the library takes documents of at most {2}.", file.name,
            readable(file.size), readable(most));
    }
    if (file.size === 0) {
      return words("empty", "'{0}' is empty.", file.name);
    }
    return null;
  }

  function enhance(form) {
    var input = form.querySelector("input[type=file]");
    var zone = input && input.closest("[data-drop-zone]");
    if (!input || !zone) {
      return;
    }
    var status = document.createElement("div");
    status.className = "upload-status";
    status.id = input.id + "-status";
    status.setAttribute("role", "status");
    var text = document.createElement("span");
    text.className = "upload-text";
    var progress = document.createElement("progress");
    progress.max = 100;
    progress.value = 0;
    progress.hidden = true;
    progress.setAttribute("aria-label", words("progress", "Upload progress"));
    status.appendChild(text);
    status.appendChild(progress);
    zone.appendChild(status);
    zone.classList.add("drop-ready");

    function say(message, refused) {
      text.textContent = message;
      status.classList.toggle("error", !!refused);
      if (refused) {
        input.setAttribute("aria-invalid", "true");
      } else {
        input.removeAttribute("aria-invalid");
      }
    }

    function check() {
      var file = input.files && input.files[0];
      if (!file) {
        say("", false);
        return true;
      }
      var problem = refusal(input, file);
      say(problem || words("ready", "Ready to upload '{0}' ({1}).", file.name, readable(file.size)), !!problem);
      return !problem;
    }

    input.addEventListener("change", check);
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) {
        event.preventDefault();
        zone.classList.add("drop-over");
      });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () {
        zone.classList.remove("drop-over");
      });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      var files = event.dataTransfer && event.dataTransfer.files;
      if (!files || files.length === 0) {
        return;
      }
      // The field takes one file: keep the first one dropped.
      var one = new DataTransfer();
      one.items.add(files[0]);
      input.files = one.files;
      input.dispatchEvent(new Event("change", { bubbles: true }));
    });

    form.addEventListener("submit", function (event) {
      var button = event.submitter;
      var file = input.files && input.files[0];
      if (!button || !button.hasAttribute("data-upload-button")) {
        // Another button of the form (e.g. the editor's save): do not send a chosen file along.
        if (file) {
          input.value = "";
        }
        return;
      }
      if (!file) {
        return; // the server answers "choose a file" on the field
      }
      event.preventDefault();
      if (!check()) {
        input.focus();
        return;
      }
      send(button, file);
    });

    function send(button, file) {
      var data = new FormData(form);
      data.append(button.name, button.value);
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.addEventListener("progress", function (event) {
        if (event.lengthComputable && event.total > 0) {
          var percent = Math.min(100, Math.round((100 * event.loaded) / event.total));
          progress.value = percent;
          say(words("uploading", "Uploading '{0}': {1}% of {2} sent.", file.name, percent, readable(file.size)), false);
        }
      });
      request.upload.addEventListener("load", function () {
        progress.value = 100;
        say(words("checking", "'{0}' is sent; the library is checking it…", file.name), false);
      });
      request.addEventListener("load", function () {
        var answer = request.responseText || "";
        if (request.status === 413) {
          finish();
          var page = new DOMParser().parseFromString(answer, "text/html");
          var why = page.querySelector("main p");
          say(why ? why.textContent : words("too-large", "The file is too large for the library."), true);
          return;
        }
        if (request.status < 200 || request.status >= 300) {
          finish();
          say(words("failed", "The upload failed (the server answered {0}); nothing was stored. Please try again.",
            request.status), true);
          return;
        }
        var here = window.location.pathname;
        var there = request.responseURL ? new URL(request.responseURL).pathname : here;
        if (there !== here) {
          // Redirected elsewhere, e.g. to sign in again: go there as a plain post would.
          window.location.assign(request.responseURL);
          return;
        }
        form.setAttribute("data-uploaded", "true");
        document.open();
        document.write(answer);
        document.close();
      });
      request.addEventListener("error", function () {
        finish();
        say(words("interrupted", "The upload was interrupted (is the connection down?); nothing was stored. Please try again."), true);
      });
      request.addEventListener("abort", function () {
        finish();
        say(words("stopped", "The upload was stopped; nothing was stored."), true);
      });
      form.setAttribute("aria-busy", "true");
      button.disabled = true;
      progress.value = 0;
      progress.hidden = false;
      say(words("uploading", "Uploading '{0}': {1}% of {2} sent.", file.name, 0, readable(file.size)), false);
      request.send(data);

      function finish() {
        form.removeAttribute("aria-busy");
        button.disabled = false;
        progress.hidden = true;
      }
    }
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-upload]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
