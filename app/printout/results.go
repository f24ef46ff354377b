package printout

import (
	"strconv"
	"strings"

	"storyquiz/app/sessionapi"
	"storyquiz/quiz/itemstats"
	"storyquiz/quiz/session"
)

// analyze runs the item analysis on a session's results.
func analyze(res *session.Results) itemstats.Report {
	items := make([]itemstats.Item, len(res.Questions))
	for i, q := range res.Questions {
		items[i] = itemstats.Item{Options: len(q.Options), Answer: q.Answer}
	}
	answers := make([][]int, len(res.Players))
	for i, p := range res.Players {
		answers[i] = p.Answers
	}
	return itemstats.Analyze(items, answers)
}

// Results is the item analysis of finished session code, from the host's
// view v (whose Results must be set).
func Results(v *session.View, code string) sessionapi.Printout {
	var head, body markup
	rep := analyze(v.Results)
	resultsHTML(&head, &body, v, code, rep)
	return sessionapi.Printout{Title: "Item analysis: " + v.Title, Head: head.String(), Body: body.String()}
}

// resultsHTML writes the item analysis of a finished session: per
// question, how the class and its strongest and weakest students answered,
// the sentence it comes from, and flags in plain words.
func resultsHTML(head, m *markup, v *session.View, code string, rep itemstats.Report) {
	head.t(`<div><p class="eyebrow">Session {} · {}</p><h1 id="results-h" tabindex="-1">Item analysis</h1><p class="lead">{} · {}</p></div>`,
		code, v.Title, plural(rep.Students, "student", "students"), plural(len(rep.Items), "question", "questions"))
	m.WriteString("<div>")
	if rep.CountsOnly {
		m.t(`<p id="counts-only" class="notice">{}</p>`, itemstats.CountsOnlyNote)
	} else {
		m.t(`<p class="hint">Right is the share of the class who chose the right answer. Discrimination runs from −1 to 1: above 0.2, `+
			`students who did well on the other questions got this one more often than those who did not. Top and bottom are the `+
			`{} students with the highest and the lowest scores.</p>`, strconv.Itoa(rep.GroupSize))
	}
	for i, q := range v.Results.Questions {
		itemHTML(m, i, q, rep)
	}
	m.WriteString("</div>")
}

// itemHTML writes one question's figures, flags, chart and source sentence.
// The chart gives every number in its text; the bars only repeat them, and
// the right answer is said in words.
func itemHTML(m *markup, i int, q session.QuestionResult, rep itemstats.Report) {
	st, n, id, few := rep.Items[i], rep.Students, "item-"+strconv.Itoa(i+1), rep.CountsOnly
	figures := "Right: " + strconv.Itoa(st.Correct) + " of " + strconv.Itoa(n)
	if !few {
		figures += " (" + pct(st.Facility, 1) + ")"
	}
	figures += " · Wrong: " + strconv.Itoa(st.Wrong) + " · Unanswered: " + strconv.Itoa(st.Unanswered)
	if !few {
		figures += " · Discrimination: " + discrimination(st)
	}
	m.t(`<section id="{}" class="item" aria-labelledby="{}-h"><h2 id="{}-h">Question {}. {}</h2><p class="figures">{}</p>`,
		id, id, id, strconv.Itoa(number(q, i)), q.Prompt, figures)
	if len(st.Flags) > 0 {
		m.t(`<ul id="{}-flags" class="flags" aria-label="Flags">`, id)
		for _, f := range st.Flags {
			m.t(`<li>{}</li>`, flagText(f, q.Options))
		}
		m.WriteString("</ul>")
	}
	m.t(`<div class="item-body"><ol id="{}-chart" class="ia-chart" aria-label="Answers per option">`, id)
	g := strconv.Itoa(rep.GroupSize)
	for o := 0; o <= len(q.Options); o++ {
		key, text, all, top, bottom := "", "No answer", st.Unanswered, st.Top.Unanswered, st.Bottom.Unanswered
		if o < len(q.Options) {
			key, text, all, top, bottom = string(rune('A'+o)), q.Options[o], st.Chosen[o], at(st.Top.Chosen, o), at(st.Bottom.Chosen, o)
		}
		right, line := "", plural(all, "student", "students")
		if o == q.Answer {
			right = " right"
		}
		if !few {
			line += " (" + pct(float64(all), n) + ") · top: " + strconv.Itoa(top) + " of " + g + " · bottom: " + strconv.Itoa(bottom) + " of " + g
		}
		m.t(`<li class="ia-row{}"><div class="chart-label">`, right)
		if key != "" {
			m.t(`<span class="key" aria-hidden="true">{}</span>`, key)
		}
		m.t(`<span class="text">{}</span>`, text)
		if right != "" {
			m.WriteString(`<span class="note">✓ Right answer</span>`)
		}
		m.t(`<span class="count">{}</span></div><div aria-hidden="true">`, line)
		bar := `<div class="ia-bar"><span>{}</span><div class="ia-track"><div class="ia-fill" style="width:{}"></div></div></div>`
		m.t(bar, "All", pct(float64(all), n))
		if !few {
			m.t(bar+bar, "Top", pct(float64(top), rep.GroupSize), "Bottom", pct(float64(bottom), rep.GroupSize))
		}
		m.WriteString("</div></li>")
	}
	m.WriteString("</ol>")
	m.evidence(q.Evidence, fromTheStory)
	m.WriteString("</div></section>")
}

