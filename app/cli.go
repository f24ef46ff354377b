//go:build !wasm

package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

const usage = `usage:
  storyquiz [serve] [flags]                 serve the app and live sessions (the default)
  storyquiz generate [flags] FILE|-         print a quiz for an article
  storyquiz backup [-db FILE] OUT.db        copy the session database safely while serving
  storyquiz help                            this text, with every command's flags`

// runCLI dispatches the command line and returns the exit status.
func runCLI(args []string) int {
	cmd, args := command(args)
	switch cmd {
	case "serve":
		return runServe(args, os.Stderr)
	case "generate":
		return runGenerate(args, os.Stdin, os.Stdout, os.Stderr)
	case "backup":
		return runBackup(args, os.Stderr)
	case "help":
		printHelp(os.Stdout)
		return 0
	}
	fmt.Fprintf(os.Stderr, "storyquiz: unknown command %q\n%s\n", cmd, usage)
	return 2
}

// command splits the command from its arguments: serve when the first
// argument is a flag, and help for -h before any command, which then
// lists every command rather than serve's flags alone.
func command(args []string) (cmd string, rest []string) {
	switch {
	case len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help"):
		return "help", nil
	case len(args) > 0 && args[0] != "" && args[0][0] != '-':
		return args[0], args[1:]
	}
	return "serve", args
}

// printHelp writes the usage and every command's flags.
func printHelp(w io.Writer) {
	fmt.Fprintln(w, usage)
	for _, c := range []struct {
		name  string
		flags func(io.Writer) *flag.FlagSet
	}{
		{"serve", func(out io.Writer) *flag.FlagSet { fs, _ := serveFlags(out); return fs }},
		{"generate", func(out io.Writer) *flag.FlagSet { fs, _ := generateFlags(out); return fs }},
		{"backup", func(out io.Writer) *flag.FlagSet { fs, _ := backupFlags(out); return fs }},
	} {
		fmt.Fprintf(w, "\n%s flags:\n", c.name)
		c.flags(w).PrintDefaults()
	}
}
