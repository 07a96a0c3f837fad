// ReportIngest review: sortable index, and on a document page the provenance of a clicked cell with its outline
// on the page image (or its line of the source text). No libraries; works from disk.
(function () {
  "use strict";

  function sortable(table) {
    table.querySelectorAll("thead th").forEach(function (th, column) {
      th.addEventListener("click", function () {
        var ascending = !th.classList.contains("sorted-asc");
        table.querySelectorAll("thead th").forEach(function (h) { h.classList.remove("sorted-asc", "sorted-desc"); });
        th.classList.add(ascending ? "sorted-asc" : "sorted-desc");
        var numeric = th.dataset.sort === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent.trim(), y = b.cells[column].textContent.trim();
          var order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y, "zh");
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  }

  function panelField(panel, name, value) {
    panel.querySelector('[data-field="' + name + '"]').textContent = value || "—";
  }

  function select(id, scroll) {
    var cell = document.querySelector('td[data-cell="' + id + '"]');
    if (!cell) return;
    document.querySelectorAll(".selected").forEach(function (e) { e.classList.remove("selected"); });
    cell.classList.add("selected");
    var section = cell.closest("section.table");
    section.querySelectorAll('rect[data-cell="' + id + '"]').forEach(function (rect) {
      rect.classList.add("selected");
      if (scroll) rect.scrollIntoView({ block: "nearest" });
    });
    if (cell.dataset.line) {
      var line = section.querySelector('pre.source [data-line="' + cell.dataset.line + '"]');
      if (line) { line.classList.add("selected"); if (scroll) line.scrollIntoView({ block: "nearest" }); }
    }
    var panel = document.getElementById("provenance");
    panelField(panel, "cell", id);
    panelField(panel, "printed", cell.textContent);
    panelField(panel, "page", cell.dataset.page);
    panelField(panel, "line", cell.dataset.line);
    panelField(panel, "position", "row " + cell.dataset.row + ", column " + cell.dataset.col);
    panelField(panel, "header", cell.dataset.header);
    panelField(panel, "facts", cell.dataset.facts);
    panelField(panel, "failures", cell.dataset.failures);
    panel.hidden = false;
  }

  document.querySelectorAll("table.sortable").forEach(sortable);
  document.addEventListener("click", function (event) {
    var target = event.target.closest('td[data-cell], rect[data-cell], a[data-goto]');
    if (!target) return;
    if (target.dataset.goto) {
      event.preventDefault();
      select(target.dataset.goto, true);
      var cell = document.querySelector('td[data-cell="' + target.dataset.goto + '"]');
      if (cell) cell.scrollIntoView({ block: "center" });
      return;
    }
    select(target.dataset.cell, true);
    if (target.tagName.toLowerCase() === "rect") {
      document.querySelector('td[data-cell="' + target.dataset.cell + '"]').scrollIntoView({ block: "nearest" });
    }
  });
  var close = document.querySelector("#provenance .close");
  if (close) close.addEventListener("click", function () { document.getElementById("provenance").hidden = true; });
  // ?table=N shows that table alone; ?cell=t7r10c5 opens a cell's provenance (links to one finding, screenshots).
  var params = new URLSearchParams(location.search);
  if (params.has("table")) {
    document.body.classList.add("focus");
    document.querySelectorAll("section.table").forEach(function (s) { s.hidden = s.dataset.table !== params.get("table"); });
  }
  if (params.has("cell")) select(params.get("cell"), false);
})();
