//go:build !wasm

package server

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"
	"storyquiz/app/printout"
	"storyquiz/app/sessionapi"
	"storyquiz/app/sqlite"
	"storyquiz/app/stories"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

// clock is a settable time source for APIConfig.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// env is one running API over a database file, or over an in-memory store
// whose writes a test can hold back and fail (mem).
type env struct {
	t     *testing.T
	path  string
	mem   *storetest.Mem
	clock *clock
	cfg   APIConfig
	store hub.Store
	api   *API
	srv   *httptest.Server
}

// newMemEnv is newEnv over a storetest.Mem.
func newMemEnv(t *testing.T, edit func(*APIConfig)) *env {
	t.Helper()
	return newEnvOver(t, storetest.NewMem(), edit)
}

// newEnv starts an API over a fresh database; edit adjusts the config.
func newEnv(t *testing.T, edit func(*APIConfig)) *env {
	t.Helper()
	return newEnvOver(t, nil, edit)
}

func newEnvOver(t *testing.T, mem *storetest.Mem, edit func(*APIConfig)) *env {
	t.Helper()
	e := &env{t: t, path: filepath.Join(t.TempDir(), "test.db"), mem: mem, clock: &clock{t: time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC)}}
	e.cfg = APIConfig{
		Now:    e.clock.Now,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		StoryQuiz: func(id string, _ int64) (*quiz.Quiz, error) {
			switch id {
			case "launch":
				return sessiontest.Quiz(3), nil
			case "broken":
				return nil, errors.New("engine not ready")
			}
			return nil, fmt.Errorf("story %q: %w", id, ErrUnknownStory)
		},
	}
	if edit != nil {
		edit(&e.cfg)
	}
	e.start()
	t.Cleanup(e.stop)
	return e
}

func (e *env) start() {
	e.t.Helper()
	var err error
	if e.mem != nil {
		e.mem = e.mem.Reopen()
		e.store = e.mem
	} else if e.store, err = sqlite.Open(e.path); err != nil {
		e.t.Fatal(err)
	}
	if e.api, err = NewAPI(e.store, e.cfg); err != nil {
		e.t.Fatal(err)
	}
	e.srv = httptest.NewServer(e.api)
}

// stop shuts down in the order a real server does: streams, HTTP, store.
func (e *env) stop() {
	if e.api == nil {
		return
	}
	e.api.Close()
	e.srv.Close()
	e.store.Close()
	e.api = nil
}

// restart simulates a server restart over the same database file.
func (e *env) restart() {
	e.stop()
	e.start()
}

