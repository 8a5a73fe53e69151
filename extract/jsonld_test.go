package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseJSONLD(t *testing.T) {
	tests := []struct {
		name     string
		scripts  []string
		headline string
		authors  []string
		lang     string
	}{
		{"graph", []string{`{"@graph":[{"@type":"WebPage","name":"Page"},{"@type":"NewsArticle","headline":"Le budget","author":{"@type":"Person","name":"Marie Dupont"},"inLanguage":"fr"}]}`},
			"Le budget", []string{"Marie Dupont"}, "fr"},
		{"array of objects", []string{`[{"@type":"BreadcrumbList"},{"@type":"Article","headline":"Der Haushalt","author":[{"name":"Anna Schmidt"},{"name":"Peter Weber"}]}]`},
			"Der Haushalt", []string{"Anna Schmidt", "Peter Weber"}, ""},
		{"nested main entity", []string{`{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"El presupuesto","author":"Luis Pérez"}}`},
			"El presupuesto", []string{"Luis Pérez"}, ""},
		{"several scripts", []string{`{"@type":"WebSite","name":"Il Giornale"}`, `{"@type":"ReportageNewsArticle","headline":"Il bilancio","author":{"@type":"Person","name":"Maria Rossi"}}`},
			"Il bilancio", []string{"Maria Rossi"}, ""},
		{"trailing commas", []string{`{"@type":"NewsArticle","headline":"O orçamento","author":[{"name":"João Silva",},],}`},
			"O orçamento", []string{"João Silva"}, ""},
		{"control characters", []string{"{\"@type\":\"LiveBlogPosting\",\"headline\":\"De\tbegroting\",\"author\":\"Piet de Vries\"}"},
			"De begroting", []string{"Piet de Vries"}, ""},
		{"entity-encoded", []string{`{&quot;@type&quot;:&quot;Article&quot;,&quot;headline&quot;:&quot;Budgeten&quot;,&quot;author&quot;:&quot;Anna Berg&quot;}`},
			"Budgeten", []string{"Anna Berg"}, ""},
		{"glued objects", []string{`{"@type":"WebSite","name":"Site"}{"@type":"NewsArticle","headline":"Glued","author":"Sam Lee"}`},
			"Glued", []string{"Sam Lee"}, ""},
		{"forum question", []string{`{"@type":"QAPage","name":"Thread","mainEntity":{"@type":"Question","name":"Update broken","author":{"@type":"Person","name":"DaleJack"},"datePublished":"2024-09-05"}}`},
			"Update broken", []string{"DaleJack"}, ""},
		{"FAQ questions are not the article", []string{`{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Which software is best?","acceptedAnswer":{"@type":"Answer","text":"Ours."}}]}`},
			"", nil, ""},
		{"broken beyond repair", []string{`{"@type":"NewsArticle","headline":`}, "", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var info ldInfo
			for _, s := range tc.scripts {
				parseJSONLD(s, &info)
			}
			assert.Equal(t, tc.headline, info.headline)
			assert.Equal(t, tc.authors, info.authors)
			assert.Equal(t, tc.lang, info.lang)
		})
	}
}

func TestRepairJSON(t *testing.T) {
	assert.Equal(t, `{"a":[1,2 ]  }`, repairJSON(`{"a":[1,2, ],  }`))
	assert.Equal(t, `{"a":"x, ]"}`, repairJSON(`{"a":"x, ]"}`), "commas inside strings stay")
	assert.Equal(t, `{"a":"b\" ,}"}`, repairJSON(`{"a":"b\" ,}"}`), "escaped quotes do not end a string")
}
