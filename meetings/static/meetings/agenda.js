// Optional drag and drop for the agenda; the ↑ ↓ buttons do the same without a mouse.
(function () {
  var dragged = null;
  function list() { return document.querySelector("#agenda ol.blocks"); }
  document.addEventListener("dragstart", function (event) {
    var item = event.target.closest && event.target.closest("li.block");
    if (!item) { return; }
    dragged = item;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", item.getAttribute("data-block-id"));
  });
  document.addEventListener("dragover", function (event) {
    var item = event.target.closest && event.target.closest("li.block");
    if (!dragged || !item || item === dragged) { return; }
    event.preventDefault();
    var box = item.getBoundingClientRect();
    var after = event.clientY > box.top + box.height / 2;
    item.parentNode.insertBefore(dragged, after ? item.nextSibling : item);
  });
  document.addEventListener("drop", function (event) {
    if (!dragged) { return; }
    event.preventDefault();
    var ol = list();
    dragged = null;
    if (!ol || !window.htmx) { return; }
    var ids = Array.prototype.map.call(ol.querySelectorAll("li.block"), function (li) {
      return li.getAttribute("data-block-id");
    });
    window.htmx.ajax("POST", ol.getAttribute("data-reorder-url"), {
      target: "#agenda", swap: "outerHTML", values: { block: ids }
    });
  });
  document.addEventListener("dragend", function () { dragged = null; });
})();
