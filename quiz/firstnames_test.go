//go:build !wasm

package quiz

import "testing"

// TestSetFirstNames checks that the engine takes the list of given names
// the browser hands it: a name it adds makes a person of a name the
// built-in list does not know.
func TestSetFirstNames(t *testing.T) {
	if !FirstNamesReady() {
		t.Fatal("the built-in list is not ready")
	}
	defer SetFirstNames(FirstNameList())
	if isFirstName("zyxwa") {
		t.Fatal("zyxwa is a given name already")
	}
	SetFirstNames(FirstNameList() + "\nzyxwa\n")
	if !isFirstName("zyxwa") || !isFirstName("aaron") {
		t.Error("the list handed over is not the one used")
	}
}
