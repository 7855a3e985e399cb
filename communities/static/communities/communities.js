// Let htmx swap a re-rendered form that came back with 400, so errors show in place
// (without JavaScript the same form is a plain POST that re-renders the page).
document.addEventListener("htmx:beforeSwap", function (event) {
  var target = event.detail.target;
  if (event.detail.xhr.status === 400 && target && target.closest("[data-swap-errors]")) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
