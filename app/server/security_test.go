//go:build !wasm

package server

import (
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storyquiz/app/hub"
	"storyquiz/app/hub/storetest"
	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/session"
	"storyquiz/quiz/session/sessiontest"
)

// waitFor polls cond until it holds, failing the test after five seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(5 * time.Second); !cond(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// TestFailedSaveLosesNoAcknowledgedAnswer replays the attack: the host's
// start is held up by a database locked by another process and finally
// fails, while students answer the question it opened in memory. No answer
// may be acknowledged that the session then loses.
func TestFailedSaveLosesNoAcknowledgedAnswer(t *testing.T) {
	e := newMemEnv(t, nil)
	cr := e.create(nil)
	base := "/api/sessions/" + cr.Code
	var players []sessionapi.JoinResponse
	for i := range 10 {
		players = append(players, e.join(cr.Code, fmt.Sprint("Student ", i)))
	}
	e.mem.Stall()
	start := make(chan int, 1)
	go func() {
		st, _, _ := e.do("POST", base+"/control", cr.HostSecret, map[string]string{"action": "start"})
		start <- st
	}()
	waitFor(t, "the start to be queued", func() bool { return e.mem.Queued() == 1 })
	answers := make(chan int, len(players))
	for _, p := range players {
		go func() {
			st, _, _ := e.do("POST", base+"/answers", p.PlayerSecret, answerBody("q1", 1))
			answers <- st
		}()
	}
	waitFor(t, "the answers to be queued", func() bool { return e.mem.Queued() == 1+len(players) })
	e.mem.Release(errors.New("database is locked"))

	if st := <-start; st != http.StatusInternalServerError {
		t.Errorf("start whose write failed: %d, want 500", st)
	}
	acked := 0
	for range players {
		if st := <-answers; st == http.StatusOK {
			acked++
		}
	}
	answered := func() int {
		n := 0
		for _, p := range e.state(cr.Code, cr.HostSecret).Players {
			n += p.Progress
		}
		return n
	}
	if got := answered(); got != acked {
		t.Errorf("%d answers acknowledged, %d in the host's view", acked, got)
	}
	e.restart()
	if got := answered(); got != acked {
		t.Errorf("%d answers acknowledged, %d after a restart", acked, got)
	}
	// The session goes on: the host starts again and the answers count.
	e.control(cr.Code, cr.HostSecret, "start")
	for _, p := range players {
		e.must(200, "POST", base+"/answers", p.PlayerSecret, answerBody("q1", 1), nil)
	}
	e.restart()
	if got := answered(); got != len(players) {
		t.Errorf("after the retry %d answers are kept, want %d", got, len(players))
	}
}

// TestCodeGuessingLearnsNothing checks that no endpoint but joining tells a
// live code from an unknown one, and that failures are rate-limited.
func TestCodeGuessingLearnsNothing(t *testing.T) {
	e := newEnv(t, nil)
	cr := e.create(nil)
	unknown := "ZZZZZZ"
	if cr.Code == unknown {
		unknown = "YYYYYY"
	}
	wrong := strings.Repeat("ab", 16)
	for _, ep := range []struct {
		method, path string
		body         any
	}{
		{"GET", "/state", nil},
		{"GET", "/events", nil},
		{"GET", "/results.csv", nil},
		{"POST", "/answers", answerBody("q1", 0)},
		{"POST", "/control", map[string]string{"action": "next"}},
	} {
		for _, secret := range []string{"", wrong} {
			st1, body1, _ := e.do(ep.method, "/api/sessions/"+cr.Code+ep.path, secret, ep.body)
			st2, body2, _ := e.do(ep.method, "/api/sessions/"+unknown+ep.path, secret, ep.body)
			if st1 != st2 || string(body1) != string(body2) || st1 < 400 {
				t.Errorf("%s %s with secret %q: live code %d %s, unknown code %d %s; want the same refusal",
					ep.method, ep.path, secret, st1, body1, st2, body2)
			}
		}
	}
	// Every address may fail a few dozen times, then waits.
	got := map[int]int{}
	for range failBurst + 10 {
		st, _, h := e.do("GET", "/api/sessions/"+unknown+"/state", wrong, nil)
		got[st]++
		if st == 429 && h.Get("Retry-After") == "" {
			t.Error("429 without Retry-After")
		}
	}
	if got[429] < 10 {
		t.Errorf("guesses past the burst: %v, want at least 10 refused with 429", got)
	}
	// The real host is not locked out by someone else's failures... from
	// another address; from the same one, once the bucket refills.
	e.clock.Add(time.Minute)
	e.state(cr.Code, cr.HostSecret)
}

