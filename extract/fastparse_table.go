package extract

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// The insertion modes of the fast parse (see fastParse) in tables and
// templates.

// inTable is the mode in a table, outside its sections; what a table
// cannot hold is processed by the in-body rules and foster-parented.
func (b *fastBuilder) inTable() bool {
	switch b.tok.kind {
	case tkText:
		switch b.top().DataAtom {
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if strings.Trim(b.tok.data, htmlSpace) == "" {
				b.addText(b.tok.data)
				return true
			}
		}
	case tkStart:
		switch b.tok.atom {
		case atom.Caption:
			b.clearToContext(atom.Table, atom.Table, atom.Table)
			b.afe = append(b.afe, nil)
			b.addElement()
			b.im = imInCaption
			return true
		case atom.Colgroup:
			b.clearToContext(atom.Table, atom.Table, atom.Table)
			b.addElement()
			b.im = imInColumnGroup
			return true
		case atom.Col:
			b.implied(tkStart, atom.Colgroup)
			return false
		case atom.Tbody, atom.Tfoot, atom.Thead:
			b.clearToContext(atom.Table, atom.Table, atom.Table)
			b.addElement()
			b.im = imInTableBody
			return true
		case atom.Td, atom.Th, atom.Tr:
			b.implied(tkStart, atom.Tbody)
			return false
		case atom.Table:
			if b.popUntil(scTable, atom.Table) {
				b.resetMode()
				return false
			}
			return true
		case atom.Style, atom.Script, atom.Template:
			return b.inHead()
		case atom.Input:
			for _, t := range b.tok.attrs {
				if t.Key == "type" && strings.EqualFold(t.Val, "hidden") {
					b.addVoid()
					return true
				}
			}
		case atom.Form:
			if b.form == nil && !b.contains(atom.Template) {
				b.addElement()
				b.form = b.pop()
			}
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Table:
			if b.popUntil(scTable, atom.Table) {
				b.resetMode()
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true
		case atom.Template:
			return b.inHead()
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	case tkDoctype:
		return true
	case tkEOF:
		return b.inBody()
	}
	b.foster = true
	done := b.inBody()
	b.foster = false
	return done
}

// inCaption is the mode in a table caption.
func (b *fastBuilder) inCaption() bool {
	switch b.tok.kind {
	case tkStart:
		switch b.tok.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Thead, atom.Tr:
			if !b.popUntil(scTable, atom.Caption) {
				return true
			}
			b.clearFormatting()
			b.im = imInTable
			return false
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Caption:
			if b.popUntil(scTable, atom.Caption) {
				b.clearFormatting()
				b.im = imInTable
			}
			return true
		case atom.Table:
			if !b.popUntil(scTable, atom.Caption) {
				return true
			}
			b.clearFormatting()
			b.im = imInTable
			return false
		case atom.Body, atom.Col, atom.Colgroup, atom.Html, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			return true
		}
	}
	return b.inBody()
}

// inColumnGroup is the mode in a column group.
func (b *fastBuilder) inColumnGroup() bool {
	switch b.tok.kind {
	case tkText:
		if b.leadingSpace() {
			return true
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	case tkDoctype:
		return true
	case tkStart:
		switch b.tok.atom {
		case atom.Html:
			return b.inBody()
		case atom.Col:
			b.addVoid()
			return true
		case atom.Template:
			return b.inHead()
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Colgroup:
			if b.top().DataAtom == atom.Colgroup {
				b.pop()
				b.im = imInTable
			}
			return true
		case atom.Col:
			return true
		case atom.Template:
			return b.inHead()
		}
	case tkEOF:
		return b.inBody()
	}
	if b.top().DataAtom != atom.Colgroup {
		return true
	}
	b.pop()
	b.im = imInTable
	return false
}

// inTableBody is the mode in a tbody, thead or tfoot.
func (b *fastBuilder) inTableBody() bool {
	switch b.tok.kind {
	case tkStart:
		switch b.tok.atom {
		case atom.Tr:
			b.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
			b.addElement()
			b.im = imInRow
			return true
		case atom.Td, atom.Th:
			b.implied(tkStart, atom.Tr)
			return false
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			if b.popUntil(scTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				b.im = imInTable
				return false
			}
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if b.inScope(scTable, b.tok.atom) {
				b.clearToContext(atom.Tbody, atom.Tfoot, atom.Thead)
				b.pop()
				b.im = imInTable
			}
			return true
		case atom.Table:
			if b.popUntil(scTable, atom.Tbody, atom.Thead, atom.Tfoot) {
				b.im = imInTable
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th, atom.Tr:
			return true
		}
	case tkComment:
		b.addChild(b.comment())
		return true
	}
	return b.inTable()
}

// inRow is the mode in a table row.
func (b *fastBuilder) inRow() bool {
	switch b.tok.kind {
	case tkStart:
		switch b.tok.atom {
		case atom.Td, atom.Th:
			b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
			b.addElement()
			b.afe = append(b.afe, nil)
			b.im = imInCell
			return true
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if b.inScope(scTable, atom.Tr) {
				b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				b.pop()
				b.im = imInTableBody
				return false
			}
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Tr:
			if b.inScope(scTable, atom.Tr) {
				b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				b.pop()
				b.im = imInTableBody
			}
			return true
		case atom.Table:
			if b.inScope(scTable, atom.Tr) {
				b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				b.pop()
				b.im = imInTableBody
				return false
			}
			return true
		case atom.Tbody, atom.Tfoot, atom.Thead:
			if b.inScope(scTable, b.tok.atom) && b.inScope(scTable, atom.Tr) {
				b.clearToContext(atom.Tr, atom.Tr, atom.Tr)
				b.pop()
				b.im = imInTableBody
				return false
			}
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html, atom.Td, atom.Th:
			return true
		}
	}
	return b.inTable()
}

// inCell is the mode in a table cell.
func (b *fastBuilder) inCell() bool {
	switch b.tok.kind {
	case tkStart:
		switch b.tok.atom {
		case atom.Caption, atom.Col, atom.Colgroup, atom.Tbody, atom.Td, atom.Tfoot, atom.Th, atom.Thead, atom.Tr:
			if b.popUntil(scTable, atom.Td, atom.Th) {
				b.clearFormatting()
				b.im = imInRow
				return false
			}
			return true
		}
	case tkEnd:
		switch b.tok.atom {
		case atom.Td, atom.Th:
			if !b.popUntil(scTable, b.tok.atom) {
				return true
			}
			b.clearFormatting()
			b.im = imInRow
			return true
		case atom.Body, atom.Caption, atom.Col, atom.Colgroup, atom.Html:
			return true
		case atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr:
			if !b.inScope(scTable, b.tok.atom) {
				return true
			}
			if b.popUntil(scTable, atom.Td, atom.Th) {
				b.clearFormatting()
			}
			b.im = imInRow
			return false
		}
	}
	return b.inBody()
}

// inTemplate is the mode at the start of a template's content.
func (b *fastBuilder) inTemplate() bool {
	switch b.tok.kind {
	case tkText, tkComment, tkDoctype:
		return b.inBody()
	case tkStart:
		mode := imInBody
		switch b.tok.atom {
		case atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta, atom.Noframes, atom.Script, atom.Style, atom.Template, atom.Title:
			return b.inHead()
		case atom.Caption, atom.Colgroup, atom.Tbody, atom.Tfoot, atom.Thead:
			mode = imInTable
		case atom.Col:
			mode = imInColumnGroup
		case atom.Tr:
			mode = imInTableBody
		case atom.Td, atom.Th:
			mode = imInRow
		}
		if len(b.templates) > 0 {
			b.templates[len(b.templates)-1] = mode
		}
		b.im = mode
		return false
	case tkEnd:
		if b.tok.atom == atom.Template {
			return b.inHead()
		}
		return true
	}
	// The end of the input.
	if !b.contains(atom.Template) {
		return true
	}
	b.closeTemplate()
	return false
}

// closeTemplate closes the innermost open template, with the elements
// opened in it and its active formatting elements, and resets the
// insertion mode.
func (b *fastBuilder) closeTemplate() {
	b.impliedEnd(0)
	for i := len(b.oe) - 1; i >= 0; i-- {
		if n := b.oe[i]; n.Namespace == "" && n.DataAtom == atom.Template {
			b.oe = b.oe[:i]
			break
		}
	}
	b.clearFormatting()
	if len(b.templates) > 0 {
		b.templates = b.templates[:len(b.templates)-1]
	}
	b.resetMode()
}

// resetMode resets the insertion mode from the stack of open elements
// after a table is closed.
func (b *fastBuilder) resetMode() {
	for i := len(b.oe) - 1; i >= 0; i-- {
		switch b.oe[i].DataAtom {
		case atom.Td, atom.Th:
			b.im = imInCell
		case atom.Tr:
			b.im = imInRow
		case atom.Tbody, atom.Thead, atom.Tfoot:
			b.im = imInTableBody
		case atom.Caption:
			b.im = imInCaption
		case atom.Colgroup:
			b.im = imInColumnGroup
		case atom.Table:
			b.im = imInTable
		case atom.Head:
			b.im = imInHead
		case atom.Body:
			b.im = imInBody
		case atom.Template:
			if b.oe[i].Namespace != "" {
				continue
			}
			if len(b.templates) == 0 {
				b.fail = "no template mode"
				return
			}
			b.im = b.templates[len(b.templates)-1]
		case atom.Frameset:
			b.fail = "frameset"
		case atom.Html:
			if b.head == nil {
				b.im = imBeforeHead
			} else {
				b.im = imAfterHead
			}
		default:
			if i == 0 {
				b.im = imInBody
				return
			}
			continue
		}
		return
	}
}
