//go:build !wasm

package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"path/filepath"
	"sort"
	"storyquiz/app/tools/proc"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Story is the shipped story every benchmark session runs.
const Story = "trump-lavrov-oval-office"

// loadConfig is one live-session load run.
type loadConfig struct {
	Bin    string        // the storyquiz binary
	Root   string        // where it runs (it reads web/ from there)
	DB     string        // a fresh database file
	N      int           // simulated students
	Spread time.Duration // students answer at uniformly random times within this window
}

// fanout is how long one control action took to reach every student stream.
type fanout struct {
	Action string
	Index  int
	Took   time.Duration // from sending the action until the last stream had the new view
}

// loadResult is one run's outcome.
type loadResult struct {
	N         int
	Spread    time.Duration
	Questions int
	Join      time.Duration   // joining all students
	Connect   time.Duration   // opening all streams until each had its first view
	Answers   []time.Duration // each answer request, send to response read
	Fanouts   []fanout
	Errors    map[string]int
	PeakRSS   int64 // the server's VmHWM
	Took      time.Duration
}

func (r *loadResult) errorCount() int {
	n := 0
	for _, c := range r.Errors {
		n += c
	}
	return n
}

func (r *loadResult) fanoutDurations() []time.Duration {
	var ds []time.Duration
	for _, f := range r.Fanouts {
		ds = append(ds, f.Took)
	}
	return ds
}

// holds reports whether the run met the answer-latency budget without errors.
func (r *loadResult) holds() bool {
	return r.errorCount() == 0 && percentile(r.Answers, 99) <= 50*time.Millisecond
}

// view is the part of a session view the load generator reads.
type view struct {
	Phase    string `json:"phase"`
	Index    int    `json:"index"`
	Count    int    `json:"count"`
	Version  uint64 `json:"version"`
	Question *struct {
		ID      string   `json:"id"`
		Options []string `json:"options"`
	} `json:"question"`
}

// student is one simulated student.
type student struct {
	Name         string
	PlayerID     string `json:"playerId"`
	PlayerSecret string `json:"playerSecret"`
}

// tracker follows what every student stream has shown, to time how long a
// change takes to reach all of them.
type tracker struct {
	mu       sync.Mutex
	phase    []string // each stream's latest phase
	index    []int    // and question index
	reached  []int    // the target generation each stream last reached
	gen      int      // the current target's generation
	want     string   // the target phase
	wantIdx  int      // the target index, -1 for any
	count    int      // streams that reached the target
	done     chan struct{}
	question map[int]view // a student's view of each question, for its id and options
}

func newTracker(n int) *tracker {
	t := &tracker{phase: make([]string, n), index: make([]int, n), reached: make([]int, n), question: map[int]view{}}
	return t
}

// expect sets a new target and returns a channel closed once every stream
// has reached it (counting those already there).
func (t *tracker) expect(phase string, index int) <-chan struct{} {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.gen++
	t.want, t.wantIdx, t.count = phase, index, 0
	t.done = make(chan struct{})
	for i := range t.phase {
		t.check(i)
	}
	return t.done
}

// seen records stream i's new view.
func (t *tracker) seen(i int, v view) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.phase[i], t.index[i] = v.Phase, v.Index
	if v.Phase == "question" && v.Question != nil {
		if _, ok := t.question[v.Index]; !ok {
			t.question[v.Index] = v
		}
	}
	t.check(i)
}

// check counts stream i if it reached the target; the caller holds t.mu.
func (t *tracker) check(i int) {
	if t.done == nil || t.reached[i] == t.gen || t.phase[i] != t.want || (t.wantIdx >= 0 && t.index[i] != t.wantIdx) {
		return
	}
	t.reached[i] = t.gen
	t.count++
	if t.count == len(t.phase) {
		close(t.done)
	}
}

// progress returns how many streams reached the current target.
func (t *tracker) progress() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.count
}

// errs counts errors by kind.
type errs struct {
	mu sync.Mutex
	m  map[string]int
}

func (e *errs) add(kind string) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.m == nil {
		e.m = map[string]int{}
	}
	e.m[kind]++
}

func (e *errs) snapshot() map[string]int {
	e.mu.Lock()
	defer e.mu.Unlock()
	m := map[string]int{}
	for k, v := range e.m {
		m[k] = v
	}
	return m
}

// runLoad starts a fresh server and runs one whole teacher-paced session
// with cfg.N students: join, open every stream, then for every question
// start (or next), all students answer, reveal; then end.
func runLoad(ctx context.Context, cfg loadConfig) (*loadResult, error) {
	srv, err := proc.Start(cfg.Root, "", cfg.Bin, "serve", "-db", cfg.DB,
		"-max-players", strconv.Itoa(cfg.N+100), "-join-rate", "1000000", "-join-burst", "1000000",
		// Every simulated student comes from 127.0.0.1: the per-address
		// limits would otherwise stop the larger classes (5,000 students
		// waited for connections for ever).
		"-max-conns", "20000", "-max-conns-per-ip", "20000", "-max-streams-per-ip", strconv.Itoa(2*cfg.N+100))
	if err != nil {
		return nil, err
	}
	defer srv.Stop()
	res, err := runSession(ctx, srv.URL, cfg.N, cfg.Spread)
	if err != nil {
		return nil, fmt.Errorf("%w\n%s", err, srv.Log())
	}
	if res.PeakRSS, err = srv.PeakRSS(); err != nil {
		res.Errors["reading the server's VmHWM: "+err.Error()]++
	}
	return res, nil
}