// do sends a request and returns the status and body. body may be a string
// (sent as is) or a value (sent as JSON); secret goes in the Authorization header.
func (e *env) do(method, path, secret string, body any) (int, []byte, http.Header) {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, e.srv.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	if secret != "" {
		req.Header.Set("Authorization", "Bearer "+secret)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := e.srv.Client().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, data, resp.Header
}

// must sends a request and fails the test unless it gets status want;
// it decodes a JSON response into out when out is not nil.
func (e *env) must(want int, method, path, secret string, body, out any) []byte {
	e.t.Helper()
	got, data, _ := e.do(method, path, secret, body)
	if got != want {
		e.t.Fatalf("%s %s = %d %s, want %d", method, path, got, data, want)
	}
	if out != nil {
		// Decoding into a used value would keep fields the response leaves out.
		reflect.ValueOf(out).Elem().SetZero()
		if err := json.Unmarshal(data, out); err != nil {
			e.t.Fatalf("%s %s: %v in %s", method, path, err, data)
		}
	}
	return data
}

// create makes a session over the 3-question test quiz (answers A, B, C).
func (e *env) create(extra map[string]any) sessionapi.CreateResponse {
	e.t.Helper()
	body := map[string]any{"quiz": sessiontest.Quiz(3)}
	for k, v := range extra {
		body[k] = v
	}
	var cr sessionapi.CreateResponse
	e.must(http.StatusCreated, "POST", "/api/sessions", "", body, &cr)
	return cr
}

func (e *env) join(code, name string) sessionapi.JoinResponse {
	e.t.Helper()
	var jr sessionapi.JoinResponse
	e.must(http.StatusCreated, "POST", "/api/sessions/"+code+"/players", "", map[string]string{"name": name}, &jr)
	return jr
}

func (e *env) control(code, secret, action string) session.View {
	e.t.Helper()
	var v session.View
	e.must(http.StatusOK, "POST", "/api/sessions/"+code+"/control", secret, map[string]string{"action": action}, &v)
	return v
}

func (e *env) state(code, secret string) session.View {
	e.t.Helper()
	var v session.View
	e.must(http.StatusOK, "GET", "/api/sessions/"+code+"/state", secret, nil, &v)
	return v
}

func answerBody(qid string, choice int) map[string]any {
	return map[string]any{"questionId": qid, "choice": choice}
}

// checkNoLeak fails if a player's raw view JSON gives an answer away.
func checkNoLeak(t *testing.T, where string, data []byte) {
	t.Helper()
	for _, bad := range []string{`"reveal"`, `"evidence"`, `"correct"`, `"results"`, "The winner of round"} {
		if bytes.Contains(data, []byte(bad)) {
			t.Errorf("%s: player view holds %s before the reveal: %s", where, bad, data)
		}
	}
}

func TestFullFlow(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(map[string]any{"leaderboard": true})
	if len(cr.Code) != sessionapi.CodeLength || strings.Trim(cr.Code, sessionapi.CodeAlphabet) != "" || len(cr.HostSecret) != 32 {
		t.Fatalf("create = %+v; want a 6-character code and a 128-bit hex secret", cr)
	}
	code, host := cr.Code, cr.HostSecret
	ana := e.join(strings.ToLower(code), "Ana") // codes are case-insensitive
	ben := e.join(code, "Ben")

	if v := e.state(code, host); v.Phase != session.PhaseLobby || len(v.Players) != 2 || v.Count != 3 {
		t.Fatalf("host lobby view = %+v", v)
	}
	e.control(code, host, "start")
	base := "/api/sessions/" + code
	data := e.must(200, "GET", base+"/state", ana.PlayerSecret, nil, nil)
	checkNoLeak(t, "question", data)

	var v session.View
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), &v)
	if v.You == nil || v.You.Answer == nil || *v.You.Answer != 0 || v.Reveal != nil {
		t.Fatalf("view after answering = %+v", v)
	}
	raw, _ := json.Marshal(v)
	checkNoLeak(t, "answer response", raw)
	// A retried request (lost response) succeeds and counts once.
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
	e.must(409, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 2), nil)
	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 3), nil)
	if hv := e.state(code, host); hv.Answers == nil || fmt.Sprint(hv.Answers.Counts) != "[1 0 0 1]" || hv.Answers.Answered != 2 {
		t.Errorf("host answer stats = %+v, want counts [1 0 0 1], 2 answered", hv.Answers)
	}

	e.control(code, host, "reveal")
	v = e.state(code, ana.PlayerSecret)
	if v.Phase != session.PhaseReveal || v.Reveal == nil || v.Reveal.Answer != 0 || v.You.Correct == nil || !*v.You.Correct || v.You.Score != 1 {
		t.Errorf("Ana's reveal view = %+v", v)
	}
	e.must(409, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 0), nil)

	e.control(code, host, "next")
	data = e.must(200, "GET", base+"/state", ben.PlayerSecret, nil, nil)
	checkNoLeak(t, "second question", data)
	e.must(409, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 0), nil)
	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody("q2", 1), nil)
	e.control(code, host, "reveal")
	e.control(code, host, "next")
	hv := e.control(code, host, "end")
	if hv.Phase != session.PhaseFinished || hv.Results == nil || len(hv.Results.Players) != 2 {
		t.Fatalf("finished host view = %+v", hv)
	}
	var scores []string
	for _, p := range hv.Results.Players {
		scores = append(scores, fmt.Sprint(p.Name, "=", p.Score))
	}
	var pct []int
	for _, q := range hv.Results.Questions {
		pct = append(pct, q.PercentCorrect)
	}
	if got, want := fmt.Sprint(scores, pct), "[Ana=1 Ben=1] [50 50 0]"; got != want {
		t.Errorf("results = %s, want %s", got, want)
	}
	if lb := hv.Leaderboard; len(lb) != 2 || lb[0].Rank != 1 || lb[1].Rank != 1 {
		t.Errorf("leaderboard = %+v", lb)
	}
	pv := e.state(code, ana.PlayerSecret)
	if pv.Results == nil || len(pv.Results.Players) != 1 || pv.Results.Players[0].Name != "Ana" {
		t.Errorf("a player's results must hold only their own row: %+v", pv.Results)
	}
	e.must(403, "POST", base+"/players", "", map[string]string{"name": "Late"}, nil)
}

