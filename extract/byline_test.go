package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestByline(t *testing.T) {
	tests := []struct {
		name        string
		lang        string
		before      []string
		after       []string
		want        map[string]string
		wantAuthors []string
		wantDate    time.Time
	}{
		{
			name:        "en author and date",
			lang:        "en",
			before:      []string{"By Sarah E. Needleman", "Nov. 19, 2019 8:03 am ET"},
			want:        map[string]string{"By Sarah E. Needleman": "byline", "Nov. 19, 2019 8:03 am ET": "byline"},
			wantAuthors: []string{"Sarah E. Needleman"},
			wantDate:    time.Date(2019, 11, 19, 8, 3, 0, 0, time.UTC),
		},
		{
			name:        "fr two authors and Publié le",
			lang:        "fr",
			before:      []string{"Par Jean Dupont et Marie Curie", "Publié le 3 mars 2020 à 10h05"},
			want:        map[string]string{"Par Jean Dupont et Marie Curie": "byline", "Publié le 3 mars 2020 à 10h05": "byline"},
			wantAuthors: []string{"Jean Dupont", "Marie Curie"},
			wantDate:    time.Date(2020, 3, 3, 10, 5, 0, 0, time.UTC),
		},
		{
			name:        "de Von and numeric date",
			lang:        "de",
			before:      []string{"Von Hans Müller", "Aktualisiert am 19.11.2019"},
			want:        map[string]string{"Von Hans Müller": "byline", "Aktualisiert am 19.11.2019": "byline"},
			wantAuthors: []string{"Hans Müller"},
			wantDate:    time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC),
		},
		{
			name:     "es date with de",
			lang:     "es",
			before:   []string{"Actualizado: 19 de noviembre de 2019"},
			want:     map[string]string{"Actualizado: 19 de noviembre de 2019": "byline"},
			wantDate: time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC),
		},
		{
			name:     "sv date line after the body",
			lang:     "sv",
			after:    []string{"Publicerad 2019-11-19"},
			want:     map[string]string{"Publicerad 2019-11-19": "byline"},
			wantDate: time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC),
		},
		{
			name:        "punctuation before the byline word",
			lang:        "fr",
			before:      []string{". Par Hajer B."},
			want:        map[string]string{". Par Hajer B.": "byline"},
			wantAuthors: []string{"Hajer B"},
		},
		{
			name:        "job title glued to the name",
			lang:        "en",
			before:      []string{"By Meg JamesStaff Writer"},
			want:        map[string]string{"By Meg JamesStaff Writer": "byline"},
			wantAuthors: []string{"Meg James"},
		},
		{
			name:        "a byline of a job title alone",
			lang:        "en",
			before:      []string{"By Staff Writer"},
			want:        map[string]string{"By Staff Writer": "byline"},
			wantAuthors: []string{"Staff Writer"},
		},
		{
			name:        "job title after a comma",
			lang:        "en",
			before:      []string{"By Jane Roe, Correspondent"},
			want:        map[string]string{"By Jane Roe, Correspondent": "byline"},
			wantAuthors: []string{"Jane Roe"},
		},
		{
			name:        "a date banner before the headline gives way to the byline's date",
			lang:        "en",
			before:      []string{"November 20, 2019", "Home", "Headline of the story here", "By Jane Roe", "Nov. 19, 2019 8:03 am ET"},
			want:        map[string]string{"November 20, 2019": "byline", "Nov. 19, 2019 8:03 am ET": "byline"},
			wantAuthors: []string{"Jane Roe"},
			wantDate:    time.Date(2019, 11, 19, 8, 3, 0, 0, time.UTC),
		},
		{
			name:   "lower-case words after By are not a byline",
			lang:   "en",
			before: []string{"by the way"},
			want:   map[string]string{"by the way": ""},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := runExtractors(t, testDump("Headline of the story here", tt.lang, tt.before, tt.after), Headline, Byline)
			assertKinds(t, doc, tt.want)
			assert.Equal(t, tt.wantAuthors, doc.Meta.Authors)
			assert.Equal(t, tt.wantDate, doc.Meta.Published)
			for _, p := range testBodies[tt.lang] {
				assert.Empty(t, kindOf(t, doc, p))
			}
		})
	}
	t.Run("a date sentence in the middle of the body stays", func(t *testing.T) {
		body := testBodies["en"]
		mid := "On 3 March 2020 the council met again."
		doc := runExtractors(t, "T\n"+body[0]+"\n"+body[1]+"\n"+body[2]+"\n"+mid+"\n"+body[0]+" More.\n"+body[1]+" More.\n"+body[2]+" More.", Byline)
		assert.Empty(t, kindOf(t, doc, mid))
	})
	t.Run("deep in the body: short author and date lines go, an attribution stays", func(t *testing.T) {
		body := testBodies["en"]
		lines := append(append([]string{"T"}, body...), "By Jane Roe", "Nov. 19, 2019, 8:41 AM UTC", "— Jane Roe (@jane) November 18, 2019",
			"By Monday the council had agreed to meet again, said the mayor.", body[0]+" More.", body[1]+" More.", body[2]+" More.")
		doc := runExtractors(t, strings.Join(lines, "\n"), Byline)
		assertKinds(t, doc, map[string]string{
			"By Jane Roe":                          "byline",
			"Nov. 19, 2019, 8:41 AM UTC":           "byline",
			"— Jane Roe (@jane) November 18, 2019": "",
			"By Monday the council had agreed to meet again, said the mayor.": "",
		})
	})
	t.Run("a bare author label goes (sv)", func(t *testing.T) {
		doc := runExtractors(t, testDump("T", "sv", nil, []string{"Upplagd av", "Metal Shrine"}), Byline)
		assert.Equal(t, "byline", kindOf(t, doc, "Upplagd av"))
	})
	t.Run("metadata already set is kept", func(t *testing.T) {
		doc, err := NewTextDocument(testDump("T", "en", []string{"By Jane Roe", "May 2, 2021"}, nil))
		assert.NoError(t, err)
		doc.Meta.Authors = []string{"Known"}
		assert.NoError(t, Byline.Extract(doc))
		assert.Equal(t, []string{"Known"}, doc.Meta.Authors)
		assert.Equal(t, time.Date(2021, 5, 2, 0, 0, 0, 0, time.UTC), doc.Meta.Published)
	})
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"November 20, 2019", time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC), true},
		{"19 November 2019, 09:01 AM", time.Date(2019, 11, 19, 9, 1, 0, 0, time.UTC), true},
		{"Monday November 18, 2019 7:45 pm PST", time.Date(2019, 11, 18, 19, 45, 0, 0, time.UTC), true},
		{"3. März 2020", time.Date(2020, 3, 3, 0, 0, 0, 0, time.UTC), true},
		{"27/09/2018", time.Date(2018, 9, 27, 0, 0, 0, 0, time.UTC), true},
		{"2019-02-30", time.Time{}, false},
		{"20 minutes ago", time.Time{}, false},
	}
	for _, tt := range tests {
		got, ok := parseDate(tt.in)
		assert.Equal(t, tt.ok, ok, tt.in)
		assert.Equal(t, tt.want, got, tt.in)
	}
}

