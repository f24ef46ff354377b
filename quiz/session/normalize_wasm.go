//go:build wasm

package session

import "syscall/js"

// nfkc and nfd ask the browser's String.prototype.normalize, which every
// supported browser has: the x/text tables would add about 6 KB (brotli)
// to the bundle for names the server cleans anyway.
func nfkc(s string) string { return js.ValueOf(s).Call("normalize", "NFKC").String() }

func nfd(s string) string { return js.ValueOf(s).Call("normalize", "NFD").String() }
