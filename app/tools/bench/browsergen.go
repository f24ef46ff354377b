//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"storyquiz/app/tools/proc"
	"storyquiz/quiz/synth"
)

// browserGenSizes are the article lengths timed on /create.
var browserGenSizes = []int{1000, 5000}

// browserGenRun is the time for one "Make questions" on /create.
type browserGenRun struct {
	Words int
	Bytes int
	Took  []time.Duration
}

// browserGenReport is the in-browser generation section.
type browserGenReport struct {
	Runs []browserGenRun
}

// measureBrowserGen serves Storyquiz and times /create in headless
// Chromium: from the click on "Make questions" until the review list shows,
// i.e. the engine running in its WebAssembly worker plus saving the quiz and
// rendering the review, as a teacher waits for it.
func measureBrowserGen(ctx context.Context, sqDir, bin, tmp string, runs int) (browserGenReport, error) {
	sq, err := proc.Start(sqDir, "", bin, "serve", "-db", filepath.Join(tmp, "gen.db"))
	if err != nil {
		return browserGenReport{}, err
	}
	defer sq.Stop()
	bctx, done, err := startChromium(ctx)
	if err != nil {
		return browserGenReport{}, err
	}
	defer done()
	var rep browserGenReport
	for _, words := range browserGenSizes {
		text := synth.Article(words, uint64(words))
		js, _ := json.Marshal(text)
		run := browserGenRun{Words: words, Bytes: len(text)}
		for i := 0; i < runs; i++ {
			tctx, cancel := context.WithTimeout(bctx, 60*time.Second)
			err := chromedp.Do(tctx,
				chromedp.Navigate(sq.URL+"/create"),
				chromedp.WaitNotPresent(chromedp.CSS("#app-wasm-loader")),
				chromedp.WaitVisible(chromedp.ID("text")),
				chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const t = document.getElementById("text"); t.value = %s; t.dispatchEvent(new Event("input", {bubbles: true})); })()`, js)),
			)
			if err != nil {
				cancel()
				return rep, err
			}
			// Resolves with the milliseconds from the click to the review list.
			ms, err := chromedp.Run(tctx, chromedp.Evaluate[float64](`new Promise((resolve) => {
				const t0 = performance.now();
				const done = () => document.querySelector(".qlist .qcard");
				new MutationObserver((_, obs) => { if (done()) { obs.disconnect(); resolve(performance.now() - t0); } })
					.observe(document, {subtree: true, childList: true});
				document.getElementById("make").click();
			})`, chromedp.EvalAwaitPromise))
			cancel()
			if err != nil {
				return rep, err
			}
			run.Took = append(run.Took, time.Duration(ms*float64(time.Millisecond)))
		}
		rep.Runs = append(rep.Runs, run)
	}
	return rep, nil
}

// markdown renders the in-browser generation section.
func (r browserGenReport) markdown() string {
	var b strings.Builder
	b.WriteString("\n## Making questions in the browser\n\n")
	b.WriteString("Headless Chromium on `/create` (the engine compiled to WebAssembly and run in its Web Worker, `web/engine.wasm`, no request to the server but the worker's files): a synthetic article (`quiz/synth`) is put in the text box, then the time from the click on \"Make questions\" until the review list shows. The page is opened afresh for every run and the click comes at once, so each time includes what is left of the worker's start (the page starts it when it opens; its files come from the browser's cache after the first run), the engine, saving the quiz to local storage and rendering the review. The page's main thread stays free meanwhile.\n\n")
	t := table{head: []string{"article", "bytes", "runs", "median", "min", "max"}}
	for _, run := range r.Runs {
		t.add(fmt.Sprintf("%d words", run.Words), fmt.Sprint(run.Bytes), fmt.Sprint(len(run.Took)),
			ms(median(run.Took)), ms(minimum(run.Took)), ms(maximum(run.Took)))
	}
	b.WriteString(t.String())
	return b.String()
}
