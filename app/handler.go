//go:build !wasm

package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/app/engine"
	"storyquiz/app/server"
	"storyquiz/app/stories"
)

// newAppHandler configures go-app's handler: local icons and styles only (a
// remote icon would stop the service worker from installing offline), the
// bundle's true size header, the version of the build and web files so caches
// invalidate on deploy, and static files only from the web folder (go-app's
// default serves the whole working directory).
func newAppHandler(version string, static *server.Static) *app.Handler {
	return &app.Handler{
		Name:        "Storyquiz",
		ShortName:   "Storyquiz",
		Title:       "Storyquiz",
		Description: "Turn a news story into a classroom quiz: every question tied to the sentence it came from.",
		Lang:        "en",
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		BackgroundColor:         "#fbfaf7",
		ThemeColor:              "#1f4e79",
		LoadingLabel:            "Loading Storyquiz… {progress}%",
		Styles:                  []string{"/web/style.css"},
		Version:                 version,
		Resources:               static,
		WasmContentLengthHeader: server.WasmLengthHeader,
		ServiceWorkerTemplate:   serviceWorker,
		// Start downloading the bundle while the page's scripts load, rather
		// than after app.js runs; app.js's fetch then takes the preloaded copy.
		RawHeaders: []string{`<link rel="preload" href="` + server.BundlePath + `" as="fetch" type="application/wasm" crossorigin="anonymous">`,
			paintFirst},
		CacheableResources: storyQuizFiles(),
	}
}

// storyQuizFiles are the shipped stories' quizzes (stories.QuizPath), which
// the service worker keeps on install: offline, a practice run or a
// worksheet of a shipped story still has its quiz, which the browser could
// otherwise only make with the engine's worker, which students never
// download.
func storyQuizFiles() []string {
	var files []string
	for _, s := range stories.All() {
		files = append(files, stories.QuizPath(s.ID))
	}
	return files
}

// paintFirst makes the bundle wait, once compiled, for the browser to paint
// the prerendered page before it runs. On a slow phone the bundle could
// otherwise start (one long task) before the first full frame, so that the
// page a student first saw was the one go-app draws a second later; and
// Lighthouse then timed the largest paint at the end of the download (10 s
// instead of 1.5 s on /). The wait is one frame: a timer set from an
// animation frame runs after that frame is painted. A hidden tab gets no
// frames, so it starts at once, or as soon as it is hidden.
//
// It also swaps go-app's loading bar for a copy, so that app.js, which
// removes the bar it holds as soon as the bundle first pauses, leaves it on
// the page: the app starts in several tasks (main.go) and removes the bar itself
// once the page it shows can be used.
const paintFirst = `<script>(function () {
  var f = WebAssembly.instantiateStreaming;
  if (!f) return;
  WebAssembly.instantiateStreaming = function (source, imports) {
    return f.call(WebAssembly, source, imports).then(function (r) {
      return new Promise(function (ok) {
        var done = false;
        var go = function () {
          if (done) return;
          done = true;
          var l = document.getElementById("app-wasm-loader");
          if (l) l.replaceWith(l.cloneNode(true));
          ok(r);
        };
        if (document.visibilityState === "hidden") return go();
        requestAnimationFrame(function () { setTimeout(go, 0); });
        document.addEventListener("visibilitychange", go, { once: true });
      });
    });
  };
})();</script>`

// serviceWorker is go-app's worker with three changes. A page navigation that
// the cache does not hold (e.g. /practice/… opened for the first time while
// offline) falls back to the cached app shell, which then renders the right
// route in the browser; API calls always go to the network. And the bundle is
// cached a moment after the small files: on a first visit the page is
// downloading it at the same time, and fetched later it is a cheap
// revalidation of the copy the page just got instead of a second download
// competing with the first. And the quiz engine (engine.ScriptPath and
// engine.ProgramPath), which only teachers' pages load, is kept when first
// fetched rather than on install, so that students never download it: from
// the network while it can be reached, else from the cache.
const serviceWorker = `const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
const isBundle = (url) => url.endsWith(".wasm");
const onFirstUse = ["` + engine.ScriptPath + `", "` + engine.ProgramPath + `"];

self.addEventListener("install", (event) => {
  const small = resourcesToCache.filter((url) => !isBundle(url));
  const bundles = resourcesToCache.filter(isBundle);
  event.waitUntil(
    caches.open(cacheName)
      .then((cache) => cache.addAll(small)
        .then(() => new Promise((resolve) => setTimeout(resolve, 1500)))
        .then(() => cache.addAll(bundles)))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.map((key) => key !== cacheName ? caches.delete(key) : undefined)))
      .then(() => self.clients.claim())
  );
});

// networkFirst answers from the network and keeps a copy, or, offline,
// from the cache, else with fallback().
const networkFirst = (request, fallback) =>
  fetch(request)
    .then((resp) => {
      const copy = resp.clone();
      if (resp.ok) caches.open(cacheName).then((cache) => cache.put(request, copy));
      return resp;
    })
    .catch(() => caches.match(request).then((r) => r || fallback()));

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/")) {
    return;
  }
  if (event.request.mode === "navigate") {
    event.respondWith(networkFirst(event.request, () => caches.match("/")));
    return;
  }
  if (onFirstUse.includes(url.pathname)) {
    event.respondWith(networkFirst(event.request, () => Response.error()));
    return;
  }
  event.respondWith(caches.match(event.request).then((r) => r || fetch(event.request)));
});
`
