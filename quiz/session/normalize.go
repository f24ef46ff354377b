//go:build !wasm

package session

import "golang.org/x/text/unicode/norm"

// nfkc and nfd are Unicode normalisation forms C (compatibility) and D.
// The server, which applies join events, uses golang.org/x/text; the
// browser's bundle uses the browser's own (normalize_wasm.go), so that
// it does not carry a second copy of the Unicode tables.
func nfkc(s string) string { return norm.NFKC.String(s) }

func nfd(s string) string { return norm.NFD.String(s) }
