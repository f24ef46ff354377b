// Command precompress writes brotli (.br) and gzip (.gz) copies of files at
// the highest compression levels, so the server can send the WebAssembly
// bundle compressed without spending CPU per request. It needs nothing but
// Go, so `make run` works on a fresh machine.
//
// Usage: go run ./app/precompress FILE...
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE...")
		os.Exit(2)
	}
	for _, path := range os.Args[1:] {
		if err := compress(path); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func compress(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	br, err := write(path+".br", data, func(w io.Writer) io.WriteCloser {
		return brotli.NewWriterLevel(w, brotli.BestCompression)
	})
	if err != nil {
		return err
	}
	gz, err := write(path+".gz", data, func(w io.Writer) io.WriteCloser {
		zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		return zw
	})
	if err != nil {
		return err
	}
	fmt.Printf("%s: %d bytes raw, %d gzip, %d brotli\n", path, len(data), gz, br)
	return nil
}

// write compresses data into path through a temporary file, so a crash never
// leaves a truncated file that the server would serve.
func write(path string, data []byte, wrap func(io.Writer) io.WriteCloser) (int64, error) {
	tmp, err := os.CreateTemp(dirOf(path), ".precompress-*")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	zw := wrap(tmp)
	if _, err := zw.Write(data); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := zw.Close(); err != nil {
		tmp.Close()
		return 0, err
	}
	st, err := tmp.Stat()
	if err != nil {
		tmp.Close()
		return 0, err
	}
	if err := tmp.Close(); err != nil {
		return 0, err
	}
	return st.Size(), os.Rename(tmp.Name(), path)
}

func dirOf(path string) string {
	for i := len(path) - 1; i >= 0; i-- {
		if path[i] == '/' {
			return path[:i]
		}
	}
	return "."
}
