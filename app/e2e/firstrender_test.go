//go:build !wasm

package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestFirstRenderIsThePrerenderedPage watches every heading the page adds
// from its first byte: when the app starts, the page the server
// prerendered must not give way to another one first (a "There is no page
// here", a "Loading the quiz…"), which Lighthouse counts as a layout shift
// and a late largest paint.
func TestFirstRenderIsThePrerenderedPage(t *testing.T) {
	q := launchQuiz(t)
	srv := startServer(t, "")
	b := newBrowser(t, 1366, 768)
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	const watch = `window.headings = [];
new MutationObserver((records) => {
  for (const r of records) for (const n of r.addedNodes) {
    if (n.nodeType !== 1) continue;
    for (const h of [n, ...n.querySelectorAll("h1")]) if (h.tagName === "H1") window.headings.push(h.textContent.trim());
  }
}).observe(document, {subtree: true, childList: true});`
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watch}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, heading string }{
		{"/", "Turn today's news into a quiz"},
		{practiceURL, q.Questions[0].Prompt},
	} {
		b.open(t, srv.URL+tc.path)
		b.waitText(t, "h1", tc.heading)
		for _, h := range eval[[]string](t, b, `window.headings`) {
			if h != tc.heading {
				t.Errorf("%s: the page showed the heading %q before %q", tc.path, h, tc.heading)
			}
		}
	}
}

// TestPrerenderedPagePaintsFirst loads the home page on a CPU slowed four
// times, as Lighthouse's phone is: the page the server prerendered is
// painted (the largest paint is its story excerpt) before the WebAssembly
// takes over, rather than the student first seeing the page go-app draws
// once the bundle has run.
func TestPrerenderedPagePaintsFirst(t *testing.T) {
	srv := startServer(t, "")
	b := newBrowser(t, 412, 823)
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	const watch = `window.paints = []; window.loaderGone = 0; let seen = false;
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.paints.push(e.startTime); }).observe({type: "largest-contentful-paint", buffered: true});
new MutationObserver(() => {
  const here = !!document.getElementById("app-wasm-loader");
  seen = seen || here;
  if (seen && !here && !window.loaderGone) window.loaderGone = performance.now();
}).observe(document, {subtree: true, childList: true});`
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watch}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
		t.Fatal(err)
	}
	// The later runs load the bundle from the service worker's cache, when
	// it is ready sooner still.
	for run := range 3 {
		b.open(t, srv.URL+"/")
		b.waitJS(t, "the app running", `window.loaderGone > 0`)
		// The observer hears of a paint some time after it happened, on a
		// busy machine after the app has taken over: the paint's own time
		// is what is compared.
		b.waitJS(t, "a largest paint reported", `window.paints.length > 0`)
		paints, gone := eval[[]float64](t, b, `window.paints`), eval[float64](t, b, `window.loaderGone`)
		if len(paints) == 0 || paints[0] > gone {
			t.Errorf("run %d: largest paints at %v ms, the app took over at %.0f ms: the prerendered page was not painted first", run, paints, gone)
		}
	}
}

// TestLoadingBarStaysUntilTheAppResponds loads a practice page on a CPU
// slowed four times and checks the moment go-app's loading bar goes: by
// then the app must have replaced the prerendered question with its own,
// which answers a click. The app starts in several tasks, and go-app's app.js
// would remove the bar at the first pause, while the options on the page
// were still the server's and did nothing when tapped.
func TestLoadingBarStaysUntilTheAppResponds(t *testing.T) {
	srv := startServer(t, "")
	b := newBrowser(t, 412, 823)
	ctx, cancel := context.WithTimeout(b.ctx, 60*time.Second)
	defer cancel()
	const watch = `window.prerendered = null; window.whenGone = ""; let seen = false;
document.addEventListener("DOMContentLoaded", () => { window.prerendered = document.getElementById("option-0"); });
new MutationObserver(() => {
  const here = !!document.getElementById("app-wasm-loader");
  seen = seen || here;
  if (seen && !here && !window.whenGone) {
    const now = document.getElementById("option-0");
    window.whenGone = !now ? "no option on the page" : now === window.prerendered ? "the prerendered option" : "the app's option";
  }
}).observe(document, {subtree: true, childList: true});`
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watch}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 4}); err != nil {
		t.Fatal(err)
	}
	b.open(t, srv.URL+practiceURL)
	b.waitJS(t, "the loading bar gone", `window.whenGone !== ""`)
	if !eval[bool](t, b, `window.prerendered !== null`) {
		t.Fatal("the prerendered page had no first option")
	}
	if got, want := eval[string](t, b, `window.whenGone`), "the app's option"; got != want {
		t.Errorf("when the loading bar went, the page showed %s, want %s", got, want)
	}
}
