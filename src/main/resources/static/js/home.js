// The home page: a card whose content could not be loaded says so instead of spinning for ever.
(function () {
  function failed(event) {
    var body = event.detail && event.detail.elt;
    if (body && body.closest && body.closest('.home-card') && body.dataset.error) {
      var note = document.createElement('p');
      note.className = 'mb-0 text-muted home-failed';
      note.textContent = body.dataset.error;
      body.replaceChildren(note);
    }
  }
  document.addEventListener('htmx:responseError', failed);
  document.addEventListener('htmx:sendError', failed);
}());
