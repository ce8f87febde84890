/* Live reload for 'explainer serve' (never part of the built site): reloads the page when a new build
   has been served. Polls the server's build number; stays quiet while the server is down. */
(function () {
  "use strict";
  var me = document.currentScript;
  var seen = me ? me.getAttribute("data-version") : null;
  function poll() {
    fetch("/__explainer/version", { cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (v) {
        if (v !== null && seen !== null && v !== seen) { window.location.reload(); return; }
        window.setTimeout(poll, 300);
      })
      .catch(function () { window.setTimeout(poll, 1000); });
  }
  window.setTimeout(poll, 300);
}());
