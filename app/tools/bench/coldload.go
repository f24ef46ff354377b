//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/chromedp/chromedp"

	"storyquiz/app/tools/chromium"
)

// StoryURL is the page whose first question the cold load waits for.
const StoryURL = "/practice/trump-lavrov-oval-office"

// Page conditions, as JavaScript expressions: go-app removes its loader
// once the WebAssembly runs, and then the component is on the page.
const (
	storyquizReady = `!document.getElementById("app-wasm-loader") &&
		!!document.getElementById("option-0") && !document.getElementById("option-0").disabled`
	helloReady = `!document.getElementById("app-wasm-loader") && !!document.getElementById("hello")`
)

// chromiumFlags are the flags the brief fixes for every run (with a fresh
// --user-data-dir added per run); --headless comes with chromedp's defaults.
var chromiumFlags = []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
	"--disable-background-networking", "--disable-component-update", "--disable-sync", "--user-data-dir=<fresh>"}

// loadRun is one cold load.
type loadRun struct {
	Page  time.Duration // performance.now() when the condition first held: from navigation start
	Wasm0 time.Duration // performance.now() when go-app's loader was first seen gone (the WebAssembly runs)
	Wall  time.Duration // wall clock around Navigate and the wait
	Wasm  int64         // bytes of app.wasm over the wire (encodedBodySize)
}

// coldApp is one app's cold loads.
type coldApp struct {
	Name string
	URL  string
	Runs []loadRun
}

func (a coldApp) page() []time.Duration {
	var ds []time.Duration
	for _, r := range a.Runs {
		ds = append(ds, r.Page)
	}
	return ds
}

func (a coldApp) running() []time.Duration {
	var ds []time.Duration
	for _, r := range a.Runs {
		ds = append(ds, r.Wasm0)
	}
	return ds
}

func (a coldApp) wall() []time.Duration {
	var ds []time.Duration
	for _, r := range a.Runs {
		ds = append(ds, r.Wall)
	}
	return ds
}

// coldReport is the cold-load section's outcome.
type coldReport struct {
	Storyquiz, Hello coldApp
}

func (c coldReport) ratio() float64 {
	return float64(median(c.Storyquiz.page())) / float64(median(c.Hello.page()))
}

// runColdLoads loads each app runs times, alternating between them so that
// the noise of a shared machine falls on both alike.
func runColdLoads(ctx context.Context, runs int, sq, hello coldApp, readySQ, readyHello string) (coldReport, error) {
	rep := coldReport{Storyquiz: sq, Hello: hello}
	for i := range runs {
		for _, a := range []struct {
			app   *coldApp
			ready string
		}{{&rep.Storyquiz, readySQ}, {&rep.Hello, readyHello}} {
			r, err := coldLoad(ctx, a.app.URL, a.ready)
			if err != nil {
				return rep, fmt.Errorf("cold load %d of %s: %w", i+1, a.app.Name, err)
			}
			a.app.Runs = append(a.app.Runs, r)
		}
	}
	return rep, nil
}

