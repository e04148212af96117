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

// Links marked data-back go back in the browser's history when there is one (an error page after a
// form: the browser brings the form back with what was typed in it); otherwise they follow their href.
document.addEventListener('click', function (event) {
  var back = event.target.closest && event.target.closest('a[data-back]');
  if (back && window.history.length > 1) {
    event.preventDefault();
    window.history.back();
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

// Issue 15: on a phone a list shows each row as a card, each cell after its column's name (see
// clientela.css). The names come from the table's head, so every list gets them without repeating
// them in its template; run again for the parts htmx swaps in.
function labelCells(root) {
  root.querySelectorAll('table.table').forEach(function (table) {
    var headRow = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!headRow) {
      return;
    }
    var names = [];
    Array.prototype.forEach.call(headRow.cells, function (th) {
      for (var i = 0; i < th.colSpan; i++) {
        names.push(th.textContent.replace(/\s+/g, ' ').trim());
      }
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (!cell.hasAttribute('data-label') && names[column] && cell.colSpan === 1) {
            cell.setAttribute('data-label', names[column]);
          }
          column += cell.colSpan;
        });
      });
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { labelCells(document); });
document.addEventListener('htmx:afterSettle', function () { labelCells(document); });
// Lists: the header checkbox ticks every row of the page.
document.addEventListener('change', function (event) {
  var all = event.target.closest && event.target.closest('input[data-select-all]');
  if (all) {
    all.closest('table').querySelectorAll('tbody input[type=checkbox]').forEach(function (box) {
      box.checked = all.checked;
    });
  }
});
