// Runs at the end of the head, before the first paint (and after the route marker it reads). It marks a page that waits for the app ("pending"): a prerendered
// page that is not the one asked for (a query string, or a host's fallback page) stays hidden until the app has
// rendered the right one, and the app shell, which has nothing to show, starts the app at once instead of
// waiting for a first paint. And it applies the remembered colour theme, so a dark page never flashes white.
// Written into each page by src/postbuild/mod.rs, called with {themeKey}.
(function (config) {
  var root = document.documentElement;
  var route = document.querySelector('meta[name="prerendered-route"]');
  if (!route || route.content !== location.pathname + location.search) root.classList.add("pending");
  try {
    var theme = JSON.parse(localStorage.getItem(config.themeKey) || "null");
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  } catch (e) {
    // Storage blocked, or a value from an earlier release stored without JSON quotes.
    try {
      var raw = localStorage.getItem(config.themeKey);
      if (raw === "light" || raw === "dark") root.setAttribute("data-theme", raw);
    } catch (ignored) {}
  }
})