// createMu makes the district's sessions get created one at a time: the
// engine builds some of its word lists on first use without a lock
// (quiz.isFirstName), and two stories generated at once in a fresh server
// crash it ("concurrent map read and map write"), a bug of its own.
var createMu sync.Mutex

// runSession runs one whole teacher-paced session with n students against
// the server (or proxy) at url, and returns its figures (all but the
// server's memory); see runLoad.
func runSession(ctx context.Context, url string, n int, spread time.Duration) (*loadResult, error) {
	began := time.Now()
	cfg := loadConfig{N: n, Spread: spread}
	srv := struct{ URL string }{url}
	res := &loadResult{N: cfg.N, Spread: cfg.Spread}
	var ers errs

	// Request connections are kept alive and reused, as a browser would;
	// streams get their own transport so they never starve requests.
	post := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: cfg.N + 16, DisableCompression: true}, Timeout: 60 * time.Second}
	streamTr := &http.Transport{MaxIdleConnsPerHost: 16, DisableCompression: true}
	defer post.CloseIdleConnections()
	defer streamTr.CloseIdleConnections()
	call := func(ctx context.Context, path, bearer string, body any, out any) (int, error) {
		data, _ := json.Marshal(body)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+path, bytes.NewReader(data))
		if err != nil {
			return 0, err
		}
		req.Header.Set("Content-Type", "application/json")
		if bearer != "" {
			req.Header.Set("Authorization", "Bearer "+bearer)
		}
		resp, err := post.Do(req)
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			return resp.StatusCode, err
		}
		if resp.StatusCode/100 != 2 {
			return resp.StatusCode, fmt.Errorf("%s: %d %s", path, resp.StatusCode, strings.TrimSpace(string(b)))
		}
		if out != nil {
			return resp.StatusCode, json.Unmarshal(b, out)
		}
		return resp.StatusCode, nil
	}
	kind := func(what string, status int, err error) string {
		if status != 0 {
			return fmt.Sprintf("%s: HTTP %d", what, status)
		}
		if errors.Is(err, context.DeadlineExceeded) {
			return what + ": timeout"
		}
		return what + ": " + err.Error()
	}

	// The session.
	var created struct {
		Code       string `json:"code"`
		HostSecret string `json:"hostSecret"`
	}
	createMu.Lock() // see createMu
	_, err := call(ctx, "/api/sessions", "", map[string]string{"story": Story}, &created)
	createMu.Unlock()
	if err != nil {
		return nil, fmt.Errorf("creating the session: %w", err)
	}
	base := "/api/sessions/" + created.Code

	// Join every student, 64 at a time.
	students := make([]*student, cfg.N)
	t0 := time.Now()
	var wg sync.WaitGroup
	sem := make(chan struct{}, 64)
	for i := range students {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			s := &student{Name: fmt.Sprintf("Student %d", i+1)}
			if st, err := call(ctx, base+"/players", "", map[string]string{"name": s.Name}, s); err != nil {
				ers.add(kind("join", st, err))
				return
			}
			students[i] = s
		}()
	}
	wg.Wait()
	res.Join = time.Since(t0)
	var joined []*student
	for _, s := range students {
		if s != nil {
			joined = append(joined, s)
		}
	}
	if len(joined) == 0 {
		return nil, fmt.Errorf("no student could join: %v", ers.snapshot())
	}

	// Open every student's stream and the host's.
	sctx, stopStreams := context.WithCancel(ctx)
	defer stopStreams()
	tr := newTracker(len(joined))
	first := tr.expect("lobby", -1)
	t0 = time.Now()
	var streams sync.WaitGroup
	open := func(i int, secret string) {
		defer streams.Done()
		url := srv.URL + base + "/events?secret=" + secret
		req, _ := http.NewRequestWithContext(sctx, http.MethodGet, url, nil)
		req.Header.Set("Accept", "text/event-stream")
		resp, err := streamTr.RoundTrip(req)
		if err != nil {
			if sctx.Err() == nil {
				ers.add(kind("stream", 0, err))
			}
			return
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			ers.add(kind("stream", resp.StatusCode, nil))
			return
		}
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 64<<10), 16<<20)
		for sc.Scan() {
			data, ok := bytes.CutPrefix(sc.Bytes(), []byte("data: "))
			if !ok || i < 0 {
				continue
			}
			var v view
			if err := json.Unmarshal(data, &v); err != nil {
				ers.add("stream: bad view JSON")
				continue
			}
			if v.Phase != "" {
				tr.seen(i, v)
			}
		}
		if sctx.Err() == nil {
			ers.add("stream: closed by the server before the end")
		}
	}
	for i, s := range joined {
		streams.Add(1)
		go open(i, s.PlayerSecret)
	}
	streams.Add(1)
	go open(-1, created.HostSecret) // the teacher's screen: open, but not timed
	if !waitFor(first, 60*time.Second) {
		ers.add(fmt.Sprintf("connect: only %d of %d streams had a view after 60 s", tr.progress(), len(joined)))
	}
	res.Connect = time.Since(t0)

	// control sends a host action and times its arrival on every stream.
	control := func(action, phase string, index int) {
		reached := tr.expect(phase, index)
		start := time.Now()
		if st, err := call(ctx, base+"/control", created.HostSecret, map[string]string{"action": action}, nil); err != nil {
			ers.add(kind("control "+action, st, err))
			return
		}
		if !waitFor(reached, 30*time.Second) {
			ers.add(fmt.Sprintf("fan-out of %s: only %d of %d streams after 30 s", action, tr.progress(), len(joined)))
			return
		}
		res.Fanouts = append(res.Fanouts, fanout{Action: action, Index: index, Took: time.Since(start)})
	}

	var mu sync.Mutex
	for qi := 0; ; qi++ {
		if qi == 0 {
			control("start", "question", 0)
		} else {
			control("next", "question", qi)
		}
		tr.mu.Lock()
		q, ok := tr.question[qi]
		tr.mu.Unlock()
		if !ok || q.Question == nil || len(q.Question.Options) == 0 {
			ers.add(fmt.Sprintf("question %d: no student saw it", qi+1))
			break
		}
		if q.Index+1 > res.Questions {
			res.Questions = q.Index + 1
		}
		var answers sync.WaitGroup
		for _, s := range joined {
			answers.Add(1)
			go func() {
				defer answers.Done()
				if cfg.Spread > 0 {
					time.Sleep(rand.N(cfg.Spread))
				}
				body := map[string]any{"questionId": q.Question.ID, "choice": rand.IntN(len(q.Question.Options))}
				start := time.Now()
				st, err := call(ctx, base+"/answers", s.PlayerSecret, body, nil)
				took := time.Since(start)
				if err != nil {
					ers.add(kind("answer", st, err))
					return
				}
				mu.Lock()
				res.Answers = append(res.Answers, took)
				mu.Unlock()
			}()
		}
		answers.Wait()
		control("reveal", "reveal", qi)
		if count := questionCount(tr); qi+1 >= count {
			break
		}
	}
	control("end", "finished", -1)

	stopStreams()
	streams.Wait()
	res.Errors = ers.snapshot()
	res.Took = time.Since(began)
	return res, nil
}

