//go:build !wasm

package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz"
	"storyquiz/quiz/exchange"
	"storyquiz/quiz/exchange/formats"
	"storyquiz/quiz/session/sessiontest"
)

// TestExportEveryFormat converts a quiz into every download format through
// the API and gets exactly what the exchange writers make, with a file name
// from the title.
func TestExportEveryFormat(t *testing.T) {
	e := newMemEnv(t, nil)
	q := sessiontest.Quiz(3)
	doc, err := json.Marshal(q)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range formats.List {
		t.Run(f.Name, func(t *testing.T) {
			var got sessionapi.ExportResponse
			e.must(http.StatusOK, "POST", sessionapi.ExportPath, "", sessionapi.ExportRequest{Format: f.Name, Quiz: doc}, &got)
			if want := formats.FileName(q.Title, f); got.Name != want {
				t.Errorf("name = %q, want %q", got.Name, want)
			}
			if got.MIME != f.MIME {
				t.Errorf("MIME = %q, want %q", got.MIME, f.MIME)
			}
			if want := exchange.Write(f, q); string(got.Data) != string(want) {
				t.Errorf("data differs from exchange.Write: got %d bytes, want %d", len(got.Data), len(want))
			}
		})
	}
}

// TestImportQuizFile reads a GIFT file through the API and gets a quiz that
// validates, with notes on what was left out.
func TestImportQuizFile(t *testing.T) {
	e := newMemEnv(t, nil)
	gift := "::r1:: Which river flows through Cairo? {=the Nile ~the Amazon ~the Danube}\n\nWhat is a delta?{}\n"
	var got sessionapi.ImportResponse
	e.must(http.StatusOK, "POST", sessionapi.ImportPath, "", sessionapi.ImportRequest{Name: "rivers.gift", Data: []byte(gift)}, &got)
	q, err := quiz.Decode(got.Quiz)
	if err != nil {
		t.Fatalf("the imported quiz does not decode: %v", err)
	}
	if len(q.Questions) != 1 || q.Questions[0].Correct() != "the Nile" {
		t.Errorf("questions = %+v, want the Nile question only", q.Questions)
	}
	if notes := strings.Join(got.Notes, " "); !strings.Contains(notes, "essay") {
		t.Errorf("notes = %q, want one on the essay question left out", notes)
	}
}

// TestQuizFilesRefuse checks that each bad conversion request gets a clear
// refusal and that the conversions are rate-limited per address.
func TestQuizFilesRefuse(t *testing.T) {
	e := newMemEnv(t, nil)
	doc, _ := json.Marshal(sessiontest.Quiz(2))
	huge := make([]byte, formats.MaxImportBytes+1)
	for i := range huge {
		huge[i] = 'x'
	}
	tests := []struct {
		name string
		path string
		body any
		want int
		msg  string
	}{
		{"unknown format", sessionapi.ExportPath, sessionapi.ExportRequest{Format: "docx", Quiz: doc}, 400, `unknown format "docx"`},
		{"not a quiz", sessionapi.ExportPath, sessionapi.ExportRequest{Format: "gift", Quiz: json.RawMessage(`{"format":"storyquiz/v1"}`)}, 400, ""},
		{"no body", sessionapi.ExportPath, "", 400, "no JSON body"},
		{"not JSON", sessionapi.ImportPath, "<quiz/>", 400, "not valid JSON"},
		{"not a quiz file", sessionapi.ImportPath, sessionapi.ImportRequest{Name: "notes.txt", Data: []byte("Buy milk.")}, 400, "not a quiz file"},
		{"broken XML", sessionapi.ImportPath, sessionapi.ImportRequest{Name: "bank.xml", Data: []byte("<quiz><question>")}, 400, ""},
		{"file too large", sessionapi.ImportPath, sessionapi.ImportRequest{Name: "big.gift", Data: huge}, 413, "larger than"},
		{"body too large", sessionapi.ImportPath, `{"name":"a","data":"` + strings.Repeat("A", sessionapi.FileBodyLimit) + `"}`, 413, "larger than"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			status, body, _ := e.do("POST", tt.path, "", tt.body)
			var apiErr sessionapi.Error
			json.Unmarshal(body, &apiErr)
			if status != tt.want || apiErr.Message == "" || !strings.Contains(apiErr.Message, tt.msg) {
				t.Errorf("status %d %q, want %d with a message containing %q", status, apiErr.Message, tt.want, tt.msg)
			}
		})
	}

	// The tests above took some of the burst; a script converting without
	// pause is stopped before long.
	limited := false
	for i := range filesBurst + 1 {
		status, _, h := e.do("POST", sessionapi.ExportPath, "", sessionapi.ExportRequest{Format: "aiken", Quiz: doc})
		if status == http.StatusTooManyRequests {
			if h.Get("Retry-After") == "" {
				t.Error("429 without Retry-After")
			}
			limited = true
			break
		}
		if status != http.StatusOK {
			t.Fatalf("conversion %d: status %d", i, status)
		}
	}
	if !limited {
		t.Errorf("%d conversions in a row were all served, want a 429", filesBurst+1)
	}
}
