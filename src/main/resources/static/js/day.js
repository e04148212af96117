// "My day": a section whose content could not be loaded says so instead of spinning for ever.
(function () {
  if (window.clientelaDaySections) {
    return;
  }
  window.clientelaDaySections = true;
  function failed(event) {
    var section = event.detail && event.detail.elt;
    if (section && section.classList && section.classList.contains('day-section') && section.dataset.error) {
      var note = document.createElement('p');
      note.className = 'text-muted day-failed';
      note.textContent = section.dataset.error;
      section.replaceChildren(note);
    }
  }
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);
}());
