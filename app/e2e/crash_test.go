//go:build !wasm

package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"storyquiz/quiz/session"
)

// apiClient talks to a server's sessions API over plain HTTP, as a
// student's or teacher's device would, without a browser.
type apiClient struct {
	t    testing.TB
	base string
	c    *http.Client
}

func newAPIClient(t testing.TB, s *server) *apiClient {
	tr := &http.Transport{MaxIdleConnsPerHost: 100}
	t.Cleanup(tr.CloseIdleConnections)
	return &apiClient{t: t, base: s.URL, c: &http.Client{Transport: tr, Timeout: 20 * time.Second}}
}

// do sends a request with a JSON body (when body is not nil) and the secret
// as a Bearer credential; err is a transport error, such as a killed server.
func (a *apiClient) do(method, path, secret string, body any) (int, []byte, error) {
	var rd io.Reader
	if body != nil {
		data, err := json.Marshal(body)
		if err != nil {
			return 0, nil, err
		}
		rd = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, a.base+path, rd)
	if err != nil {
		return 0, nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	resp, err := a.c.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	return resp.StatusCode, data, err
}

// must sends a request, fails the test unless it gets status want, and
// decodes a JSON response into out when out is not nil.
func (a *apiClient) must(want int, method, path, secret string, body, out any) []byte {
	a.t.Helper()
	got, data, err := a.do(method, path, secret, body)
	if err != nil || got != want {
		a.t.Fatalf("%s %s = %d %s %v, want %d", method, path, got, data, err, want)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			a.t.Fatalf("%s %s: %v in %s", method, path, err, data)
		}
	}
	return data
}

// crashPlayer is one simulated student.
type crashPlayer struct {
	Name         string
	PlayerID     string `json:"playerId"`
	PlayerSecret string `json:"playerSecret"`
}

// crashSession creates a session of the launch story and joins n students
// at once.
func crashSession(t *testing.T, a *apiClient, n int) (code, host string, ps []crashPlayer) {
	t.Helper()
	var cr struct{ Code, HostSecret string }
	a.must(201, "POST", "/api/sessions", "", map[string]string{"story": "trump-lavrov-oval-office"}, &cr)
	ps = make([]crashPlayer, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			ps[i].Name = fmt.Sprintf("Student %02d", i)
			st, data, err := a.do("POST", "/api/sessions/"+cr.Code+"/players", "", map[string]string{"name": ps[i].Name})
			if err != nil || st != 201 || json.Unmarshal(data, &ps[i]) != nil {
				t.Errorf("join %d: %d %s %v", i, st, data, err)
			}
		})
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	return cr.Code, cr.HostSecret, ps
}

// csvAnswers reads results.csv into name → the text of each answer, one
// cell per question asked ("" when there is no answer).
func csvAnswers(t *testing.T, a *apiClient, code, host string) map[string][]string {
	t.Helper()
	data := a.must(200, "GET", "/api/sessions/"+code+"/results.csv", host, nil, nil)
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatalf("results.csv: %v\n%s", err, data)
	}
	out := map[string][]string{}
	// Name, Score, Questions asked, Quiz, Date, then answer, right/wrong
	// and seconds per question.
	const first, per = 5, 3
	for _, r := range recs[1:] {
		for i := first; i < len(r); i += per {
			out[r[0]] = append(out[r[0]], r[i])
		}
	}
	return out
}

// checkLogHasNoSecrets fails if the server's output holds any secret.
func checkLogHasNoSecrets(t *testing.T, log string, secrets ...string) {
	t.Helper()
	for _, s := range secrets {
		if s != "" && strings.Contains(log, s) {
			t.Errorf("the server log holds a secret %s", s)
		}
	}
}

