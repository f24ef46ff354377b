//go:build !wasm

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"storyquiz/app/tools/precompress/compress"
)

// wasmBuild is how both bundles are built, exactly as the Makefile builds
// Storyquiz's (WASMFLAGS): without inlining, which makes both smaller over
// the wire.
var wasmBuild = []string{"build", "-trimpath", "-gcflags=all=-l", "-ldflags=-s -w"}

// bundleReport is the bundle section's outcome.
type bundleReport struct {
	Storyquiz, Hello compress.Sizes
	// Engine is the quiz engine's program (web/engine.wasm), which only
	// the pages that make a quiz load, in a Web Worker: not part of the
	// bundle the budget is about, reported beside it.
	Engine compress.Sizes
}

// ratio is Storyquiz's brotli size over the hello-world's.
func (b bundleReport) ratio() float64 { return float64(b.Storyquiz.Brotli) / float64(b.Hello.Brotli) }

// buildHello builds the hello-world into dir: dir/web/app.wasm with its .br
// and .gz copies (made by the same code as the precompress command), the
// icons Storyquiz also uses, and the native server dir/hello.
func buildHello(ctx context.Context, root, dir string) error {
	web := filepath.Join(dir, "web")
	if err := os.MkdirAll(web, 0o755); err != nil {
		return err
	}
	wasm := exec.CommandContext(ctx, "go", append(wasmBuild, "-o", filepath.Join(web, "app.wasm"), "./app/tools/bench/hello")...)
	wasm.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	native := exec.CommandContext(ctx, "go", "build", "-trimpath", "-o", filepath.Join(dir, "hello"), "./app/tools/bench/hello")
	for _, cmd := range []*exec.Cmd{wasm, native} {
		cmd.Dir = root
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, out)
		}
	}
	for _, icon := range []string{"icon-192.png", "icon-512.png"} {
		if err := copyFile(filepath.Join(root, "web", icon), filepath.Join(web, icon)); err != nil {
			return err
		}
	}
	_, err := compress.File(filepath.Join(web, "app.wasm"))
	return err
}

// measureBundles reads the sizes of Storyquiz's served bundle (sqDir/web:
// the snapshot of web/app.wasm and the .br and .gz that `make build` wrote)
// and of the hello-world's.
func measureBundles(sqDir, helloDir string) (bundleReport, error) {
	var rep bundleReport
	var err error
	if rep.Storyquiz, err = sizesOf(filepath.Join(sqDir, "web", "app.wasm")); err != nil {
		return rep, err
	}
	if rep.Engine, err = sizesOf(filepath.Join(sqDir, "web", "engine.wasm")); err != nil {
		return rep, err
	}
	rep.Hello, err = sizesOf(filepath.Join(helloDir, "web", "app.wasm"))
	return rep, err
}

// sizesOf returns the sizes of path, path.gz and path.br.
func sizesOf(path string) (compress.Sizes, error) {
	var s compress.Sizes
	for _, f := range []struct {
		suffix string
		n      *int64
	}{{"", &s.Raw}, {".gz", &s.Gzip}, {".br", &s.Brotli}} {
		st, err := os.Stat(path + f.suffix)
		if err != nil {
			return s, err
		}
		*f.n = st.Size()
	}
	return s, nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// markdown renders the bundle section.
func (b bundleReport) markdown() string {
	t := table{head: []string{"bundle", "raw", "gzip -9", "brotli -q 11"}}
	t.add("Storyquiz (`web/app.wasm`)", mb(b.Storyquiz.Raw), mb(b.Storyquiz.Gzip), mb(b.Storyquiz.Brotli))
	t.add("go-app v9 hello-world (`app/tools/bench/hello`)", mb(b.Hello.Raw), mb(b.Hello.Gzip), mb(b.Hello.Brotli))
	t.add("ratio", fmt.Sprintf("%.2f×", float64(b.Storyquiz.Raw)/float64(b.Hello.Raw)),
		fmt.Sprintf("%.2f×", float64(b.Storyquiz.Gzip)/float64(b.Hello.Gzip)), fmt.Sprintf("%.2f×", b.ratio()))
	t.add("the engine, teachers' pages only (`web/engine.wasm`, in a Web Worker on first use)", mb(b.Engine.Raw), mb(b.Engine.Gzip), mb(b.Engine.Brotli))
	return t.String()
}
