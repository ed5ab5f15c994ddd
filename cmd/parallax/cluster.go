package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/parallax-news/parallax"
	"github.com/parallax-news/parallax/annotate"
	"github.com/parallax-news/parallax/cluster"
)

// clusterJSON is the JSON form of `parallax cluster`.
type clusterJSON struct {
	Stories []clusterStoryJSON `json:"stories"`
	Merges  []clusterMergeJSON `json:"merges"`
}

type clusterStoryJSON struct {
	ID          string         `json:"id"`
	Title       string         `json:"title"`
	Articles    []string       `json:"articles"`
	Copies      []cluster.Copy `json:"copies"`
	Independent int            `json:"independent"`
}

type clusterMergeJSON struct {
	From    string `json:"from"`
	Into    string `json:"into"`
	At      string `json:"at,omitempty"` // ISO day; omitted when undated
	Article string `json:"article"`
	Why     string `json:"why"`
}

func runCluster(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cluster", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: text or json")
	var in inputFlags
	in.register(fs)
	setUsage(fs, stderr, "parallax cluster [--format text|json] PATH...",
		"Reads articles (as 'parallax annotate' does), groups them into stories in publication",
		"order, and lists each story with its articles and the near-copies among them.",
		"Exit status 1 if some inputs failed.")
	if err := parseArticleArgs(fs, args, format, []string{"text", "json"}, stderr); err != nil {
		return err
	}
	res, err := in.read(ctx, fs.Args(), stderr)
	if err != nil {
		return err
	}
	arts := annotate.New().Batch(ctx, res.articles)
	if err := ctx.Err(); err != nil {
		return err
	}
	cl := clusterArticles(arts)
	out := clusterOutput(cl)
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		err = enc.Encode(out)
	} else {
		err = writeClusterText(stdout, out, titles(arts))
	}
	if err != nil {
		return fmt.Errorf("write output: %w", err)
	}
	return res.partial()
}

// clusterArticles adds arts to a new clusterer in stream order
// (cluster.SortForStream: undated first, then by publication time).
func clusterArticles(arts []*parallax.Annotated) *cluster.Clusterer {
	ordered := slices.Clone(arts)
	cluster.SortForStream(ordered)
	cl := cluster.New(cluster.Config{})
	for _, a := range ordered {
		cl.Add(a)
	}
	return cl
}

func clusterOutput(cl *cluster.Clusterer) clusterJSON {
	out := clusterJSON{Stories: []clusterStoryJSON{}, Merges: []clusterMergeJSON{}}
	for _, s := range cl.Stories() {
		cs := clusterStoryJSON{ID: s.ID, Title: s.Title, Articles: s.Articles, Copies: s.Copies, Independent: s.Independent}
		if cs.Copies == nil {
			cs.Copies = []cluster.Copy{}
		}
		out.Stories = append(out.Stories, cs)
	}
	for _, m := range cl.Merges() {
		mj := clusterMergeJSON{From: m.From, Into: m.Into, Article: m.Article, Why: m.Why}
		if !m.At.IsZero() {
			mj.At = m.At.Format("2006-01-02")
		}
		out.Merges = append(out.Merges, mj)
	}
	return out
}

func writeClusterText(w io.Writer, out clusterJSON, title map[string]string) error {
	copyOf := map[string]string{}
	for _, s := range out.Stories {
		for _, c := range s.Copies {
			copyOf[c.Article] = c.CopyOf
		}
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d stories\n", len(out.Stories))
	for _, s := range out.Stories {
		fmt.Fprintf(&sb, "\n%s  %s\n  %d articles, %d independent\n", s.ID, s.Title, len(s.Articles), s.Independent)
		for _, id := range s.Articles {
			fmt.Fprintf(&sb, "  - %s  %s", id, title[id])
			if c := copyOf[id]; c != "" {
				fmt.Fprintf(&sb, "  (copy of %s)", c)
			}
			sb.WriteByte('\n')
		}
	}
	for _, m := range out.Merges {
		fmt.Fprintf(&sb, "\nmerged %s into %s when %s arrived: %s\n", m.From, m.Into, m.Article, m.Why)
	}
	_, err := io.WriteString(w, sb.String())
	return err
}

func titles(arts []*parallax.Annotated) map[string]string {
	m := make(map[string]string, len(arts))
	for _, a := range arts {
		m[a.ID] = a.Title
	}
	return m
}
