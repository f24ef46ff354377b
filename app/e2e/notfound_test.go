//go:build !wasm

package e2e

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"storyquiz/app/stories"
)

// TestNotFoundAndHostStory follows a mistyped link to a styled page with
// status 404 that offers the way on (and passes axe), then reads a story
// and hosts it live from its page: the setup has that story chosen.
func TestNotFoundAndHostStory(t *testing.T) {
	srv := startServer(t, "")
	res, err := http.Get(srv.URL + "/stroy/no-such-thing")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 404 || !strings.Contains(string(body), "There is no page here") {
		t.Errorf("an unknown address: %d, page has the heading: %v", res.StatusCode, strings.Contains(string(body), "There is no page here"))
	}

	b := newBrowser(t, 360, 740)
	b.open(t, srv.URL+"/stroy/no-such-thing")
	b.waitContains(t, "#nf-h", "There is no page here")
	if got := eval[string](t, b, `document.title`); !strings.Contains(got, "Page not found") {
		t.Errorf("the title is %q", got)
	}
	b.axe(t, "not-found page at 360 px")
	b.do(t, "going to the stories", chromedp.Click(chromedp.CSS(`.not-found a[href="/"]`)))
	b.do(t, "reading the story", chromedp.Click(chromedp.CSS(`a[href="/story/`+stories.LaunchID+`"]`)), chromedp.WaitVisible(chromedp.CSS(".story h1")))
	b.do(t, "hosting it", chromedp.Click(chromedp.CSS(`.story a[href="/host?story=`+stories.LaunchID+`"]`)), chromedp.WaitVisible(chromedp.ID("create")))
	b.waitJS(t, "the story chosen", `document.getElementById("story").value === "`+stories.LaunchID+`"`)
	// No console check: Chromium logs the page's own 404, as it should.
}