func TestCreateErrors(t *testing.T) {
	e := newEnv(t, nil)
	valid, _ := json.Marshal(sessiontest.Quiz(2))
	bad := sessiontest.Quiz(2)
	bad.Questions[0].Answer = 7
	invalid, _ := json.Marshal(bad)
	tests := []struct {
		name string
		body string
		want int
	}{
		{"story", `{"story":"launch"}`, 201},
		{"quiz, self-paced, timed", `{"quiz":` + string(valid) + `,"mode":"self","timeLimitSeconds":30}`, 201},
		{"unknown story", `{"story":"nope"}`, 404},
		{"engine failure", `{"story":"broken"}`, 500},
		{"both", `{"story":"launch","quiz":` + string(valid) + `}`, 400},
		{"neither", `{}`, 400},
		{"empty body", ``, 400},
		{"not JSON", `story=launch`, 400},
		{"unknown field", `{"story":"launch","colour":"red"}`, 400},
		{"trailing data", `{"story":"launch"} {}`, 400},
		{"invalid quiz", `{"quiz":` + string(invalid) + `}`, 400},
		{"not a quiz", `{"quiz":{"format":"other"}}`, 400},
		{"bad mode", `{"story":"launch","mode":"race"}`, 400},
		{"bad time limit", `{"story":"launch","timeLimitSeconds":-5}`, 400},
		{"too large", `{"story":"` + strings.Repeat("x", sessionapi.QuizBodyLimit) + `"}`, 413},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, data, _ := e.do("POST", "/api/sessions", "", tt.body)
			if got != tt.want {
				t.Fatalf("status = %d (%s), want %d", got, data, tt.want)
			}
			var m map[string]string
			if err := json.Unmarshal(data, &m); err != nil {
				t.Fatalf("response is not JSON: %s", data)
			}
			if tt.want >= 400 && m["error"] == "" {
				t.Errorf("error response without a message: %s", data)
			}
		})
	}
}

func TestJoinErrors(t *testing.T) {
	e := newEnv(t, func(c *APIConfig) { c.MaxPlayers = 2 })
	cr := e.create(nil)
	e.join(cr.Code, "Ana")
	ended := e.create(nil)
	e.control(ended.Code, ended.HostSecret, "end")
	tests := []struct {
		name, code, body string
		want             int
	}{
		{"unknown code", "ZZZZZZ", `{"name":"Ben"}`, 404},
		{"malformed code", "0OIL1", `{"name":"Ben"}`, 404},
		{"bad name", cr.Code, `{"name":"  "}`, 400},
		{"control character", cr.Code, `{"name":"A\u0007"}`, 400},
		{"name too long", cr.Code, `{"name":"` + strings.Repeat("n", 25) + `"}`, 400},
		{"name taken", cr.Code, `{"name":"ANA"}`, 409},
		{"unknown field", cr.Code, `{"name":"Ben","age":9}`, 400},
		{"body too large", cr.Code, `{"name":"` + strings.Repeat("n", sessionapi.SmallBodyLimit) + `"}`, 413},
		{"ended", ended.Code, `{"name":"Ben"}`, 403},
		{"ok", cr.Code, `{"name":"Ben"}`, 201},
		{"full", cr.Code, `{"name":"Cy"}`, 403},
	}
	for _, tt := range tests {
		got, data, _ := e.do("POST", "/api/sessions/"+tt.code+"/players", "", tt.body)
		if got != tt.want {
			t.Errorf("%s: status = %d (%s), want %d", tt.name, got, data, tt.want)
		}
	}
}