// TestCrashSIGKILL kills the server with SIGKILL while a class's answers are
// in flight, starts it again on the same database file and address, and
// checks that every answer acknowledged with 200 is still there, every
// secret still works and the session goes on to its end.
func TestCrashSIGKILL(t *testing.T) {
	const n = 60
	s := startServer(t, "")
	a := newAPIClient(t, s)
	code, host, ps := crashSession(t, a, n)
	base := "/api/sessions/" + code
	var v session.View
	a.must(200, "POST", base+"/control", host, map[string]string{"action": "start"}, &v)
	if v.Question == nil {
		t.Fatalf("no question after start: %+v", v)
	}
	q1, nOpt := v.Question.ID, len(v.Question.Options)
	// The last student does not answer before the crash, so that someone
	// is left to answer after it.
	late := ps[n-1]
	choice := func(i int) int { return i % nOpt }

	var mu sync.Mutex
	acked := map[int]bool{}
	var transportErrs int
	ackc := make(chan struct{}, n)
	go1 := make(chan struct{})
	var wg sync.WaitGroup
	for i := range n - 1 {
		wg.Go(func() {
			<-go1
			st, data, err := a.do("POST", base+"/answers", ps[i].PlayerSecret, map[string]any{"questionId": q1, "choice": choice(i)})
			mu.Lock()
			defer mu.Unlock()
			switch {
			case err != nil:
				transportErrs++ // the server died before answering: unknown
			case st == 200:
				acked[i] = true
				ackc <- struct{}{}
			default:
				t.Errorf("answer %d: status %d %s", i, st, data)
			}
		})
	}
	close(go1)
	// Kill once a third of the answers is acknowledged; the rest are in
	// flight or not yet sent.
	for range n / 3 {
		select {
		case <-ackc:
		case <-time.After(20 * time.Second):
			t.Fatal("answers were not acknowledged")
		}
	}
	if err := s.Cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	s.Cmd.Wait()
	wg.Wait()
	t.Logf("at the kill: %d answers acknowledged, %d cut off, of %d sent", len(acked), transportErrs, n-1)

	s2 := startServerAt(t, s.Addr, s.DB)
	a = newAPIClient(t, s2)
	var hv session.View
	a.must(200, "GET", base+"/state", host, nil, &hv)
	if hv.Phase != session.PhaseQuestion || hv.Question == nil || hv.Question.ID != q1 || len(hv.Players) != n {
		t.Fatalf("after the restart the host sees %s, question %v, %d players; want question %s open, %d players", hv.Phase, hv.Question, len(hv.Players), q1, n)
	}
	stored := 0
	for i, p := range ps {
		var pv session.View
		a.must(200, "GET", base+"/state", p.PlayerSecret, nil, &pv) // the secret still works
		switch {
		case pv.You == nil || pv.You.Name != p.Name:
			t.Errorf("%s: view after restart is %+v", p.Name, pv.You)
		case pv.You.Answer == nil && acked[i]:
			t.Errorf("%s: the acknowledged answer %d was lost", p.Name, choice(i))
		case pv.You.Answer != nil && *pv.You.Answer != choice(i):
			t.Errorf("%s: stored answer %d, sent %d", p.Name, *pv.You.Answer, choice(i))
		case pv.You.Answer != nil:
			stored++
		}
	}
	if hv.Answers == nil || hv.Answers.Answered != stored {
		t.Errorf("host counts %+v answered, players' views show %d", hv.Answers, stored)
	}
	cells := csvAnswers(t, a, code, host)
	for i := range acked {
		if got, want := cells[ps[i].Name], hv.Question.Options[choice(i)]; len(got) == 0 || got[0] != want {
			t.Errorf("results.csv: %s has %q for the first question, want %q", ps[i].Name, got, want)
		}
	}

	// The session goes on: the late student answers, the teacher reveals and
	// moves on, someone answers the second question, and the session ends.
	a.must(200, "POST", base+"/answers", late.PlayerSecret, map[string]any{"questionId": q1, "choice": 0}, nil)
	a.must(200, "POST", base+"/control", host, map[string]string{"action": "reveal"}, nil)
	a.must(200, "POST", base+"/control", host, map[string]string{"action": "next"}, &v)
	if v.Question == nil || v.Index != 1 {
		t.Fatalf("after next: %+v", v)
	}
	a.must(200, "POST", base+"/answers", ps[0].PlayerSecret, map[string]any{"questionId": v.Question.ID, "choice": 1}, nil)
	a.must(200, "POST", base+"/control", host, map[string]string{"action": "end"}, &v)
	if v.Phase != session.PhaseFinished || v.Results == nil || len(v.Results.Players) != n {
		t.Fatalf("finished view: %s, results %v", v.Phase, v.Results)
	}
	for _, r := range v.Results.Players {
		for i, p := range ps {
			if p.PlayerID == r.ID && acked[i] && r.Answers[0] != choice(i) {
				t.Errorf("final results: %s answered %d, acknowledged %d", r.Name, r.Answers[0], choice(i))
			}
		}
	}
	s2.Stop()
	secrets := []string{host}
	for _, p := range ps {
		secrets = append(secrets, p.PlayerSecret)
	}
	checkLogHasNoSecrets(t, s.Log()+s2.Log(), secrets...)
}

