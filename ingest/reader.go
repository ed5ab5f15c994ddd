// Package ingest turns user input — files, directories, standard input;
// plain text, HTML, JSON and JSON Lines — into parallax.Article values with
// clean text and metadata (docs/input.md).
package ingest

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/parallax-news/parallax"
)

// DefaultMaxBytes is the largest input file Reader reads when MaxBytes is 0.
const DefaultMaxBytes = 32 << 20

// Reader reads articles. The zero value is ready to use.
type Reader struct {
	// MaxBytes is the largest file (or standard input) read, in bytes;
	// 0 means DefaultMaxBytes.
	MaxBytes int64
}

// kind is an input format.
type kind int

const (
	kindText kind = iota
	kindHTML
	kindJSON
	kindJSONLines
)

// kinds maps the file extensions Reader knows to their format.
var kinds = map[string]kind{
	".txt": kindText, ".text": kindText,
	".html": kindHTML, ".htm": kindHTML, ".xhtml": kindHTML,
	".json":  kindJSON,
	".jsonl": kindJSONLines, ".ndjson": kindJSONLines,
}

// Read reads every path: a file, a directory (walked recursively in sorted
// order, skipping hidden entries and files of unknown extension), or "-" for
// stdin (its format sniffed from its first bytes). A file named in paths
// with an unknown extension is read as plain text.
//
// It returns the articles read, in input order, and one *parallax.Error per
// input that failed (codes EINVALID, ETOOLARGE, ENOTFOUND, EIO), naming the
// file and line; the other inputs are still read. IDs are unique within one
// call. Reading stops between files when ctx is done; callers check
// ctx.Err().
func (r Reader) Read(ctx context.Context, paths []string, stdin io.Reader) ([]parallax.Article, []error) {
	rd := &reading{max: r.MaxBytes, ids: make(map[string]bool)}
	if rd.max <= 0 {
		rd.max = DefaultMaxBytes
	}
	for _, p := range paths {
		if ctx.Err() != nil {
			break
		}
		if p == "-" {
			rd.stdin(stdin)
			continue
		}
		rd.path(ctx, p)
	}
	return rd.arts, rd.errs
}

// reading is the state of one Read call.
type reading struct {
	max  int64
	arts []parallax.Article
	errs []error
	ids  map[string]bool
}

func (rd *reading) fail(code, path string, line int, err error, msg string) {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err // the error already names the path
	}
	rd.errs = append(rd.errs, &parallax.Error{Code: code, Op: "read article", Path: path, Line: line, Message: msg, Err: err})
}

// path reads a file or walks a directory.
func (rd *reading) path(ctx context.Context, p string) {
	info, err := os.Stat(p)
	if err != nil {
		rd.statFailed(p, err)
		return
	}
	if info.IsDir() {
		rd.dir(ctx, p)
		return
	}
	k, ok := kinds[strings.ToLower(filepath.Ext(p))]
	if !ok {
		k = kindText // named explicitly: read whatever it is as text
	}
	rd.file(p, info.Size(), k)
}

// dir reads every file of a known format under root, in lexical order,
// skipping hidden files and folders.
func (rd *reading) dir(ctx context.Context, root string) {
	found := 0
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			rd.fail(parallax.EIO, path, 0, err, "cannot read")
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		k, ok := kinds[strings.ToLower(filepath.Ext(path))]
		if d.IsDir() || !ok || !d.Type().IsRegular() {
			return nil
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		found++
		info, err := d.Info()
		if err != nil {
			rd.statFailed(path, err)
			return nil
		}
		rd.file(path, info.Size(), k)
		return nil
	})
	if err == nil && found == 0 {
		rd.fail(parallax.EINVALID, root, 0, nil, "the directory holds no articles (.txt, .html, .htm, .json, .jsonl or .ndjson files)")
	}
}

func (rd *reading) statFailed(p string, err error) {
	if errors.Is(err, fs.ErrNotExist) {
		rd.fail(parallax.ENOTFOUND, p, 0, nil, "no such file or directory")
		return
	}
	rd.fail(parallax.EIO, p, 0, err, "cannot read")
}

// file reads one file of the given size and format.
func (rd *reading) file(p string, size int64, k kind) {
	if size > rd.max {
		rd.fail(parallax.ETOOLARGE, p, 0, nil, "the file is "+byteSize(size)+", over the "+byteSize(rd.max)+" limit")
		return
	}
	data, err := os.ReadFile(p)
	if err != nil {
		rd.statFailed(p, err)
		return
	}
	if int64(len(data)) > rd.max { // grew since Stat
		rd.fail(parallax.ETOOLARGE, p, 0, nil, "the file is over the "+byteSize(rd.max)+" limit")
		return
	}
	base := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
	rd.data(p, base, k, data)
}

// stdin reads standard input, at most max bytes, sniffing its format.
func (rd *reading) stdin(r io.Reader) {
	if r == nil {
		rd.fail(parallax.EIO, "-", 0, nil, "standard input is not available")
		return
	}
	data, err := io.ReadAll(io.LimitReader(r, rd.max+1))
	if err != nil {
		rd.fail(parallax.EIO, "-", 0, err, "cannot read standard input")
		return
	}
	if int64(len(data)) > rd.max {
		rd.fail(parallax.ETOOLARGE, "-", 0, nil, "standard input is too large: over the "+byteSize(rd.max)+" limit")
		return
	}
	rd.data("-", "stdin", sniff(data), data)
}

// add appends an article read from source, giving it a unique id: its own,
// else base (single-article input) or base-n (the n-th record).
func (rd *reading) add(a parallax.Article, source, base string, n int, single bool) {
	a.Source = source
	if a.ID == "" {
		a.ID = base
		if !single {
			a.ID = base + "-" + itoa(n)
		}
	}
	a.ID = rd.unique(a.ID)
	rd.arts = append(rd.arts, a)
}

// unique returns id, or id-2, id-3, … when id is taken.
func (rd *reading) unique(id string) string {
	cand := id
	for n := 2; rd.ids[cand]; n++ {
		cand = id + "-" + itoa(n)
	}
	rd.ids[cand] = true
	return cand
}