func TestJoinRateLimit(t *testing.T) {
	e := newEnv(t, func(c *APIConfig) { c.JoinBurst, c.JoinRate = 3, 0.5 })
	cr := e.create(nil)
	var got []int
	var retry string
	for i := range 5 {
		st, _, h := e.do("POST", "/api/sessions/"+cr.Code+"/players", "", map[string]string{"name": fmt.Sprint("P", i)})
		got = append(got, st)
		if st == 429 {
			retry = h.Get("Retry-After")
		}
	}
	if want := "[201 201 201 429 429]"; fmt.Sprint(got) != want {
		t.Errorf("statuses = %v, want %s", got, want)
	}
	if retry != "2" {
		t.Errorf("Retry-After = %q, want 2 (one token at 0.5/s)", retry)
	}
	e.clock.Add(2 * time.Second)
	if st, _, _ := e.do("POST", "/api/sessions/"+cr.Code+"/players", "", map[string]string{"name": "Later"}); st != 201 {
		t.Errorf("after waiting: %d, want 201", st)
	}
}

func TestAuth(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	other := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	base := "/api/sessions/" + cr.Code
	tests := []struct {
		name, method, path, secret string
		body                       any
		want                       int
	}{
		{"state without secret", "GET", "/state", "", nil, 401},
		{"state with a wrong secret", "GET", "/state", "00112233445566778899aabbccddeeff", nil, 403},
		{"state with another session's host secret", "GET", "/state", other.HostSecret, nil, 403},
		{"host state", "GET", "/state", cr.HostSecret, nil, 200},
		{"player state", "GET", "/state", ana.PlayerSecret, nil, 200},
		{"host answers", "POST", "/answers", cr.HostSecret, answerBody("q1", 0), 403},
		{"answer without secret", "POST", "/answers", "", answerBody("q1", 0), 401},
		{"player starts", "POST", "/control", ana.PlayerSecret, map[string]string{"action": "start"}, 403},
		{"player kicks", "POST", "/control", ana.PlayerSecret, map[string]string{"action": "kick", "playerId": ana.PlayerID}, 403},
		{"player downloads results", "GET", "/results.csv", ana.PlayerSecret, nil, 403},
		{"results without secret", "GET", "/results.csv", "", nil, 401},
		{"events without secret", "GET", "/events", "", nil, 401},
		{"events with a wrong secret", "GET", "/events?secret=nope", "", nil, 403},
		{"unknown session", "GET", "/../ZZZZZZ/state", cr.HostSecret, nil, 403},
		{"unknown session without secret", "GET", "/../ZZZZZZ/state", "", nil, 401},
		{"results with the secret in the URL", "GET", "/results.csv?secret=" + cr.HostSecret, "", nil, 401},
	}
	for _, tt := range tests {
		path := base + tt.path
		if strings.HasPrefix(tt.path, "/../") {
			path = "/api/sessions/" + tt.path[4:]
		}
		if got, data, _ := e.do(tt.method, path, tt.secret, tt.body); got != tt.want {
			t.Errorf("%s: status = %d (%s), want %d", tt.name, got, data, tt.want)
		}
	}
	// The host's view has the player list; the player's has "you" instead.
	if hv := e.state(cr.Code, cr.HostSecret); hv.You != nil || len(hv.Players) != 1 {
		t.Errorf("host view: you=%v players=%v", hv.You, hv.Players)
	}
	if pv := e.state(cr.Code, ana.PlayerSecret); pv.You == nil || pv.You.Name != "Ana" || pv.Players != nil {
		t.Errorf("player view: you=%v players=%v", pv.You, pv.Players)
	}
	// A kicked player's secret stops working.
	var v session.View
	e.must(200, "POST", base+"/control", cr.HostSecret, map[string]string{"action": "kick", "playerId": ana.PlayerID}, &v)
	if len(v.Players) != 0 {
		t.Errorf("players after kick = %+v", v.Players)
	}
	e.must(403, "GET", base+"/state", ana.PlayerSecret, nil, nil)
}

