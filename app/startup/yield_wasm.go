package startup

import "syscall/js"

func init() { Yield() }

// Yield lets the browser run its own work (input, paint) before the app
// goes on: the calling goroutine waits for the browser to call back, and
// with no goroutine left to run the Go runtime returns to the browser's
// event loop until then. (A short time.Sleep does not always return: when
// other goroutines run for longer than it, it is due before the runtime is
// idle.)
func Yield() {
	done := make(chan struct{})
	var resume js.Func
	resume = js.FuncOf(func(js.Value, []js.Value) any {
		resume.Release()
		close(done)
		return nil
	})
	// scheduler.yield resumes ahead of other queued tasks, where the
	// browser has it; a zero-delay timer elsewhere.
	if sch := js.Global().Get("scheduler"); sch.Truthy() && sch.Get("yield").Truthy() {
		sch.Call("yield").Call("then", resume)
	} else {
		js.Global().Call("setTimeout", resume, 0)
	}
	<-done
}
