/* Cities Academy: small progressive enhancements. Everything works without it. */
(function () {
  "use strict";

  var NARROW = "(max-width: 760px)";

  /* 1. Main menu: the <details> is open in the HTML so that the menu shows
        without JavaScript. On narrow screens, start it closed; on wider
        screens (where its summary is hidden) keep it open. */
  function initNavToggle() {
    var toggle = document.querySelector("details.nav-toggle");
    if (!toggle || !window.matchMedia) return;
    var query = window.matchMedia(NARROW);
    if (query.matches) toggle.removeAttribute("open");

    function onChange(event) {
      if (event.matches) {
        toggle.removeAttribute("open");
      } else {
        toggle.setAttribute("open", "");
      }
    }
    if (typeof query.addEventListener === "function") {
      query.addEventListener("change", onChange);
    } else if (typeof query.addListener === "function") {
      query.addListener(onChange);
    }

    /* Escape closes the open menu and returns focus to its button. */
    toggle.addEventListener("keydown", function (event) {
      if (event.key !== "Escape" || !query.matches || !toggle.open) return;
      toggle.removeAttribute("open");
      var summary = toggle.querySelector("summary");
      if (summary) summary.focus();
    });
  }

  /* 2. Filter forms: submit as soon as a checkbox or select changes. The
        submit button stays for keyboard users and for no-JS visitors. */
  function initAutosubmit() {
    var forms = document.querySelectorAll("form[data-autosubmit]");
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener("change", function (event) {
        var field = event.target;
        if (!field || !field.matches) return;
        if (!field.matches("input[type='checkbox'], input[type='radio'], select")) return;
        form.setAttribute("aria-busy", "true");
        if (typeof form.requestSubmit === "function") {
          form.requestSubmit();
        } else {
          form.submit();
        }
      });
    });
  }

  function init() {
    initNavToggle();
    initAutosubmit();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
