/* Client-side search over window.EXPLAINER_SEARCH (written by the build as search/index.js).
   Progressive enhancement: without JavaScript the search page lists every entry. What it says of the
   results is in the page's language, on the status line: data-none, and one data-<category> per plural
   category of the language (data-one, data-few, data-many, data-other), {count} and {query} standing for
   the number and the words searched. */
(function () {
  "use strict";
  var docs = window.EXPLAINER_SEARCH || [];
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var all = document.getElementById("search-all");
  if (!input || !results) { return; }
  var plurals = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang) : null;

  function says(count, query) {
    var text = count === 0 ? status.getAttribute("data-none")
      : status.getAttribute("data-" + (plurals ? plurals.select(count) : count === 1 ? "one" : "other")) || status.getAttribute("data-other");
    return (text || "").replace("{count}", String(count)).replace("{query}", function () { return query; });
  }

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  function words(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 0; });
  }
  var prepared = docs.map(function (d) {
    return { doc: d, title: words(d.t), text: words(d.x) };
  });

  function score(entry, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i], best = 0;
      entry.title.forEach(function (w) {
        if (w === term) { best = Math.max(best, 6); } else if (w.indexOf(term) === 0) { best = Math.max(best, 4); }
      });
      entry.text.forEach(function (w) {
        if (w === term) { best = Math.max(best, 2); } else if (w.indexOf(term) === 0) { best = Math.max(best, 1); }
      });
      if (best === 0) { return 0; }
      total += best;
    }
    return total;
  }

  function snippet(text, terms) {
    var folded = fold(text), at = -1;
    terms.forEach(function (t) { var i = folded.indexOf(t); if (i >= 0 && (at < 0 || i < at)) { at = i; } });
    var start = Math.max(0, at - 60);
    return (start > 0 ? "…" : "") + text.substr(start, 160) + (start + 160 < text.length ? "…" : "");
  }

  function render(query) {
    var terms = words(query);
    results.textContent = "";
    if (terms.length === 0) {
      status.textContent = "";
      if (all) { all.hidden = false; }
      return;
    }
    var hits = prepared
      .map(function (e, i) { return { e: e, s: score(e, terms), i: i }; })
      .filter(function (h) { return h.s > 0; })
      .sort(function (a, b) { return b.s - a.s || a.i - b.i; })
      .slice(0, 25);
    hits.forEach(function (h) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = h.e.doc.u;
      a.textContent = h.e.doc.t;
      var kind = document.createElement("span");
      kind.className = "badge";
      kind.textContent = h.e.doc.k;
      var p = document.createElement("p");
      p.className = "meta";
      p.textContent = snippet(h.e.doc.x, terms);
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(kind);
      li.appendChild(p);
      results.appendChild(li);
    });
    status.textContent = says(hits.length, query);
    if (all) { all.hidden = true; }
  }

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; }
  input.addEventListener("input", function () { render(input.value); });
  input.form.addEventListener("submit", function (event) { event.preventDefault(); render(input.value); });
  render(input.value);
}());
