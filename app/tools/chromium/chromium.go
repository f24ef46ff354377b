//go:build !wasm

// Package chromium holds how Storyquiz's browser tests and benchmarks start
// Debian's headless Chromium, so both run it the same way.
package chromium

import (
	"fmt"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// Options returns chromedp allocator options for headless Chromium with a
// fresh profile in profileDir: the flags a root user needs here (no
// sandbox) and none of the background traffic that a closed network refuses.
// It fails when chromium is not installed.
func Options(profileDir string) ([]chromedp.ExecAllocatorOption, error) {
	path, err := exec.LookPath("chromium")
	if err != nil {
		return nil, fmt.Errorf("chromium is not installed: run `make test` (or `make bench`), which installs Debian's chromium: %w", err)
	}
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(profileDir),
	), nil
}
