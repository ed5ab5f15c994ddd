package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/ingest/feed"
	"github.com/parallax-news/parallax/ingest/fetch"
)

// acceptOPML is the Accept header of an OPML file fetched by URL.
const acceptOPML = "text/x-opml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

func runSourcesImport(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs, db := sourcesFlagSet("import", stderr)
	var ff fetchFlags
	ff.register(fs)
	setUsage(fs, stderr, "parallax sources import [--db PATH|postgres://…] [--allow-private LIST] FILE.opml|URL",
		"Adds every feed of an OPML subscription list (a feed reader's export), folders",
		"included, and prints for each whether it was added, already present, or failed and",
		"why. The feeds are not fetched now: the poller in 'parallax serve' reads them, and a",
		"feed that fails shows its error in 'parallax sources list'. An OPML file given by",
		"http(s) URL is fetched through the safe client. Exit status 1 if some outlines failed.")
	if err := parseSourcesArgs(fs, args, 1, 1); err != nil {
		return err
	}
	cfg, err := ff.config("sources import", stderr)
	if err != nil {
		return err
	}
	doc, err := readOPML(ctx, fetch.New(cfg), fs.Arg(0))
	if err != nil {
		return err
	}
	store, closeStore, err := openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer closeStore()
	var added, present, failed int
	for _, o := range opmlEntries(doc) {
		if o.FeedURL == "" {
			failed++
			fmt.Fprintf(stderr, "parallax sources import: %s: outline %q has no http(s) feed URL (xmlUrl)\n", fs.Arg(0), o.Title)
			continue
		}
		src := &parallax.Source{URL: o.FeedURL, Title: o.Title}
		created, err := store.Sources.CreateSource(ctx, src)
		switch {
		case parallax.ErrorCode(err) == parallax.EINVALID:
			failed++
			fmt.Fprintf(stderr, "parallax sources import: %s: %s: %v\n", fs.Arg(0), o.FeedURL, err)
		case err != nil:
			return err
		case created:
			added++
			fmt.Fprintf(stdout, "added\t%d\t%s\t%q\n", src.ID, src.URL, src.Title)
		default:
			present++
			fmt.Fprintf(stdout, "already present\t%d\t%s\t%q\n", src.ID, src.URL, src.Title)
		}
	}
	fmt.Fprintf(stderr, "parallax sources import: %s: %d added, %d already present, %d failed\n", fs.Arg(0), added, present, failed)
	if failed > 0 && added+present == 0 {
		return parallax.Errorf(parallax.EINVALID, "%s: none of its %d outlines could be added (see above)", fs.Arg(0), failed)
	}
	return sourcesOutcome(failed, added+present+failed, "outlines")
}

// readOPML reads and parses the OPML document at path, a file or an
// http(s) URL. Errors name the file or URL.
func readOPML(ctx context.Context, c *fetch.Client, path string) (*feed.OPML, error) {
	var data []byte
	base, contentType := "", ""
	if strings.HasPrefix(path, "http://") || strings.HasPrefix(path, "https://") {
		resp, err := c.Get(ctx, path, fetch.Request{Accept: acceptOPML})
		if err != nil {
			return nil, err
		}
		data, base, contentType = resp.Body, resp.URL, resp.ContentType
	} else {
		b, err := os.ReadFile(path)
		if err != nil {
			code := parallax.EIO
			if errors.Is(err, os.ErrNotExist) {
				code = parallax.ENOTFOUND
			}
			return nil, &parallax.Error{Code: code, Op: "read OPML", Path: path, Message: "cannot read the file", Err: err}
		}
		data = b
	}
	doc, err := feed.ParseOPML(data, base, contentType, feed.Limits{})
	var pe *parallax.Error
	if errors.As(err, &pe) && pe.Path == "" {
		named := *pe
		named.Path = path
		return nil, &named
	}
	return doc, err
}

// opmlEntries returns the subscriptions of doc in document order, each
// feed URL once, and the leaf outlines that should be subscriptions but
// have no usable feed URL (FeedURL ""). Folders are walked, not returned.
func opmlEntries(doc *feed.OPML) []feed.Outline {
	var out []feed.Outline
	seen := map[string]bool{}
	var walk func([]feed.Outline)
	walk = func(os []feed.Outline) {
		for _, o := range os {
			switch {
			case o.FeedURL != "" && !seen[o.FeedURL]:
				seen[o.FeedURL] = true
				out = append(out, o)
			case o.FeedURL == "" && len(o.Children) == 0 && o.Type != "":
				out = append(out, o) // a subscription whose xmlUrl is missing or not http(s)
			}
			walk(o.Children)
		}
	}
	walk(doc.Outlines)
	return out
}