// coldLoad starts Chromium with a fresh profile, opens about:blank so that
// the browser's own start is not measured, then navigates to url and waits
// until ready holds.
func coldLoad(ctx context.Context, url, ready string) (loadRun, error) {
	bctx, done, err := startChromium(ctx)
	if err != nil {
		return loadRun{}, err
	}
	defer done()
	tctx, cancelT := context.WithTimeout(bctx, 60*time.Second)
	defer cancelT()
	// The promise resolves with performance.now() (milliseconds since the
	// navigation started) at the first DOM change after which ready holds.
	wait := `new Promise((resolve) => {
		const ready = () => (` + strings.TrimSpace(ready) + `);
		const wasm = () => performance.getEntriesByType("resource")
			.filter((e) => new URL(e.name).pathname.endsWith("/app.wasm"))
			.reduce((n, e) => n + e.encodedBodySize, 0);
		let running = 0;
		const obs = new MutationObserver(() => check());
		const check = () => {
			const now = performance.now();
			if (!running && !document.getElementById("app-wasm-loader")) running = now;
			if (!ready()) return false;
			obs.disconnect();
			resolve({t: now, running: running, wasm: wasm()});
			return true;
		};
		if (!check()) obs.observe(document, {subtree: true, childList: true, attributes: true});
	})`
	type result struct {
		T       float64 `json:"t"`
		Running float64 `json:"running"`
		Wasm    int64   `json:"wasm"`
	}
	start := time.Now()
	if err := chromedp.Do(tctx, chromedp.Navigate(url)); err != nil {
		return loadRun{}, err
	}
	res, err := chromedp.Run(tctx, chromedp.Evaluate[result](wait, chromedp.EvalAwaitPromise))
	if err != nil {
		return loadRun{}, err
	}
	wall := time.Since(start)
	return loadRun{Page: time.Duration(res.T * float64(time.Millisecond)), Wasm0: time.Duration(res.Running * float64(time.Millisecond)),
		Wall: wall, Wasm: res.Wasm}, nil
}

// startChromium starts headless Chromium with a fresh profile (the flags a
// root user on this machine needs) and opens about:blank, so that callers
// do not measure the browser's own start. done stops it and removes the profile.
func startChromium(ctx context.Context) (bctx context.Context, done func(), err error) {
	profile, err := os.MkdirTemp("", "storyquiz-bench-profile-*")
	if err != nil {
		return nil, nil, err
	}
	opts, err := chromium.Options(profile)
	if err != nil {
		os.RemoveAll(profile)
		return nil, nil, err
	}
	actx, cancelA := chromedp.NewExecAllocator(ctx, opts...)
	bctx, cancelB := chromedp.NewContext(actx)
	done = func() { cancelB(); cancelA(); os.RemoveAll(profile) }
	if err := chromedp.Do(bctx, chromedp.Navigate("about:blank")); err != nil {
		done()
		return nil, nil, fmt.Errorf("starting chromium: %w", err)
	}
	return bctx, done, nil
}

// markdown renders the cold-load section.
func (c coldReport) markdown() string {
	t := table{head: []string{"app", "page", "runs", "median", "max", "median (wall clock)", "max (wall clock)", "median until WASM runs", "app.wasm over the wire"}}
	for _, a := range []coldApp{c.Storyquiz, c.Hello} {
		// The resource entry can be missing when the page is ready before
		// the browser files it, so the largest figure of the runs is the size.
		var size int64
		for _, r := range a.Runs {
			size = max(size, r.Wasm)
		}
		wire := ""
		if size > 0 {
			wire = mb(size)
		}
		t.add(a.Name, "`"+urlPath(a.URL)+"`", len(a.Runs), ms(median(a.page())), ms(maximum(a.page())),
			ms(median(a.wall())), ms(maximum(a.wall())), ms(median(a.running())), wire)
	}
	t.add("ratio", "", "", fmt.Sprintf("%.2f×", c.ratio()),
		fmt.Sprintf("%.2f×", float64(maximum(c.Storyquiz.page()))/float64(maximum(c.Hello.page()))),
		fmt.Sprintf("%.2f×", float64(median(c.Storyquiz.wall()))/float64(median(c.Hello.wall()))),
		fmt.Sprintf("%.2f×", float64(maximum(c.Storyquiz.wall()))/float64(maximum(c.Hello.wall()))),
		fmt.Sprintf("%.2f×", float64(median(c.Storyquiz.running()))/float64(median(c.Hello.running()))), "")
	return t.String()
}

// urlPath returns the path of an absolute http URL.
func urlPath(u string) string {
	rest, _ := strings.CutPrefix(u, "http://")
	if i := strings.IndexByte(rest, '/'); i >= 0 {
		return rest[i:]
	}
	return "/"
}