// ItemsCSV is the item analysis as a spreadsheet: one row per question,
// its figures, per option how many chose it and the top and bottom groups'
// shares, the flags and the source sentence. Figures a small class cannot
// support are left empty.
func ItemsCSV(res *session.Results) string {
	rep := analyze(res)
	most := 0
	for _, q := range res.Questions {
		most = max(most, len(q.Options))
	}
	head := []string{"Question", "Prompt", "Right answer", "Students", "Right", "Wrong", "Unanswered", "Facility", "Discrimination"}
	for o := range most {
		k := string(rune('A' + o))
		head = append(head, "Option "+k, k+" chosen", k+" top 27 %", k+" bottom 27 %")
	}
	head = append(head, "Flags", "Source sentence")
	var b strings.Builder
	b.WriteString("\ufeff") // spreadsheet programs then read UTF-8
	csvRow(&b, head)
	f2 := func(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }
	for i, q := range res.Questions {
		st := rep.Items[i]
		right := ""
		if q.Answer >= 0 && q.Answer < len(q.Options) {
			right = q.Options[q.Answer]
		}
		rec := []string{strconv.Itoa(number(q, i)), q.Prompt, right, strconv.Itoa(rep.Students),
			strconv.Itoa(st.Correct), strconv.Itoa(st.Wrong), strconv.Itoa(st.Unanswered), "", ""}
		if !rep.CountsOnly {
			rec[7] = f2(st.Facility)
			if st.HasDiscrimination {
				rec[8] = f2(st.Discrimination)
			}
		}
		for o := range most {
			if o >= len(q.Options) {
				rec = append(rec, "", "", "", "")
				continue
			}
			top, bottom := "", ""
			if !rep.CountsOnly {
				top, bottom = f2(st.Top.Share(o)), f2(st.Bottom.Share(o))
			}
			rec = append(rec, q.Options[o], strconv.Itoa(st.Chosen[o]), top, bottom)
		}
		var flags []string
		for _, f := range st.Flags {
			flags = append(flags, flagText(f, q.Options))
		}
		if rep.CountsOnly {
			flags = []string{itemstats.CountsOnlyNote}
		}
		rec = append(rec, strings.Join(flags, "; "), q.Evidence.Text)
		csvRow(&b, rec)
	}
	return b.String()
}

// csvRow writes one CSV record (RFC 4180: quoted when needed, CRLF). Text
// cells are defused (SafeCell); numbers are written as they are, so that a
// negative discrimination stays a number.
func csvRow(b *strings.Builder, cells []string) {
	for i, c := range cells {
		if i > 0 {
			b.WriteByte(',')
		}
		if _, err := strconv.ParseFloat(c, 64); err != nil {
			c = SafeCell(c)
		}
		if strings.ContainsAny(c, ",\"\r\n") || strings.TrimSpace(c) != c {
			c = `"` + strings.ReplaceAll(c, `"`, `""`) + `"`
		}
		b.WriteString(c)
	}
	b.WriteString("\r\n")
}

// flagText says a flag in words, naming the option it is about.
func flagText(f itemstats.Flag, options []string) string {
	if f.Option < 0 || f.Option >= len(options) {
		return f.String()
	}
	return f.String() + ": " + string(rune('A'+f.Option)) + " “" + options[f.Option] + "”"
}

// discrimination is a question's discrimination for people, or why there is none.
func discrimination(st itemstats.Stats) string {
	if !st.HasDiscrimination {
		return "not defined (everyone got it, nobody did, or the other questions' scores do not vary)"
	}
	return strings.Replace(strconv.FormatFloat(st.Discrimination, 'f', 2, 64), "-", "−", 1)
}

// pct is k of n as a whole percentage, 0 % of nobody.
func pct(k float64, n int) string {
	if n <= 0 {
		return "0%"
	}
	return strconv.Itoa(int(k*100/float64(n)+0.5)) + "%"
}

// number is a question's place in the quiz (results of a session ended
// early hold only the questions asked), or its place in the results.
func number(q session.QuestionResult, i int) int {
	if q.Number > 0 {
		return q.Number
	}
	return i + 1
}

func at(xs []int, i int) int {
	if i < len(xs) {
		return xs[i]
	}
	return 0
}
