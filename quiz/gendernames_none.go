//go:build wasm && !engine

package quiz

// femaleNames and maleNames are empty in the students' bundle, which never
// runs the engine: its pages fill every table when they start, and these
// serve only to sort a person's options (gendernames.go).
var femaleNames, maleNames = map[string]bool{}, map[string]bool{}
