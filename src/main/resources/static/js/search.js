// Clientela: the search box in the header (fragments/search.html), an ARIA combobox.
// htmx fetches the suggestions as the person types; this script opens and closes the list,
// moves through it with the arrows, opens the chosen one with Enter, closes it with Esc, and
// brings the box into focus with "/" from anywhere that is not a field.
(function () {
  var form = document.getElementById('site-search');
  var input = document.getElementById('site-search-q');
  var list = document.getElementById('site-search-list');
  if (!form || !input || !list) {
    return;
  }
  var active = -1;

  function options() {
    return Array.prototype.slice.call(list.querySelectorAll('[role="option"]'));
  }

  function open() {
    if (list.children.length === 0) {
      close();
      return;
    }
    list.classList.add('show');
    input.setAttribute('aria-expanded', 'true');
  }

  function close() {
    list.classList.remove('show');
    input.setAttribute('aria-expanded', 'false');
    choose(-1);
  }

  function choose(index) {
    var all = options();
    all.forEach(function (option, i) {
      var chosen = i === index;
      option.classList.toggle('active', chosen);
      option.setAttribute('aria-selected', chosen ? 'true' : 'false');
    });
    active = index >= 0 && index < all.length ? index : -1;
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', all[active].id);
      all[active].scrollIntoView({block: 'nearest'});
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function editing(target) {
    if (!target || !target.tagName) {
      return false;
    }
    var tag = target.tagName.toLowerCase();
    return tag === 'input' || tag === 'textarea' || tag === 'select' || target.isContentEditable;
  }

  // New suggestions arrived: show them, nothing chosen yet.
  list.addEventListener('htmx:afterSwap', function () {
    active = -1;
    input.removeAttribute('aria-activedescendant');
    if (document.activeElement === input && input.value.trim().length > 0) {
      open();
    } else {
      close();
    }
  });

  input.addEventListener('input', function () {
    if (input.value.trim().length === 0) {
      list.innerHTML = '';
      close();
    }
  });

  input.addEventListener('focus', function () {
    if (input.value.trim().length > 0) {
      open();
    }
  });

  input.addEventListener('keydown', function (event) {
    var all = options();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (all.length === 0) {
        return;
      }
      event.preventDefault();
      open();
      var step = event.key === 'ArrowDown' ? 1 : -1;
      var next = active < 0 ? (step > 0 ? 0 : all.length - 1) : (active + step + all.length) % all.length;
      choose(next);
    } else if (event.key === 'Enter') {
      if (active >= 0 && all[active] && list.classList.contains('show')) {
        event.preventDefault();
        window.location.assign(all[active].href);
      }
      // Otherwise the form goes to the full results page.
    } else if (event.key === 'Escape') {
      if (list.classList.contains('show')) {
        event.preventDefault();
        close();
      } else {
        input.blur();
      }
    }
  });

  // Leaving the box (Tab, a click elsewhere) closes the list; a click on a suggestion follows it.
  form.addEventListener('focusout', function (event) {
    if (!form.contains(event.relatedTarget)) {
      close();
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editing(event.target)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
})();
