//go:build !wasm

// Command bench measures Storyquiz against the project's budgets (the
// design's, listed at the top of the report it writes) and
// writes the figures to a Markdown file: the WebAssembly bundle's size and
// the cold load in headless Chromium, each beside a bare go-app hello-world
// built and served the same way in the same run; the quiz engine's speed by
// article length; the item analysis of a large class; and a live session
// under a load of simulated students.
// Nothing here asserts a time: the figures are the output.
//
// Usage (from the project root, after `make build`; `make bench` does both):
//
//	go run ./app/tools/bench [-out BENCHMARKS.md] [-only bundle,cold,lighthouse,engine,items,browser,load,cluster]
//	                   [-runs 9] [-n 100,300,1000] [-search 1500,2000,2500,3000,4000,5000] [-spread 2s]
//	                   [-cluster 300,1500,3000] [-cluster-big 1000] [-bin path]
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"storyquiz/app/tools/proc"
	"strconv"
	"strings"
	"time"
)

// The project's budgets, as the design sets them.
const (
	budgetBundleRatio = 1.3
	budgetColdRatio   = 1.3
	budgetEngine1000  = 20 * time.Millisecond
	budgetP99         = 50 * time.Millisecond
	budgetFanout      = 250 * time.Millisecond
	budgetRSS         = 150_000_000
	budgetStudents    = 1000
)

