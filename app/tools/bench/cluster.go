//go:build !wasm

package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"storyquiz/app/tools/pgtest"
	"storyquiz/app/tools/proc"
	"storyquiz/app/tools/proxytest"
)

// The district's budgets (3 nodes + PostgreSQL + the proxy on this machine).
const (
	budgetClusterP99      = 100 * time.Millisecond
	budgetClusterFanout   = 500 * time.Millisecond
	budgetClusterStudents = 3000
	clusterNodes          = 3
	classSize             = 30
)

// clusterRun is one district load: sessions of per students at once.
type clusterRun struct {
	Sessions, Per int
	loadResult
	NodeRSS []int64   // each node's VmHWM
	NodeCPU []float64 // each node's CPU seconds (user and system)
	PGCPU   float64   // PostgreSQL's CPU seconds during the run (its connections' too)
}

// students is the run's total.
func (c *clusterRun) students() int { return c.Sessions * c.Per }

// holds reports whether the run met the district's budgets without errors.
func (c *clusterRun) holds() bool {
	return c.errorCount() == 0 && percentile(c.Answers, 99) <= budgetClusterP99 && maximum(c.fanoutDurations()) <= budgetClusterFanout
}

// clusterReport is the district section's outcome.
type clusterReport struct {
	Runs    []*clusterRun
	Largest int    // the largest total of 30-student sessions that held
	Skipped string // why the section was not run (PostgreSQL or HAProxy missing)
}