// TestCreateLimits covers the limits that keep anonymous users from
// exhausting memory and disk: creations per address, sessions stored,
// bytes of quizzes stored, and parts of an article.
func TestCreateLimits(t *testing.T) {
	t.Run("rate", func(t *testing.T) {
		e := newEnv(t, func(c *APIConfig) { c.CreateBurst, c.CreateRate = 3, 0.1 })
		for range 3 {
			e.create(nil)
		}
		st, data, h := e.do("POST", "/api/sessions", "", map[string]any{"story": "launch"})
		if st != 429 || h.Get("Retry-After") != "10" {
			t.Errorf("fourth creation: %d (Retry-After %q) %s; want 429 after 10 s", st, h.Get("Retry-After"), data)
		}
		e.clock.Add(10 * time.Second)
		e.create(nil)
	})
	t.Run("sessions", func(t *testing.T) {
		e := newEnv(t, func(c *APIConfig) { c.MaxSessions = 2 })
		e.create(nil)
		e.create(nil)
		st, data, _ := e.do("POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3)})
		if st != http.StatusInsufficientStorage || !strings.Contains(string(data), "-max-sessions") {
			t.Errorf("third session: %d %s; want 507 naming -max-sessions", st, data)
		}
		// Expired sessions give their place back.
		e.clock.Add(25 * time.Hour)
		e.api.hub.Expire()
		e.create(nil)
	})
	t.Run("storage", func(t *testing.T) {
		e := newEnv(t, func(c *APIConfig) { c.MaxQuizStorage = 4000 })
		for {
			st, data, _ := e.do("POST", "/api/sessions", "", map[string]any{"quiz": sessiontest.Quiz(3)})
			if st == http.StatusCreated {
				continue
			}
			if st != http.StatusInsufficientStorage || !strings.Contains(string(data), "-max-quiz-storage") {
				t.Errorf("past the storage limit: %d %s; want 507 naming -max-quiz-storage", st, data)
			}
			break
		}
	})
	t.Run("parts", func(t *testing.T) {
		e := newEnv(t, nil)
		paras := sessiontest.Quiz(3)
		for range sessionapi.MaxParagraphs {
			paras.Article.Paragraphs = append(paras.Article.Paragraphs, []string{})
		}
		sents := sessiontest.Quiz(3)
		for range sessionapi.MaxSentences {
			sents.Article.Paragraphs[0] = append(sents.Article.Paragraphs[0], "x.")
		}
		for name, q := range map[string]*quiz.Quiz{"paragraphs": paras, "sentences": sents} {
			st, data, _ := e.do("POST", "/api/sessions", "", map[string]any{"quiz": q})
			if st != http.StatusRequestEntityTooLarge || !strings.Contains(string(data), name) {
				t.Errorf("too many %s: %d %s; want 413 naming them", name, st, data)
			}
		}
	})
}

// countingStore counts the sessions loaded from it.
type countingStore struct {
	*storetest.Mem
	loads atomic.Int32
}

func (c *countingStore) LoadSession(code string) (hub.Record, error) {
	c.loads.Add(1)
	return c.Mem.LoadSession(code)
}

// TestSessionsLoadWhenNeeded checks that a restart lists sessions without
// loading them, so that a large database cannot stop the server starting.
func TestSessionsLoadWhenNeeded(t *testing.T) {
	e := newMemEnv(t, nil)
	var codes []sessionapi.CreateResponse
	for range 20 {
		codes = append(codes, e.create(nil))
	}
	e.stop()
	cs := &countingStore{Mem: e.mem.Reopen()}
	api, err := NewAPI(cs, e.cfg)
	if err != nil {
		t.Fatal(err)
	}
	if n := cs.loads.Load(); n != 0 {
		t.Errorf("starting loaded %d sessions, want 0", n)
	}
	e.api, e.store, e.srv = api, cs, httptest.NewServer(api)
	e.state(codes[3].Code, codes[3].HostSecret)
	e.state(codes[3].Code, codes[3].HostSecret)
	if n := cs.loads.Load(); n != 1 {
		t.Errorf("two requests to one session loaded %d sessions, want 1", n)
	}
}

// TestDamagedSessionIsReported stores a session whose quiz cannot be read:
// the server still starts, the other sessions work, and the host of the
// damaged one is told so instead of "no such session".
func TestDamagedSessionIsReported(t *testing.T) {
	e := newEnv(t, nil)
	bad, good := e.create(nil), e.create(nil)
	e.stop()
	db, err := sql.Open("sqlite", "file:"+e.path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE sessions SET quiz = '{' WHERE code = ?`, bad.Code); err != nil {
		t.Fatal(err)
	}
	db.Close()
	e.start()
	e.state(good.Code, good.HostSecret)
	st, data, _ := e.do("GET", "/api/sessions/"+bad.Code+"/state", bad.HostSecret, nil)
	if st != 500 || !strings.Contains(string(data), "could not be read") {
		t.Errorf("damaged session: %d %s; want 500 saying it could not be read", st, data)
	}
}

// TestStorySessionsHaveTheirOwnSeed checks that a live session on a shipped
// story does not use the practice page's seed (1), nor another session's.
func TestStorySessionsHaveTheirOwnSeed(t *testing.T) {
	var mu sync.Mutex
	seeds := map[int64]bool{}
	e := newEnv(t, func(c *APIConfig) {
		c.StoryQuiz = func(_ string, seed int64) (*quiz.Quiz, error) {
			mu.Lock()
			seeds[seed] = true
			mu.Unlock()
			return sessiontest.Quiz(3), nil
		}
	})
	for range 5 {
		e.must(201, "POST", "/api/sessions", "", map[string]string{"story": "launch"}, nil)
	}
	if len(seeds) != 5 || seeds[1] || seeds[0] {
		t.Errorf("seeds %v: want five different ones, none of them 0 or 1", seeds)
	}
}

// TestKeyNotInPracticeOrder creates a live session on the launch story with
// the real engine and checks that its questions are not the practice page's
// (seed 1) in the same order with the same keys.
func TestKeyNotInPracticeOrder(t *testing.T) {
	e := newEnv(t, func(c *APIConfig) { c.StoryQuiz = nil })
	practice, err := defaultStoryQuiz("trump-lavrov-oval-office", 1)
	if err != nil {
		t.Fatal(err)
	}
	var cr sessionapi.CreateResponse
	e.must(201, "POST", "/api/sessions", "", map[string]string{"story": "trump-lavrov-oval-office"}, &cr)
	// The results show only the questions asked, so every one is asked.
	hv := e.control(cr.Code, cr.HostSecret, "start")
	for hv.Phase != session.PhaseFinished {
		hv = e.control(cr.Code, cr.HostSecret, "next")
	}
	same := 0
	for i, q := range hv.Results.Questions {
		if i < len(practice.Questions) && q.Prompt == practice.Questions[i].Prompt &&
			strings.Join(q.Options, "|") == strings.Join(practice.Questions[i].Options, "|") {
			same++
		}
	}
	if same == len(hv.Results.Questions) {
		t.Errorf("the live session's %d questions are the practice page's, in order, with the same options", same)
	}
}

// TestHostActionRaces sends host actions that race, as two host tabs or a
// retried click do: a question is never skipped, nor opened revealed.
func TestHostActionRaces(t *testing.T) {
	for run := range 10 {
		e := newEnv(t, nil)
		cr := e.create(nil)
		e.join(cr.Code, "Ana")
		e.control(cr.Code, cr.HostSecret, "start")
		base := "/api/sessions/" + cr.Code + "/control"
		race := func(bodies ...map[string]any) map[int]int {
			var wg sync.WaitGroup
			var mu sync.Mutex
			got := map[int]int{}
			for _, b := range bodies {
				wg.Go(func() {
					st, data, _ := e.do("POST", base, cr.HostSecret, b)
					if st == http.StatusConflict && !strings.Contains(string(data), `"code":"stale"`) {
						t.Errorf("run %d: 409 without the stale code: %s", run, data)
					}
					mu.Lock()
					got[st]++
					mu.Unlock()
				})
			}
			wg.Wait()
			return got
		}
		if got := race(map[string]any{"action": "next", "index": 0}, map[string]any{"action": "next", "index": 0}); got[200] != 1 || got[409] != 1 {
			t.Errorf("run %d: two nexts from question 1: %v, want one 200 and one 409", run, got)
		}
		if v := e.state(cr.Code, cr.HostSecret); v.Index != 1 {
			t.Fatalf("run %d: after two nexts the session is on question %d, want 2", run, v.Index+1)
		}
		race(map[string]any{"action": "reveal", "index": 1}, map[string]any{"action": "next", "index": 1})
		if v := e.state(cr.Code, cr.HostSecret); v.Index != 2 || v.Phase != session.PhaseQuestion {
			t.Errorf("run %d: reveal racing next left question %d %s, want question 3 open", run, v.Index+1, v.Phase)
		}
	}
}
