/*
 * The editor's repeated fields without a round trip (admin/content/edit.xhtml, TypeFieldsForm):
 * - quotations and media contacts: the form carries a few hidden spare rows; "add" shows the next
 *   one and puts the cursor in it. With no spare left, or without this script, "add" is what it is
 *   in the page: it saves, and the editor comes back with a new empty row (nothing typed is lost).
 * - related items: chosen by searching titles with the link picker's search (/admin/item-links.json);
 *   each chosen item is listed by title with a "remove" button, and the ids field the server reads
 *   is kept by the script (hidden, with the no-script list of recent items).
 */
(function () {
  "use strict";

  document.querySelectorAll("[data-add-row]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      var rows = button.closest("[data-rows]");
      var spare = rows && rows.querySelector(".row.spare");
      if (!spare) {
        return;
      }
      event.preventDefault();
      spare.classList.remove("spare");
      var first = spare.querySelector("select, textarea, input");
      if (first) {
        first.focus();
      }
    });
  });

  function idsOf(input) {
    return input.value.split(/[,\s]+/).filter(function (part) {
      return part !== "";
    });
  }

  function removeButton(picker, li, input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "chosen-remove";
    var title = li.querySelector(".chosen-title");
    button.textContent = picker.getAttribute("data-remove-label") || "Remove";
    button.setAttribute("aria-label", button.textContent + ": " + (title ? title.textContent : ""));
    button.addEventListener("click", function () {
      var id = li.getAttribute("data-id");
      input.value = idsOf(input).filter(function (x) {
        return x !== id;
      }).join(", ");
      var list = li.parentElement;
      li.remove();
      var next = list.querySelector(".chosen-remove");
      (next || picker.querySelector("[data-refs-search]")).focus();
    });
    li.appendChild(document.createTextNode(" "));
    li.appendChild(button);
  }

  document.querySelectorAll("[data-item-refs]").forEach(function (picker) {
    var input = picker.querySelector("[data-ids]");
    var search = picker.querySelector(".refs-search");
    var box = picker.querySelector("[data-refs-search]");
    var results = picker.querySelector(".refs-results");
    var chosen = picker.querySelector(".chosen-items");
    if (!input || !search || !box || !results || !chosen || !window.fetch) {
      return;
    }
    picker.querySelector(".refs-ids").hidden = true;
    var noScript = picker.querySelector(".refs-add");
    if (noScript) {
      noScript.hidden = true;
    }
    search.hidden = false;
    chosen.querySelectorAll("li[data-id]").forEach(function (li) {
      removeButton(picker, li, input);
    });

    function choose(item) {
      var id = String(item.id);
      if (idsOf(input).indexOf(id) < 0) {
        input.value = idsOf(input).concat([id]).join(", ");
        var li = document.createElement("li");
        li.setAttribute("data-id", id);
        var title = document.createElement("span");
        title.className = "chosen-title";
        title.textContent = item.title;
        var path = document.createElement("span");
        path.className = "chosen-path";
        path.textContent = "(" + item.path + ")";
        li.appendChild(title);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(path);
        removeButton(picker, li, input);
        chosen.appendChild(li);
      }
      results.textContent = "";
      box.value = "";
      box.focus();
    }

    var timer = null;
    var asked = 0;
    box.addEventListener("input", function () {
      window.clearTimeout(timer);
      var words = box.value.trim();
      if (words.length < 2) {
        results.textContent = "";
        return;
      }
      timer = window.setTimeout(function () {
        var mine = ++asked;
        window
          .fetch("/admin/item-links.json?q=" + encodeURIComponent(words), {
            credentials: "same-origin",
            headers: { Accept: "application/json" },
          })
          .then(function (response) {
            return response.ok ? response.json() : [];
          })
          .then(function (items) {
            if (mine !== asked) {
              return;
            }
            results.textContent = "";
            var own = input.closest("form").getAttribute("data-autosave-item");
            items
              .filter(function (item) {
                return String(item.id) !== own;
              })
              .forEach(function (item) {
                var li = document.createElement("li");
                var button = document.createElement("button");
                button.type = "button";
                button.className = "refs-result";
                button.textContent = item.title + " (" + item.path + ")";
                button.addEventListener("click", function () {
                  choose(item);
                });
                li.appendChild(button);
                results.appendChild(li);
              });
            if (!results.firstChild) {
              var none = document.createElement("li");
              none.textContent = picker.getAttribute("data-none-label") || "";
              results.appendChild(none);
            }
          });
      }, 250);
    });
  });
})();
