package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"storyquiz/quiz"
)

func main() {
	dir := flag.String("dir", "../shared/corpus", "folder of articles")
	dump := flag.String("json", "", "folder to write each quiz as JSON")
	flag.Parse()
	files, _ := filepath.Glob(filepath.Join(*dir, "*.txt"))
	for _, f := range files {
		b, _ := os.ReadFile(f)
		q, err := quiz.Generate(string(b), quiz.Options{N: 10, Seed: 1})
		if err != nil {
			fmt.Println(f, err)
			continue
		}
		if *dump != "" {
			j, _ := json.MarshalIndent(q, "", "  ")
			os.WriteFile(filepath.Join(*dump, filepath.Base(f[:len(f)-4])+".json"), j, 0o644)
		}
	}
}
