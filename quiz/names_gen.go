//go:build ignore

// names_gen writes firstnames.txt, the built-in list of given names the
// engine uses to tell people from other capitalised phrases. It reads the
// JSON lists of the MIT-licensed npm package human-names (v1.0.13):
//
//	npm pack human-names && tar xzf human-names-*.tgz
//	go run names_gen.go package/data > firstnames.txt
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	files, err := filepath.Glob(filepath.Join(os.Args[1], "*-human-names-*.json"))
	if err != nil || len(files) == 0 {
		fmt.Fprintln(os.Stderr, "usage: go run names_gen.go DIR (the package's data folder)")
		os.Exit(2)
	}
	set := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		var names []string
		if err := json.Unmarshal(b, &names); err != nil {
			panic(err)
		}
		for _, n := range names {
			n = strings.ToLower(strings.TrimSpace(n))
			if n != "" && !strings.ContainsAny(n, " \"\\") {
				set[n] = true
			}
		}
	}
	var all []string
	for n := range set {
		all = append(all, n)
	}
	sort.Strings(all)
	// One name per line; firstnames.go holds the package's licence.
	fmt.Print(strings.Join(all, "\n") + "\n")
}
