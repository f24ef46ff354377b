//go:build !wasm

package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyquiz/quiz"
	"storyquiz/quiz/exchange"
	"storyquiz/quiz/exchange/formats"
)

const launchPath = "stories/trump-lavrov-oval-office.txt"

func runGen(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := runGenerate(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestGenerateJSON(t *testing.T) {
	code, out, errs := runGen(t, "", "-n", "6", "-seed", "3", launchPath)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if !strings.Contains(out, "\n  \"format\": \"storyquiz/v1\"") {
		t.Errorf("output is not indented storyquiz/v1 JSON:\n%.200s", out)
	}
	q, err := quiz.Decode([]byte(out))
	if err != nil {
		t.Fatal(err)
	}
	if len(q.Questions) != 6 || q.Seed != 3 {
		t.Errorf("got %d questions, seed %d", len(q.Questions), q.Seed)
	}
}

func TestGenerateStdinAndFormats(t *testing.T) {
	text, err := os.ReadFile(launchPath)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := runGen(t, string(text), "-format", "aiken", "-")
	if code != 0 || strings.Count(out, "ANSWER: ") != quiz.DefaultQuestions {
		t.Errorf("aiken: exit %d, %s\n%s", code, errs, out)
	}
	code, out, errs = runGen(t, string(text), "-format", "gift", "-")
	if code != 0 || strings.Count(out, "::q") != quiz.DefaultQuestions {
		t.Errorf("gift: exit %d, %s\n%s", code, errs, out)
	}
	var v map[string]any
	if code, out, _ := runGen(t, string(text), "-"); code != 0 || json.Unmarshal([]byte(out), &v) != nil {
		t.Errorf("json from stdin: exit %d", code)
	}
}

// TestGenerateFormats checks that every export format is offered and writes
// what that format's package writes for the same quiz.
func TestGenerateFormats(t *testing.T) {
	_, jsonOut, _ := runGen(t, "", "-n", "4", launchPath)
	q, err := quiz.Decode([]byte(jsonOut))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		format string
		check  func(out string) bool
	}{
		{"moodle", func(out string) bool {
			return strings.HasPrefix(out, "<?xml") && strings.Count(out, "<question type=\"multichoice\">")+strings.Count(out, "<question type=\"truefalse\">") == 4
		}},
		{"qti", func(out string) bool {
			zr, err := zip.NewReader(strings.NewReader(out), int64(len(out)))
			return err == nil && len(zr.File) == 4+2
		}},
		{"blackboard", func(out string) bool { return strings.Count(out, "\n") == 4 }},
		{"gift", func(out string) bool { return strings.Count(out, "::q") == 4 }},
		{"aiken", func(out string) bool { return strings.Count(out, "ANSWER: ") == 4 }},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			code, out, errs := runGen(t, "", "-n", "4", "-format", tt.format, launchPath)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			f, _ := formats.Lookup(tt.format)
			if want := string(exchange.Write(f, q)); out != want {
				t.Errorf("output differs from exchange's %s writer", tt.format)
			}
			if !tt.check(out) {
				t.Errorf("%s output does not look right:\n%.300s", tt.format, out)
			}
		})
	}
}

func TestGenerateErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name string
		args []string
		in   string
		code int
		msg  string
	}{
		{"bad flag", []string{"-x", launchPath}, "", 2, ""},
		{"bad format", []string{"-format", "xml", launchPath}, "", 2, "unknown -format"},
		{"bad n", []string{"-n", "0", launchPath}, "", 2, "-n must be"},
		{"no file", []string{}, "", 2, "exactly one article"},
		{"missing file", []string{filepath.Join(dir, "nope.txt")}, "", 1, "cannot read"},
		{"empty", []string{"-"}, "", 1, "empty"},
		{"html", []string{write("a.html", "<html><body><p>Hi there, this is text.</p></body></html>")}, "", 1, "HTML"},
		{"not utf8", []string{write("b.txt", "Title\n\n\xff\xfe\xfd")}, "", 1, "UTF-8"},
		{"too large", []string{"-"}, strings.Repeat("x", quiz.MaxArticleBytes+10), 1, "larger than"},
		{"no sentences", []string{"-"}, "List\n\napples\npears\n", 1, "no usable sentences"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runGen(t, tt.in, tt.args...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d (stderr %q)", code, tt.code, errs)
			}
			if out != "" {
				t.Errorf("stdout not empty: %q", out)
			}
			if tt.code == 1 {
				if !strings.HasPrefix(errs, "storyquiz: ") || strings.Count(errs, "\n") != 1 {
					t.Errorf("stderr %q is not one storyquiz: line", errs)
				}
			}
			if !strings.Contains(errs, tt.msg) {
				t.Errorf("stderr %q lacks %q", errs, tt.msg)
			}
		})
	}
}

// TestGenerateShortQuizMessage checks that a quiz with fewer questions than
// asked for says how many it made, and why, on stderr, while a full quiz
// prints nothing there.
func TestGenerateShortQuizMessage(t *testing.T) {
	short := "Village fete raises money for school roof\n\nThe village fete in Lower Ashby raised 2,400 pounds on Saturday for the primary school's new roof, organisers said.\n\nHead teacher Ruth Marsh thanked the 300 visitors and the 40 volunteers who ran the stalls.\n"
	for _, tc := range []struct {
		name, text, n string
		wantMsg       bool
	}{
		{"short article", short, "10", true},
		{"enough questions", short, "1", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runGen(t, tc.text, "-n", tc.n, "-")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			got := strings.HasPrefix(errs, "storyquiz: made ") && strings.Contains(errs, " of "+tc.n+" questions: ")
			if got != tc.wantMsg {
				t.Errorf("stderr %q: message %v, want %v", errs, got, tc.wantMsg)
			}
			if !tc.wantMsg && errs != "" {
				t.Errorf("stderr %q, want nothing", errs)
			}
		})
	}
}
