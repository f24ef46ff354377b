package exchange

import (
	"hash/crc32"
	"strings"
)

// zipFile is one file of a zip archive.
type zipFile struct {
	Name string
	Data []byte
}

// storedZip writes a zip archive of files stored without compression. It
// replaces archive/zip (and the deflate code it pulls in) in the browser:
// a QTI package is a few kilobytes of XML, so compression would gain little.
// Names are flagged UTF-8 and every file carries the same fixed date
// (1 January 1980, the format's epoch), so the same quiz always gives the
// same bytes.
func storedZip(files []zipFile) []byte {
	const (
		utf8Flag = 0x0800
		version  = 20 // 2.0: the oldest that every reader accepts
		dosDate  = 1<<5 | 1
	)
	var out, central []byte
	for _, f := range files {
		crc, size, name := crc32.ChecksumIEEE(f.Data), uint32(len(f.Data)), uint32(len(f.Name))
		// Central directory entry: signature, made by (MS-DOS, 2.0), version
		// needed, flags, method (stored), time, date, CRC, sizes, name
		// length, extra, comment, disk, internal and external attributes,
		// local header offset.
		central = put(central, "42222224442222244", 0x02014b50, version, version, utf8Flag, 0, 0, dosDate,
			crc, size, size, name, 0, 0, 0, 0, 0, uint32(len(out)))
		central = append(central, f.Name...)
		// Local header: the same fields from version needed to extra.
		out = put(out, "42222244422", 0x04034b50, version, utf8Flag, 0, 0, dosDate, crc, size, size, name, 0)
		out = append(append(out, f.Name...), f.Data...)
	}
	n := uint32(len(files))
	// End of central directory: signature, disks, entries, size, offset,
	// comment length.
	end := put(nil, "422224 42", 0x06054b50, 0, 0, n, n, uint32(len(central)), uint32(len(out)), 0)
	return append(append(out, central...), end...)
}

// put appends values as little-endian numbers, each as many bytes as the
// next digit of layout says (spaces are skipped).
func put(b []byte, layout string, vals ...uint32) []byte {
	layout = strings.ReplaceAll(layout, " ", "")
	for i, v := range vals {
		for k := 0; k < int(layout[i]-'0'); k++ {
			b = append(b, byte(v>>(8*k)))
		}
	}
	return b
}
