//go:build !wasm

// Package compress holds the compression that Storyquiz applies to its
// WebAssembly bundle ahead of time: brotli at its best level (11) and gzip
// at its best level (9). Both the precompress command and the benchmarks use
// it, so that what is measured is exactly what is served.
package compress

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"

	"github.com/andybalholm/brotli"
)

// Sizes are the byte counts of one file raw and in each encoding.
type Sizes struct {
	Raw, Gzip, Brotli int64
}

// File writes path.br and path.gz beside path and returns the three sizes.
// Each is written through a temporary file and renamed, so a crash never
// leaves a truncated file that the server would serve.
func File(path string) (Sizes, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Sizes{}, err
	}
	s := Sizes{Raw: int64(len(data))}
	if s.Brotli, err = write(path+".br", data, newBrotli); err != nil {
		return s, err
	}
	if s.Gzip, err = write(path+".gz", data, newGzip); err != nil {
		return s, err
	}
	return s, nil
}

func newBrotli(w io.Writer) io.WriteCloser {
	return brotli.NewWriterLevel(w, brotli.BestCompression)
}

func newGzip(w io.Writer) io.WriteCloser {
	zw, _ := gzip.NewWriterLevel(w, gzip.BestCompression) // the level is valid
	return zw
}

// encode compresses data into w with the writer that wrap makes.
func encode(w io.Writer, data []byte, wrap func(io.Writer) io.WriteCloser) error {
	zw := wrap(w)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}

// write compresses data into path through a temporary file in the same
// directory and returns the compressed size.
func write(path string, data []byte, wrap func(io.Writer) io.WriteCloser) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".precompress-*")
	if err != nil {
		return 0, err
	}
	defer os.Remove(tmp.Name())
	// CreateTemp makes the file private; the copies are as public as the bundle.
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return 0, err
	}
	if err := encode(tmp, data, wrap); err != nil {
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
