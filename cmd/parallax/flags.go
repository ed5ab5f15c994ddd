package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"
)

// parseArgs parses fs's flags wherever they stand among args, so that
// `parallax annotate *.txt --format json` works as well as flags first. A
// lone "-" is a path (standard input); "--" ends the flags. Afterwards
// fs.Args() holds the paths in their order. A flag error is a usage error
// (the flag package has already printed it with the usage).
func parseArgs(fs *flag.FlagSet, args []string) error {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return err
			}
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		rest := fs.Args()
		i := 0
		for i < len(rest) && (rest[i] == "-" || !strings.HasPrefix(rest[i], "-")) {
			i++
		}
		paths = append(paths, rest[:i]...)
		if i == len(rest) {
			break
		}
		if rest[i] == "--" {
			paths = append(paths, rest[i+1:]...)
			break
		}
		args = rest[i:]
	}
	// Parsing "--" sets fs.Args() to the paths without touching the flags.
	return fs.Parse(append([]string{"--"}, paths...))
}

// setUsage makes fs print synopsis, the description lines and the flags.
func setUsage(fs *flag.FlagSet, stderr io.Writer, synopsis string, description ...string) {
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: "+synopsis)
		fmt.Fprintln(stderr)
		for _, l := range description {
			fmt.Fprintln(stderr, l)
		}
		fmt.Fprintln(stderr, "\nFlags:")
		fs.PrintDefaults()
	}
}

// parseArticleArgs parses the arguments of a command that reads articles:
// flags anywhere, at least one path, and a --format among formats.
func parseArticleArgs(fs *flag.FlagSet, args []string, format *string, formats []string, stderr io.Writer) error {
	if err := parseArgs(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	if !slices.Contains(formats, *format) {
		fmt.Fprintf(stderr, "parallax %s: unknown --format %q (want %s)\n", fs.Name(), *format, strings.Join(formats, ", "))
		return errUsage
	}
	return nil
}
