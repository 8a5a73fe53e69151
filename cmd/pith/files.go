package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// outputExt is the extension of an output file of -o.
func (o options) outputExt() string {
	switch {
	case o.explain:
		return ".explain.txt"
	case o.explainHTML:
		return ".html"
	}
	switch o.format {
	case "markdown":
		return ".md"
	case "json", "jsonl":
		return "." + o.format
	}
	return ".txt"
}

// inputExts are the extensions an output file name drops from its input's.
var inputExts = []string{".html", ".htm", ".xhtml", ".txt"}

// outputPaths returns the file in dir that each input's output is written
// to (see -o in the package comment). It fails when one of them is an
// existing file that is also an input.
func outputPaths(dir string, paths []string, o options) ([]string, error) {
	var inputs []os.FileInfo
	for _, p := range paths {
		if fi, err := os.Stat(p); err == nil && p != "-" {
			inputs = append(inputs, fi)
		}
	}
	used := make(map[string]bool)
	out := make([]string, len(paths))
	for i, p := range paths {
		base := "stdin"
		if p != "-" {
			base = strings.TrimSuffix(filepath.Base(p), ".gz")
			for _, ext := range inputExts {
				if strings.EqualFold(filepath.Ext(base), ext) {
					base = base[:len(base)-len(ext)]
					break
				}
			}
		}
		name := base + o.outputExt()
		for k := 2; used[name]; k++ {
			name = base + "-" + strconv.Itoa(k) + o.outputExt()
		}
		used[name] = true
		out[i] = filepath.Join(dir, name)
		if fi, err := os.Stat(out[i]); err == nil {
			for _, in := range inputs {
				if os.SameFile(fi, in) {
					return nil, fmt.Errorf("-o: the output %s would replace an input", out[i])
				}
			}
		}
	}
	return out, nil
}

// writeAtomic writes data to path through a temporary file in the same
// directory, renamed into place once complete: path is either left as it
// was or holds all of data, even if pith is interrupted. The temporary
// file is removed on failure.
func writeAtomic(path string, data []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".pith-*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err = f.Chmod(0o644); err != nil {
		f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
