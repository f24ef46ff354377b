//go:build !wasm

package main

import "testing"

func TestAPIResultMessage(t *testing.T) {
	tests := []struct {
		name string
		r    apiResult
		want string
	}{
		{"server message", apiResult{Status: 409, Body: []byte(`{"error":"that name is already taken"}`)}, "that name is already taken"},
		{"offline", apiResult{Err: "TypeError: Failed to fetch"}, "Storyquiz can't be reached. Check your connection; it will keep trying."},
		{"rate limited without body", apiResult{Status: 429}, "Too many tries in a short time. Wait a few seconds and try again."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.message(); got != tt.want {
				t.Errorf("message = %q, want %q", got, tt.want)
			}
		})
	}
}