// runClusterLoads starts one PostgreSQL, and for each run a fresh database,
// three storyquiz nodes on it and HAProxy in front, then runs the sessions
// at once through the proxy: classes of 30 adding up to each of totals
// (after the first total that misses, only the budget's total of 3,000),
// and one session of big.
func runClusterLoads(ctx context.Context, bin, root string, totals []int, big int, spread time.Duration) (clusterReport, error) {
	var rep clusterReport
	for _, find := range []func() (string, error){pgtest.BinDir, proxytest.Bin} {
		if _, err := find(); err != nil {
			rep.Skipped = err.Error()
			return rep, nil
		}
	}
	pg, err := pgtest.Start()
	if err != nil {
		return rep, err
	}
	defer pg.Close()
	try := func(sessions, per int) (*clusterRun, error) {
		logf("district: %d session(s) of %d students on %d nodes", sessions, per, clusterNodes)
		r, err := runCluster(ctx, pg, bin, root, sessions, per, spread)
		if err != nil {
			return nil, err
		}
		logf("  p99 answer %s, max fan-out %s, %d errors, node peak RSS %s", ms(percentile(r.Answers, 99)),
			ms(maximum(r.fanoutDurations())), r.errorCount(), mb(slices.Max(r.NodeRSS)))
		rep.Runs = append(rep.Runs, r)
		return r, nil
	}
	missed := false
	for _, total := range totals {
		if ctx.Err() != nil {
			break
		}
		// After a miss only the budget's own total is still measured, so
		// that the report says how far from it the district is.
		if missed && total != budgetClusterStudents {
			continue
		}
		r, err := try(max(total/classSize, 1), classSize)
		if err != nil {
			return rep, err
		}
		if !r.holds() {
			missed = true
		} else if !missed {
			rep.Largest = r.students()
		}
	}
	if big > 0 && ctx.Err() == nil {
		if _, err := try(1, big); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// runCluster runs one district load on a fresh database.
func runCluster(ctx context.Context, pg *pgtest.Server, bin, root string, sessions, per int, spread time.Duration) (*clusterRun, error) {
	began := time.Now()
	dbURL, err := pg.CreateDB()
	if err != nil {
		return nil, err
	}
	total := sessions * per
	pgBefore, _ := postgresCPU(pg)
	// Every request reaches a node from the proxy's address: the
	// per-address limits are set to what a node carries (see README,
	// "Running it for a district").
	var nodes []*proc.Process
	defer func() {
		for _, n := range nodes {
			n.Stop()
		}
	}()
	var addrs []string
	for range clusterNodes {
		n, err := proc.Start(root, "", bin, "serve", "-db", dbURL,
			"-max-players", strconv.Itoa(per+100), "-max-sessions", strconv.Itoa(sessions+100),
			"-join-rate", "1000000", "-join-burst", "1000000", "-create-rate", "1000000", "-create-burst", "1000000",
			"-max-conns", "20000", "-max-conns-per-ip", "20000", "-max-streams-per-ip", strconv.Itoa(2*total+100))
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, n)
		addrs = append(addrs, n.Addr)
	}
	px, err := proxytest.Start(addrs)
	if err != nil {
		return nil, err
	}
	defer px.Close()

	results := make([]*loadResult, sessions)
	errs := make([]error, sessions)
	var wg sync.WaitGroup
	for i := range sessions {
		wg.Go(func() { results[i], errs[i] = runSession(ctx, px.URL, per, spread) })
	}
	wg.Wait()
	run := &clusterRun{Sessions: sessions, Per: per}
	run.N, run.Spread, run.Errors = total, spread, map[string]int{}
	for i, r := range results {
		if errs[i] != nil {
			run.Errors["session: "+firstLine(errs[i].Error())]++
			continue
		}
		run.Answers = append(run.Answers, r.Answers...)
		run.Fanouts = append(run.Fanouts, r.Fanouts...)
		run.Questions = max(run.Questions, r.Questions)
		run.Join = max(run.Join, r.Join)
		for k, v := range r.Errors {
			run.Errors[k] += v
		}
	}
	for i, n := range nodes {
		cpu, _ := cpuSeconds(n.Cmd.Process.Pid, false)
		run.NodeCPU = append(run.NodeCPU, cpu)
		rss, err := n.PeakRSS()
		if err != nil {
			run.Errors["reading a node's VmHWM: "+err.Error()]++
		}
		run.NodeRSS = append(run.NodeRSS, rss)
		if len(run.Errors) > 0 {
			// Keep the nodes' logs, to see why.
			path := filepath.Join(os.TempDir(), fmt.Sprintf("storyquiz-district-%d-node%d.log", total, i+1))
			if os.WriteFile(path, []byte(n.Log()), 0o600) == nil {
				logf("  node %d's log: %s", i+1, path)
			}
		}
	}
	// PostgreSQL counts a connection's CPU when it ends: stop the nodes first.
	for _, n := range nodes {
		n.Stop()
	}
	if pgAfter, err := postgresCPU(pg); err == nil {
		run.PGCPU = pgAfter - pgBefore
	}
	run.Took = time.Since(began)
	return run, nil
}

// cpuSeconds reads a process's CPU time from /proc (with children, the
// ended processes it waited for).
func cpuSeconds(pid int, children bool) (float64, error) {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	// Fields after the command name, which is in parentheses.
	_, rest, _ := strings.Cut(string(data), ") ")
	f := strings.Fields(rest)
	if len(f) < 15 {
		return 0, fmt.Errorf("short /proc/%d/stat", pid)
	}
	idx := []int{11, 12} // utime, stime (fields 14 and 15)
	if children {
		idx = append(idx, 13, 14) // cutime, cstime
	}
	var ticks float64
	for _, i := range idx {
		v, err := strconv.ParseFloat(f[i], 64)
		if err != nil {
			return 0, err
		}
		ticks += v
	}
	return ticks / 100, nil // USER_HZ
}

// postgresCPU is the CPU time of the PostgreSQL server and its ended
// connections, from its postmaster's /proc entry.
func postgresCPU(pg *pgtest.Server) (float64, error) {
	data, err := os.ReadFile(filepath.Join(pg.DataDir(), "postmaster.pid"))
	if err != nil {
		return 0, err
	}
	line, _, _ := strings.Cut(string(data), "\n")
	pid, err := strconv.Atoi(strings.TrimSpace(line))
	if err != nil {
		return 0, err
	}
	return cpuSeconds(pid, true)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// markdown renders the district section.
func (c clusterReport) markdown(single *loadReport) string {
	if c.Skipped != "" {
		return "Not run: " + c.Skipped + ".\n"
	}
	t := table{head: []string{"sessions × students", "total", "answers", "answer p50", "answer p99", "answer max",
		"fan-out p50", "fan-out max", "errors", "peak RSS per node", "CPU s per node", "PostgreSQL CPU s", "run took", "p99 ≤ 100 ms, fan-out ≤ 500 ms"}}
	for _, r := range c.Runs {
		fo := r.fanoutDurations()
		var rss, cpu []string
		for _, v := range r.NodeRSS {
			rss = append(rss, mb(v))
		}
		for _, v := range r.NodeCPU {
			cpu = append(cpu, fmt.Sprintf("%.1f", v))
		}
		t.add(fmt.Sprintf("%d × %d", r.Sessions, r.Per), r.students(), len(r.Answers), ms(percentile(r.Answers, 50)), ms(percentile(r.Answers, 99)),
			ms(maximum(r.Answers)), ms(percentile(fo, 50)), ms(maximum(fo)), r.errorCount(), strings.Join(rss, ", "), strings.Join(cpu, ", "), fmt.Sprintf("%.1f", r.PGCPU),
			fmt.Sprintf("%.0f s", r.Took.Seconds()), metMark(r.holds()))
	}
	var b strings.Builder
	b.WriteString(t.String())
	if c.Largest > 0 {
		fmt.Fprintf(&b, "\nLargest total of 30-student classes that held the district's budgets with no errors: **%d students**.\n", c.Largest)
	}
	if single != nil {
		if l := single.result(budgetStudents); l != nil {
			fmt.Fprintf(&b, "\nThe single server on SQLite in the same run, 1,000 students in one session: answer p50 %s, p99 %s, fan-out max %s.\n",
				ms(percentile(l.Answers, 50)), ms(percentile(l.Answers, 99)), ms(maximum(l.fanoutDurations())))
		}
	}
	// The projection to ten nodes, from the largest run of classes.
	var top *clusterRun
	for _, r := range c.Runs {
		if r.Per == classSize && (top == nil || r.students() > top.students()) {
			top = r
		}
	}
	if top != nil && top.students() > 0 && top.Took > 0 {
		var nodeCPU float64
		for _, v := range top.NodeCPU {
			nodeCPU += v
		}
		perNode := nodeCPU / float64(top.students()) // CPU seconds per student and session, on the nodes
		perPG := top.PGCPU / float64(top.students())
		secs := top.Took.Seconds()
		fmt.Fprintf(&b, "\nCost per student and %d-question session at %d students: %.1f ms of node CPU and %.1f ms of PostgreSQL CPU. "+
			"Projected to 30,000 students on ten nodes (3,000 each) at the same pace: %.0f CPU-s per node and %.0f CPU-s for PostgreSQL "+
			"over a %.0f s session, about %.1f cores per node and %.1f for PostgreSQL; the database, which every node shares, is what grows.\n",
			top.Questions, top.students(), perNode*1000, perPG*1000, perNode*3000, perPG*30000, secs, perNode*3000/secs, perPG*30000/secs)
	}
	for _, r := range c.Runs {
		if len(r.Errors) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\nErrors with %d × %d:\n\n", r.Sessions, r.Per)
		for _, k := range slices.Sorted(maps.Keys(r.Errors)) {
			fmt.Fprintf(&b, "- %d × %s\n", r.Errors[k], k)
		}
	}
	return b.String()
}
