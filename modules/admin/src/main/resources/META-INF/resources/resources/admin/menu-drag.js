/*
 * Drag and drop in the menu editor (admin/menus.xhtml), on top of the buttons that stay the
 * keyboard's way. Each entry an administrator may change gets a handle; dragging it (mouse, pen or
 * finger: pointer events, so touch screens work too) moves the entry in the list as it goes:
 * - over the upper part of another entry's line: before it; over the lower part: after it;
 * - over the middle of a top-level entry's line: below it, as its last child (menus have two
 *   levels, so an entry with entries below it, or a drop onto a child, stays at that level).
 * On release the entry's own form is sent to "place" with the new parent and position among its
 * new siblings: the server decides with the same use case as the buttons (MenuEditor), and the
 * page comes back as the server has it. Escape puts the entry back and sends nothing.
 */
(function () {
  'use strict';
  var tree = document.getElementById('tree');
  if (!tree || !window.PointerEvent) {
    return;
  }
  var label = tree.getAttribute('data-drag-label') || 'Drag';

  function entries() {
    return Array.prototype.slice.call(tree.querySelectorAll('li.menu-entry'));
  }

  function childList(li) {
    for (var i = 0; i < li.children.length; i++) {
      if (li.children[i].tagName === 'UL') {
        return li.children[i];
      }
    }
    return null;
  }

  function hasChildren(li) {
    var list = childList(li);
    return !!list && list.querySelector('li.menu-entry') !== null;
  }

  function isTop(li) {
    return li.parentElement === tree;
  }

  /** The entry's own line: from its top to the bottom of its buttons (its children excluded). */
  function line(li) {
    var box = li.getBoundingClientRect();
    var form = li.querySelector(':scope > form');
    var bottom = form ? form.getBoundingClientRect().bottom : box.bottom;
    return { top: box.top, bottom: bottom };
  }

  entries().forEach(function (li) {
    if (!li.querySelector(':scope > form')) {
      return;
    }
    var handle = document.createElement('span');
    handle.className = 'drag-handle';
    handle.setAttribute('aria-hidden', 'true');
    handle.title = label;
    handle.textContent = '\u2630';
    li.insertBefore(handle, li.firstChild);
  });

  var dragged = null;
  var origin = null;
  var moved = false;

  function restore() {
    if (origin) {
      origin.parent.insertBefore(dragged, origin.next);
    }
  }

  function finish(send) {
    var li = dragged;
    dragged.classList.remove('dragging');
    document.body.classList.remove('menu-dragging');
    dragged = null;
    if (!send || !moved) {
      if (!send) {
        dragged = li;
        restore();
        dragged = null;
      }
      return;
    }
    var list = li.parentElement;
    var parentLi = list === tree ? null : list.closest('li.menu-entry');
    var siblings = Array.prototype.filter.call(list.children, function (c) {
      return c.classList.contains('menu-entry') && c !== li;
    });
    var index = 0;
    for (var node = li.previousElementSibling; node; node = node.previousElementSibling) {
      if (siblings.indexOf(node) >= 0) {
        index++;
      }
    }
    var form = li.querySelector(':scope > form');
    var idOf = function (entry) {
      return entry.querySelector(':scope > form input[name=entry]').value;
    };
    form.querySelector('[data-drop-parent]').value = parentLi ? idOf(parentLi) : '';
    form.querySelector('[data-drop-index]').value = String(index);
    var button = form.querySelector('.drop-place');
    if (form.requestSubmit) {
      form.requestSubmit(button);
    } else {
      button.click();
    }
  }

  tree.addEventListener('pointerdown', function (event) {
    var handle = event.target.closest ? event.target.closest('.drag-handle') : null;
    if (!handle || dragged) {
      return;
    }
    event.preventDefault();
    dragged = handle.parentElement;
    origin = { parent: dragged.parentElement, next: dragged.nextSibling };
    moved = false;
    dragged.classList.add('dragging');
    document.body.classList.add('menu-dragging');
  });

  // On the document, not the tree: moving the entry in the list, or the pointer leaving it, must
  // not lose the drag.
  document.addEventListener('pointermove', function (event) {
    if (!dragged) {
      return;
    }
    var y = event.clientY;
    var over = null;
    entries().forEach(function (li) {
      if (li === dragged || dragged.contains(li)) {
        return;
      }
      var box = line(li);
      if (y >= box.top && y <= box.bottom) {
        over = li;
      }
    });
    if (!over) {
      return;
    }
    var box = line(over);
    var part = (y - box.top) / Math.max(1, box.bottom - box.top);
    var mayNest = isTop(over) && !hasChildren(dragged);
    if (mayNest && part > 0.3 && part < 0.7) {
      var list = childList(over);
      if (!list) {
        list = document.createElement('ul');
        over.appendChild(list);
      }
      if (dragged.parentElement !== list || dragged !== list.lastElementChild) {
        list.appendChild(dragged);
        moved = true;
      }
      return;
    }
    if (!isTop(over) && hasChildren(dragged)) {
      // An entry with entries below it stays at the top: place it beside the child's parent.
      over = over.parentElement.closest('li.menu-entry');
      box = line(over);
      part = y < (box.top + box.bottom) / 2 ? 0 : 1;
    }
    var before = part < 0.5 ? over : over.nextSibling;
    if (before !== dragged && dragged.nextSibling !== before) {
      over.parentElement.insertBefore(dragged, before);
      moved = true;
    }
  });

  document.addEventListener('pointerup', function () {
    if (dragged) {
      finish(true);
    }
  });

  document.addEventListener('pointercancel', function () {
    if (dragged) {
      finish(false);
    }
  });

  document.addEventListener('keydown', function (event) {
    if (dragged && event.key === 'Escape') {
      finish(false);
    }
  });
})();
