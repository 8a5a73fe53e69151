package extract

import (
	"bytes"
	"io"
	"strings"

	"github.com/pith-go/pith/clean"
	"golang.org/x/net/html"
)

// FromHTML extracts the article from an HTML page with the default
// pipeline. See Pipeline.FromHTML.
func FromHTML(r io.Reader, pageURL string) (*Article, error) {
	return defaultPipeline.FromHTML(r, pageURL)
}

// FromNode extracts the article from a parsed HTML page with the default
// pipeline. See Pipeline.FromNode.
func FromNode(root *html.Node, pageURL string) (*Article, error) {
	return defaultPipeline.FromNode(root, pageURL)
}

// FromHTML extracts the article from the HTML page read from r, which is
// not closed. pageURL, which may be empty, makes links absolute.
func (p *Pipeline) FromHTML(r io.Reader, pageURL string) (*Article, error) {
	data, err := p.readAll(r)
	if err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	return p.FromNode(root, pageURL)
}

// FromNode extracts the article from a parsed page. The tree is not changed.
func (p *Pipeline) FromNode(root *html.Node, pageURL string) (*Article, error) {
	doc, err := NewHTMLDocument(root, pageURL)
	if err != nil {
		return nil, err
	}
	return p.Run(doc)
}

// NewHTMLDocument builds the Document of a parsed HTML page.
// TODO(html): placeholder that keeps the visible text only.
func NewHTMLDocument(root *html.Node, pageURL string) (*Document, error) {
	var sb strings.Builder
	var title string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template":
				return
			case "title":
				if n.FirstChild != nil && title == "" {
					title = n.FirstChild.Data
				}
				return
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header", "footer", "nav":
				sb.WriteByte('\n')
			}
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	doc, err := NewTextDocument(clean.Text(title) + "\n" + sb.String())
	if err != nil {
		return nil, err
	}
	doc.URL = pageURL
	return doc, nil
}
