//go:build wasm && !engine

package quiz

// embeddedFirstNames is empty in the students' bundle, which never runs the
// engine: the linker keeps embedded files whether used or not, and the list
// would add a sixteenth of what the bundle may weigh over go-app's own.
var embeddedFirstNames string
