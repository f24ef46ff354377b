// The quiz engine's Web Worker: it runs web/engine.wasm, a Go program
// (app/engine/worker), off the page's main thread, and answers each
// message {id, request} with {id, reply} or {id, failed}. The page starts
// it only when a quiz is to be made (app/enginecall_wasm.go).
"use strict";
importScripts("/wasm_exec.js");

const go = new Go();
const ready = WebAssembly.instantiateStreaming(fetch("/web/engine.wasm"), go.importObject)
  .then((result) => {
    go.run(result.instance); // registers storyquizEngine, then waits for calls
  });

self.onmessage = (event) => {
  const { id, request } = event.data;
  ready.then(
    () => self.postMessage({ id, reply: self.storyquizEngine(request) }),
    (err) => self.postMessage({ id, failed: String(err && err.message || err) }),
  );
};
