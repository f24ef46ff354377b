//go:build !wasm

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"storyquiz/app/tools/pgtest"
	"storyquiz/app/tools/proxytest"
	"storyquiz/quiz/session"
)

// TestCluster runs a district on this machine: three storyquiz servers on
// one PostgreSQL, behind HAProxy with health checks on /healthz and no
// sticky sessions, and a live session whose students' requests the proxy
// spreads over the servers. Mid-question it SIGKILLs one server: the
// students carry on through the others with their place and score, and
// every acknowledged answer is in results.csv. Mid-question it restarts
// PostgreSQL as a crash would: requests meanwhile get 503 with Retry-After,
// are sent again, and nothing acknowledged is lost. It sends one host action
// to two servers at once: one wins, and both show the same state.
func TestCluster(t *testing.T) {
	const n = 45
	pg := pgtest.New(t)
	dbURL := pg.NewDB(t)
	var nodes []*server
	var addrs []string
	for range 3 {
		s := startServer(t, dbURL)
		nodes = append(nodes, s)
		addrs = append(addrs, s.Addr)
	}
	px := proxytest.New(t, addrs)
	front := &server{Process: nodes[0].Process, DB: dbURL}
	a := newAPIClient(t, front)
	a.base = px.URL
	direct := make([]*apiClient, len(nodes))
	for i, s := range nodes {
		direct[i] = newAPIClient(t, s)
	}

	code, host, ps := crashSession(t, a, n) // created and joined through the proxy
	base := "/api/sessions/" + code
	// A host stream on each server: a change made through any server must
	// reach all three.
	var hostStreams []*clusterStream
	for _, s := range nodes {
		hostStreams = append(hostStreams, openClusterStream(t, s.URL, code, host, ""))
	}
	// Students' streams through the proxy land on any server.
	var studentStreams []*clusterStream
	for _, p := range ps[:6] {
		studentStreams = append(studentStreams, openClusterStream(t, px.URL, code, p.PlayerSecret, ""))
	}
	var v session.View
	direct[0].must(200, "POST", base+"/control", host, map[string]string{"action": "start"}, &v)
	if v.Question == nil {
		t.Fatalf("no question after start: %+v", v)
	}
	q1, opts1 := v.Question.ID, slices.Clone(v.Question.Options)
	for i, st := range hostStreams {
		st.waitFor(t, fmt.Sprintf("server %d's host stream shows question 1", i+1), func(v session.View) bool {
			return v.Phase == session.PhaseQuestion && v.Question != nil && v.Question.ID == q1
		})
	}
	choice := func(i, q int) int { return (i + q) % len(opts1) }

	// --- One server is killed while the class answers question 1.
	acked := make([]bool, n)
	var cut atomic.Int64
	var mu sync.Mutex
	ackc := make(chan struct{}, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Go(func() {
			<-start
			time.Sleep(time.Duration(i) * 20 * time.Millisecond) // some answers come after the kill
			st, _, err := a.do("POST", base+"/answers", ps[i].PlayerSecret, map[string]any{"questionId": q1, "choice": choice(i, 0)})
			if err == nil && st == 200 {
				mu.Lock()
				acked[i] = true
				mu.Unlock()
				ackc <- struct{}{}
			} else {
				cut.Add(1) // no answer, or the proxy's 502: unknown, sent again below
			}
		})
	}
	close(start)
	for range n / 3 {
		select {
		case <-ackc:
		case <-time.After(30 * time.Second):
			t.Fatal("answers were not acknowledged")
		}
	}
	killed := nodes[1]
	if err := killed.Cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	killed.Cmd.Wait()
	mu.Lock()
	before := 0
	for _, ok := range acked {
		if ok {
			before++
		}
	}
	mu.Unlock()
	wg.Wait()
	t.Logf("%d of %d answers acknowledged before the kill, %d cut off by it", before, n, cut.Load())
	// HAProxy's health check leaves the dead server out.
	waitStatus(t, px, "node2", "DOWN")
	// The students the kill cut off send their answer again, through the
	// proxy, as the page does.
	for i := range n {
		if !acked[i] {
			sendUntil200(t, a, "POST", base+"/answers", ps[i].PlayerSecret, map[string]any{"questionId": q1, "choice": choice(i, 0)}, nil)
		}
	}
	// The killed server's host stream ended; the others go on.
	hostStreams[1].waitEOF(t)
	for _, p := range ps {
		var pv session.View
		a.must(200, "GET", base+"/state", p.PlayerSecret, nil, &pv)
		if pv.You == nil || pv.You.Name != p.Name || pv.You.Answer == nil || *pv.You.Answer != choice(idxOf(ps, p), 0) {
			t.Errorf("%s after the kill: %+v", p.Name, pv.You)
		}
	}
	// A student's stream resumes through the proxy with Last-Event-ID and
	// is shown at least as far as it had got.
	for _, st := range studentStreams {
		st.close()
		id := st.lastID()
		re := openClusterStream(t, px.URL, code, st.secret, strconv.FormatInt(id, 10))
		re.waitFor(t, "a resumed stream's first view", func(session.View) bool { return true })
		if got := re.lastID(); got < id {
			t.Errorf("resumed at id %d after %d", got, id)
		}
		re.close()
	}

	// --- PostgreSQL restarts, as after a crash, while question 2 is answered.
	sendUntil200(t, a, "POST", base+"/control", host, map[string]any{"action": "reveal"}, nil)
	// Scores after the reveal, to check that nothing later takes them back.
	scores := map[string]int{}
	for _, p := range ps {
		var pv session.View
		a.must(200, "GET", base+"/state", p.PlayerSecret, nil, &pv)
		scores[p.Name] = pv.You.Score
	}
	v = session.View{} // decoding into a used view would share its slices
	sendUntil200(t, a, "POST", base+"/control", host, map[string]any{"action": "next", "index": 0}, &v)
	if v.Question == nil || v.Index != 1 {
		t.Fatalf("after next: %+v", v)
	}
	q2 := v.Question.ID
	var unavailable, noRetryAfter, otherFailures atomic.Int64
	restarted := make(chan error, 1)
	ackc2 := make(chan struct{}, n)
	go func() {
		for range 3 { // answering is under way
			select {
			case <-ackc2:
			case <-time.After(30 * time.Second):
			}
		}
		restarted <- pg.Restart()
	}()
	acked2 := make([]bool, n)
	for i := range n {
		wg.Go(func() {
			time.Sleep(time.Duration(i) * 40 * time.Millisecond) // answers keep coming through the restart
			body := map[string]any{"questionId": q2, "choice": choice(i, 1)}
			for deadline := time.Now().Add(90 * time.Second); time.Now().Before(deadline); {
				resp, err := a.post(base+"/answers", ps[i].PlayerSecret, body)
				switch {
				case err != nil:
					otherFailures.Add(1)
				case resp.StatusCode == 200:
					mu.Lock()
					acked2[i] = true
					mu.Unlock()
					ackc2 <- struct{}{}
					return
				case resp.StatusCode == 503:
					unavailable.Add(1)
					if resp.Header.Get("Retry-After") == "" {
						noRetryAfter.Add(1)
					}
				default:
					otherFailures.Add(1)
					t.Errorf("answer %d during the restart: status %d", i, resp.StatusCode)
				}
				time.Sleep(300 * time.Millisecond)
			}
		})
	}
	// While the database is down, the acknowledged answer of student 0 is
	// sent again and again, as a page retrying would: PostgreSQL being away
	// must show as 503.
	stopPounding := make(chan struct{})
	var pound sync.WaitGroup
	pound.Go(func() {
		for {
			select {
			case <-stopPounding:
				return
			case <-time.After(20 * time.Millisecond):
			}
			resp, err := a.post(base+"/answers", ps[0].PlayerSecret, map[string]any{"questionId": q1, "choice": choice(0, 0)})
			if err == nil && resp.StatusCode == 503 {
				unavailable.Add(1)
				if resp.Header.Get("Retry-After") == "" {
					noRetryAfter.Add(1)
				}
			}
		}
	})
	if err := <-restarted; err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(stopPounding)
	pound.Wait()
	t.Logf("PostgreSQL restart: %d answers got 503, %d other failures", unavailable.Load(), otherFailures.Load())
	// A database restart is no reason to end a stream for good: the page
	// would stop listening.
	for i, st := range append(hostStreams, studentStreams...) {
		if m := st.goneMessage(); m != "" {
			t.Errorf("stream %d ended for good while PostgreSQL restarted: %s", i, m)
		}
	}
	if unavailable.Load() == 0 {
		t.Error("no request got 503 while PostgreSQL restarted")
	}
	if noRetryAfter.Load() > 0 {
		t.Errorf("%d responses 503 without Retry-After", noRetryAfter.Load())
	}
	for i, ok := range acked2 {
		if !ok {
			t.Errorf("student %d's answer to question 2 was never acknowledged", i)
		}
	}

	// --- The host's "next" reaches two servers at once: one wins.
	sendUntil200(t, a, "POST", base+"/control", host, map[string]any{"action": "reveal"}, nil)
	statuses := make([]int, 2)
	bodies := make([][]byte, 2)
	for k, d := range []*apiClient{direct[0], direct[2]} {
		wg.Go(func() {
			statuses[k], bodies[k], _ = d.do("POST", base+"/control", host, map[string]any{"action": "next", "index": 1})
		})
	}
	wg.Wait()
	if !(statuses[0] == 200 && statuses[1] == 409 || statuses[0] == 409 && statuses[1] == 200) {
		t.Errorf("racing next: statuses %v (%s | %s), want one 200 and one 409", statuses, bodies[0], bodies[1])
	}
	var v0, v2 session.View
	direct[0].must(200, "GET", base+"/state", host, nil, &v0)
	direct[2].must(200, "GET", base+"/state", host, nil, &v2)
	if v0.Index != 2 || v0.Phase != v2.Phase || v0.Index != v2.Index || v0.Version != v2.Version {
		t.Errorf("after the race: server 1 shows question %d (%s, version %d), server 3 question %d (%s, version %d); want both at question 3",
			v0.Index+1, v0.Phase, v0.Version, v2.Index+1, v2.Phase, v2.Version)
	}
	for _, i := range []int{0, 2} {
		hostStreams[i].waitFor(t, fmt.Sprintf("server %d's host stream shows question 3", i+1), func(v session.View) bool {
			return v.Index == 2 && v.Phase == session.PhaseQuestion
		})
	}

	// --- The end: every acknowledged answer is in results.csv, the same
	// from every server, and nobody's score went back.
	v = session.View{}
	sendUntil200(t, a, "POST", base+"/control", host, map[string]any{"action": "end"}, &v)
	if v.Phase != session.PhaseFinished {
		t.Fatalf("after end: %s", v.Phase)
	}
	cells := csvAnswers(t, a, code, host)
	var opts2 []string
	for _, q := range v.Results.Questions {
		if q.ID == q2 {
			opts2 = q.Options
		}
	}
	for i, p := range ps {
		got := cells[p.Name]
		if len(got) < 2 || got[0] != opts1[choice(i, 0)] || (opts2 != nil && got[1] != opts2[choice(i, 1)]) {
			t.Errorf("results.csv: %s has %q, want %q then option %d", p.Name, got, opts1[choice(i, 0)], choice(i, 1))
		}
	}
	for _, r := range v.Results.Players {
		if r.Score < scores[r.Name] {
			t.Errorf("%s's score went from %d to %d", r.Name, scores[r.Name], r.Score)
		}
	}
	csv0 := direct[0].must(200, "GET", base+"/results.csv", host, nil, nil)
	csv2 := direct[2].must(200, "GET", base+"/results.csv", host, nil, nil)
	if !bytes.Equal(csv0, csv2) {
		t.Errorf("results.csv differs between servers 1 and 3:\n%s\n---\n%s", csv0, csv2)
	}

	secrets := []string{host, pg.Password}
	for _, p := range ps {
		secrets = append(secrets, p.PlayerSecret)
	}
	for _, s := range nodes {
		s.Stop()
		checkLogHasNoSecrets(t, s.Log(), secrets...)
	}
}

