// The radar page's chart: active signals per kind, with the money they put at stake.
// Data comes from the <script type="application/json" id="radar-chart-data"> block (no inline script).
(function () {
  function draw() {
    var canvas = document.getElementById('radar-chart');
    var source = document.getElementById('radar-chart-data');
    if (!canvas || !source || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(source.textContent);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: [
          { label: data.signalsLabel, data: data.signals, yAxisID: 'y', backgroundColor: '#f0ad4e' },
          { label: data.moneyLabel, data: data.money, yAxisID: 'money', backgroundColor: '#5b8def' }
        ]
      },
      options: {
        indexAxis: 'x',
        responsive: true,
        scales: {
          y: { beginAtZero: true, position: 'left' },
          money: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } }
        }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
