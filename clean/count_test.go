package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWordCount(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"spaces", " \n\t ", 0},
		{"english", "The cat sat on the mat.", 6},
		{"contraction and hyphen", "Don't re-enter 3.5 times", 4},
		{"lone punctuation", "a — b", 2},
		{"leading punctuation", "(hello) «world»", 2},
		{"no-break space", "10\u00a0km", 2},
		{"invalid UTF-8", "\xff\xfe word", 1},
		{"emoji only", "🎉 🎉", 0},
		{"RTL", "שלום עולם יפה", 3},
		{"arabic", "مرحبا بالعالم", 2},
		{"korean spaced", "정부는 화요일 발표했다", 3},
		{"chinese 40 chars", strings.Repeat("政府宣布提高燃油税", 4) + "明年执行", 20},
		{"japanese", "猫がテーブルの上に座っています。", 8},
		{"mixed latin and han", "iPhone发布了", 3},
		{"thai estimate", "รัฐบาลประกาศ", 3}, // 11 letters, two words
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, WordCount(tc.in))
		})
	}
}

func TestPunctWords(t *testing.T) {
	tests := []struct {
		name          string
		in            string
		puncts, words int
	}{
		{"empty", "", 0, 0},
		{"english", "The cat sat on the mat.", 1, 6},
		{"contraction and hyphen", "Don't re-enter 3.5 times", 3, 4},
		{"lone dash", "a — b", 1, 2},
		{"guillemets", "(hello) «world»", 4, 2},
		{"symbols are not punctuation", "1 + 2 = $3", 0, 3},
		{"invalid UTF-8", "\xff\xfe word!", 1, 1},
		{"japanese", "猫がテーブルの上に座っています。", 1, 8},
		{"code", "f(x) { return x[0]; }", 7, 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			puncts, words := PunctWords(tc.in)
			assert.Equal(t, tc.puncts, puncts, "puncts")
			assert.Equal(t, tc.words, words, "words")
			assert.Equal(t, WordCount(tc.in), words, "WordCount")
		})
	}
}
