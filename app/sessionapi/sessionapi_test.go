package sessionapi

import "testing"

func TestNormalizeCode(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"abc234", "ABC234", true},
		{" ABC234 ", "ABC234", true},
		{"abc-234", "ABC234", true},
		{"ab c2 34", "ABC234", true},
		{"ABC23", "ABC23", false},
		{"ABC230", "ABC230", false}, // 0 is not in the alphabet
		{"ABCDEFG", "ABCDEFG", false},
		{"ÄBC234", "ÄBC234", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got, ok := NormalizeCode(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("NormalizeCode(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSessionPath(t *testing.T) {
	tests := []struct{ code, rest, want string }{
		{"ABC234", "", "/api/sessions/ABC234"},
		{"ABC234", Answers, "/api/sessions/ABC234/answers"},
		{"a/b?c", State, "/api/sessions/a%2Fb%3Fc/state"},
	}
	for _, tt := range tests {
		if got := SessionPath(tt.code, tt.rest); got != tt.want {
			t.Errorf("SessionPath(%q, %q) = %q, want %q", tt.code, tt.rest, got, tt.want)
		}
	}
}
