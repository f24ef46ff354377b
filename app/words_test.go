//go:build !wasm

package main

import (
	"strings"
	"testing"
	"unicode/utf8"

	"storyquiz/quiz"
)

func TestCutRunes(t *testing.T) {
	tests := []struct {
		in   string
		n    int
		want string
	}{
		{"Short title", 80, "Short title"},
		{"abcdef", 3, "abc"},
		{"Café crème", 4, "Café"},
		{"Ελληνικά νέα", 8, "Ελληνικά"},
		{"日本のニュース", 3, "日本の"},
		{"", 5, ""},
		{"abc", 0, ""},
	}
	for _, tt := range tests {
		if got := cutRunes(tt.in, tt.n); got != tt.want {
			t.Errorf("cutRunes(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestFirstLineKeepsCharactersWhole gives a first line longer than a title
// may be, in a script of two-byte characters: the title is cut by
// characters, stays valid UTF-8, and is still the start of the text.
func TestFirstLineKeepsCharactersWhole(t *testing.T) {
	line := strings.Repeat("Ж", 300)
	got := firstLine("\n  " + line + "\nSecond line.")
	if !utf8.ValidString(got) {
		t.Fatalf("firstLine cut a character in two: %q", got)
	}
	if n := utf8.RuneCountInString(got); n != quiz.MaxTitleRunes || !strings.HasPrefix(line, got) {
		t.Errorf("firstLine = %d characters, want the first %d of the line", n, quiz.MaxTitleRunes)
	}
}

func TestWords(t *testing.T) {
	tests := []struct{ got, want string }{
		{points(0), "0 points"},
		{points(1), "1 point"},
		{plural(3, "student", "students"), "3 students"},
		{itoa(200000), "200,000"},
		{itoa(-1234), "-1,234"},
		{humanBytes(200 << 10), "200 KB"},
		{spaced("K7M"), "K 7 M"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
