/* followthrough dashboard: re-sorts dated items by the browser's date, sorts and filters tables. */
(function () {
  "use strict";

  var DAY = 86400000;

  function parse(iso) {
    if (!iso) return null;
    var p = iso.split("-");
    return Date.UTC(+p[0], +p[1] - 1, +p[2]);
  }
  function browserToday() {
    var now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  }
  function isoDate(t) {
    return new Date(t).toISOString().slice(0, 10);
  }
  function days(n) {
    return n + (n === 1 ? " day" : " days");
  }

  /* The state of one dated item on `today`, from the dates the build wrote into it. */
  function stateOn(el, today) {
    var built = el.getAttribute("data-built-state");
    if (!built) {
      built = el.getAttribute("data-state");
      el.setAttribute("data-built-state", built);
    }
    var due = parse(el.getAttribute("data-due"));
    var action = null;
    if (built === "blocked") {
      var until = parse(el.getAttribute("data-until"));
      var nextDue = parse(el.getAttribute("data-next-due"));
      if (until === null || today < until || nextDue === null) return { state: "blocked" };
      due = nextDue;
      action = el.getAttribute("data-next-action");
    } else if (built !== "due" && built !== "upcoming") {
      return { state: built };
    }
    return { state: due <= today ? "due" : "upcoming", due: due, action: action };
  }

  function retext(el, found, today) {
    var when = el.querySelector(".ft-when");
    if (when && found.due !== undefined) {
      var delta = Math.round((found.due - today) / DAY);
      when.textContent = delta < 0 ? days(-delta) + " overdue" : delta === 0 ? "due today" : "in " + days(delta);
    }
    if (found.action) {
      var action = el.querySelector(".ft-item__action");
      if (action) action.textContent = found.action;
    }
    var since = el.querySelector(".ft-since");
    var last = parse(el.getAttribute("data-last"));
    if (since && last !== null) since.textContent = days(Math.round((today - last) / DAY));
    var badge = el.querySelector(".ft-state");
    if (badge) {
      badge.textContent = found.state;
      badge.className = "ft-badge ft-badge--" + found.state + " ft-state";
    }
    el.setAttribute("data-state", found.state);
    el.className = el.className.replace(/ft-item--\w+/, "ft-item--" + found.state);
  }

  /* `horizon`: how many days ahead upcoming items show, as the page's data-upcoming-days says. */
  function rebucket(today, horizon) {
    var lists = {};
    document.querySelectorAll(".ft-list[data-bucket]").forEach(function (list) {
      lists[list.getAttribute("data-bucket")] = list;
    });
    var moved = { due: [], upcoming: [], blocked: [] };
    ["due", "blocked", "upcoming"].forEach(function (bucket) {
      if (!lists[bucket]) return;
      Array.prototype.slice.call(lists[bucket].children).forEach(function (el) {
        var found = stateOn(el, today);
        retext(el, found, today);
        el.hidden = found.state === "upcoming" && found.due > today + horizon * DAY;
        el.ftKey = found.state === "blocked" ? parse(el.getAttribute("data-until")) || 8.64e15 : found.due;
        (moved[found.state] || (moved[found.state] = [])).push(el);
      });
    });
    Object.keys(moved).forEach(function (state) {
      var list = lists[state];
      if (!list) return;
      moved[state]
        .sort(function (a, b) {
          return a.ftKey - b.ftKey;
        })
        .forEach(function (el) {
          list.appendChild(el);
        });
    });
    Object.keys(lists).forEach(function (bucket) {
      var list = lists[bucket];
      var count = document.querySelector('[data-count="' + bucket + '"]');
      // the home page lists the most overdue items only; data-more counts the others
      var more = parseInt(list.getAttribute("data-more"), 10) || 0;
      if (count) count.textContent = String(list.children.length + more);
      var empty = list.parentNode.querySelector(".ft-empty");
      var visible = list.querySelectorAll(".ft-item:not([hidden])").length;
      if (empty) empty.hidden = visible > 0;
    });
    document.querySelectorAll(".ft-list--single .ft-item, .ft-board .ft-item").forEach(function (el) {
      retext(el, stateOn(el, today), today);
    });
  }

  function notice(text) {
    var box = document.querySelector(".ft-notice");
    if (!box) return;
    box.querySelector(".ft-notice__text").textContent = text;
    box.hidden = false;
  }

  function dates() {
    var root = document.querySelector(".ft[data-today]");
    if (!root || root.hasAttribute("data-ft-dated")) return;
    root.setAttribute("data-ft-dated", "");
    var built = root.getAttribute("data-today");
    if (root.getAttribute("data-pinned") === "true") {
      var pinned = document.querySelector(".ft-pinned");
      if (pinned) {
        pinned.textContent = "(the date is pinned by the today setting or FOLLOWTHROUGH_TODAY)";
      }
      return;
    }
    var today = browserToday();
    var buildDay = parse(built);
    if (today > buildDay) {
      var horizon = parseInt(root.getAttribute("data-upcoming-days"), 10);
      rebucket(today, isNaN(horizon) ? 0 : horizon);
      var iso = isoDate(today);
      var what = "Due, blocked and upcoming are re-sorted for today, " + iso +
        "; rebuild the site to re-check the rules.";
      if (root.classList.contains("ft-numbers")) {
        what = "These figures count up to that day; rebuild the site to bring them up to date.";
      } else if (root.classList.contains("ft-due")) {
        what = "Days overdue are counted to today, " + iso +
          "; what fell due since then is on the home page. Rebuild the site to list it here.";
      } else if (root.classList.contains("ft-board") || root.classList.contains("ft-lead")) {
        what = "Due dates are read for today, " + iso + "; rebuild the site to re-check the rules.";
      }
      notice("Built on " + built + ", " + days(Math.round((today - buildDay) / DAY)) + " ago. " + what);
    }
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim().toLowerCase();
  }

  function sortable(table) {
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, index) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(heads, function (other) {
          other.setAttribute("aria-sort", "none");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var numeric = th.getAttribute("data-sort") === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index);
          var y = cellValue(b, index);
          var order = numeric ? (+x || 0) - (+y || 0) : x < y ? -1 : x > y ? 1 : 0;
          return ascending ? order : -order;
        });
        rows.forEach(function (row) {
          body.appendChild(row);
        });
      });
    });
  }

  /* Rows whose cells, tags and contact names hold every word typed; a message when none does. */
  function filterable(root) {
    var input = root.querySelector(".ft-filter__input");
    var table = root.querySelector("table");
    var count = root.querySelector(".ft-filter__count");
    var none = root.querySelector(".ft-filter__none");
    if (!input || !table) return;
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var text = (row.textContent + " " + (row.getAttribute("data-search") || "")).toLowerCase();
        var match = words.every(function (w) {
          return text.indexOf(w) !== -1;
        });
        row.hidden = !match;
        if (match) shown += 1;
      });
      if (count) count.textContent = shown + (shown === 1 ? " lead" : " leads");
      if (none) {
        none.querySelector(".ft-filter__query").textContent = input.value.trim();
        none.hidden = shown > 0;
      }
    });
  }

  /* Copy buttons of the drafts: the clipboard API where the page may use it, else a selection. */
  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy failed"));
  }

  function onCopy(ev) {
    var button = ev.target && ev.target.closest ? ev.target.closest(".ft-copy") : null;
    if (!button) return;
    var box = button.closest(".ft-draft");
    var what = button.getAttribute("data-copy");
    var source = box ? box.querySelector('[data-copy-source="' + what + '"]') : null;
    if (!source) return;
    var label = button.getAttribute("data-label") || button.textContent;
    button.setAttribute("data-label", label);
    copyText(source.textContent).then(
      function () {
        button.textContent = "Copied";
      },
      function () {
        button.textContent = "Select the text to copy it";
      }
    );
    setTimeout(function () {
      button.textContent = label;
    }, 2000);
  }

  if (!window.__ftCopyReady) {
    window.__ftCopyReady = true;
    document.addEventListener("click", onCopy);
  }

  function init() {
    dates();
    document.querySelectorAll(".ft-all:not([data-ft-ready])").forEach(function (root) {
      root.setAttribute("data-ft-ready", "");
      root.querySelectorAll("table.ft-sortable").forEach(sortable);
      filterable(root);
    });
    if (window.performance && performance.mark) performance.mark("followthrough:ready");
  }

  if (typeof window.document$ !== "undefined" && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
