package exchange

import "hash/crc32"

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
		// The fields both headers share, from the version needed to the
		// extra field's length.
		common := le(nil, 2, version, utf8Flag, 0 /* stored */, 0 /* time */, dosDate)
		common = le(common, 4, crc, size, size)
		common = le(common, 2, name, 0)
		central = le(central, 4, 0x02014b50)
		central = le(central, 2, version) // made by: MS-DOS attributes
		central = append(central, common...)
		central = le(central, 2, 0, 0, 0) // comment, disk, internal attributes
		central = le(central, 4, 0, uint32(len(out)))
		central = append(central, f.Name...)
		out = le(out, 4, 0x04034b50)
		out = append(append(append(out, common...), f.Name...), f.Data...)
	}
	n := uint32(len(files))
	end := le(nil, 4, 0x06054b50)
	end = le(end, 2, 0, 0, n, n)
	end = le(end, 4, uint32(len(central)), uint32(len(out)))
	end = le(end, 2, 0) // comment
	return append(append(out, central...), end...)
}

// le appends each value as a little-endian number of size bytes.
func le(b []byte, size int, vals ...uint32) []byte {
	for _, v := range vals {
		for i := 0; i < size; i++ {
			b = append(b, byte(v>>(8*i)))
		}
	}
	return b
}