func TestAnswerAndControlErrors(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	base := "/api/sessions/" + cr.Code
	host, player := cr.HostSecret, ana.PlayerSecret
	tests := []struct {
		name, path, secret string
		body               any
		want               int
	}{
		{"answer in the lobby", "/answers", player, answerBody("q1", 0), 409},
		{"next in the lobby", "/control", host, map[string]string{"action": "next"}, 409},
		{"unknown action", "/control", host, map[string]string{"action": "pause"}, 400},
		{"kick without id", "/control", host, map[string]string{"action": "kick"}, 400},
		{"kick unknown", "/control", host, map[string]string{"action": "kick", "playerId": "nobody"}, 404},
		{"start", "/control", host, map[string]string{"action": "start"}, 200},
		{"start twice", "/control", host, map[string]string{"action": "start"}, 409},
		{"player next when teacher-paced", "/control", player, map[string]string{"action": "next"}, 409},
		{"no choice", "/answers", player, map[string]any{"questionId": "q1"}, 400},
		{"no question", "/answers", player, map[string]any{"choice": 1}, 400},
		{"choice out of range", "/answers", player, answerBody("q1", 4), 400},
		{"unknown question", "/answers", player, answerBody("q9", 0), 400},
		{"future question", "/answers", player, answerBody("q2", 0), 409},
		{"choice as text", "/answers", player, `{"questionId":"q1","choice":"A"}`, 400},
		{"unknown field", "/answers", player, `{"questionId":"q1","choice":1,"x":1}`, 400},
		{"too large", "/answers", player, `{"questionId":"` + strings.Repeat("q", sessionapi.SmallBodyLimit) + `"}`, 413},
		{"answer", "/answers", player, answerBody("q1", 1), 200},
		{"same answer again", "/answers", player, answerBody("q1", 1), 200},
		{"other answer", "/answers", player, answerBody("q1", 2), 409},
		{"end", "/control", host, map[string]string{"action": "end"}, 200},
		{"answer after the end", "/answers", player, answerBody("q2", 1), 409},
		{"reveal after the end", "/control", host, map[string]string{"action": "reveal"}, 409},
	}
	for _, tt := range tests {
		got, data, _ := e.do("POST", base+tt.path, tt.secret, tt.body)
		if got != tt.want {
			t.Errorf("%s: status = %d (%s), want %d", tt.name, got, data, tt.want)
		}
		if !json.Valid(data) {
			t.Errorf("%s: response is not JSON: %s", tt.name, data)
		}
	}
}

func TestRouting(t *testing.T) {
	e := newEnv(t, nil)
	tests := []struct {
		method, path string
		want         int
		allow        string
	}{
		{"GET", "/api/sessions", 405, "POST"},
		{"DELETE", "/api/sessions/ABCDEF/state", 405, "GET"},
		{"GET", "/api/nothing", 404, ""},
		{"GET", "/api/sessions/ABCDEF/nothing", 404, ""},
	}
	for _, tt := range tests {
		got, data, h := e.do(tt.method, tt.path, "", nil)
		if got != tt.want || h.Get("Allow") != tt.allow || !json.Valid(data) {
			t.Errorf("%s %s = %d, Allow %q, %s; want %d, Allow %q, JSON", tt.method, tt.path, got, h.Get("Allow"), data, tt.want, tt.allow)
		}
	}
}

