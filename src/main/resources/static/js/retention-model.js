// The model page (/retention/model): the calibration/holdout chart, and a "working" note while a
// fit runs. Data comes from data-* attributes (the CSP forbids inline scripts).
(function () {
  document.querySelectorAll('form.model-action').forEach(function (form) {
    form.addEventListener('submit', function () {
      form.querySelectorAll('button[type=submit]').forEach(function (b) { b.disabled = true; });
      form.querySelectorAll('.busy').forEach(function (s) { s.classList.remove('d-none'); });
    });
  });

  var canvas = document.getElementById('holdout-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var data = JSON.parse(canvas.dataset.chart);
  canvas.chart = new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        { label: canvas.dataset.labelPredicted, data: data.predicted, backgroundColor: 'rgba(13, 110, 253, 0.7)' },
        { label: canvas.dataset.labelActual, data: data.actual, backgroundColor: 'rgba(25, 135, 84, 0.7)' }
      ]
    },
    options: {
      responsive: true,
      animation: false,
      scales: {
        x: { title: { display: true, text: canvas.dataset.titleX } },
        y: { beginAtZero: true, title: { display: true, text: canvas.dataset.titleY } }
      }
    }
  });
})();