// idxOf returns the index of p in ps.
func idxOf(ps []crashPlayer, p crashPlayer) int {
	for i := range ps {
		if ps[i].PlayerSecret == p.PlayerSecret {
			return i
		}
	}
	return -1
}

// post sends a JSON POST and returns the response with its body read.
func (a *apiClient) post(path, secret string, body any) (*http.Response, error) {
	data, _ := json.Marshal(body)
	req, err := http.NewRequest("POST", a.base+path, bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+secret)
	resp, err := a.c.Do(req)
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	return resp, nil
}

// sendUntil200 sends a request again, as the page does, while it gets no
// response, 502 (the proxy lost the server) or 503 (the database is away),
// and fails the test on any other status or after a minute.
func sendUntil200(t *testing.T, a *apiClient, method, path, secret string, body, out any) {
	t.Helper()
	var st int
	var data []byte
	var err error
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(250 * time.Millisecond) {
		st, data, err = a.do(method, path, secret, body)
		if err == nil && st == 200 {
			if out != nil {
				if err := json.Unmarshal(data, out); err != nil {
					t.Fatal(err)
				}
			}
			return
		}
		if err == nil && st != 502 && st != 503 {
			break
		}
	}
	t.Fatalf("%s %s = %d %s %v, want 200", method, path, st, data, err)
}

