//go:build !wasm

// Package chromium holds how Storyquiz's browser tests and benchmarks start
// Debian's headless Chromium, so both run it the same way.
package chromium

import (
	"fmt"
	"os/exec"
	"strings"

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
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.UserDataDir(profileDir),
	)
	for _, s := range switches {
		opts = append(opts, chromedp.Flag(s, true))
	}
	return opts, nil
}

// switches are the flags besides headless, no sandbox, no GPU and the
// profile: no QUIC, and none of the background traffic.
var switches = []string{"disable-quic", "no-first-run", "disable-background-networking", "disable-component-update", "disable-sync"}

// CommandLine returns Chromium's path and the flags Options sets, as one
// string, for a program that starts Chromium itself (Lighthouse).
func CommandLine(profileDir string) (path, flags string, err error) {
	path, err = exec.LookPath("chromium")
	if err != nil {
		return "", "", fmt.Errorf("chromium is not installed: run `make bench`, which installs Debian's chromium: %w", err)
	}
	fs := []string{"--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + profileDir}
	for _, s := range switches {
		fs = append(fs, "--"+s)
	}
	return path, strings.Join(fs, " "), nil
}
