//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"storyquiz/quiz"
	"storyquiz/quiz/exchange"
	"storyquiz/quiz/exchange/formats"
)

// generateOptions are generate's flags.
type generateOptions struct {
	n      *int
	seed   *int64
	format *string
}

// generateFlags is generate's flag set.
func generateFlags(out io.Writer) (*flag.FlagSet, generateOptions) {
	fs := flag.NewFlagSet("generate", flag.ContinueOnError)
	fs.SetOutput(out)
	return fs, generateOptions{
		n:      fs.Int("n", quiz.DefaultQuestions, "number of questions (1 to 50)"),
		seed:   fs.Int64("seed", 1, "seed for question choice and option order"),
		format: fs.String("format", "json", "output format: "+formatList()+" (qti is a zip: redirect it to a .zip file)"),
	}
}

// formatList names the output formats for help and error messages.
func formatList() string {
	names := formats.Names()
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// runGenerate implements "storyquiz generate [-n 10] [-seed 1]
// [-format json|moodle|qti|blackboard|gift|aiken] FILE|-": it prints a quiz
// for a plain-text article in Storyquiz's JSON or in a format a learning
// platform imports. It returns the exit status: 0 on success, 1 with a one-line
// "storyquiz: …" message for bad input, 2 for bad flags or arguments.
func runGenerate(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs, o := generateFlags(stderr)
	n, seed, format := o.n, o.seed, o.format
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: storyquiz generate [-n 10] [-seed 1] [-format "+strings.Join(formats.Names(), "|")+"] FILE|-")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "storyquiz: generate needs exactly one article file, or - for standard input")
		fs.Usage()
		return 2
	}
	if *n < 1 || *n > quiz.MaxQuestions {
		fmt.Fprintf(stderr, "storyquiz: -n must be between 1 and %d\n", quiz.MaxQuestions)
		return 2
	}
	out, ok := formats.Lookup(*format)
	if !ok {
		fmt.Fprintf(stderr, "storyquiz: unknown -format %q (want %s)\n", *format, formatList())
		return 2
	}
	text, err := readArticle(fs.Arg(0), stdin)
	if err != nil {
		fmt.Fprintln(stderr, "storyquiz:", err)
		return 1
	}
	q, rep, err := quiz.GenerateReport(text, quiz.Options{N: *n, Seed: *seed})
	if err != nil {
		fmt.Fprintln(stderr, "storyquiz:", strings.ReplaceAll(err.Error(), "\n", " "))
		return 1
	}
	if rep.Made < rep.Wanted {
		fmt.Fprintf(stderr, "storyquiz: made %d of %d questions: %s\n", rep.Made, rep.Wanted, rep.Reason)
	}
	if _, err := stdout.Write(exchange.Write(out, q)); err != nil {
		fmt.Fprintln(stderr, "storyquiz:", err)
		return 1
	}
	return 0
}

// readArticle reads the article from a file or, for "-", standard input,
// reading at most one byte more than the engine accepts so that a huge
// input is refused without being held in memory.
func readArticle(name string, stdin io.Reader) (string, error) {
	r := stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return "", fmt.Errorf("cannot read the article: %v", err)
		}
		defer f.Close()
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, quiz.MaxArticleBytes+1))
	if err != nil {
		return "", fmt.Errorf("cannot read the article: %v", err)
	}
	return string(b), nil
}
