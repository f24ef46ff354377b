package exchange

import (
	"encoding/binary"
	"hash/crc32"
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
		utf8Flag   = 0x0800
		version    = 20 // 2.0: the oldest that every reader accepts
		dosDate    = 1<<5 | 1
		dosTime    = 0
		localSig   = 0x04034b50
		centralSig = 0x02014b50
		endSig     = 0x06054b50
	)
	var out, central []byte
	le := binary.LittleEndian
	for _, f := range files {
		crc := crc32.ChecksumIEEE(f.Data)
		offset := uint32(len(out))
		out = le.AppendUint32(out, localSig)
		out = le.AppendUint16(out, version)
		out = le.AppendUint16(out, utf8Flag)
		out = le.AppendUint16(out, 0) // stored
		out = le.AppendUint16(out, dosTime)
		out = le.AppendUint16(out, dosDate)
		out = le.AppendUint32(out, crc)
		out = le.AppendUint32(out, uint32(len(f.Data)))
		out = le.AppendUint32(out, uint32(len(f.Data)))
		out = le.AppendUint16(out, uint16(len(f.Name)))
		out = le.AppendUint16(out, 0) // no extra field
		out = append(out, f.Name...)
		out = append(out, f.Data...)

		central = le.AppendUint32(central, centralSig)
		central = le.AppendUint16(central, version) // made by: MS-DOS attributes, 2.0
		central = le.AppendUint16(central, version)
		central = le.AppendUint16(central, utf8Flag)
		central = le.AppendUint16(central, 0)
		central = le.AppendUint16(central, dosTime)
		central = le.AppendUint16(central, dosDate)
		central = le.AppendUint32(central, crc)
		central = le.AppendUint32(central, uint32(len(f.Data)))
		central = le.AppendUint32(central, uint32(len(f.Data)))
		central = le.AppendUint16(central, uint16(len(f.Name)))
		central = le.AppendUint16(central, 0) // extra
		central = le.AppendUint16(central, 0) // comment
		central = le.AppendUint16(central, 0) // disk
		central = le.AppendUint16(central, 0) // internal attributes
		central = le.AppendUint32(central, 0) // external attributes
		central = le.AppendUint32(central, offset)
		central = append(central, f.Name...)
	}
	cdOffset := uint32(len(out))
	out = append(out, central...)
	out = le.AppendUint32(out, endSig)
	out = le.AppendUint16(out, 0) // this disk
	out = le.AppendUint16(out, 0) // disk with the central directory
	out = le.AppendUint16(out, uint16(len(files)))
	out = le.AppendUint16(out, uint16(len(files)))
	out = le.AppendUint32(out, uint32(len(central)))
	out = le.AppendUint32(out, cdOffset)
	out = le.AppendUint16(out, 0) // comment
	return out
}
