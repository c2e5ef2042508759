// Loads the app: after the prerendered page's first contentful paint (at once when the page waits hidden for
// the app, or after 30 frames at most), fetch the WebAssembly and import the glue in parallel, start the app,
// and announce it as Trunk's own loader does (`wasmBindings`, `TrunkApplicationStarted`).
// Written into each page by src/postbuild/loader.rs, called with {js, wasm, integrity} from Trunk's build.
(function (config) {
  var frames = 0;
  function start() {
    var wasm = fetch(config.wasm, config.integrity ? { integrity: config.integrity } : {});
    import(config.js).then(function (glue) {
      return glue.default({ module_or_path: wasm }).then(function (instance) {
        window.wasmBindings = glue;
        dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm: instance } }));
      });
    });
  }
  function wait() {
    var painted = performance.getEntriesByName("first-contentful-paint").length > 0;
    var pending = document.documentElement.classList.contains("pending");
    if (painted || pending || ++frames > 30) setTimeout(start, 0);
    else requestAnimationFrame(wait);
  }
  wait();
})
