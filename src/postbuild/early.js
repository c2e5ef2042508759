// Keeps what the reader does before the app has started (src/replay.rs tells the design): taps on the controls
// marked `data-replay`, the search form sent and the theme menu changed are queued in order, with the control's
// name and its position among those of that name, and so are the shortcut keys; the app carries them out once
// it has taken the page over (src/start.rs), exactly once. "/" and "s" focus the search box at once, and the app
// keeps its focus and text. A control that cannot wait (choosing a file) says it is not ready yet.
// Written into each page's head by src/postbuild/mod.rs, called with {mark, needsApp, waiting, searchId, focusKeys, keys}.
(function (config) {
  var early = { queue: [], ready: false };
  window.__early = early;
  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  function find(ev, selector) {
    return !early.ready && ev.target.closest ? ev.target.closest(selector) : null;
  }
  function keep(kind, el, extra) {
    var id = el.getAttribute(config.mark);
    var same = document.querySelectorAll("[" + config.mark + '="' + id + '"]');
    var item = { kind: kind, id: id, index: Array.prototype.indexOf.call(same, el) };
    for (var k in extra) item[k] = extra[k];
    early.queue.push(item);
  }
  document.addEventListener("click", function (ev) {
    var el = find(ev, "[" + config.mark + "],[" + config.needsApp + "]");
    if (!el || el.tagName === "SELECT" || el.tagName === "FORM") return;
    ev.preventDefault();
    if (el.hasAttribute(config.needsApp)) {
      el.setAttribute("data-status", el.getAttribute(config.needsApp));
      return;
    }
    keep("click", el, {});
    el.classList.add(config.waiting);
  }, true);
  document.addEventListener("change", function (ev) {
    var el = find(ev, "select[" + config.mark + "]");
    if (el) keep("change", el, { value: el.value });
  }, true);
  document.addEventListener("submit", function (ev) {
    var el = find(ev, "form[" + config.mark + "]");
    if (!el) return;
    ev.preventDefault();
    keep("submit", el, {});
  }, true);
  document.addEventListener("keydown", function (ev) {
    if (early.ready || ev.ctrlKey || ev.altKey || ev.metaKey || ev.isComposing || typing(ev.target)) return;
    if (config.focusKeys.indexOf(ev.key) >= 0) {
      var search = document.getElementById(config.searchId);
      if (search) {
        ev.preventDefault();
        search.focus();
        search.select();
      }
    } else if (config.keys.indexOf(ev.key) >= 0) {
      ev.preventDefault();
      early.queue.push({ kind: "key", key: ev.key });
    }
  }, true);
})
