//go:build !wasm

package e2e

import (
	"context"
	"testing"
	"time"

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