func main() {
	out := flag.String("out", "BENCHMARKS.md", "the Markdown file to write")
	only := flag.String("only", "bundle,cold,lighthouse,engine,items,browser,load,cluster", "the areas to measure, comma-separated")
	runs := flag.Int("runs", 9, "cold loads per app (the median of 9 shrugs off the odd slow load a shared machine gives)")
	ns := flag.String("n", "100,300,1000", "class sizes that are always measured")
	search := flag.String("search", "1500,2000,2500,3000,4000,5000", "larger class sizes tried in turn until one misses p99 ≤ 50 ms")
	spread := flag.Duration("spread", 2*time.Second, "students answer each question at random times within this window")
	flag.StringVar(&clusterTotals, "cluster", clusterTotals, "district: totals of students in sessions of 30, tried in turn until one misses its budgets (3000, the budget's, is measured even then)")
	flag.IntVar(&clusterBig, "cluster-big", clusterBig, "district: the students of one large session (0 for none)")
	flag.StringVar(&serverBin, "bin", "", "measure this storyquiz binary instead of bin/storyquiz, without running make build first (web/ must be built)")
	flag.Parse()
	if err := run(*out, *only, *runs, *ns, *search, *spread); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// The district section's sizes (flags).
var (
	clusterTotals = "300,1500,3000"
	clusterBig    = 1000
	// serverBin, when set, is the server measured instead of bin/storyquiz:
	// a build made while other work changes the tree would measure that
	// work too, and make build takes the machine's CPU as it runs.
	serverBin = ""
)

func run(out, only string, runs int, ns, search string, spread time.Duration) error {
	areas := map[string]bool{}
	for _, a := range strings.Split(only, ",") {
		areas[strings.TrimSpace(a)] = true
	}
	sizes, err := parseInts(ns)
	if err != nil {
		return fmt.Errorf("-n: %w", err)
	}
	larger, err := parseInts(search)
	if err != nil {
		return fmt.Errorf("-search: %w", err)
	}
	root, err := projectRoot()
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if _, err := proc.RaiseFileLimit(); err != nil {
		return fmt.Errorf("raising the open-file limit: %w", err)
	}
	src := filepath.Join(root, "bin", "storyquiz")
	if serverBin != "" {
		src = serverBin
	} else {
		// make is incremental: a no-op after `make build`.
		logf("make build")
		mk := exec.CommandContext(ctx, "make", "-s", "build")
		mk.Dir = root
		mk.Stdout, mk.Stderr = os.Stderr, os.Stderr
		if err := mk.Run(); err != nil {
			return fmt.Errorf("make build: %w", err)
		}
	}
	tmp, err := os.MkdirTemp("", "storyquiz-bench-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	helloDir := filepath.Join(tmp, "hello")
	// Storyquiz is measured and served from a snapshot of web/ and of the
	// server binary in sqDir, which a rebuild meanwhile cannot touch.
	sqDir := filepath.Join(tmp, "storyquiz")
	if err := snapshotWeb(root, sqDir); err != nil {
		return err
	}
	bin := filepath.Join(sqDir, "storyquiz")
	if err := copyFile(src, bin); err != nil {
		return err
	}
	if err := os.Chmod(bin, 0o755); err != nil {
		return err
	}

	rep := report{Started: time.Now(), Spread: spread}
	rep.Load1, _ = os.ReadFile("/proc/loadavg")
	var failures []error
	fail := func(area string, err error) {
		logf("%s failed: %v", area, err)
		failures = append(failures, fmt.Errorf("%s: %w", area, err))
	}

	if areas["bundle"] || areas["cold"] || areas["lighthouse"] {
		logf("building the hello-world")
		if err := buildHello(ctx, root, helloDir); err != nil {
			return err
		}
	}
	if areas["bundle"] {
		b, err := measureBundles(sqDir, helloDir)
		if err != nil {
			fail("bundle", err)
		} else {
			rep.Bundle = &b
		}
	}
	if areas["cold"] {
		logf("cold loads: %d per app", runs)
		c, err := coldLoads(ctx, sqDir, bin, helloDir, tmp, runs)
		if err != nil {
			fail("cold load", err)
		} else {
			rep.Cold = &c
		}
	}
	if areas["lighthouse"] {
		logf("Lighthouse (mobile)")
		lr, err := runLighthouse(ctx, root, sqDir, bin, helloDir, tmp)
		if err != nil {
			fail("lighthouse", err)
		} else {
			rep.Lighthouse = &lr
		}
	}
	if areas["engine"] {
		logf("engine benchmarks")
		e, err := runEngine(ctx, root)
		if err != nil {
			fail("engine", err)
		}
		rep.Engine = &e
	}
	if areas["items"] {
		logf("item analysis benchmark")
		it, err := runItems(ctx, root)
		if err != nil {
			fail("item analysis", err)
		}
		rep.Items = &it
	}
	if areas["browser"] {
		logf("making questions in the browser")
		g, err := measureBrowserGen(ctx, sqDir, bin, tmp, runs)
		if err != nil {
			fail("browser generation", err)
		} else {
			rep.BrowserGen = &g
		}
	}
	if areas["load"] {
		l := loadReport{}
		try := func(n int) (*loadResult, bool) {
			logf("live session with %d students", n)
			r, err := runLoad(ctx, loadConfig{Bin: bin, Root: sqDir, DB: dbIn(tmp, n), N: n, Spread: spread})
			if err != nil {
				fail(fmt.Sprintf("load with %d students", n), err)
				return nil, false
			}
			logf("  p99 answer %s, max fan-out %s, %d errors, peak RSS %s", ms(percentile(r.Answers, 99)),
				ms(maximum(r.fanoutDurations())), r.errorCount(), mb(r.PeakRSS))
			l.Runs = append(l.Runs, r)
			return r, r.holds()
		}
		for _, n := range sizes {
			if r, ok := try(n); ok && n > l.Largest {
				l.Largest = r.N
			}
		}
		l.Capped = true
		for _, n := range larger {
			if ctx.Err() != nil {
				break
			}
			r, ok := try(n)
			if !ok {
				l.Capped = false
				break
			}
			l.Largest = max(l.Largest, r.N)
		}
		if len(larger) == 0 {
			l.Capped = false
		}
		rep.Load = &l
	}
	if areas["cluster"] {
		totals, err := parseInts(clusterTotals)
		if err != nil {
			return fmt.Errorf("-cluster: %w", err)
		}
		c, err := runClusterLoads(ctx, bin, sqDir, totals, clusterBig, spread)
		if err != nil {
			fail("district", err)
		}
		rep.Cluster = &c
	}
	rep.Took = time.Since(rep.Started)
	if err := os.WriteFile(out, []byte(rep.markdown()), 0o644); err != nil {
		return err
	}
	logf("wrote %s in %s", out, rep.Took.Round(time.Second))
	return errors.Join(failures...)
}

// coldLoads serves Storyquiz (from sqDir, which holds web/) and the
// hello-world and loads each runs times.
func coldLoads(ctx context.Context, sqDir, bin, helloDir, tmp string, runs int) (coldReport, error) {
	sq, err := proc.Start(sqDir, "", bin, "serve", "-db", filepath.Join(tmp, "cold.db"))
	if err != nil {
		return coldReport{}, err
	}
	defer sq.Stop()
	hello, err := proc.Start(helloDir, "", filepath.Join(helloDir, "hello"))
	if err != nil {
		return coldReport{}, err
	}
	defer hello.Stop()
	for _, p := range []*proc.Process{sq, hello} {
		if err := checkBrotli(p.URL + "/web/app.wasm"); err != nil {
			return coldReport{}, err
		}
	}
	return runColdLoads(ctx, runs,
		coldApp{Name: "Storyquiz: first question clickable", URL: sq.URL + StoryURL},
		coldApp{Name: "hello-world: component rendered", URL: hello.URL + "/"},
		storyquizReady, helloReady)
}

// checkBrotli makes sure that a server sends the bundle brotli-compressed,
// as it should when web/app.wasm.br is at least as new as web/app.wasm: a
// rebuild running beside the benchmark could leave it serving the raw file.
func checkBrotli(url string) error {
	req, err := http.NewRequest(http.MethodHead, url, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept-Encoding", "gzip, deflate, br")
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if enc := resp.Header.Get("Content-Encoding"); enc != "br" {
		return fmt.Errorf("%s is sent with Content-Encoding %q, not br: is app.wasm.br missing or older than app.wasm (a build running meanwhile)?", url, enc)
	}
	return nil
}

// projectRoot finds the directory holding go.mod, upwards from here.
func projectRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("run from inside the project: no go.mod found")
		}
		dir = parent
	}
}

