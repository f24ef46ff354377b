//go:build !wasm

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	"storyquiz/app/tools/chromium"
	"storyquiz/app/tools/proc"
)

// Lighthouse budgets: performance at least 95 and accessibility 100, with
// Lighthouse's mobile preset (a slow phone on a slow network, simulated).
const (
	budgetLighthousePerf = 95
	budgetLighthouseA11y = 100
)

// lighthouseRuns is how many times Lighthouse loads each page. The report
// gives the run with the median performance score: on a shared 2-core
// machine one run of the same build scores anywhere from 81 to 99, as
// Lighthouse's own guide warns ("run it several times and take the median").
const lighthouseRuns = 5

// lighthousePages are the pages the design budgets, on Storyquiz.
var lighthousePages = []string{"/", "/join", StoryURL}

// lighthouseRun is Lighthouse's verdict on one page.
type lighthouseRun struct {
	App, Page          string
	Performance, A11y  int // scores out of 100
	FCP, LCP, TBT, CLS string
	Scores             string // every run's performance score, in order
}

// medianRun is the run with the median performance score, and every run's
// score beside it.
func medianRun(runs []lighthouseRun) lighthouseRun {
	scores := make([]string, len(runs))
	for i, r := range runs {
		scores[i] = fmt.Sprint(r.Performance)
	}
	sorted := slices.Clone(runs)
	slices.SortStableFunc(sorted, func(a, b lighthouseRun) int { return a.Performance - b.Performance })
	m := sorted[len(sorted)/2]
	m.Scores = strings.Join(scores, ", ")
	return m
}

// lighthouseReport is the Lighthouse section's outcome: Storyquiz's pages,
// then the hello-world's for comparison.
type lighthouseReport struct {
	Runs []lighthouseRun
}

// runLighthouse serves Storyquiz and the hello-world and runs Lighthouse on
// each page, one after the other, with a fresh Chromium profile each.
func runLighthouse(ctx context.Context, root, sqDir, bin, helloDir, tmp string) (lighthouseReport, error) {
	lh := filepath.Join(root, "app", "tools", "bench", "lighthouse", "node_modules", ".bin", "lighthouse")
	if _, err := os.Stat(lh); err != nil {
		return lighthouseReport{}, fmt.Errorf("lighthouse is not installed: run `make bench`, which installs it with npm (or `make lighthouse`)")
	}
	sq, err := proc.Start(sqDir, "", bin, "serve", "-db", filepath.Join(tmp, "lighthouse.db"))
	if err != nil {
		return lighthouseReport{}, err
	}
	defer sq.Stop()
	hello, err := proc.Start(helloDir, "", filepath.Join(helloDir, "hello"))
	if err != nil {
		return lighthouseReport{}, err
	}
	defer hello.Stop()
	var rep lighthouseReport
	targets := []struct{ app, base, page string }{}
	for _, p := range lighthousePages {
		targets = append(targets, struct{ app, base, page string }{"Storyquiz", sq.URL, p})
	}
	targets = append(targets, struct{ app, base, page string }{"hello-world", hello.URL, "/"})
	for i, t := range targets {
		var runs []lighthouseRun
		for k := range lighthouseRuns {
			profile := filepath.Join(tmp, fmt.Sprintf("lighthouse-profile-%d-%d", i, k))
			path, flags, err := chromium.CommandLine(profile)
			if err != nil {
				return rep, err
			}
			out := filepath.Join(tmp, fmt.Sprintf("lighthouse-%d-%d.json", i, k))
			cmd := exec.CommandContext(ctx, lh, t.base+t.page, "--quiet", "--only-categories=performance,accessibility",
				"--output=json", "--output-path="+out, "--chrome-flags="+flags)
			cmd.Env = append(os.Environ(), "CHROME_PATH="+path)
			if msg, err := cmd.CombinedOutput(); err != nil {
				return rep, fmt.Errorf("lighthouse on %s: %w: %s", t.page, err, firstFields(string(msg), 30))
			}
			r, err := readLighthouse(out)
			if err != nil {
				return rep, err
			}
			runs = append(runs, r)
		}
		r := medianRun(runs)
		r.App, r.Page = t.app, t.page
		logf("  %s %s: performance %d (runs: %s), accessibility %d, total blocking time %s", r.App, r.Page, r.Performance, r.Scores, r.A11y, r.TBT)
		rep.Runs = append(rep.Runs, r)
	}
	return rep, nil
}

// readLighthouse reads the scores and the figures behind performance from
// a Lighthouse JSON report.
func readLighthouse(path string) (lighthouseRun, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return lighthouseRun{}, err
	}
	var lr struct {
		Categories map[string]struct{ Score float64 } `json:"categories"`
		Audits     map[string]struct {
			DisplayValue string `json:"displayValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(data, &lr); err != nil {
		return lighthouseRun{}, fmt.Errorf("reading %s: %w", path, err)
	}
	a := lr.Audits
	return lighthouseRun{
		Performance: int(lr.Categories["performance"].Score*100 + 0.5),
		A11y:        int(lr.Categories["accessibility"].Score*100 + 0.5),
		FCP:         a["first-contentful-paint"].DisplayValue,
		LCP:         a["largest-contentful-paint"].DisplayValue,
		TBT:         a["total-blocking-time"].DisplayValue,
		CLS:         a["cumulative-layout-shift"].DisplayValue,
	}, nil
}

// worst is the lowest performance and accessibility score of Storyquiz's pages.
func (r lighthouseReport) worst() (perf, a11y int, ok bool) {
	perf, a11y = 100, 100
	for _, x := range r.Runs {
		if x.App == "Storyquiz" {
			perf, a11y, ok = min(perf, x.Performance), min(a11y, x.A11y), true
		}
	}
	return perf, a11y, ok
}

func (r lighthouseReport) markdown() string {
	t := table{head: []string{"app", "page", "performance (median)", "every run", "accessibility", "first contentful paint", "largest contentful paint", "total blocking time", "layout shift"}}
	for _, x := range r.Runs {
		t.add(x.App, "`"+x.Page+"`", x.Performance, x.Scores, x.A11y, x.FCP, x.LCP, x.TBT, x.CLS)
	}
	return strings.TrimRight(t.String(), "\n") + "\n"
}
