package exchange

import "strings"

// fill writes a template with $1…$9 replaced by args[0]…args[8]. The
// writers are templates filled this way rather than chains of WriteString
// calls: in WebAssembly every call site costs code, and a constant text
// costs only its compressed bytes.
func fill(b *strings.Builder, tmpl string, args ...string) {
	for {
		i := strings.IndexByte(tmpl, '$')
		if i < 0 || i+1 == len(tmpl) {
			b.WriteString(tmpl)
			return
		}
		b.WriteString(tmpl[:i])
		if d := tmpl[i+1]; d >= '1' && d <= '9' && int(d-'1') < len(args) {
			b.WriteString(args[d-'1'])
		} else {
			b.WriteString(tmpl[i : i+2])
		}
		tmpl = tmpl[i+2:]
	}
}
