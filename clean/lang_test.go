package clean

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// langSamples are one-sentence news paragraphs written for these tests,
// by language.
var langSamples = map[string][]string{
	"en": {
		"The government said on Tuesday that it would raise taxes on fuel next year.",
		"Police were called to the scene after a man was seen climbing the bridge.",
		"She has been working for the company since it was founded in 1998.",
		"Many of the residents had already left their homes before the storm arrived.",
	},
	"fr": {
		"Le gouvernement a annoncé mardi qu'il augmenterait les taxes sur le carburant l'an prochain.",
		"La police a été appelée sur les lieux après qu'un homme a été vu en train d'escalader le pont.",
		"Elle travaille pour cette entreprise depuis sa création en 1998.",
		"Beaucoup d'habitants avaient déjà quitté leur maison avant l'arrivée de la tempête.",
	},
	"de": {
		"Die Regierung hat am Dienstag angekündigt, die Steuern auf Kraftstoff im nächsten Jahr zu erhöhen.",
		"Die Polizei wurde gerufen, nachdem ein Mann auf der Brücke gesehen worden war.",
		"Sie arbeitet seit der Gründung im Jahr 1998 für das Unternehmen.",
		"Viele der Bewohner hatten ihre Häuser schon vor dem Sturm verlassen.",
	},
	"es": {
		"El gobierno anunció el martes que subirá los impuestos sobre el combustible el próximo año.",
		"La policía acudió al lugar después de que un hombre fuera visto escalando el puente.",
		"Ella trabaja para la empresa desde que fue fundada en 1998.",
		"Muchos de los vecinos ya habían abandonado sus casas antes de que llegara la tormenta.",
	},
	"it": {
		"Il governo ha annunciato martedì che l'anno prossimo aumenterà le tasse sul carburante.",
		"La polizia è stata chiamata sul posto dopo che un uomo è stato visto arrampicarsi sul ponte.",
		"Lei lavora per l'azienda da quando è stata fondata nel 1998.",
		"Molti degli abitanti avevano già lasciato le loro case prima dell'arrivo della tempesta.",
	},
	"pt": {
		"O governo anunciou na terça-feira que vai aumentar os impostos sobre os combustíveis no próximo ano.",
		"A polícia foi chamada ao local depois de um homem ter sido visto a subir a ponte.",
		"Ela trabalha para a empresa desde que esta foi fundada em 1998.",
		"Muitos dos moradores já tinham deixado as suas casas antes da chegada da tempestade.",
	},
	"nl": {
		"De regering heeft dinsdag aangekondigd dat de belasting op brandstof volgend jaar omhoog gaat.",
		"De politie werd gebeld nadat een man op de brug was gezien.",
		"Zij werkt al sinds de oprichting in 1998 voor het bedrijf.",
		"Veel van de bewoners hadden hun huizen al verlaten voordat de storm kwam.",
	},
	"sv": {
		"Regeringen meddelade på tisdagen att skatten på bränsle ska höjas nästa år.",
		"Polisen larmades till platsen efter att en man hade setts klättra på bron.",
		"Hon har arbetat för företaget sedan det grundades år 1998.",
		"Många av de boende hade redan lämnat sina hem innan stormen kom.",
	},
	"da": {
		"Regeringen meddelte tirsdag, at afgiften på brændstof skal hæves næste år.",
		"Politiet blev tilkaldt, efter at en mand var blevet set klatre op ad broen.",
		"Hun har arbejdet for virksomheden, siden den blev grundlagt i 1998.",
		"Mange af beboerne havde allerede forladt deres hjem, inden stormen kom.",
	},
	"nb": {
		"Regjeringen sa tirsdag at avgiften på drivstoff skal økes neste år.",
		"Politiet ble tilkalt etter at en mann hadde blitt sett klatre opp på brua.",
		"Hun har jobbet for selskapet siden det ble grunnlagt i 1998.",
		"Mange av beboerne hadde allerede forlatt hjemmene sine før stormen kom.",
	},
	"ca": {
		"El govern va anunciar dimarts que l'any vinent apujarà els impostos sobre el combustible.",
		"La policia es va desplaçar al lloc després que un home fos vist enfilant-se al pont.",
		"Ella treballa per a l'empresa des que es va fundar el 1998.",
		"Molts dels veïns ja havien abandonat les seves cases abans que arribés la tempesta.",
	},
	"gl": {
		"O goberno anunciou o martes que subirá os impostos sobre o combustible o ano que vén.",
		"A policía acudiu ao lugar despois de que un home fose visto escalando a ponte.",
		"Ela traballa para a empresa desde que foi fundada no ano 1998.",
		"Moitos dos veciños xa abandonaran as súas casas antes da chegada do temporal.",
	},
	"cs": {
		"Vláda v úterý oznámila, že příští rok zvýší daně z pohonných hmot.",
		"Policie byla přivolána na místo poté, co byl na mostě spatřen muž.",
		"Pro tuto firmu pracuje od jejího založení v roce 1998.",
		"Mnoho obyvatel už opustilo své domovy ještě před příchodem bouře.",
	},
	"sk": {
		"Vláda v utorok oznámila, že budúci rok zvýši dane z pohonných látok.",
		"Polícia bola privolaná na miesto potom, ako bol na moste videný muž.",
		"Pre túto firmu pracuje od jej založenia v roku 1998.",
		"Veľa obyvateľov už opustilo svoje domovy ešte pred príchodom búrky.",
	},
	"pl": {
		"Rząd ogłosił we wtorek, że w przyszłym roku podniesie podatki od paliwa.",
		"Policja została wezwana na miejsce po tym, jak na moście zauważono mężczyznę.",
	},
	"ru": {
		"Правительство во вторник объявило, что в следующем году повысит налоги на топливо.",
		"Полицию вызвали на место после того, как на мосту заметили мужчину.",
	},
	"af": {
		"Die regering het Dinsdag aangekondig dat die belasting op brandstof volgende jaar verhoog sal word.",
		"Die polisie is na die toneel ontbied nadat 'n man gesien is wat teen die brug uitklim.",
	},
	"fi": {
		"Hallitus ilmoitti tiistaina, että polttoaineen veroa korotetaan ensi vuonna.",
		"Poliisi kutsuttiin paikalle, kun sillalla oli nähty mies.",
	},
	"tr": {
		"Hükümet salı günü yaptığı açıklamada gelecek yıl akaryakıt vergilerini artıracağını duyurdu.",
		"Köprüye tırmanan bir adamın görülmesi üzerine polis olay yerine çağrıldı.",
	},
}

