//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/andybalholm/brotli"
)

// snapshotWeb copies Storyquiz's web/ directory into dst/web once
// app.wasm, app.wasm.br and app.wasm.gz hold the same bundle, so that a
// rebuild started meanwhile (by a developer or another build on a shared
// machine) cannot change what is measured and served halfway through. It
// waits up to two minutes for a running rebuild to finish.
func snapshotWeb(root, dst string) error {
	src := filepath.Join(root, "web")
	deadline := time.Now().Add(2 * time.Minute)
	for {
		wasm, br, gz, err := consistentBundle(src)
		if err == nil {
			return writeSnapshot(src, filepath.Join(dst, "web"), wasm, br, gz)
		}
		if time.Now().After(deadline) {
			return err
		}
		logf("waiting for a consistent web/app.wasm: %v", err)
		time.Sleep(3 * time.Second)
	}
}

// consistentBundle reads the bundle and its compressed copies and checks
// that both copies decompress to the bundle.
func consistentBundle(dir string) (wasm, br, gz []byte, err error) {
	path := filepath.Join(dir, "app.wasm")
	if wasm, err = os.ReadFile(path); err != nil {
		return nil, nil, nil, err
	}
	if br, err = os.ReadFile(path + ".br"); err != nil {
		return nil, nil, nil, err
	}
	if gz, err = os.ReadFile(path + ".gz"); err != nil {
		return nil, nil, nil, err
	}
	plain, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
	if err != nil || !bytes.Equal(plain, wasm) {
		return nil, nil, nil, fmt.Errorf("%s.br does not hold %s", path, path)
	}
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("%s.gz: %w", path, err)
	}
	if plain, err = io.ReadAll(zr); err != nil || !bytes.Equal(plain, wasm) {
		return nil, nil, nil, fmt.Errorf("%s.gz does not hold %s", path, path)
	}
	return wasm, br, gz, nil
}

// writeSnapshot writes the bundle before its compressed copies, so that
// the server sees the copies as fresh, then copies every other file of src.
func writeSnapshot(src, dst string, wasm, br, gz []byte) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{"app.wasm", wasm}, {"app.wasm.br", br}, {"app.wasm.gz", gz}} {
		if err := os.WriteFile(filepath.Join(dst, f.name), f.data, 0o644); err != nil {
			return err
		}
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		switch name := e.Name(); {
		case !e.Type().IsRegular(), name == "app.wasm", name == "app.wasm.br", name == "app.wasm.gz", name[0] == '.':
		default:
			if err := copyFile(filepath.Join(src, name), filepath.Join(dst, name)); err != nil {
				return err
			}
		}
	}
	return nil
}
