//go:build !wasm

package printout

import "testing"

// TestSafeCellFormulas checks that no part of a cell can be read as a
// formula by a spreadsheet, whichever separator its locale splits cells on
// (a comma, or a semicolon as in much of Europe) and whether or not it
// trims spaces or reads fullwidth signs as formula starts.
func TestSafeCellFormulas(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Ana Lee", "Ana Lee"},
		{"empty", "", ""},
		{"leading equals", "=1+1", "'=1+1"},
		{"leading tab", "\tx", "'\tx"},
		{"leading carriage return", "\rx", "'\rx"},
		{"equals inside a word", "a=b", "a=b"},
		{"hyphenated name", "Ana-Lee", "Ana-Lee"},
		{"space before equals", " =1+1", "' =1+1"},
		{"spaces before at", "   @SUM(A1)", "'   @SUM(A1)"},
		{"no-break space before plus", "\u00a0+1", "'\u00a0+1"},
		{"fullwidth equals", "＝1+1", "'＝1+1"},
		{"fullwidth plus", "＋1", "'＋1"},
		{"fullwidth minus", "－1", "'－1"},
		{"fullwidth at", "＠SUM(A1)", "'＠SUM(A1)"},
		{"small equals", "\ufe66cmd", "'\ufe66cmd"},
		{"semicolon then formula", "Ana;=HYPERLINK(\"http://x\")", "Ana;'=HYPERLINK(\"http://x\")"},
		{"semicolon, space, formula", "Ana; =1+1", "Ana;' =1+1"},
		{"semicolon then fullwidth formula", "Ana;＝1", "Ana;'＝1"},
		{"comma then formula", "Ana,@SUM(A1)", "Ana,'@SUM(A1)"},
		{"tab then formula", "Ana\t-1", "Ana\t'-1"},
		{"every separator", "=a;+b,-c", "'=a;'+b,'-c"},
		{"separator at the end", "Ana;", "Ana;"},
		{"semicolon, no formula", "Ana; Lee", "Ana; Lee"},
		{"comma, no formula", "Lee, Ana", "Lee, Ana"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := SafeCell(tt.in); got != tt.want {
				t.Errorf("SafeCell(%+q) = %+q, want %+q", tt.in, got, tt.want)
			}
		})
	}
}
