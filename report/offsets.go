package report

import "unicode/utf8"

// CharOffsets converts byte offsets into one string to character (Unicode
// code point) offsets, the unit Parallax's JSON outputs promise. Offsets must
// lie on character boundaries; an offset past the end maps to the length.
type CharOffsets struct {
	runes []int32 // runes[i] = characters before byte i; nil when s is ASCII
	n     int
}

// NewCharOffsets indexes s. It costs one pass over s, and nothing more when
// s is ASCII.
func NewCharOffsets(s string) *CharOffsets {
	c := &CharOffsets{n: len(s)}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return c
	}
	c.runes = make([]int32, len(s)+1)
	var n int32
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		for j := 0; j < size; j++ {
			c.runes[i+j] = n
		}
		n++
		i += size
	}
	c.runes[len(s)] = n
	return c
}

// At returns the character offset of byte offset b.
func (c *CharOffsets) At(b int) int {
	if b < 0 {
		return 0
	}
	if b > c.n {
		b = c.n
	}
	if c.runes == nil {
		return b
	}
	return int(c.runes[b])
}
