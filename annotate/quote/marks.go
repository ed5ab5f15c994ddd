package quote

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// piece is one paragraph's part of a quotation: Text spans [start, end).
// open is the byte offset of its opening mark, -1 when the piece continues a
// quotation from the previous paragraph without re-opening it.
type piece struct {
	open, start, end int
}

// group is one quotation: one piece per paragraph it runs over. after is the
// offset just past the closing mark, -1 when the quotation is never closed.
type group struct {
	pieces []piece
	after  int
}

// maxCarry bounds how many paragraphs an unclosed quotation may run over.
const maxCarry = 6

func isDoubleMark(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '‟', '「', '」', '『', '』':
		return true
	}
	return false
}

// canOpen reports whether the mark r between prev and next opens a quotation.
func canOpen(prev, r, next rune) bool {
	switch r {
	case '»', '」', '』', '›':
		return false
	case '„', '«', '「', '『', '‹', '‚':
		return true
	}
	if next == 0 || unicode.IsSpace(next) {
		return false
	}
	return prev == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:", prev)
}

// canClose reports whether the mark r closes a quotation opened by opener.
func canClose(opener, prev, r, next rune) bool {
	switch r {
	case '„', '«', '「', '『', '‹', '‚':
		return false
	case '»', '」', '』', '›':
		return true
	case '“', '‘':
		if opener == '„' || opener == '‚' {
			return true
		}
	}
	if prev == 0 || unicode.IsSpace(prev) {
		return false
	}
	return next == 0 || !isWordRune(next)
}

// markScanner pairs quotation marks paragraph by paragraph.
type markScanner struct {
	doc     string
	out     []group
	cur     *group // the quotation still open, possibly from earlier paragraphs
	opener  rune   // the mark that opened cur
	carried int    // paragraphs cur has run over
}

// scanMarks finds the quotations of doc delimited by quotation marks.
func scanMarks(doc string) []group {
	m := &markScanner{doc: doc}
	for ps := 0; ps < len(doc); {
		pe := strings.IndexByte(doc[ps:], '\n')
		if pe < 0 {
			pe = len(doc)
		} else {
			pe += ps
		}
		m.paragraph(ps, pe)
		if m.cur != nil {
			if m.carried++; m.carried > maxCarry {
				m.finish(-1)
			}
		}
		ps = pe + 1
	}
	m.finish(-1)
	return m.out
}

// finish ends the open quotation; closedAt is the offset past its closing
// mark, -1 when it was never closed (then only the pieces that opened with
// a mark are kept).
func (m *markScanner) finish(closedAt int) {
	if m.cur == nil {
		return
	}
	g := m.cur
	g.after = closedAt
	if closedAt < 0 {
		kept := g.pieces[:0]
		for _, p := range g.pieces {
			if p.open >= 0 {
				kept = append(kept, p)
			}
		}
		g.pieces = kept
	}
	if len(g.pieces) > 0 {
		m.out = append(m.out, *g)
	}
	m.cur, m.carried = nil, 0
}

func (m *markScanner) open(i, n int, r rune, pe int) {
	m.cur = &group{pieces: []piece{{open: i, start: i + n, end: pe}}}
	m.opener = r
}

// paragraph scans doc[ps:pe].
func (m *markScanner) paragraph(ps, pe int) {
	doc := m.doc
	first := firstNonSpace(doc, ps, pe)
	if first == pe {
		return // blank line
	}
	if m.cur != nil {
		m.cur.pieces = append(m.cur.pieces, piece{open: -1, start: first, end: pe})
	}
	prev := rune(0)
	for i := first; i < pe; {
		r, n := utf8.DecodeRuneInString(doc[i:pe])
		next := rune(0)
		if i+n < pe {
			next, _ = utf8.DecodeRuneInString(doc[i+n : pe])
		}
		switch {
		case isDoubleMark(r) && m.cur != nil:
			last := &m.cur.pieces[len(m.cur.pieces)-1]
			switch {
			case last.open < 0 && i == first && canOpen(prev, r, next):
				last.open, last.start = i, i+n // re-opened at the paragraph's start
			case canClose(m.opener, prev, r, next):
				last.end = i
				m.finish(i + n)
			case last.open < 0 && canOpen(prev, r, next):
				m.cur.pieces = m.cur.pieces[:len(m.cur.pieces)-1] // the carried quotation was never closed
				m.finish(-1)
				m.open(i, n, r, pe)
			}
		case isDoubleMark(r) && canOpen(prev, r, next):
			m.open(i, n, r, pe)
		case m.cur == nil && (r == '‘' || r == '\'' || r == '‹' || r == '‚') && canOpen(prev, r, next) && !isWordRune(prev):
			if j, after := singleClose(doc, i+n, pe, r); j > 0 {
				m.out = append(m.out, group{pieces: []piece{{open: i, start: i + n, end: j}}, after: after})
				n = after - i
			}
		}
		prev = r
		i += n
	}
}

// singleClose finds the mark closing a single-quoted quotation opened by
// opener and starting at i, telling it from apostrophes; j is the offset of
// the mark (0 when none) and after the offset past it.
func singleClose(doc string, i, pe int, opener rune) (j, after int) {
	prev := rune(0)
	for k := i; k < pe; {
		r, n := utf8.DecodeRuneInString(doc[k:pe])
		if isDoubleMark(r) {
			return 0, 0
		}
		if r == '’' || r == '\'' || r == '›' || (r == '‘' && opener == '‚') {
			next := rune(0)
			if k+n < pe {
				next, _ = utf8.DecodeRuneInString(doc[k+n : pe])
			}
			// "Workers’ Party" and "’s" stay apostrophes: the closing mark
			// must not be followed by a letter nor preceded by an s that
			// ends a plural possessive before a capitalised word.
			if canClose(opener, prev, r, next) && !(prev == 's' && unicode.IsSpace(next) && nextWordUpper(doc, k+n, pe)) {
				return k, k + n
			}
		}
		prev = r
		k += n
	}
	return 0, 0
}

func nextWordUpper(doc string, i, pe int) bool {
	i = firstNonSpace(doc, i, pe)
	if i >= pe {
		return false
	}
	r, _ := utf8.DecodeRuneInString(doc[i:pe])
	return unicode.IsUpper(r)
}

func firstNonSpace(doc string, i, end int) int {
	for i < end {
		r, n := utf8.DecodeRuneInString(doc[i:end])
		if !unicode.IsSpace(r) {
			return i
		}
		i += n
	}
	return end
}