func TestTrimBylineWord(t *testing.T) {
	tests := []struct{ in, want string }{
		{"By Jane Doe", "Jane Doe"},
		{"by Reuters", "Reuters"},
		{"Par Jean Dupont", "Jean Dupont"},
		{"Text av Anna Berg", "Anna Berg"},
		{"Texte de Marie Curie", "Marie Curie"},
		{"Di Maio", "Di Maio"},
		{"Von Trotha", "Von Trotha"},
		{"Von Hans Müller", "Hans Müller"},
		{"Jane Doe", "Jane Doe"},
		{"By", "By"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, trimBylineWord(tt.in))
		})
	}
}

func TestBylineNamesSkipsSurnameParticles(t *testing.T) {
	_, ok := bylineNames("Di Maio")
	assert.False(t, ok, "a surname with a particle is not a byline")
	names, ok := bylineNames("Di Mario Rossi")
	assert.True(t, ok)
	assert.Equal(t, []string{"Mario Rossi"}, names)
}

func TestNotAName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"facebook.com/vegolosi", true},
		{"www.example.org", true},
		{"uncut-news.ch", false},
		{"det/dpa", false},
		{"Гость", true},
		{"Guest", true},
		{"Invité", true},
		{"Gast", true},
		{"Learn More", true},
		{"Link", true},
		{"Autorenseite", true},
		{"En savoir plus", true},
		{"Leer más", true},
		{"Articoli recenti", true},
		{"Saiba mais", true},
		{"Lees meer", true},
		{"Läs mer", true},
		{"J.Smith", false},
		{"Jane Doe", false},
		{"Sarah E. Needleman", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, notAName(tt.in))
			assert.Equal(t, tt.want, cleanAuthor(tt.in) == "")
		})
	}
}

func TestDropHost(t *testing.T) {
	assert.Nil(t, dropHost([]string{"Vegolosi.it"}, "vegolosi.it"))
	assert.Equal(t, []string{"Jane Roe"}, dropHost([]string{"Example.com", "Jane Roe"}, pageHost("https://www.example.com/a")))
	assert.Equal(t, []string{"uncut-news.ch"}, dropHost([]string{"uncut-news.ch"}, "archive.org"))
}

func TestTrimRole(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Meg JamesStaff Writer", "Meg James"},
		{"Jane Roe, Senior Correspondent", "Jane Roe"},
		{"Ana López, corresponsal", "Ana López"},
		{"Staff Writer", ""},
		{"Paul McDonald", "Paul McDonald"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, trimRole(tt.in))
		})
	}
}

func TestBylineWriterNameFromMetadata(t *testing.T) {
	const body = "<p>The council adopted the budget on Tuesday after a long debate that lasted well into the night.</p><p>Opponents said they would keep fighting the cuts to the libraries and the parks next year.</p>"
	page := func(meta string) string {
		return "<html><head><title>Budget adopted</title>" + meta + "</head><body><article><h1>Budget adopted</h1><p>Jane Roe</p>" + body + "</article></body></html>"
	}
	named := htmlDoc(t, page(`<meta name="author" content="Jane Roe">`), "")
	require.NoError(t, Byline.Extract(named))
	assert.Equal(t, "byline", kindOf(t, named, "Jane Roe"), "the metadata's author on a line of its own is a byline")

	two := htmlDoc(t, "<html><head><title>Budget adopted</title><meta name=\"author\" content=\"Jane Roe, John Doe\"></head><body><article><h1>Budget adopted</h1>"+
		"<p>Photo</p><p>Desk</p><p>Jane Roe</p><p>Credit</p><p>John Doe</p>"+body+"<p>John Doe</p>"+body+"</article></body></html>", "")
	require.NoError(t, Byline.Extract(two))
	assert.Equal(t, "byline", kindOf(t, two, "Jane Roe"))
	assert.Equal(t, "byline", kindOf(t, two, "John Doe"), "a name after other opening furniture is still a byline")

	unnamed := htmlDoc(t, page(""), "")
	require.NoError(t, Byline.Extract(unnamed))
	assert.Empty(t, kindOf(t, unnamed, "Jane Roe"), "without metadata a bare name is not known to be the writer")
}
