/* Cities Academy: search suggestions as you type.

   Every [data-search-suggest] wrapper (templates/search/field.html) holds the q input of
   a GET search form. Without this script that form works as it is. With it, the input
   becomes an ARIA combobox (the WAI-ARIA Authoring Practices' "list autocomplete"
   pattern): titles completing the words typed are fetched from /api/search/suggest/
   shortly after typing stops, and listed below the input.

   Keys: Down and Up move through the list (the input keeps the focus and names the
   active option with aria-activedescendant), Enter opens the active suggestion (or
   searches, when none is active), Escape closes the list, Tab leaves it. A polite live
   region says when suggestions appear. Every string comes translated from data-*
   attributes rendered by the template. */
(function () {
  "use strict";

  var DELAY = 200; /* ms after the last keystroke */
  var MIN_LENGTH = 2; /* characters before suggesting */
  var TYPES = ["course", "lesson", "casestudy", "bestpractice", "city"];
  var count = 0;

  function Combobox(field) {
    this.field = field;
    this.input = field.querySelector("input[name='q']");
    this.url = field.getAttribute("data-suggest-url");
    this.options = [];
    this.active = -1;
    this.timer = null;
    this.request = null;
    this.lastQuery = null;
    count += 1;
    this.id = "search-suggestions-" + count;
    this.build();
    this.listen();
  }

  Combobox.prototype.text = function (name) {
    return this.field.getAttribute("data-" + name) || "";
  };

  Combobox.prototype.build = function () {
    var input = this.input;
    this.listbox = document.createElement("ul");
    this.listbox.id = this.id;
    this.listbox.className = "search-suggestions";
    this.listbox.setAttribute("role", "listbox");
    this.listbox.setAttribute("aria-label", this.text("label"));
    this.listbox.hidden = true;

    this.status = document.createElement("div");
    this.status.className = "visually-hidden";
    this.status.setAttribute("role", "status");
    this.status.setAttribute("aria-live", "polite");

    this.field.appendChild(this.listbox);
    this.field.appendChild(this.status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", this.id);
    input.setAttribute("autocomplete", "off");
  };

  Combobox.prototype.listen = function () {
    var self = this;
    this.input.addEventListener("input", function () {
      self.schedule();
    });
    this.input.addEventListener("keydown", function (event) {
      self.onKey(event);
    });
    this.input.addEventListener("blur", function () {
      self.close();
    });
    /* Keep the focus in the input when an option is pressed, so the click lands. */
    this.listbox.addEventListener("mousedown", function (event) {
      event.preventDefault();
    });
    this.listbox.addEventListener("click", function (event) {
      var option = event.target.closest ? event.target.closest("[role='option']") : null;
      if (option) self.open(Number(option.getAttribute("data-index")));
    });
  };

  /* The `lang` of the titles suggested: the page's language choice when there is one,
     else the one the template named; empty means the default scope, what the site shows
     in the interface's language, which the request names in its Accept-Language. */
  Combobox.prototype.language = function () {
    var form = this.input.form;
    var checked = form ? form.querySelector("input[name='lang']:checked") : null;
    return checked ? checked.value : this.field.getAttribute("data-language") || "";
  };

  Combobox.prototype.schedule = function () {
    var self = this;
    window.clearTimeout(this.timer);
    if (this.input.value.trim().length < MIN_LENGTH) {
      this.abort();
      this.lastQuery = null;
      this.render([]);
      return;
    }
    this.timer = window.setTimeout(function () {
      self.fetch();
    }, DELAY);
  };

  Combobox.prototype.abort = function () {
    if (this.request) this.request.abort();
    this.request = null;
  };

  Combobox.prototype.fetch = function () {
    var self = this;
    var query = this.input.value;
    var language = this.language();
    var key = language + "\n" + query;
    if (key === this.lastQuery || !window.fetch) return;
    this.lastQuery = key;
    this.abort();
    var controller = window.AbortController ? new AbortController() : null;
    this.request = controller;
    var url =
      this.url + "?q=" + encodeURIComponent(query) +
      (language ? "&lang=" + encodeURIComponent(language) : "");
    window
      .fetch(url, {
        headers: {
          Accept: "application/json",
          "Accept-Language": this.field.getAttribute("data-scope") || "en"
        },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined
      })
      .then(function (response) {
        if (!response.ok) throw new Error("suggestions unavailable");
        return response.json();
      })
      .then(function (data) {
        /* An answer to an older query, or the input emptied meanwhile: drop it. */
        if (self.input.value !== query) return;
        self.render((data && data.suggestions) || []);
      })
      .catch(function () {
        /* Unavailable or aborted: the form still searches. */
        if (self.input.value === query) self.render([]);
      });
  };

  Combobox.prototype.render = function (suggestions) {
    var self = this;
    this.listbox.textContent = "";
    this.options = [];
    this.active = -1;
    this.input.removeAttribute("aria-activedescendant");
    suggestions.forEach(function (suggestion, index) {
      if (!suggestion || !suggestion.url || !suggestion.title) return;
      var option = document.createElement("li");
      option.id = self.id + "-" + index;
      option.className = "search-suggestions__option";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.setAttribute("data-index", String(self.options.length));
      var title = document.createElement("span");
      title.className = "search-suggestions__title";
      title.textContent = suggestion.title;
      option.appendChild(title);
      if (TYPES.indexOf(suggestion.type) !== -1) {
        var type = document.createElement("span");
        type.className = "search-suggestions__type";
        type.textContent = self.text("type-" + suggestion.type);
        option.appendChild(type);
      }
      self.listbox.appendChild(option);
      self.options.push({ element: option, url: suggestion.url });
    });
    var shown = this.options.length > 0 && document.activeElement === this.input;
    this.listbox.hidden = !shown;
    this.input.setAttribute("aria-expanded", shown ? "true" : "false");
    if (this.input.value.trim().length >= MIN_LENGTH) {
      this.status.textContent = this.text(shown ? "status-some" : "status-none");
    } else {
      this.status.textContent = "";
    }
  };

  Combobox.prototype.isOpen = function () {
    return !this.listbox.hidden;
  };

  Combobox.prototype.close = function () {
    window.clearTimeout(this.timer);
    this.listbox.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.select(-1);
  };

  Combobox.prototype.show = function () {
    if (!this.options.length) return;
    this.listbox.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  };

  Combobox.prototype.select = function (index) {
    if (this.active >= 0 && this.options[this.active]) {
      this.options[this.active].element.setAttribute("aria-selected", "false");
    }
    this.active = index;
    var option = this.options[index];
    if (!option) {
      this.active = -1;
      this.input.removeAttribute("aria-activedescendant");
      return;
    }
    option.element.setAttribute("aria-selected", "true");
    this.input.setAttribute("aria-activedescendant", option.element.id);
    if (option.element.scrollIntoView) option.element.scrollIntoView({ block: "nearest" });
  };

  Combobox.prototype.move = function (step) {
    var total = this.options.length;
    if (!total) return;
    if (!this.isOpen()) {
      this.show();
      this.select(step > 0 ? 0 : total - 1);
      return;
    }
    var next = this.active + step;
    if (next < 0) next = total - 1;
    if (next >= total) next = 0;
    this.select(next);
  };

  Combobox.prototype.open = function (index) {
    var option = this.options[index];
    if (!option) return;
    this.close();
    window.location.assign(option.url);
  };

  Combobox.prototype.onKey = function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    switch (event.key) {
      case "ArrowDown":
      case "Down":
        if (this.options.length) {
          event.preventDefault();
          this.move(1);
        }
        break;
      case "ArrowUp":
      case "Up":
        if (this.options.length) {
          event.preventDefault();
          this.move(-1);
        }
        break;
      case "Enter":
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.open(this.active);
        }
        break;
      case "Escape":
      case "Esc":
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        }
        break;
      case "Tab":
        this.close();
        break;
      default:
        break;
    }
  };

  function init() {
    var fields = document.querySelectorAll("[data-search-suggest]");
    Array.prototype.forEach.call(fields, function (field) {
      if (field.querySelector("input[name='q']") && field.getAttribute("data-suggest-url")) {
        new Combobox(field);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