func parseInts(s string) ([]int, error) {
	var ns []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(strings.ReplaceAll(f, "_", ""))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%q is not a positive number", f)
		}
		ns = append(ns, n)
	}
	return ns, nil
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// cpuModel returns the processor's name from /proc/cpuinfo, if it says.
func cpuModel() string {
	data, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range bytes.Split(data, []byte("\n")) {
		if k, v, ok := bytes.Cut(line, []byte(":")); ok && strings.TrimSpace(string(k)) == "model name" {
			return strings.TrimSpace(string(v))
		}
	}
	return "unknown processor"
}

// report is everything one run measured.
type report struct {
	Started time.Time
	Took    time.Duration
	Load1   []byte // /proc/loadavg at the start
	Spread  time.Duration
	Bundle  *bundleReport
	Cold    *coldReport
	Engine  *engineReport
	Items   *itemsReport
	Load    *loadReport

	BrowserGen *browserGenReport
	Cluster    *clusterReport
	Lighthouse *lighthouseReport
}

// markdown renders BENCHMARKS.md.
func (r report) markdown() string {
	var b strings.Builder
	b.WriteString("# Benchmarks\n\n")
	fmt.Fprintf(&b, "Written by `%s` on %s, in %s (`make bench` runs `go run ./app/tools/bench -out BENCHMARKS.md` after `make build`).\n\n",
		strings.Join(append([]string{"go run ./app/tools/bench"}, os.Args[1:]...), " "), r.Started.Format("2006-01-02 15:04 MST"), r.Took.Round(time.Second))
	fmt.Fprintf(&b, "Machine: %d cores (%s), %s %s/%s; load average at the start: %s.\n",
		runtime.NumCPU(), cpuModel(), runtime.Version(), runtime.GOOS, runtime.GOARCH, firstFields(string(r.Load1), 3))
	b.WriteString("The load generator and Chromium run on the same machine as the server, so they share its cores.\n\n")

	b.WriteString("## Budgets\n\nThe design's budgets; measured below.\n\n")
	t := table{head: []string{"budget", "target", "measured", "verdict"}}
	if r.Bundle != nil {
		t.add("WASM bundle over the wire (brotli) vs. hello-world", fmt.Sprintf("≤ %.1f×", budgetBundleRatio),
			fmt.Sprintf("%.2f× (%s vs. %s)", r.Bundle.ratio(), mb(r.Bundle.Storyquiz.Brotli), mb(r.Bundle.Hello.Brotli)), metMark(r.Bundle.ratio() <= budgetBundleRatio))
	}
	if r.Cold != nil {
		t.add("cold load to first interactive question vs. hello-world (median)", fmt.Sprintf("≤ %.1f×", budgetColdRatio),
			fmt.Sprintf("%.2f× (%s vs. %s)", r.Cold.ratio(), ms(median(r.Cold.Storyquiz.page())), ms(median(r.Cold.Hello.page()))), metMark(r.Cold.ratio() <= budgetColdRatio))
	}
	if r.Lighthouse != nil {
		if perf, a11y, ok := r.Lighthouse.worst(); ok {
			t.add("Lighthouse (mobile) performance on `/`, `/join`, `/practice/…` (lowest)", fmt.Sprintf("≥ %d", budgetLighthousePerf), perf, metMark(perf >= budgetLighthousePerf))
			t.add("Lighthouse (mobile) accessibility on the same pages (lowest)", fmt.Sprintf("= %d", budgetLighthouseA11y), a11y, metMark(a11y >= budgetLighthouseA11y))
		}
	}
	if r.Engine != nil {
		if g, ok := r.Engine.generateAt(1000); ok {
			d := time.Duration(g.NsPerOp)
			t.add("engine: 1,000-word article → quiz", "≤ "+ms(budgetEngine1000), ms(d), metMark(d <= budgetEngine1000))
		} else {
			t.add("engine: 1,000-word article → quiz", "≤ "+ms(budgetEngine1000), "no 1,000-word benchmark found", "**missed**")
		}
	}
	if r.Items != nil {
		if d, ok := r.Items.took(); ok {
			t.add("item analysis: 3,000 students × 20 questions", "≤ "+ms(budgetItems), ms(d), metMark(d <= budgetItems))
		} else {
			t.add("item analysis: 3,000 students × 20 questions", "≤ "+ms(budgetItems), "no benchmark result found", "**missed**")
		}
	}
	if r.Load != nil {
		if l := r.Load.result(budgetStudents); l != nil {
			p99, fo := percentile(l.Answers, 99), maximum(l.fanoutDurations())
			t.add("1,000 students: p99 answer latency", "≤ "+ms(budgetP99), ms(p99), metMark(p99 <= budgetP99 && l.errorCount() == 0))
			t.add("1,000 students: an update reaches every stream (max over actions)", "≤ "+ms(budgetFanout), ms(fo), metMark(fo <= budgetFanout && l.errorCount() == 0))
			t.add("1,000 students: server peak resident memory (VmHWM)", "≤ "+mb(budgetRSS), mb(l.PeakRSS), metMark(l.PeakRSS <= budgetRSS))
		} else {
			t.add("1,000 students", "measured", "not run", "**missed**")
		}
	}
	if r.Cluster != nil {
		var at *clusterRun
		for _, c := range r.Cluster.Runs {
			if c.students() == budgetClusterStudents && c.Per == classSize {
				at = c
			}
		}
		if at != nil {
			p99, fo := percentile(at.Answers, 99), maximum(at.fanoutDurations())
			t.add("district, 3,000 students on 3 nodes: p99 answer latency", "≤ "+ms(budgetClusterP99), ms(p99), metMark(p99 <= budgetClusterP99 && at.errorCount() == 0))
			t.add("district, 3,000 students on 3 nodes: an update reaches every stream (max)", "≤ "+ms(budgetClusterFanout), ms(fo), metMark(fo <= budgetClusterFanout && at.errorCount() == 0))
		} else if r.Cluster.Skipped != "" {
			t.add("district, 3,000 students on 3 nodes", "measured", "not run", "—")
		} else {
			t.add("district, 3,000 students on 3 nodes", "measured", "not reached", "**missed**")
		}
	}
	b.WriteString(t.String())

	if r.Bundle != nil {
		b.WriteString("\n## Bundle\n\n")
		b.WriteString("Both built with `GOOS=js GOARCH=wasm go build -trimpath -gcflags=all=-l -ldflags='-s -w'` in this run (the Makefile's `WASMFLAGS`: " +
			"without inlining both are about 8 % smaller over the wire) and compressed by " +
			"`app/tools/precompress/compress` (brotli level 11, gzip -9), the code `make build` uses for `web/app.wasm.br` and `.gz`. " +
			"The hello-world is `app/tools/bench/hello`: one go-app v9.8.0 component. " +
			"The quiz engine is not in the bundle: it is a second program, `web/engine.wasm` (built with `-tags engine`), that the editor, a review's " +
			"\"Other question\" and practice's \"Try again\" load into a Web Worker on first use (`app/engine`); every student downloads only `web/app.wasm`.\n\n")
		b.WriteString(r.Bundle.markdown())
	}
	if r.Cold != nil {
		b.WriteString("\n## Cold load\n\n")
		fmt.Fprintf(&b, "Headless Chromium on localhost, a fresh profile (so an empty cache and no service worker) for each run, "+
			"Storyquiz and the hello-world alternating. Flags: `%s`. "+
			"Each run opens about:blank first, then navigates; the time is `performance.now()` (from navigation start) at the first DOM change after which "+
			"go-app's `#app-wasm-loader` is gone and, for Storyquiz, `#option-0` on `%s` is present and enabled, or, for the hello-world, its `#hello` heading is rendered. "+
			"The wall clock around navigation and wait is shown too, and the time at which go-app's loader was first seen gone (the WebAssembly runs): "+
			"what comes after that is the app's own work until the first question is clickable. Both are served by the same server code: `server.Routes` with `server.Bundle`, which sends "+
			"`app.wasm.br` when the browser accepts brotli, and go-app's `Handler` (the hello-world's `serve` mode, `app/tools/bench/hello/serve.go`).\n\n",
			strings.Join(chromiumFlags, " "), StoryURL)
		b.WriteString(r.Cold.markdown())
	}
	if r.Lighthouse != nil {
		b.WriteString("\n## Lighthouse\n\n")
		fmt.Fprintf(&b, "Lighthouse 13.5.0 (`make lighthouse` installs it from npm) with its default mobile preset — a mid-range phone "+
			"(4× CPU slowdown) on a slow 4G network, simulated — on Debian's headless Chromium with the same flags as above, a fresh profile "+
			"per run, served on localhost by the same servers as the cold load. Each page is loaded %d times; the row gives the run with the "+
			"median performance score, and every run's score beside it (on this shared 2-core machine one run of the same build can score "+
			"anywhere from the low 80s to 99). The hello-world's row shows what go-app's own start costs: the Go runtime and go-app start in "+
			"one task on the main thread, which is most of the total blocking time. Storyquiz starts in four tasks of 20–30 ms each on this "+
			"machine, before the slowdown (the Go runtime; the package initialisers; the routes and the page's quiz; go-app's start: "+
			"app/startup), so that the longest tasks left are the browser's: part of the bundle's streaming compile and the end of its "+
			"download, one task of about 50 ms.\n\n", lighthouseRuns)
		b.WriteString(r.Lighthouse.markdown())
	}
	if r.Engine != nil {
		b.WriteString("\n## Engine\n\n")
		fmt.Fprintf(&b, "Command: `%s`.\n\n", r.Engine.Command)
		b.WriteString(r.Engine.markdown())
	}
	if r.Items != nil {
		b.WriteString(r.Items.markdown())
	}
	if r.BrowserGen != nil {
		b.WriteString(r.BrowserGen.markdown())
	}
	if r.Load != nil {
		b.WriteString("\n## Live session load\n\n")
		fmt.Fprintf(&b, "Command: `go run ./app/tools/bench -only load` (part of `make bench`). For each class size, a fresh `bin/storyquiz serve` "+
			"(with `-max-players` above the class size, `-join-rate 1000000 -join-burst 1000000` and the per-address connection and stream limits raised, since every simulated student comes from 127.0.0.1) "+
			"and a fresh database. The load generator creates a session for `%s`, joins every student over HTTP, opens one event stream per student "+
			"(and the teacher's), then runs every question: the teacher starts (or moves on), every student answers at a uniformly random moment "+
			"within %s once the question has reached every stream, the teacher reveals; finally the teacher ends the session. "+
			"Answer latency is from sending `POST …/answers` to reading its response. Fan-out is from sending a teacher action to the moment "+
			"the last student stream has the new view (including the durable write). Peak memory is the server's VmHWM from /proc.\n\n", Story, r.Spread)
		b.WriteString(r.Load.markdown())
	}
	if r.Cluster != nil {
		b.WriteString("\n## District: three nodes on PostgreSQL\n\n")
		fmt.Fprintf(&b, "Command: `go run ./app/tools/bench -only cluster` (part of `make bench`). One PostgreSQL (Debian's, started by "+
			"`app/tools/pgtest`: `synchronous_commit` on, `fsync` on), and for each row a fresh database, %d `bin/storyquiz serve` nodes on it and "+
			"HAProxy in front (`app/tools/proxytest`: round robin, no sticky sessions, health checks on `/healthz`), all on this machine with the "+
			"load generator. The sessions of a row run at once through the proxy, each as in the live-session section (join, one stream per "+
			"student, every question: start or next, answers within %s, reveal; end); requests and streams land on any node, so a fan-out "+
			"includes the other nodes learning of the change (LISTEN/NOTIFY, then reading the log). Rows of 30-student classes grow until "+
			"one misses the budgets (the budget's 3,000 is measured even then); the last row is one session of %d. CPU seconds are each node's, and PostgreSQL's with its connections'.\n\n",
			clusterNodes, r.Spread, clusterBig)
		b.WriteString(r.Cluster.markdown(r.Load))
	}
	return b.String()
}

func firstFields(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		f = f[:n]
	}
	return strings.Join(f, " ")
}
