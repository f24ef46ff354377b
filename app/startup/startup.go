// Package startup cuts the browser's start of the app into tasks short
// enough that a slow phone still scrolls the prerendered page and takes
// input between them (Lighthouse counts every task over 50 ms as blocking).
//
// Importing it (as the program's main package does) splits the Go runtime's
// start from the package initialisers. Go initialises packages in the order
// of their import paths, each once its own imports are ready; this one
// imports only syscall/js, so it runs as soon as that is ready, which is
// before "time" and everything built on it (most of the standard library,
// go-app and the quiz engine's word lists): those run in the next task.
// Off the browser it does nothing.
package startup
