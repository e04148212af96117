// The segments page: a bar chart of each segment's share of customers and of revenue, read from
// the rows of the segment table (no inline scripts: the CSP forbids them).
(function () {
  var canvas = document.getElementById('segment-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('#segment-table tbody tr'));
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(function (r) { return r.dataset.label; }),
      datasets: [
        { label: canvas.dataset.customersLabel, data: rows.map(function (r) { return Number(r.dataset.customerShare); }) },
        { label: canvas.dataset.revenueLabel, data: rows.map(function (r) { return Number(r.dataset.revenueShare); }) }
      ]
    },
    options: {
      indexAxis: 'y',
      animation: false,
      scales: { x: { beginAtZero: true, ticks: { callback: function (v) { return v + ' %'; } } } },
      plugins: {
        tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + c.parsed.x.toFixed(1) + ' %'; } } }
      }
    }
  });
})();
