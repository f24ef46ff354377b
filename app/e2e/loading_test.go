//go:build !wasm

package e2e

import (
	"context"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// TestLoadingKeepsPageVisible holds the bundle back and checks that the
// page the server prerendered stays in view and on top while it loads:
// go-app's loader is a slim bar along the top, not a screen over the page.
func TestLoadingKeepsPageVisible(t *testing.T) {
	srv := startServer(t, "")
	b := newBrowser(t, 360, 740)
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{
		URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/web/app.wasm*", Block: true}},
	}); err != nil {
		t.Fatal(err)
	}
	b.do(t, "opening the join page without its bundle", chromedp.Navigate(srv.URL+"/join"), chromedp.WaitVisible(chromedp.ID("app-wasm-loader")))
	if h := eval[float64](t, b, `document.getElementById("app-wasm-loader").getBoundingClientRect().height`); h > 60 {
		t.Errorf("the loader is %.0f px high, want a slim bar", h)
	}
	if !eval[bool](t, b, `(() => {
		const h = document.querySelector("h1"), r = h.getBoundingClientRect();
		const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return h.textContent.length > 0 && (at === h || h.contains(at));
	})()`) {
		t.Error("the prerendered heading is hidden while the bundle loads")
	}
	b.screenshot(t, "loading-360x740")
}
