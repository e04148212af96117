// Clientela: the few behaviours the pages share. No inline scripts (the CSP forbids them).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Forms marked data-confirm ask before doing something that cannot be undone.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});

// Rows with data-href open their page on click or Enter.
document.addEventListener('click', function (event) {
  var row = event.target.closest('tr[data-href]');
  if (row && !event.target.closest('a, button, input, label, .list-select')) {
    window.location = row.dataset.href;
  }
});
document.addEventListener('keydown', function (event) {
  var row = event.target.closest && event.target.closest('tr[data-href]');
  if (row && event.key === 'Enter') {
    window.location = row.dataset.href;
  }
});

// Lists: the header checkbox ticks every row of the page.
document.addEventListener('change', function (event) {
  var all = event.target.closest && event.target.closest('input[data-select-all]');
  if (all) {
    all.closest('table').querySelectorAll('tbody input[type=checkbox]').forEach(function (box) {
      box.checked = all.checked;
    });
  }
});