func TestSelfPacedOverHTTP(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(map[string]any{"mode": "self"})
	ana := e.join(cr.Code, "Ana")
	base := "/api/sessions/" + cr.Code
	e.control(cr.Code, cr.HostSecret, "start")
	e.must(409, "POST", base+"/control", cr.HostSecret, map[string]string{"action": "next"}, nil)
	data := e.must(200, "GET", base+"/state", ana.PlayerSecret, nil, nil)
	checkNoLeak(t, "self-paced question", data)
	var v session.View
	// Each student has questions in an order of their own: answer the one shown.
	first := e.state(cr.Code, ana.PlayerSecret).Question.ID
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody(first, 0), &v)
	if v.Phase != session.PhaseReveal || v.Reveal == nil {
		t.Fatalf("after a self-paced answer: %+v", v)
	}
	e.must(200, "POST", base+"/control", ana.PlayerSecret, map[string]string{"action": "next"}, &v)
	if v.Phase != session.PhaseQuestion || v.Index != 1 || v.Reveal != nil {
		t.Errorf("after moving on: phase %s index %d reveal %v", v.Phase, v.Index, v.Reveal)
	}
	hv := e.state(cr.Code, cr.HostSecret)
	if len(hv.Players) != 1 || hv.Players[0].Progress != 1 || hv.Players[0].Index != 1 {
		t.Errorf("host progress = %+v", hv.Players)
	}
}

func TestTimeLimitTick(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(map[string]any{"timeLimitSeconds": 10})
	ana := e.join(cr.Code, "Ana")
	v := e.control(cr.Code, cr.HostSecret, "start")
	if v.Deadline == nil || v.RemainingMs != 10000 {
		t.Errorf("deadline %v remaining %d, want 10 s", v.Deadline, v.RemainingMs)
	}
	e.clock.Add(10 * time.Second)
	// Too late, even if the ticker has not run yet.
	e.must(409, "POST", "/api/sessions/"+cr.Code+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
	e.api.hub.TickAll()
	if v := e.state(cr.Code, ana.PlayerSecret); v.Phase != session.PhaseReveal || v.Reveal == nil {
		t.Errorf("after the deadline: phase %s reveal %v", v.Phase, v.Reveal)
	}
	// The automatic reveal is stored like any other event.
	e.restart()
	if v := e.state(cr.Code, cr.HostSecret); v.Phase != session.PhaseReveal {
		t.Errorf("after restart: phase %s, want reveal", v.Phase)
	}
}

func TestExpiry(t *testing.T) {
	e := newEnv(t, nil)
	old := e.create(nil)
	e.clock.Add(20 * time.Hour)
	fresh := e.create(nil)
	e.clock.Add(5 * time.Hour)
	e.api.hub.Expire()
	e.must(403, "GET", "/api/sessions/"+old.Code+"/state", old.HostSecret, nil, nil)
	e.state(fresh.Code, fresh.HostSecret)
	e.restart()
	e.must(403, "GET", "/api/sessions/"+old.Code+"/state", old.HostSecret, nil, nil)
	e.state(fresh.Code, fresh.HostSecret)
}

// TestRestart closes the API and the store mid-session, reopens the same
// file and checks that nothing was lost and the session goes on.
func TestRestart(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(map[string]any{"leaderboard": true})
	ana, ben := e.join(cr.Code, "Ana"), e.join(cr.Code, "Ben")
	base := "/api/sessions/" + cr.Code
	e.control(cr.Code, cr.HostSecret, "start")
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody("q1", 1), nil)
	e.control(cr.Code, cr.HostSecret, "reveal")
	before := [3]string{
		string(e.must(200, "GET", base+"/state", cr.HostSecret, nil, nil)),
		string(e.must(200, "GET", base+"/state", ana.PlayerSecret, nil, nil)),
		string(e.must(200, "GET", base+"/state", ben.PlayerSecret, nil, nil)),
	}

	e.restart()
	after := [3]string{
		string(e.must(200, "GET", base+"/state", cr.HostSecret, nil, nil)),
		string(e.must(200, "GET", base+"/state", ana.PlayerSecret, nil, nil)),
		string(e.must(200, "GET", base+"/state", ben.PlayerSecret, nil, nil)),
	}
	if before != after {
		t.Errorf("views changed across a restart\nbefore %q\nafter  %q", before, after)
	}
	// Secrets, names and answers survive; the session continues.
	e.must(409, "POST", base+"/players", "", map[string]string{"name": "ana"}, nil)
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 0), nil)
	e.control(cr.Code, cr.HostSecret, "next")
	e.must(200, "POST", base+"/answers", ben.PlayerSecret, answerBody("q2", 1), nil)
	e.restart()
	hv := e.control(cr.Code, cr.HostSecret, "end")
	var got []string
	for _, p := range hv.Results.Players {
		got = append(got, fmt.Sprint(p.Name, p.Answers, p.Score))
	}
	// Ended on question 2 of 3: the results hold the two asked.
	if want := "[Ana[0 -1] 1 Ben[1 1] 1]"; fmt.Sprint(got) != want {
		t.Errorf("results after two restarts = %v, want %s", got, want)
	}
}

