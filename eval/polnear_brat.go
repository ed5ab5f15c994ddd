package eval

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/parallax-news/parallax"
)

// readBrat reads the attributions of one PolNeAR .ann file: T lines are
// spans ("T3\tContent 115 290;300 310\ttext"), E lines join them
// ("E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1"). Attributions without a
// Content span are left out.
func readBrat(path string) ([]goldAttribution, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read polnear attributions: %w", err)
	}
	defer f.Close()
	type tspan struct {
		spans []charSpan
		text  string
	}
	ts := map[string]tspan{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) < 2 {
			continue
		}
		switch fields[0][0] {
		case 'T':
			_, ranges, _ := strings.Cut(fields[1], " ")
			spans, err := parseRanges(ranges)
			if err != nil {
				return nil, &parallax.Error{Code: parallax.EINVALID, Op: "read polnear attributions", Path: path, Line: line, Err: err}
			}
			text := ""
			if len(fields) > 2 {
				text = fields[2]
			}
			ts[fields[0]] = tspan{spans, text}
		case 'E':
			events = append(events, strings.Fields(fields[1]))
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read polnear attributions %s: %w", path, err)
	}
	var out []goldAttribution
	for _, roles := range events {
		var g goldAttribution
		for _, r := range roles {
			role, id, _ := strings.Cut(r, ":")
			switch role {
			case "Content":
				g.content, g.body = ts[id].spans, ts[id].text
			case "Source":
				g.source, g.text = ts[id].spans, ts[id].text
			}
		}
		if len(g.content) > 0 {
			out = append(out, g)
		}
	}
	return out, nil
}

// parseRanges parses brat offsets: "start end" pieces joined by ";".
func parseRanges(s string) ([]charSpan, error) {
	var out []charSpan
	for _, piece := range strings.Split(s, ";") {
		a, b, ok := strings.Cut(strings.TrimSpace(piece), " ")
		start, err1 := strconv.Atoi(a)
		end, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || end < start {
			return nil, fmt.Errorf("bad span %q", piece)
		}
		out = append(out, charSpan{start, end})
	}
	return out, nil
}
