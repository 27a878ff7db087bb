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

  /* 3. Lesson outline: a folded <details> in the HTML, so that phones show the
        lesson first. On wide screens, where it sits beside the lesson, open it
        and scroll the current lesson into view within the sidebar. */
  function initOutlinePanels() {
    var panels = document.querySelectorAll("details[data-open-wide]");
    if (!panels.length || !window.matchMedia) return;
    var query = window.matchMedia("(min-width: 901px)");

    function sync() {
      Array.prototype.forEach.call(panels, function (panel) {
        if (query.matches) {
          panel.setAttribute("open", "");
          var current = panel.querySelector("[aria-current='page']");
          var scroller = panel.closest(".lesson-aside");
          if (current && scroller && scroller.scrollHeight > scroller.clientHeight) {
            var top = current.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
            scroller.scrollTop += top - scroller.clientHeight / 3;
          }
        }
      });
    }
    sync();
    if (typeof query.addEventListener === "function") {
      query.addEventListener("change", sync);
    } else if (typeof query.addListener === "function") {
      query.addListener(sync);
    }
  }

  /* 4. Learning forms (enrol, mark as complete, quiz answers): on a slow
        connection a second click would send the same thing twice, and the
        server would refuse the repeat. Ignore it, and say it is on its way. */
  function initSubmitOnce() {
    var forms = document.querySelectorAll("form[data-submit-once]");
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener("submit", function (event) {
        if (form.getAttribute("data-submitting")) {
          event.preventDefault();
          return;
        }
        form.setAttribute("data-submitting", "true");
        form.setAttribute("aria-busy", "true");
      });
    });
    /* Coming back with the Back button shows the page as it was left. */
    window.addEventListener("pageshow", function (event) {
      if (!event.persisted) return;
      Array.prototype.forEach.call(forms, function (form) {
        form.removeAttribute("data-submitting");
        form.removeAttribute("aria-busy");
      });
    });
  }

  function init() {
    initNavToggle();
    initAutosubmit();
    initOutlinePanels();
    initSubmitOnce();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