// sseEvent is one Server-Sent Event: name is "" for a view, "retry" for the
// reconnect hint, "eof" when the stream ended.
type sseEvent struct{ name, data string }

// openStream opens an event stream; its events arrive on the channel, which
// ends with an "eof" event. cancel closes the connection from the client.
func openStream(t *testing.T, s *server, code, secret string) (<-chan sseEvent, context.CancelFunc) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", s.URL+"/api/sessions/"+code+"/events?secret="+secret, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/event-stream" {
		t.Fatalf("events: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	ch := make(chan sseEvent, 64)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev != (sseEvent{}) {
					ch <- ev
				}
				ev = sseEvent{}
			case strings.HasPrefix(line, "retry: "):
				ev = sseEvent{name: "retry", data: line[len("retry: "):]}
			case strings.HasPrefix(line, "event: "):
				ev.name = line[len("event: "):]
			case strings.HasPrefix(line, "data: "):
				ev.data = line[len("data: "):]
			}
		}
		ch <- sseEvent{name: "eof"}
	}()
	return ch, cancel
}

// nextEvent returns the stream's next event, failing after a generous wait.
func nextEvent(t *testing.T, ch <-chan sseEvent) sseEvent {
	t.Helper()
	select {
	case ev := <-ch:
		return ev
	case <-time.After(15 * time.Second):
		t.Fatal("no event within 15 s")
	}
	return sseEvent{}
}

// firstView skips the retry hint and decodes the first view of a stream.
func firstView(t *testing.T, ch <-chan sseEvent) session.View {
	t.Helper()
	if ev := nextEvent(t, ch); ev.name != "retry" {
		t.Fatalf("first event %+v, want the retry hint", ev)
	}
	ev := nextEvent(t, ch)
	var v session.View
	if ev.name != "" || json.Unmarshal([]byte(ev.data), &v) != nil {
		t.Fatalf("event %+v, want a view", ev)
	}
	return v
}

