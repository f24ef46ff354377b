//go:build !wasm

// Command precompress writes brotli (.br) and gzip (.gz) copies of files at
// the highest compression levels, so the server can send the WebAssembly
// bundle compressed without spending CPU per request. It needs nothing but
// Go, so `make run` works on a fresh machine.
//
// Usage: go run ./app/tools/precompress FILE...
package main

import (
	"fmt"
	"os"

	"storyquiz/app/tools/precompress/compress"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE...")
		os.Exit(2)
	}
	for _, path := range os.Args[1:] {
		s, err := compress.File(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d bytes raw, %d gzip, %d brotli\n", path, s.Raw, s.Gzip, s.Brotli)
	}
}
