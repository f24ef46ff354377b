package main

import (
	"strings"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// downloadText offers text as a file download, through a Blob and an
// <a download> element, so nothing goes to the server.
func downloadText(name, mime, text string) {
	if !app.IsClient {
		return
	}
	saveBlob(name, app.Window().Get("Blob").New([]any{text}, map[string]any{"type": mime}))
}

// downloadBytes offers bytes (a zip, say) as a file download, like
// downloadText.
func downloadBytes(name, mime string, data []byte) {
	if !app.IsClient {
		return
	}
	buf := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(buf, data)
	// The Blob's parts go in a JS array: go-app unwraps a Value passed as
	// an argument, but not one inside a Go slice.
	parts := app.Window().Get("Array").New()
	parts.Call("push", buf)
	saveBlob(name, app.Window().Get("Blob").New(parts, map[string]any{"type": mime}))
}

// saveBlob has the browser save a Blob under a file name.
func saveBlob(name string, blob app.Value) {
	win := app.Window()
	url := win.Get("URL").Call("createObjectURL", blob)
	doc := win.Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	win.Get("URL").Call("revokeObjectURL", url)
}

// maxFileBytes caps files opened in the browser; larger files are refused
// before they are read.
const maxFileBytes = 1 << 20

// readTextFile reads the first file of an <input type=file> change event and
// calls done on the UI goroutine with its text, or with a message saying why
// it cannot be used (too large, not text).
func readTextFile(ctx app.Context, e app.Event, limit int, done func(ctx app.Context, name, text, problem string)) {
	readFile(ctx, e, limit, func(ctx app.Context, name string, data []byte, problem string) {
		if problem == "" {
			problem = textProblem(name, data)
		}
		if problem != "" {
			done(ctx, name, "", problem)
			return
		}
		done(ctx, name, string(data), "")
	})
}

// readFile reads the first file of an <input type=file> change event and
// calls done on the UI goroutine with its bytes, or with a message saying
// why it cannot be read (too large, unreadable). The file stays in the
// browser.
func readFile(ctx app.Context, e app.Event, limit int, done func(ctx app.Context, name string, data []byte, problem string)) {
	files := e.Get("target").Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	name := file.Get("name").String()
	if size := file.Get("size").Int(); size > limit {
		done(ctx, name, nil, "“"+name+"” is too large: at most "+humanBytes(limit)+".")
		return
	}
	var then, fail app.Func
	release := func() { then.Release(); fail.Release() }
	then = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer release()
		buf := app.Window().Get("Uint8Array").New(args[0])
		data := make([]byte, buf.Length())
		app.CopyBytesToGo(data, buf)
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, data, "") })
		return nil
	})
	fail = app.FuncOf(func(app.Value, []app.Value) any {
		defer release()
		ctx.Dispatch(func(ctx app.Context) { done(ctx, name, nil, "“"+name+"” could not be read.") })
		return nil
	})
	file.Call("arrayBuffer").Call("then", then, fail)
	e.Get("target").Set("value", "") // choosing the same file again fires change again
}

// textProblem says why file content is not plain text, or "" when it is.
func textProblem(name string, data []byte) string {
	if !utf8.Valid(data) || strings.ContainsRune(string(data), 0) {
		return "“" + name + "” is not a plain-text file. Open a .txt file, or copy the article and paste it."
	}
	return ""
}

// fileButton is a button that opens the browser's file picker. The file input
// itself stays hidden: a real button is easier to reach and to label.
func fileButton(id, label, accept string, onChange app.EventHandler) app.UI {
	return app.Span().Body(
		app.Button().ID(id+"-button").Type("button").Class("btn btn-small").Text(label).
			OnClick(func(app.Context, app.Event) {
				if el := app.Window().GetElementByID(id); el.Truthy() {
					el.Call("click")
				}
			}),
		app.Input().ID(id).Type("file").Hidden(true).Accept(accept).Aria("label", label).OnChange(onChange),
	)
}

// setValue sets the value of a form field by id; fields whose value the user
// types are filled this way rather than bound on every render.
func setValue(id, value string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Set("value", value)
	}
}

// fieldValue reads the value of a form field by id, and ok=false when the
// field is not on the page.
func fieldValue(id string) (string, bool) {
	el := app.Window().GetElementByID(id)
	if !el.Truthy() {
		return "", false
	}
	return el.Get("value").String(), true
}
