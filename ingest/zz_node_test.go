package ingest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

func TestZZNode(t *testing.T) {
	f, _ := os.Open("/work/shared/eval/extraction/html/11ea381ad92b5448cf66eae62f52ac565361a244c8881615fc6a7bb523cc0c32.html.gz")
	zr, _ := gzip.NewReader(f)
	b, _ := io.ReadAll(zr)
	doc, _ := parseHTML(b)
	res, _ := trafilatura.ExtractDocument(doc, extractOptions(""))
	var buf bytes.Buffer
	html.Render(&buf, res.ContentNode)
	fmt.Println(buf.String()[:3000])
	fmt.Printf("%.1500q\n", res.ContentText)
	fmt.Printf("%.1500q\n", nodeText(res.ContentNode))
}