// questionCount returns the quiz's number of questions as the views tell it.
func questionCount(tr *tracker) int {
	tr.mu.Lock()
	defer tr.mu.Unlock()
	n := 0
	for _, v := range tr.question {
		n = max(n, v.Count)
	}
	return n
}

// waitFor waits until c is closed or d passes.
func waitFor(c <-chan struct{}, d time.Duration) bool {
	select {
	case <-c:
		return true
	case <-time.After(d):
		return false
	}
}

// loadReport is the live-session section's outcome.
type loadReport struct {
	Runs    []*loadResult
	Largest int  // the largest N that held p99 ≤ 50 ms without errors
	Capped  bool // whether every N tried held, so the true largest is higher
}

// result returns the run with n students, if any.
func (l loadReport) result(n int) *loadResult {
	for _, r := range l.Runs {
		if r.N == n {
			return r
		}
	}
	return nil
}

// markdown renders the live-session section.
func (l loadReport) markdown() string {
	t := table{head: []string{"students", "questions", "answers", "answer p50", "answer p99", "answer max",
		"fan-out p50", "fan-out max", "errors", "server peak RSS", "join all", "run took", "p99 ≤ 50 ms"}}
	for _, r := range l.Runs {
		fo := r.fanoutDurations()
		t.add(r.N, r.Questions, len(r.Answers), ms(percentile(r.Answers, 50)), ms(percentile(r.Answers, 99)), ms(maximum(r.Answers)),
			ms(percentile(fo, 50)), ms(maximum(fo)), r.errorCount(), mb(r.PeakRSS), ms(r.Join), fmt.Sprintf("%.0f s", r.Took.Seconds()), metMark(r.holds()))
	}
	var b strings.Builder
	b.WriteString(t.String())
	if l.Largest > 0 {
		more := ""
		if l.Capped {
			more = " (every size tried held; the limit is higher)"
		}
		fmt.Fprintf(&b, "\nLargest class that held p99 answer latency ≤ 50 ms with no errors: **%d students**%s.\n", l.Largest, more)
	} else {
		b.WriteString("\nNo size tried held p99 answer latency ≤ 50 ms with no errors.\n")
	}
	for _, r := range l.Runs {
		if len(r.Errors) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\nErrors with %d students:\n\n", r.N)
		keys := make([]string, 0, len(r.Errors))
		for k := range r.Errors {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(&b, "- %d × %s\n", r.Errors[k], k)
		}
	}
	return b.String()
}

// dbIn returns a fresh database path for a run with n students in dir.
func dbIn(dir string, n int) string {
	return filepath.Join(dir, fmt.Sprintf("load-%d.db", n))
}