// langShort are short everyday sentences, [language, text].
var langShort = [][2]string{
	{"en", "the cat is on the mat"},
	{"en", "It was the best of times and the worst of times."},
	{"fr", "Il fait beau aujourd'hui et nous allons à la plage."},
	{"de", "Ich weiß nicht, ob er heute noch kommt."},
	{"es", "No sé si él vendrá hoy o mañana."},
	{"pt", "Não sei se ele vem hoje ou amanhã."},
	{"it", "Non so se lui verrà oggi o domani."},
	{"nl", "Ik weet niet of hij vandaag nog komt."},
	{"sv", "Jag vet inte om han kommer i dag."},
	{"da", "Jeg ved ikke, om han kommer i dag."},
	{"nb", "Jeg vet ikke om han kommer i dag."},
	{"cs", "Nevím, jestli dnes ještě přijde."},
	{"sk", "Neviem, či dnes ešte príde."},
	{"ca", "No sé si ell vindrà avui o demà."},
	{"gl", "Non sei se el virá hoxe ou mañá."},
	{"pl", "Nie wiem, czy on dzisiaj przyjdzie."},
	{"af", "Ek weet nie of hy vandag nog kom nie."},
	{"en", "The minister is expected to resign after the scandal."},
	{"fr", "Les résultats de l'élection seront publiés dans la soirée."},
	{"de", "Der Bürgermeister will die Straße bis zum Sommer sanieren lassen."},
	{"es", "Los resultados de las elecciones se publicarán esta noche."},
	{"pt", "Os resultados das eleições serão publicados esta noite."},
	{"it", "I risultati delle elezioni saranno pubblicati questa sera."},
	{"sv", "Resultatet av valet kommer att publiceras i kväll."},
	{"nl", "De uitslag van de verkiezingen wordt vanavond bekendgemaakt."},
}

func TestDetectLanguageAccuracy(t *testing.T) {
	total, correct := 0, 0
	for want, sentences := range langSamples {
		for _, s := range sentences {
			got, conf := DetectLanguage(s)
			total++
			if got == want {
				correct++
				continue
			}
			t.Logf("%s detected as %q (%.2f): %s", want, got, conf, s)
		}
	}
	for _, s := range langShort {
		got, conf := DetectLanguage(s[1])
		total++
		if got == s[0] {
			correct++
			continue
		}
		t.Logf("%s detected as %q (%.2f): %s", s[0], got, conf, s[1])
	}
	accuracy := float64(correct) / float64(total)
	t.Logf("single sentences: %d/%d correct (%.0f%%)", correct, total, 100*accuracy)
	assert.GreaterOrEqual(t, accuracy, 0.9)

	// Whole paragraphs: all samples of a language together.
	for want, sentences := range langSamples {
		t.Run(want, func(t *testing.T) {
			got, conf := DetectLanguage(strings.Join(sentences, " "))
			assert.Equal(t, want, got)
			assert.Greater(t, conf, 0.0)
		})
	}
}

// TestDetectLanguageCore asserts every sentence of the core languages.
func TestDetectLanguageCore(t *testing.T) {
	for _, want := range []string{"en", "fr", "de", "es", "it", "pt", "nl", "sv"} {
		for i, s := range langSamples[want] {
			t.Run(want+"/"+string(rune('0'+i)), func(t *testing.T) {
				got, _ := DetectLanguage(s)
				assert.Equal(t, want, got, s)
			})
		}
	}
}

