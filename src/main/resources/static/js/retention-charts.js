// Retention charts (Chart.js). Each <canvas class="retention-chart"> carries its data in
// data-chart: {kind, labels, series: [{label, values}], links}; a bar with a link opens it.
(function () {
  var colours = ['#0d6efd', '#dc3545', '#198754', '#fd7e14', '#6f42c1', '#20c997', '#6c757d', '#d63384'];

  function draw(canvas) {
    var data = JSON.parse(canvas.dataset.chart);
    var line = data.kind === 'line';
    var chart = new Chart(canvas, {
      type: data.kind,
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          var colour = colours[i % colours.length];
          return {label: s.label, data: s.values, backgroundColor: colour, borderColor: colour, fill: false, tension: 0.2,
              maxBarThickness: 48};
        })
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: {legend: {display: line}},
        scales: {y: {beginAtZero: true, max: line ? 100 : undefined, ticks: {precision: 0}}},
        onClick: function (event, elements) {
          if (elements.length && data.links && data.links[elements[0].index]) {
            window.location = data.links[elements[0].index];
          }
        },
        onHover: function (event, elements) {
          event.native.target.style.cursor = elements.length && data.links && data.links.length ? 'pointer' : 'default';
        }
      }
    });
    canvas.dataset.drawn = 'true';
    return chart;
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.retention-chart').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