// TestCrashSIGTERMDrains sends SIGTERM while event streams are open and a
// join request is half sent: the streams end, the join
// still completes (and is stored), and the server exits with status 0.
func TestCrashSIGTERMDrains(t *testing.T) {
	s := startServer(t, "")
	a := newAPIClient(t, s)
	code, host, ps := crashSession(t, a, 3)
	streams := []<-chan sseEvent{}
	for _, secret := range []string{host, ps[0].PlayerSecret, ps[1].PlayerSecret, ps[2].PlayerSecret} {
		ch, _ := openStream(t, s, code, secret)
		firstView(t, ch) // subscribed
		streams = append(streams, ch)
	}

	// A request in flight: headers and half the body sent.
	conn, err := net.Dial("tcp", s.Addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"name":"Late Student"}`
	fmt.Fprintf(conn, "POST /api/sessions/%s/players HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s",
		code, s.Addr, len(body), body[:8])
	// Give the server a moment to accept the connection and read the
	// headers, so the request is in its handler when the signal comes.
	time.Sleep(200 * time.Millisecond)

	if err := s.Cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- s.Cmd.Wait() }()
	// The streams just end, so that browsers reconnect (to the next server).
	for i, ch := range streams {
		if ev := nextEvent(t, ch); ev.name != "eof" {
			t.Errorf("stream %d: got %+v on SIGTERM, want the end of the stream", i, ev)
		}
	}
	fmt.Fprint(conn, body[8:])
	conn.SetReadDeadline(time.Now().Add(15 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("the in-flight join got no response: %v", err)
	}
	data, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 201 {
		t.Errorf("the in-flight join: %d %s, want 201", resp.StatusCode, data)
	}
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("the server exited with %v, want status 0\n%s", err, s.Log())
		}
	case <-time.After(15 * time.Second):
		t.Fatalf("the server did not exit within 15 s of SIGTERM\n%s", s.Log())
	}

	// The drained join was stored before it was acknowledged.
	s2 := startServerAt(t, s.Addr, s.DB)
	var hv session.View
	newAPIClient(t, s2).must(200, "GET", "/api/sessions/"+code+"/state", host, nil, &hv)
	var names []string
	for _, p := range hv.Players {
		names = append(names, p.Name)
	}
	if len(names) != 4 || names[3] != "Late Student" {
		t.Errorf("players after the restart: %q, want the 3 and Late Student", names)
	}
	checkLogHasNoSecrets(t, s.Log(), host, ps[0].PlayerSecret, ps[1].PlayerSecret, ps[2].PlayerSecret)
}

// TestCrashReconnect cuts a student's event stream mid-session and reopens
// it after the session moved on: the first view is the latest one. An
// answer sent twice (its first response lost) is acknowledged twice and
// counted once, in the host's view and in the CSV.
func TestCrashReconnect(t *testing.T) {
	s := startServer(t, "")
	a := newAPIClient(t, s)
	code, host, ps := crashSession(t, a, 2)
	ana := ps[0]
	base := "/api/sessions/" + code
	ch, cut := openStream(t, s, code, ana.PlayerSecret)
	if v := firstView(t, ch); v.Phase != session.PhaseLobby {
		t.Fatalf("first view: %s, want lobby", v.Phase)
	}
	cut() // the Wi-Fi drops

	var v session.View
	a.must(200, "POST", base+"/control", host, map[string]string{"action": "start"}, &v)
	qid := v.Question.ID
	for range 2 { // the first response was "lost", so the device sends it again
		a.must(200, "POST", base+"/answers", ana.PlayerSecret, map[string]any{"questionId": qid, "choice": 2}, nil)
	}
	a.must(200, "POST", base+"/control", host, map[string]string{"action": "reveal"}, nil)

	ch, _ = openStream(t, s, code, ana.PlayerSecret)
	got := firstView(t, ch)
	var want session.View
	a.must(200, "GET", base+"/state", ana.PlayerSecret, nil, &want)
	if got.Phase != session.PhaseReveal || got.Version != want.Version || got.Reveal == nil ||
		got.You == nil || got.You.Answer == nil || *got.You.Answer != 2 {
		t.Errorf("first view after reconnecting: phase %s version %d reveal %v you %+v; want the reveal, version %d, answer 2",
			got.Phase, got.Version, got.Reveal, got.You, want.Version)
	}

	var hv session.View
	a.must(200, "GET", base+"/state", host, nil, &hv)
	if hv.Answers == nil || hv.Answers.Answered != 1 || fmt.Sprint(hv.Answers.Counts[:3]) != "[0 0 1]" {
		t.Errorf("host answer stats %+v, want one answer, C", hv.Answers)
	}
	cells := csvAnswers(t, a, code, host)
	if len(cells) != 2 || cells[ana.Name][0] != v.Question.Options[2] || cells[ps[1].Name][0] != "" {
		t.Errorf("results.csv answers = %q, want %q for %s only", cells, v.Question.Options[2], ana.Name)
	}
}
