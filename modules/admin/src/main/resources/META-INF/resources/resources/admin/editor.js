// Warns before leaving the content editor with unsaved changes. Saving (submitting) is not leaving.
// Keeps a copy of what is typed in this tab's sessionStorage (form[data-draft-key]): when a save
// comes back after an expired view (the page is opened with ?expired=…, see ExpiredViewRecovery)
// or straight from signing in again after the session ended during a save, the copy is put back
// into the form; any other opening of the editor shows what the server has and forgets the copy.
(function () {
  "use strict";
  var dirty = false;
  var DRAFT_HOURS = 24;

  function draftKey(form) {
    var key = form.getAttribute("data-draft-key");
    return key ? "meridian.draft." + key : null;
  }

  function richText(form) {
    return form.querySelector(".ql-editor");
  }

  // The fields a person types or chooses in: not the view state, files or buttons.
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      return field.name && field.name.indexOf("jakarta.faces.") !== 0 &&
        ["file", "hidden", "submit", "button", "reset"].indexOf(field.type) < 0;
    });
  }

  function saveDraft(form, submitted) {
    var key = draftKey(form);
    if (!key || !window.sessionStorage) {
      return;
    }
    var values = {};
    fields(form).forEach(function (field) {
      values[field.name] = field.type === "checkbox" ? field.checked : field.value;
    });
    var area = richText(form);
    try {
      window.sessionStorage.setItem(key, JSON.stringify({
        at: Date.now(), submitted: !!submitted, values: values, body: area ? area.innerHTML : null
      }));
    } catch (full) {
      // No room: the server keeps what was last saved.
    }
  }

  function storedDraft(form) {
    var key = draftKey(form);
    var text = key && window.sessionStorage ? window.sessionStorage.getItem(key) : null;
    var draft = text ? JSON.parse(text) : null;
    return draft && Date.now() - draft.at < DRAFT_HOURS * 3600 * 1000 ? draft : null;
  }

  // Opened again after a post that did not go through: an expired view, or a sign-in that the
  // ended session asked for in the middle of a save (the browser comes straight from the sign-in).
  function cameBackFromAFailedPost(form) {
    if (new URLSearchParams(window.location.search).has("expired")) {
      return true;
    }
    var draft = storedDraft(form);
    return !!(draft && draft.submitted && /\/admin\/login\.xhtml/.test(document.referrer));
  }

  function restoreDraft(form) {
    var draft = storedDraft(form);
    if (!draft) {
      return false;
    }
    fields(form).forEach(function (field) {
      if (Object.prototype.hasOwnProperty.call(draft.values, field.name)) {
        if (field.type === "checkbox") {
          field.checked = !!draft.values[field.name];
        } else {
          field.value = draft.values[field.name];
        }
      }
    });
    if (draft.body !== null) {
      putBackRichText(form, draft.body, 0);
    }
    return true;
  }

  // The rich-text editor is made after the page loads: wait for it, then set its text through it
  // so that its hidden field follows.
  function putBackRichText(form, html, tries) {
    var widget = window.PF && window.PF("bodyEditor");
    if (widget && widget.editor) {
      widget.editor.clipboard.dangerouslyPasteHTML(html);
    } else if (tries < 50) {
      window.setTimeout(function () { putBackRichText(form, html, tries + 1); }, 100);
    }
  }

  function announceRestored(form) {
    var notice = document.createElement("p");
    notice.id = "draft-restored";
    notice.className = "notice";
    notice.setAttribute("role", "status");
    notice.textContent = "What you had typed was put back from this browser's copy. " +
      "It is not saved yet: check it and save.";
    form.parentNode.insertBefore(notice, form);
  }

  function withoutExpiredMark() {
    var url = new URL(window.location.href);
    url.searchParams.delete("expired");
    window.history.replaceState(window.history.state, "", url.pathname + url.search + url.hash);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form[data-warn-unsaved]");
    if (!form) {
      return;
    }
    var pending = null;
    var mark = function () {
      dirty = true;
      window.clearTimeout(pending);
      pending = window.setTimeout(function () { saveDraft(form); }, 400);
    };
    if (cameBackFromAFailedPost(form)) {
      if (restoreDraft(form)) {
        dirty = true;
        announceRestored(form);
        // Put back once: the copy now stands for what the form shows, not for a failed post.
        var draft = storedDraft(form);
        draft.submitted = false;
        window.sessionStorage.setItem(draftKey(form), JSON.stringify(draft));
      }
      withoutExpiredMark();
    } else if (window.sessionStorage) {
      // Opened as usual: a post of this tab that did not go through has been left behind.
      Object.keys(window.sessionStorage)
        .filter(function (key) { return key.indexOf("meridian.draft.") === 0; })
        .forEach(function (key) { window.sessionStorage.removeItem(key); });
    }
    form.addEventListener("input", mark);
    form.addEventListener("change", mark);
    // The rich-text editor is not a form field: watch its editable area too.
    document.addEventListener("keyup", function (event) {
      if (event.target && event.target.closest && event.target.closest(".ql-editor")) {
        mark();
      }
    });
    form.addEventListener("submit", function (event) {
      // The rich-text widget copies its text into its form field only once it has lost the focus,
      // which a quick press of Save outruns: copy it now, or what was typed last is not sent.
      var widget = window.PF && window.PF("bodyEditor");
      if (widget && widget.input && widget.getEditorValue && !widget.cfg.readOnly) {
        widget.input.val(widget.getEditorValue());
      }
      dirty = false;
      // The media picker's upload is answered in this page (upload.js): not a post that may be lost.
      var upload = event.submitter && event.submitter.hasAttribute("data-upload-button");
      saveDraft(form, !upload);
    });
    // Enter in a one-line field saves, as before the media picker's upload button came first;
    // but not in the rich-text editor's own boxes (the link's address): Enter there belongs to the
    // editor (it keeps the link), and must never post the whole item.
    form.addEventListener("keydown", function (event) {
      var field = event.target;
      if (event.key === "Enter" && field.closest && field.closest(".ql-tooltip")) {
        event.preventDefault();
        return;
      }
      if (event.key === "Enter" && field.tagName === "INPUT" &&
          ["text", "date", "datetime-local", "email", "search", "url", "number"].indexOf(field.type) >= 0) {
        var save = form.querySelector("[data-default-button]");
        if (save) {
          event.preventDefault();
          save.click();
        }
      }
    });
    // Tab leaves the rich-text area for the next field, Shift+Tab for the toolbar, as in any other
    // field (WCAG 2.1.2, no keyboard trap): the editor would indent or insert a tab character.
    // Caught on the way down, before the editor sees the key; the browser then moves the focus.
    form.addEventListener("keydown", function (event) {
      if (event.key === "Tab" && !event.ctrlKey && !event.altKey && !event.metaKey &&
          event.target && event.target.closest && event.target.closest(".ql-editor")) {
        event.stopPropagation();
      }
    }, true);
    // Name the rich-text area after its label once the editor has made it.
    var tries = 0;
    var label = function () {
      var area = form.querySelector(".ql-editor");
      if (area) {
        area.setAttribute("role", "textbox");
        area.setAttribute("aria-multiline", "true");
        area.setAttribute("aria-labelledby", "body-label");
        // PrimeFaces 15.0.13 (not 15.0.9) also marks the editor's frame (toolbar and area) as a textbox, with no
        // name: the area above is the one text box.
        var frame = area.closest(".ui-texteditor");
        if (frame && frame.getAttribute("role") === "textbox") {
          frame.removeAttribute("role");
        }
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