// TestResultsCSV downloads the results of a session ended after two of its
// three questions: the unasked question is left out, the score counts the
// questions asked, and each answer has its text, verdict and time.
func TestResultsCSV(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	base := "/api/sessions/" + cr.Code
	names := []string{"=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "Zoë, \"Z\""}
	var ps []sessionapi.JoinResponse
	for _, n := range names {
		ps = append(ps, e.join(cr.Code, n))
	}
	e.control(cr.Code, cr.HostSecret, "start")
	e.clock.Add(2500 * time.Millisecond)
	e.must(200, "POST", base+"/answers", ps[0].PlayerSecret, answerBody("q1", 0), nil)
	e.clock.Add(time.Second)
	e.must(200, "POST", base+"/answers", ps[4].PlayerSecret, answerBody("q1", 2), nil)
	e.control(cr.Code, cr.HostSecret, "next")
	e.clock.Add(12 * time.Second)
	e.must(200, "POST", base+"/answers", ps[4].PlayerSecret, answerBody("q2", 1), nil)
	e.control(cr.Code, cr.HostSecret, "end")

	status, data, h := e.do("GET", base+"/results.csv", cr.HostSecret, nil)
	if status != 200 || !strings.HasPrefix(h.Get("Content-Type"), "text/csv") ||
		!strings.Contains(h.Get("Content-Disposition"), "storyquiz-"+cr.Code+".csv") {
		t.Fatalf("results.csv: %d %v", status, h)
	}
	date := time.Date(2025, 5, 1, 9, 0, 0, 0, time.UTC).Local().Format("2006-01-02 15:04")
	want := "\ufeff" + `Name,Score,Questions asked,Quiz,Date,Q1. Who won round 0? (answer: Alpha0),Q1 right/wrong,Q1 seconds,Q2. Who won round 1? (answer: Bravo1),Q2 right/wrong,Q2 seconds
"'=HYPERLINK(""http://x"")",1,2,Test story,DATE,Alpha0,right,2.5,,no answer,
'+1,0,2,Test story,DATE,,no answer,,,no answer,
'-2,0,2,Test story,DATE,,no answer,,,no answer,
'@SUM(A1),0,2,Test story,DATE,,no answer,,,no answer,
"Zoë, ""Z""",1,2,Test story,DATE,Charlie0,wrong,3.5,Bravo1,right,12.0
`
	want = strings.ReplaceAll(want, "DATE", date)
	if got := strings.ReplaceAll(string(data), "\r\n", "\n"); got != want {
		t.Errorf("results.csv =\n%s\nwant\n%s", got, want)
	}
	// A secret in the URL would stay in the browser's history on a shared
	// classroom computer: it is not accepted.
	if st, _, _ := e.do("GET", base+"/results.csv?secret="+cr.HostSecret, "", nil); st != 401 {
		t.Errorf("results.csv with the secret in the URL: %d, want 401", st)
	}
}

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ana", "Ana"}, {"", ""}, {"=1+1", "'=1+1"}, {"+1", "'+1"}, {"-1", "'-1"},
		{"@x", "'@x"}, {"\tx", "'\tx"}, {"\rx", "'\rx"}, {"a=b", "a=b"},
	}
	for _, tt := range tests {
		if got := printout.SafeCell(tt.in); got != tt.want {
			t.Errorf("safeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCodeAlphabetAgrees keeps the codes the hub issues readable by the
// clients' NormalizeCode.
func TestCodeAlphabetAgrees(t *testing.T) {
	if hub.CodeAlphabet != sessionapi.CodeAlphabet || hub.CodeLength != sessionapi.CodeLength {
		t.Errorf("hub issues %d of %q, clients read %d of %q", hub.CodeLength, hub.CodeAlphabet, sessionapi.CodeLength, sessionapi.CodeAlphabet)
	}
}

// TestStoreFailure makes the database refuse events and checks that an
// answer that could not be saved is not acknowledged, not kept in memory,
// and can be sent again once the disk works.
func TestStoreFailure(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	ana := e.join(cr.Code, "Ana")
	e.control(cr.Code, cr.HostSecret, "start")
	repair := e.breakStore()
	base := "/api/sessions/" + cr.Code
	e.must(500, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 2), nil)
	if v := e.state(cr.Code, ana.PlayerSecret); v.You.Answer != nil {
		t.Errorf("an unsaved answer is still in memory: %d", *v.You.Answer)
	}
	repair()
	e.must(200, "POST", base+"/answers", ana.PlayerSecret, answerBody("q1", 1), nil)
	e.restart()
	if v := e.state(cr.Code, ana.PlayerSecret); v.You.Answer == nil || *v.You.Answer != 1 {
		t.Errorf("after restart the answer is %v, want 1", v.You.Answer)
	}
}

// TestDefaultStoryQuiz creates a session from the launch story through the
// real engine.
func TestDefaultStoryQuiz(t *testing.T) {
	if _, err := defaultStoryQuiz("no-such-story", 1); !errors.Is(err, ErrUnknownStory) {
		t.Errorf("unknown story: %v, want ErrUnknownStory", err)
	}
	if _, err := defaultStoryQuiz(stories.LaunchID, 1); err != nil {
		t.Fatalf("the engine cannot make the launch story's quiz: %v", err)
	}
	e := newEnv(t, func(c *APIConfig) { c.StoryQuiz = nil })
	var cr sessionapi.CreateResponse
	e.must(201, "POST", "/api/sessions", "", map[string]string{"story": stories.LaunchID}, &cr)
	ana := e.join(cr.Code, "Ana")
	e.control(cr.Code, cr.HostSecret, "start")
	data := e.must(200, "GET", "/api/sessions/"+cr.Code+"/state", ana.PlayerSecret, nil, nil)
	if bytes.Contains(data, []byte(`"evidence"`)) || bytes.Contains(data, []byte(`"reveal"`)) {
		t.Errorf("launch story question view leaks: %s", data)
	}
}

// breakStore makes every later event write fail, as a full disk would,
// until repair is called: through the fake store, or for a database file
// through a trigger set by another connection.
func (e *env) breakStore() (repair func()) {
	e.t.Helper()
	if e.mem != nil {
		e.mem.Break(errors.New("disk full"))
		return func() { e.mem.Break(nil) }
	}
	db, err := sql.Open("sqlite", "file:"+e.path+"?_pragma=busy_timeout(10000)")
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE TRIGGER fail BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'disk full'); END`); err != nil {
		e.t.Fatal(err)
	}
	return func() {
		e.t.Helper()
		if _, err := db.Exec(`DROP TRIGGER fail`); err != nil {
			e.t.Fatal(err)
		}
	}
}