// waitStatus waits until HAProxy reports the server in the state.
func waitStatus(t *testing.T, px *proxytest.Proxy, name, want string) {
	t.Helper()
	var got map[string]string
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(200 * time.Millisecond) {
		var err error
		if got, err = px.Status(); err != nil {
			t.Fatal(err)
		}
		if got[name] == want {
			return
		}
	}
	t.Fatalf("HAProxy reports %v, want %s %s", got, name, want)
}

// clusterStream is an event stream with the ids of its views. Like
// EventSource, waitFor opens it again when it ends without a "gone" event.
type clusterStream struct {
	base, code, secret string
	cancel             context.CancelFunc
	views              chan session.View
	eof                chan struct{}
	last               *atomic.Int64
	gone               *atomic.Value // the message of a "gone" event, which ends the stream for good
}

// openClusterStream opens an event stream at base, resuming after
// lastEventID when it is not empty.
func openClusterStream(t *testing.T, base, code, secret, lastEventID string) *clusterStream {
	t.Helper()
	s := &clusterStream{base: base, code: code, secret: secret, last: new(atomic.Int64), gone: new(atomic.Value)}
	s.connect(t, lastEventID)
	return s
}

// connect opens the stream, or opens it again after it ended.
func (s *clusterStream) connect(t *testing.T, lastEventID string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", s.base+"/api/sessions/"+s.code+"/events?secret="+s.secret, nil)
	if lastEventID != "" {
		req.Header.Set("Last-Event-ID", lastEventID)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 {
		t.Fatalf("events: status %d", resp.StatusCode)
	}
	views, eof := make(chan session.View, 256), make(chan struct{})
	s.cancel, s.views, s.eof = cancel, views, eof
	go func() {
		defer close(eof)
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		var id int64
		event := ""
		for sc.Scan() {
			line := sc.Text()
			if line == "" {
				event = ""
			}
			if v, ok := strings.CutPrefix(line, "event: "); ok {
				event = v
			}
			if v, ok := strings.CutPrefix(line, "id: "); ok {
				id, _ = strconv.ParseInt(v, 10, 64)
			}
			if data, ok := strings.CutPrefix(line, "data: "); ok {
				if event == "gone" {
					s.gone.Store(data)
					continue
				}
				var v session.View
				if json.Unmarshal([]byte(data), &v) == nil {
					s.last.Store(id)
					select {
					case views <- v:
					default: // a test that does not read keeps the newest id only
					}
				}
			}
		}
	}()
}

// goneMessage is the message of the "gone" event that ended the stream for
// good, or "".
func (s *clusterStream) goneMessage() string {
	m, _ := s.gone.Load().(string)
	return m
}

func (s *clusterStream) lastID() int64 { return s.last.Load() }
func (s *clusterStream) close()        { s.cancel(); <-s.eof }

// waitFor reads views until one satisfies ok.
func (s *clusterStream) waitFor(t *testing.T, what string, ok func(session.View) bool) {
	t.Helper()
	timeout := time.After(20 * time.Second)
	for {
		select {
		case v := <-s.views:
			if ok(v) {
				return
			}
		case <-s.eof:
			for len(s.views) > 0 {
				if ok(<-s.views) {
					return
				}
			}
			if m := s.goneMessage(); m != "" {
				t.Fatalf("%s: the stream ended for good: %s", what, m)
			}
			// Ended without "gone" (the database restarted): come back,
			// as EventSource does.
			s.connect(t, strconv.FormatInt(s.lastID(), 10))
		case <-timeout:
			t.Fatalf("%s: not within 20 s", what)
		}
	}
}

// waitEOF waits until the stream has ended.
func (s *clusterStream) waitEOF(t *testing.T) {
	t.Helper()
	select {
	case <-s.eof:
	case <-time.After(20 * time.Second):
		t.Fatal("the stream of a killed server did not end")
	}
}