func TestDetectLanguage(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"empty", "", ""},
		{"spaces", "  \n\t ", ""},
		{"one stop word", "the", ""},
		{"no stop words", "Xylophone zebra quartz", ""},
		{"digits and punctuation", "123 456 — 789!", ""},
		{"invalid UTF-8", "the \xff\xfe cat is on the mat \xc3", "en"},
		{"emoji", "🎉🎉 The party was on the roof of the building 🎉", "en"},
		{"upper case", "THE PARTY WAS ON THE ROOF OF THE BUILDING", "en"},
		{"japanese", "東京都は月曜日、新しい計画を発表しました。", "ja"},
		{"chinese", "政府周二宣布明年将提高燃油税。", "zh"},
		{"korean", "정부는 화요일 내년에 연료세를 인상하겠다고 발표했다.", "ko"},
		{"thai", "รัฐบาลประกาศเมื่อวันอังคารว่าจะขึ้นภาษีน้ำมันในปีหน้า", "th"},
		{"single han", "猫", ""},
		{"arabic RTL", "أعلنت الحكومة يوم الثلاثاء أنها سترفع الضرائب على الوقود في العام المقبل، وهذا ما كان متوقعا من قبل.", "ar"},
		{"hebrew RTL", "הממשלה הודיעה ביום שלישי כי היא תעלה את המסים על הדלק בשנה הבאה, וזה היה צפוי.", "he"},
		{"greek", "Η κυβέρνηση ανακοίνωσε την Τρίτη ότι θα αυξήσει τους φόρους στα καύσιμα το επόμενο έτος.", "el"},
		{"english with japanese name", "The company was founded by 山田太郎 in Osaka and it grew quickly.", "en"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, conf := DetectLanguage(tc.text)
			assert.Equal(t, tc.want, got)
			if tc.want == "" {
				assert.Zero(t, conf)
			} else {
				assert.Greater(t, conf, 0.0)
				assert.LessOrEqual(t, conf, 1.0)
			}
		})
	}
}

// TestDetectLanguageMinor checks that ordinary text in a major language is
// not taken for a close regional language, while text written in one is
// still recognised.
func TestDetectLanguageMinor(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"spanish figures", "La deuda total aumentó en 900 millones de dólares respecto al año anterior, " +
			"hasta 14.000 millones, debido al aumento de la deuda pública de 850 millones, explicó el banco.", "es"},
		{"spanish news", "El banco central informó este martes que la deuda externa del país equivale al 102 % " +
			"del producto interior bruto, y que la mitad corresponde al sector privado.", "es"},
		{"asturian", "L'asturianu ye una llingua romance que se fala n'Asturies y tamién en dellos conceyos " +
			"de Llión. Foi la llingua de la corte nel sieglu XIII, pero güei tien pocos falantes.", "ast"},
		{"galician", "A lingua galega é a lingua propia de Galicia e tamén se fala nalgunhas comarcas " +
			"veciñas. Foi declarada oficial no ano 1981 e hoxe ten máis de dous millóns de falantes.", "gl"},
		{"italian", "Il comune ha approvato il bilancio con i voti della maggioranza, mentre " +
			"l'opposizione ha chiesto di rinviare la decisione al prossimo consiglio.", "it"},
		{"german", "Wer bin ich wirklich? Der Einfluss der Vererbung auf die Entwicklung des " +
			"Menschen ist größer, als viele denken.", "de"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := DetectLanguage(tc.text)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestDetectLanguageLongInput(t *testing.T) {
	long := strings.Repeat("Xylophone zebra quartz. ", 5000) + langSamples["fr"][0]
	got, _ := DetectLanguage(long)
	assert.Empty(t, got, "only the first 64 KiB are read")
}

func TestDetectLanguageAllocs(t *testing.T) {
	text := strings.Join(langSamples["de"], " ")
	DetectLanguage(text)
	allocs := testing.AllocsPerRun(10, func() { DetectLanguage(text) })
	require.Zero(t, allocs)
}

func benchText() string {
	var b strings.Builder
	for b.Len() < 10<<10 {
		for _, s := range langSamples["en"] {
			b.WriteString(s)
			b.WriteByte(' ')
		}
	}
	return b.String()
}

func BenchmarkDetectLanguage(b *testing.B) {
	for _, bc := range []struct{ name, text string }{
		{"en10KB", benchText()},
		{"zh", strings.Repeat("政府周二宣布明年将提高燃油税。", 200)},
		{"sentence", langSamples["fr"][0]},
	} {
		b.Run(bc.name, func(b *testing.B) {
			DetectLanguage(bc.text)
			b.SetBytes(int64(len(bc.text)))
			b.ReportAllocs()
			for b.Loop() {
				DetectLanguage(bc.text)
			}
		})
	}
}
