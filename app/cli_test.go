//go:build !wasm

package main

import (
	"strings"
	"testing"
)

// TestHelpListsEveryCommand checks that "storyquiz help" names every
// command with its flags, so an operator needs no other document.
func TestHelpListsEveryCommand(t *testing.T) {
	var b strings.Builder
	printHelp(&b)
	for _, want := range []string{
		"storyquiz [serve]", "storyquiz generate", "storyquiz backup",
		"serve flags:", "-addr", "-db", "-max-players", "-max-sessions", "-max-quiz-storage", "-create-rate", "-max-conns",
		"generate flags:", "-format", "-seed",
		"backup flags:",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("help lacks %q:\n%s", want, b.String())
		}
	}
}

func TestCommand(t *testing.T) {
	tests := []struct {
		args     []string
		cmd, arg string
	}{
		{nil, "serve", ""},
		{[]string{"-addr", ":1"}, "serve", "-addr"},
		{[]string{"-h"}, "help", ""},
		{[]string{"--help"}, "help", ""},
		{[]string{"help"}, "help", ""},
		{[]string{"generate", "-h"}, "generate", "-h"},
		{[]string{"backup", "out.db"}, "backup", "out.db"},
	}
	for _, tt := range tests {
		cmd, rest := command(tt.args)
		if arg := strings.Join(rest, " "); cmd != tt.cmd || !strings.HasPrefix(arg, tt.arg) {
			t.Errorf("command(%q) = %q %q, want %q %q…", tt.args, cmd, rest, tt.cmd, tt.arg)
		}
	}
}

// TestParseServeQuotas reads the storage flags into the API's config.
func TestParseServeQuotas(t *testing.T) {
	cfg, err := parseServe([]string{"-max-sessions", "12", "-max-quiz-storage", "3", "-create-rate", "0.5"}, &strings.Builder{})
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Live.API; got.MaxSessions != 12 || got.MaxQuizStorage != 3<<20 || got.CreateRate != 0.5 {
		t.Errorf("parsed %+v", got)
	}
	if _, err := parseServe([]string{"-max-quiz-storage", "lots"}, &strings.Builder{}); err == nil {
		t.Error("a storage limit that is not a number was accepted")
	}
}
