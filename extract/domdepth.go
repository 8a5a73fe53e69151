package extract

import (
	"bytes"
	"errors"
	"io"

	"golang.org/x/net/html"
)

// voidTags are the elements that have no content and no end tag.
var voidTags = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true,
	"img": true, "input": true, "keygen": true, "link": true, "meta": true,
	"param": true, "source": true, "track": true, "wbr": true,
}

// flattenNesting returns the page with the start and end tags of elements
// opened deeper than maxDepth left out, and everything else, their content
// included, as it was. Its cost is linear in the page's length.
// Nesting is followed at the token level: void
// elements and self-closing tags open nothing, and an end tag closes the
// innermost open element of its name with everything opened after it
// (an end tag with no open element of its name is kept and closes
// nothing). Elements the parser closes implicitly (a <p> before a <div>)
// stay open in this count, which only makes it drop more.
func flattenNesting(data []byte, maxDepth int) ([]byte, error) {
	type open struct {
		name string
		kept bool
	}
	var (
		stack  []open
		opened = make(map[string]int) // entries of stack per name
		out    bytes.Buffer
		kept   int // entries of stack that were written
	)
	out.Grow(len(data))
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); !errors.Is(err, io.EOF) {
				return nil, err
			}
			return out.Bytes(), nil
		case html.StartTagToken:
			raw := z.Raw()
			name, _ := z.TagName()
			if voidTags[string(name)] {
				out.Write(raw)
				continue
			}
			keep := kept < maxDepth
			stack = append(stack, open{name: string(name), kept: keep})
			opened[string(name)]++
			if keep {
				kept++
				out.Write(raw)
			}
		case html.EndTagToken:
			raw := z.Raw()
			name, _ := z.TagName()
			if opened[string(name)] == 0 {
				out.Write(raw)
				continue
			}
			i := len(stack) - 1
			for stack[i].name != string(name) {
				i--
			}
			keep := stack[i].kept
			for _, o := range stack[i:] {
				opened[o.name]--
				if o.kept {
					kept--
				}
			}
			stack = stack[:i]
			if keep {
				out.Write(raw)
			}
		default:
			out.Write(z.Raw())
		}
	}
}
