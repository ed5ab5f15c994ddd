package entity_test

import (
	"fmt"
	"os"
	"testing"

	"github.com/parallax-news/parallax/text"
)

func TestProbe(t *testing.T) {
	doc := os.Getenv("PROBE")
	if doc == "" {
		t.Skip()
	}
	for _, e := range recognizer.Find(doc, text.Split(doc)) {
		fmt.Printf("%s/%s aliases=%q mentions=%q\n", e.Name, e.Type, e.Aliases, mentionTexts(e))
	}
}
