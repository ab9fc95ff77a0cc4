/* SAMLA-portalen: keyboard focus after an in-place update (htmx).
   When a table row is swapped (a board row's forms opened, an update saved,
   an activity edited), focus would fall back to the page's start; it goes to
   the first field of the row's form, or to the row's own button. */
(function () {
  "use strict";
  document.addEventListener("htmx:afterSwap", function (event) {
    var target = event.detail.target;
    if (!target) { return; }
    var row = target.id ? document.getElementById(target.id) : null;
    if (!row || row.tagName !== "TR") { return; }
    var place = row.querySelector("select, textarea, input:not([type=hidden])") ||
      row.querySelector("a.btn, button");
    if (place) { place.focus(); }
  });
})();

/* Confirmations of in-page updates: the server names what was saved in an
   HX-Trigger event (samla.notices.announce); it is shown and spoken in the
   page's live region. */
(function () {
  "use strict";
  document.addEventListener("samla:notice", function (event) {
    var region = document.getElementById("meddelanden");
    if (!region || !event.detail || !event.detail.text) { return; }
    var notice = document.createElement("p");
    notice.className = "alert alert-success";
    notice.textContent = event.detail.text;
    region.replaceChildren(notice);
  });
})();
