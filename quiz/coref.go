package quiz

// Stage 4, coreference: mentions are linked into entities (surnames, aliases,
// pronouns, descriptions), with roles and quotation speakers.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// link groups mentions into entities: full names first, then surnames and
// acronyms that refer to them, then pronouns and descriptions.
func (an *analysis) link() {
	byKey := map[string]int{}
	surname := map[string][]int{}
	newEnt := func(m *mention, si int, name string) int {
		e := entity{typ: m.typ, sub: m.sub, name: name, first: si, country: -1, titles: map[string]bool{}, alias: -1}
		an.ents = append(an.ents, e)
		return len(an.ents) - 1
	}
	// personNamed returns the person of that name, made when new.
	personNamed := func(m *mention, si int, name string) int {
		id, ok := byKey[strings.ToLower(name)]
		if !ok {
			id = newEnt(m, si, name)
			byKey[strings.ToLower(name)] = id
		}
		an.ents[id].typ = ePerson
		return id
	}
	key := func(m *mention) string {
		low := strings.ToLower(m.text)
		if m.typ == ePlace && m.sub == 1 {
			return "country:" + countries[countryByName[low]].name
		}
		return low
	}
	// Surnames of people named in full: a single word that is one of them
	// names that person even if it is also a country ("Holland").
	fullSurnames := map[string]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.typ == ePerson && !m.pronoun && !m.desc && m.t1-m.t0 >= 2 {
				fullSurnames[s.toks[m.t1-1].low] = true
			}
		}
	}
	// A single name that "he" or "she" follows at once, after a word that
	// opens a clause ("Okafor when he was on 22", "Brandt, who…"), is a
	// person's, in every sentence that names it: a match report may name a
	// player by surname alone throughout. A name after a figure ("50
	// Cent") is half of one.
	pronounNamed := map[string]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.typ == eNone && !m.pronoun && !m.desc && !m.notPerson && m.t1-m.t0 == 1 && !m.modifier && !(m.t0 > 0 && s.toks[m.t0-1].num) && !afterFromOrIn(s.toks, m.t0) && personPronounAfter(s.toks, m.t1) {
				pronounNamed[s.toks[m.t0].low] = true
			}
		}
	}
	// "Fremantle coach Dean Whitcombe": a name that opens someone's role
	// is a club's or a place's, whatever "who" follows it elsewhere
	// ("a game clear of Fremantle, who drop to seventh").
	for si := range an.sents {
		toks := an.sents[si].toks
		for k := 0; k+2 < len(toks); k++ {
			if toks[k].cap && !toks[k+1].cap && headTitles[toks[k+1].low] && toks[k+2].cap && toks[k+2].word {
				delete(pronounNamed, toks[k].low)
			}
			// "the Rivermouth defence", "Several Rivermouth players",
			// "Rivermouth's goalkeeper": a side's, whatever "who" follows
			// it elsewhere ("a harsh outcome for Rivermouth, who had been
			// the more composed side").
			if toks[k].cap && k > 0 && (squadNouns[toks[k+1].low] || toks[k+1].low == "'s" && squadNouns[toks[k+2].low]) {
				delete(pronounNamed, toks[k].low)
			}
		}
		for k := 1; k < len(toks); k++ {
			// "at her home in Oaxaca": a town, whatever "and he" follows
			// it elsewhere ("on the edge of Oaxaca, and he carved…").
			if (toks[k-1].low == "in" || toks[k-1].low == "near") && toks[k].cap && toks[k].word && (k+1 == len(toks) || !toks[k+1].cap) {
				delete(pronounNamed, toks[k].low)
			}
		}
	}
	// "carmaker Volvo Cars", "the bank Jefferies": a company, by the noun
	// before its name; "Orion Mobile, the fast-growing smartphone maker
	// based in Shenzhen, said": by the noun after it.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if !m.pronoun && !m.desc && m.role == "" && (m.typ == eNone || m.typ == ePerson) && companyAppositive(s.toks, m.t1) {
				m.typ, m.company, m.notPerson = eOrg, true, true
				continue
			}
			if !m.pronoun && !m.desc && m.role == "" && (m.typ == eNone || m.typ == ePerson) && appositiveHead(s.toks, m.t1, bodyNouns) {
				m.typ, m.notPerson = eOrg, true // "Terre Solidaire, a French-registered humanitarian organisation"
				continue
			}
			if m.pronoun || m.desc || m.t0 == 0 || s.toks[m.t0-1].cap {
				continue
			}
			prev := s.toks[m.t0-1].low
			if prev == "group" && m.t0 > 1 && sectorWords[s.toks[m.t0-2].low] {
				prev = "company" // "the Dutch transport group Vanterra"
			}
			// "…pay the bank, Francis," ends a quotation with whom it is
			// spoken to, no name of the bank.
			vocative := m.t1+1 < len(s.toks) && s.toks[m.t1+1].text == "\""
			if prev == "," && m.t0 > 2 && ownerWords[s.toks[m.t0-3].low] && m.t1 < len(s.toks) && s.toks[m.t1].text == "," && !vocative {
				prev = s.toks[m.t0-2].low // "her company, Oficina Lacuna, has…": the same thing, named
			}
			side := (prev == "side" || prev == "club") && m.t0 > 1 && s.toks[m.t0-2].cap // "Ibadan side Shooting Stars"
			// "the local youth team, Ciclistica Clusone, for 22 years": a
			// club named after a comma.
			side = side || prev == "," && m.t0 > 2 && teamNouns[s.toks[m.t0-2].low] && m.t1 < len(s.toks) && s.toks[m.t1].text == "," && !isFirstName(s.toks[m.t0].low)
			// "The architects, Oakes Varga, have stripped out…": a practice
			// named for its partners.
			practice := firmPlurals[prev] && s.toks[m.t0-1].text == "," && m.t0 > 2 && (s.toks[m.t0-3].low == "the" || s.toks[m.t0-3].low == "its")
			if !orgNouns[prev] && !bodyNouns[prev] && !side && !practice {
				continue
			}
			if m.typ == eNone || m.typ == eOrg || m.typ == ePerson && m.role == "" && (!isFirstName(s.toks[m.t0].low) || bodyNouns[prev] || side || practice) {
				// "the charity Surfers Against Sewage": a body, whatever
				// cue to a person follows.
				m.typ, m.company = eOrg, orgNouns[prev] && !outletNouns[prev]
				if m.sub != subOutlet {
					m.sub = 0 // "the broadcaster RTV Slovenija" stays an outlet
				}
				m.notPerson = true
			}
		}
	}
	// Pass 1: multi-word people, places, organisations and sites. A
	// multi-word name of unknown type gets an entity too, so that a cue
	// elsewhere ("Abney said") can make it a person.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.pronoun || m.desc || m.typ == eDate || m.typ == eNumber || m.typ == eOrdinal {
				continue
			}
			if m.t1-m.t0 == 1 && fullSurnames[s.toks[m.t0].low] && !numberedName(s, m) {
				m.typ, m.sub = ePerson, 0
			}
			if (m.typ == ePerson || m.typ == eNone) && m.t1-m.t0 < 2 {
				continue
			}
			k := key(m)
			id, ok := byKey[k]
			if full := an.shortOrgName(strings.ToLower(m.text)); !ok && (m.typ == eOrg || m.typ == eNone && m.t1-m.t0 >= 2 || m.typ == ePerson && m.role == "" && m.r0 == m.t0 || m.typ == eSite && m.t1-m.t0 == 1 && placeWords[strings.ToLower(m.text)]) && full >= 0 {
				// "Carver Freight" after "Carver Freight Lines Inc.";
				// "Seren Lane" after "the press Seren Lane Books", though
				// Seren is a given name; "Centre" after "the Centre Party".
				id, ok = full, true
				m.typ = eOrg
			}
			if !ok {
				name := m.text
				if m.typ == ePlace && m.sub == 1 {
					name = countries[countryByName[strings.ToLower(m.text)]].name
				}
				id = newEnt(m, si, name)
				byKey[k] = id
				if m.typ == ePerson || m.typ == eNone {
					last := s.toks[m.t1-1].low
					surname[last] = append(surname[last], id)
					if familyNameFirst(s.toks[m.t0:m.t1]) {
						first := s.toks[m.t0].low // "Kang" for Kang Min-seo
						surname[first] = append(surname[first], id)
					}
					if w := s.toks[m.t0:m.t1]; (len(w) == 3 || len(w) == 4 && isFirstName(w[1].low)) && m.typ == ePerson && isFirstName(w[0].low) && !isFirstName(w[len(w)-2].low) && w[len(w)-2].cap && w[len(w)-2].word && !nameParticles[w[len(w)-2].low] {
						// "Isabel Contreras Lagos", "José Manuel Carrasco
						// Vidal": a Spanish name's first surname is theirs
						// too ("Contreras said", "Carrasco was born").
						p := w[len(w)-2].low
						surname[p] = append(surname[p], id)
					}
				}
			} else if an.ents[id].typ == eNone && m.typ == ePerson {
				an.ents[id].typ = ePerson
			}
			if m.notPerson {
				an.ents[id].notPerson = true
			}
			an.ents[id].company = an.ents[id].company || m.company
			m.ent = id
		}
	}
	// "Takumi and Aya Fujinami": a couple sharing the surname written
	// once; the given name before "and" is a person of that surname, so
	// that "Mr Fujinami" can be told from "Mrs Fujinami". (Pass 2 does
	// this for given names the lists know.)
	for si := range an.sents {
		s := &an.sents[si]
		for mi := 0; mi+1 < len(s.ments); mi++ {
			m, x := &s.ments[mi], s.ments[mi+1]
			if m.ent >= 0 || m.t1-m.t0 != 1 || x.t0 != m.t1+1 || x.typ != ePerson || x.ent < 0 {
				continue
			}
			full := sharedSurname(s, m)
			if full == "" {
				continue
			}
			last := s.toks[x.t1-1]
			if a := s.toks[m.t0].low; m.typ != ePerson && m.typ != eNone || m.notPerson || len(surname[a]) > 0 || an.wordCount(a) > 1 || !an.titledSurname(last.text) {
				// "Smith and Jane Doe": a surname the article uses on its
				// own elsewhere; "Razorlight and Joss Stone": a band beside
				// a singer, where no "Mr Stone" asks which of two.
				continue
			}
			_, known := byKey[strings.ToLower(full)]
			m.typ, m.ent = ePerson, personNamed(m, si, full)
			if !known {
				surname[last.low] = append(surname[last.low], m.ent)
			}
		}
	}
	an.mergeNameSuffixes()
	// Pass 2: single names.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent >= 0 || m.pronoun || m.desc || m.typ == eDate || m.typ == eNumber || m.typ == eOrdinal {
				continue
			}
			if id, f := an.ownNameCompany(s, m, byKey); id >= 0 {
				// The title is part of the firm's name: never "Dr _____".
				m.typ, m.role, m.t0, m.r0, m.ent = eOrg, "", f, f, id
				m.start = s.toks[f].start
				m.text = s.text[m.start:m.end]
				continue
			}
			low := strings.ToLower(m.text)
			if full := an.nickNames[low]; m.t1-m.t0 == 1 && full != "" && len(an.liveIDs(surname[low])) == 0 && m.typ != eOrg && m.typ != ePlace {
				// "Attorney Doray" after 'Teodora "Doray" Maglalang': the
				// name she went by, whatever its type so far.
				if id := slices.IndexFunc(an.ents, func(e entity) bool {
					return e.alias < 0 && e.typ != eOrg && e.typ != ePlace && strings.EqualFold(e.name, full)
				}); id >= 0 {
					m.typ, m.ent = ePerson, id
					an.ents[id].typ = ePerson
					continue
				}
			}
			if m.t1-m.t0 == 1 && m.typ == eNone && !m.notPerson && !isFirstName(low) && len(an.liveIDs(surname[low])) == 0 {
				// "her brother Duarte", then "Duarte Valadares said": a
				// given name the lists lack, of the one person the article
				// names so.
				if id := an.firstNameOf(low); id >= 0 {
					m.typ, m.ent = ePerson, id
					continue
				}
			}
			if m.t1-m.t0 == 1 && isFirstName(low) && len(an.liveIDs(surname[low])) == 0 && m.typ != eOrg && m.typ != ePlace {
				// "brothers Liam and Noel Gallagher": Liam Gallagher; then
				// "Liam" alone is he, and "Noel" is Noel Gallagher.
				if full := sharedSurname(s, m); full != "" {
					m.typ, m.ent = ePerson, personNamed(m, si, full)
					// "Mr Kearney" after "Declan and Siobhán Kearney" may be
					// he: his surname is one to look him up by.
					last := strings.ToLower(full[strings.LastIndexByte(full, ' ')+1:])
					if !slices.Contains(surname[last], m.ent) {
						surname[last] = append(surname[last], m.ent)
					}
					continue
				}
				if id := an.firstNameOf(low); id >= 0 {
					m.typ, m.ent = ePerson, id
					continue
				}
			}
			if m.notPerson && m.t0 >= 3 && maidenNameAfter(s.toks, m.t0-3) {
				continue // "Fumiko (Ishida) Tanabe": the mother's family name, no one else's
			}
			cue := m.t1 < len(s.toks) && speechVerbs[s.toks[m.t1].low] && s.toks[m.t1].low != "according" || m.t0 > 0 && (s.toks[m.t0-1].low == "said" || s.toks[m.t0-1].low == "says")
			ids := an.liveIDs(surname[low])
			// "Mr. Callister wrote or co-wrote more than 30 songs": a verb
			// that may take a thing it made or named is no sure sign of
			// speaking on.
			speaks := cue && !(m.t1 < len(s.toks) && objectVerbs[s.toks[m.t1].low])
			if sub := an.obituarySubject(); speaks && slices.Contains(ids, sub) && !strings.ContainsAny(s.text, "\"“”") {
				// "Mr. Phan insisted that the imperial cuisine of Huế…"
				// after his son Antoine Phan spoke: no words of anyone's
				// follow, so the obituary tells of the one it mourns.
				speaks = false
			}
			if len(ids) > 1 && speaks && si > 0 {
				// "His eldest son, Kwame Darko, said… "He asked for his
				// guitar," Mr Darko told reporters": the one who spoke in
				// the sentence before goes on speaking.
				var spoke []int
				for _, id := range ids {
					if an.spokeIn(si-1, id) {
						spoke = append(spoke, id)
					}
				}
				if len(spoke) == 1 {
					ids = spoke
				}
				// "Redfern dedicated the win to his grandfather, Dai
				// Redfern, who died in January. "He would have been
				// shouting," Redfern said": the dead speak no more.
				if living := slices.DeleteFunc(slices.Clone(ids), an.diedBefore); len(living) == 1 && len(spoke) != 1 {
					ids = living
				}
			}
			if g := byte(0); len(ids) > 1 && m.t0 > 0 {
				// "Ms Tremblay, 49, said" after "his daughter Shelby
				// Tremblay said": the one a kin word of her sex named.
				g = honorificGender(s.toks[m.t0-1].low)
				var kin []int
				for _, id := range ids {
					if k, owner := an.kinGenderOf(id); g != 0 && k == g && owner != 0 && owner != g {
						kin = append(kin, id) // "his daughter Shelby Tremblay": "Ms Tremblay" is she, not he
					}
				}
				if len(kin) == 1 {
					ids = kin
				}
			}
			if len(ids) > 1 {
				// "Dr Raghavan" in the obituary of Meenakshi Raghavan, whose
				// nephew Srinivas Raghavan is quoted: the one the headline
				// names.
				var head []int
				// 'Ramón "El Relámpago" Castañeda … dies': the nickname
				// inside the name is no part of it.
				title := withoutQuotes(headlineOnly(an.art))
				for _, id := range ids {
					// "Suresh Bhandari" in the headline names Suresh Kumar Bhandari.
					w := strings.Fields(an.ents[id].name)
					if title != "" && (containsFold(title, an.ents[id].name) || len(w) > 2 && containsFold(title, w[0]+" "+w[len(w)-1])) {
						head = append(head, id)
					}
				}
				// "Nadia Fathy el-Sherbiny" in the headline holds her
				// father's "Fathy el-Sherbiny" too: the longer name is hers.
				var longest []int
				for _, id := range head {
					if !slices.ContainsFunc(head, func(o int) bool {
						return o != id && len(an.ents[o].name) > len(an.ents[id].name) && containsFold(an.ents[o].name, an.ents[id].name)
					}) {
						longest = append(longest, id)
					}
				}
				head = longest
				if len(head) == 1 {
					ids = head
				}
			}
			if g := byte(0); len(ids) > 1 && m.t0 > 0 {
				// "Ms Hallinan" in a story of Kirsty and Shane Hallinan: the
				// woman.
				g = honorificGender(s.toks[m.t0-1].low)
				var same []int
				other := 0
				for _, id := range ids {
					if w := strings.Fields(strings.ToLower(an.ents[id].name)); g != 0 && len(w) > 1 {
						switch gg := givenNameGender(w[0]); {
						case gg == g:
							same = append(same, id)
						case gg != 0:
							other++
						}
					}
				}
				// Only when the others are known to be of the other sex:
				// "Mr Asante" may be Yaw Darko Asante, whose given name
				// the lists do not know, as well as Kofi Asante.
				if len(same) == 1 && len(same)+other == len(ids) {
					ids = same
				}
			}
			if sub := an.obituarySubject(); len(ids) > 1 && slices.Contains(ids, sub) {
				// "Castañeda turned professional at 17" after "His
				// daughter, Lucía Castañeda, said…": an obituary calls its
				// subject by the surname and the family by their names.
				ids = []int{sub}
			}

			if len(ids) > 1 {
				// "Reyes" before the article names her daughter Elena
				// Reyes: only someone already named; so "Mr Asante was
				// rushed to a clinic" is the victim Yaw Darko Asante, not
				// the brother Kofi Asante quoted later, whatever cue
				// made only the brother a person.
				var named []int
				for _, id := range ids {
					if an.ents[id].first <= si {
						named = append(named, id)
					}
				}
				if len(named) == 1 {
					ids = named
				}
			}
			if len(ids) > 1 {
				// "Ferrari died in 2004" in a story of Eduardo Ferrari and
				// his son Julián Ferrari Villalba: the name that ends so,
				// before one that only holds it as a first surname.
				var ending []int
				for _, id := range ids {
					if f := strings.Fields(strings.ToLower(an.ents[id].name)); len(f) > 0 && f[len(f)-1] == low {
						ending = append(ending, id)
					}
				}
				if len(ending) == 1 {
					ids = ending
				}
			}
			if len(ids) > 1 {
				// Prefer the one person among several names ending so.
				var people []int
				for _, id := range ids {
					if an.ents[id].typ == ePerson {
						people = append(people, id)
					}
				}
				if len(people) == 1 {
					ids = people
				}
			}
			if len(ids) > 1 {
				// "Mr Eze said" in a story of Chukwudi Eze and his son,
				// whom the article calls Tobenna: a child goes by his given
				// name, so "Mr" is the other; and "Tautahi" in a story of
				// Wiremu Tautahi and his partner, "Kiri", is he.
				var formal []int
				for _, id := range ids {
					if !an.calledByGivenName(id) {
						formal = append(formal, id)
					}
				}
				if len(formal) == 1 {
					ids = formal
				}
			}

			if len(ids) == 1 && m.t0 > 0 {
				// "Mrs Pilling said she had lost her husband" after "Graham
				// Pilling … died": his widow, not he.
				w := strings.Fields(strings.ToLower(an.ents[ids[0]].name))
				if g := honorificGender(s.toks[m.t0-1].low); g != 0 && len(w) > 1 && givenNameGender(w[0]) != 0 && givenNameGender(w[0]) != g {
					// Named "Mrs Pilling" beside Graham Pilling in options.
					m.typ, m.ent = ePerson, personNamed(m, si, s.toks[m.t0-1].text+" "+m.text)
					continue
				}
			}
			if len(ids) == 1 && an.ents[ids[0]].typ == eNone && m.typ == eNone && m.t0 > 0 && (s.toks[m.t0-1].low == "in" || s.toks[m.t0-1].low == "near") {
				// "Born in Split, he began at Hajduk Split": a town, not
				// the surname of a name of unknown kind.
				ids = nil
			}
			if len(ids) == 1 && (m.typ == eNone || m.typ == ePerson || len(an.ents[ids[0]].name) > 0 && an.ents[ids[0]].typ == ePerson && fullSurnames[low]) {
				joined := m.t0 > 0 && s.toks[m.t0-1].end == s.toks[m.t0].start // "pro-Ohio State"
				// "his first-team debut for Kotoko", "spotted by a Kotoko
				// scout": a club, whose short name says nothing of a
				// person.
				club := m.t0 > 1 && (s.toks[m.t0-1].low == "for" || s.toks[m.t0-1].low == "against") && (careerWords[s.toks[m.t0-2].low] || s.toks[m.t0-2].low == "debut") ||
					m.t0 > 0 && (s.toks[m.t0-1].low == "a" || s.toks[m.t0-1].low == "an") && m.t1 < len(s.toks) && s.toks[m.t1].word && !s.toks[m.t1].cap
				if an.ents[ids[0]].typ == eNone && personShaped(an.ents[ids[0]].name) && !club && (cue || m.typ == ePerson || ageAfter(s.toks, m.t1) || !m.modifier && !m.hasThe && m.typ == eNone && !joined && !an.lowerSet[low] && !clauseStart(s.toks, m.t0)) {
					// A capital that only opens a sentence ("Portable
					// gadgets dominate…") says nothing of a surname.
					an.ents[ids[0]].typ = ePerson
				}
				m.typ = an.ents[ids[0]].typ
				m.ent = ids[0]
				continue
			}
			if id := an.shortOrgName(low); id >= 0 && (m.typ == eNone || m.typ == eOrg || m.typ == ePlace && m.sub == 2) && !an.lowerSet[low] && !an.writtenAsPlace(low) {
				// "Volvo" after "Volvo Cars", "Lloyds" after "Lloyds
				// Banking Group".
				m.typ, m.ent = eOrg, id
				continue
			}
			if id, ok := byKey[low]; ok && m.typ == eNone && (an.ents[id].typ == eOrg || an.ents[id].typ == eSite || an.ents[id].typ == ePerson) && !an.lowerSet[low] && !stopwords[low] {
				// "Acpo wants…" after "Acpo made its call…", "Dhoni and
				// Ashwin defied…" after "captain Dhoni": the one
				// organisation or person of that name, even where a
				// capital opens the sentence, unless the word is also
				// written in lower case ("Next" the retailer, "next
				// week").
				m.typ, m.sub, m.ent = an.ents[id].typ, an.ents[id].sub, id
				continue
			}
			if m.typ == eNone {
				switch {
				case celestialBodies[low] || numberedName(s, m) || languageNames[low]:
					continue // "back to Earth": no town; "said Ward 9 Coun. X": no one called Ward; "in Latin": a language
				case pronounNamed[low] && !an.lowerSet[low] && !m.hasThe:
					m.typ = ePerson
				case cue && (isFirstName(low) || m.t0 > 0 && !stopwords[s.toks[m.t0-1].low] && s.toks[m.t0-1].low != "the"):
					// "said Madonna"; a one-word organisation ("Amtrak
					// said") stays untyped unless it is a given name.
					if !isFirstName(low) {
						continue
					}
					m.typ = ePerson
				case m.t0 > 1 && (s.toks[m.t0-1].low == "from" || s.toks[m.t0-1].low == "at") && workerNoun(s.toks[m.t0-2].low) && !isFirstName(low) && !oneFrom(s.toks, m.t0) && !(m.t1 < len(s.toks) && s.toks[m.t1].num && numberedNouns[low]):
					// "Inspectors from Ofsted", "analysts at Numis": the
					// body they work for.
					m.typ = eOrg
				case m.t0 > 1 && s.toks[m.t0-1].low == "in" && performedWords[s.toks[m.t0-2].low]:
					continue // "his role in Oppenheimer", "starring in Barbie": a work, not a place
				case an.namedAsWork(si, m.text):
					continue // "a lawyer in Counsel for the Defence" after "the drama Counsel for the Defence"
				case m.t0 > 1 && s.toks[m.t0-1].low == "in" && stakeWords[s.toks[m.t0-2].low]:
					// "shares in Harbex": a company, not a place.
					m.typ, m.company = eOrg, true
				case m.t0 > 0 && (s.toks[m.t0-1].low == "in" || s.toks[m.t0-1].low == "near" || s.toks[m.t0-1].low == "from") && !isFirstName(low) && len(low) > 2 && // "That pass from Mo": a nickname, no town
					!s.toks[m.t0].acro && !strings.ContainsAny(m.text, "0123456789") && !(m.t0 > 1 && s.toks[m.t0-2].cap && !clauseStart(s.toks, m.t0-2) && !bodyAt(s, m.t0-1, true)) && !m.modifier &&
					!schoolSubjects[low] && !strings.HasSuffix(low, "ical") && !disciplineShaped(low) && !(m.t1 < len(s.toks) && s.toks[m.t1].num) && // "in Game 5": a numbered thing, no town
					!an.pluralOfAWord(low) && low != "state" && // "better in Mathematics", "enrol in Technical and Vocational…", "postgraduate work in Egyptology", "stood in Tests", "in State ownership"
					!partyWords[low] && !(m.t1 < len(s.toks) && nounAfter(s.toks[m.t1]) && strings.HasSuffix(s.toks[m.t1].low, "s")) && // "confidence in Conservative values"

					!(s.toks[m.t0-1].low == "from" && m.t0 > 1 && workerNoun(s.toks[m.t0-2].low) && !oneFrom(s.toks, m.t0)):
					// "arrested in Zambia", but not "from MI6", "Inspectors
					// from Ofsted" (their body) nor "Madly in Anger", a title.
					m.typ, m.sub = ePlace, 2
				default:
					continue
				}
			}
			k := key(m)
			id, ok := byKey[k]
			if !ok {
				id = newEnt(m, si, m.text)
				byKey[k] = id
			}
			an.ents[id].company = an.ents[id].company || m.company
			m.ent = id
		}
	}
	// A person known only by a given name, named once in a list of names
	// without a role or a cue ("followed by Franz Ferdinand, Razorlight
	// and…"), is more likely a band or a team than a person.
	listed := map[int]bool{}
	solid := map[int]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent < 0 || m.pronoun || m.desc {
				continue
			}
			if m.role != "" || m.t1-m.t0 == 1 || personCue(s.toks, m.t0, m.t1) {
				solid[m.ent] = true
			}
			// Another capitalised name just before or after, across a comma
			// or "and", that is not a person's: a mixed list of bands,
			// teams or works.
			inList := m.t0 > 1 && (s.toks[m.t0-1].text == "," || s.toks[m.t0-1].low == "and") && s.toks[m.t0-2].cap && !personAt(s, m.t0-2) && !memberTitles[s.toks[m.t0-2].text] && !subjectAfterOpener(s.toks, m) && !appositiveToHolder(s.toks, m) ||
				m.t1+1 < len(s.toks) && (s.toks[m.t1].text == "," || s.toks[m.t1].low == "and") && s.toks[m.t1+1].cap && !personAt(s, m.t1+1) && !titledAppositive(s.toks, m.t1)
			if inList {
				listed[m.ent] = true
			} else {
				solid[m.ent] = true
			}
		}
	}
	for id := range listed {
		if !solid[id] && an.ents[id].typ == ePerson {
			an.ents[id].notPerson = true
		}
	}
	// "The mission, called Artemis Pathfinder": a thing's name, though it
	// opens on a given name; "Albert Heijn, owned by Ahold Delhaize",
	// "Kestrel, a unit of…": what is owned is a company, though it bears
	// its founder's name.
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent < 0 || m.pronoun || an.ents[m.ent].typ != ePerson && an.ents[m.ent].typ != eNone {
				continue
			}
			e := &an.ents[m.ent]
			if thingCalled(s.toks, m.t0) {
				e.notPerson = true
			}
			if ownedAfter(s.toks, m.t1) {
				e.typ, e.company, e.notPerson = eOrg, true, true
			}
		}
	}
	// A name shaped like a person's, before a verb of saying or a role
	// between commas ("Menzies Campbell, the party's spokesman, said"),
	// is a person's even with a given name the lists do not know.
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent < 0 || an.ents[m.ent].typ != eNone || an.ents[m.ent].notPerson || an.ents[m.ent].company || !personShaped(an.ents[m.ent].name) || m.t1 >= len(s.toks) {
				continue // and "Voa Brasil announced", whose shares and chief executive the article names
			}
			// "Piers Roe of Ampere Analysis said": the speaker's
			// organisation, not a second speaker.
			cue := speechVerbs[s.toks[m.t1].low] && s.toks[m.t1].low != "according" && !(m.t0 > 1 && (s.toks[m.t0-1].low == "of" || s.toks[m.t0-1].low == "at") && (personAt(s, m.t0-2) || workerNoun(s.toks[m.t0-2].low))) && !spokenFor(s.toks, m.t0) &&
				!(m.t0 > 1 && s.toks[m.t0-1].low == "of" && s.toks[m.t0-2].cap && !personAt(s, m.t0-2)) // "the Command for the Protection of Cultural Heritage said": the body's name goes on
			// "Suresh Kumar Bhandari was born in Wardha": only a person is born.
			cue = cue || m.t1+1 < len(s.toks) && (s.toks[m.t1].low == "was" || s.toks[m.t1].low == "is") && s.toks[m.t1+1].low == "born"
			if s.toks[m.t1].text == "," && m.t1+1 < len(s.toks) && determiners[s.toks[m.t1+1].low] {
				for k := m.t1 + 2; k < len(s.toks) && k < m.t1+9 && s.toks[k].text != ","; k++ {
					// "Meenakshi Raghavan, a hydraulic engineer whose designs…"
					cue = cue || (headTitles[s.toks[k].low] || personNouns[s.toks[k].low]) && k+1 < len(s.toks) && (s.toks[k+1].text == "," || s.toks[k+1].low == "whose" || s.toks[k+1].low == "who") ||
						agentNoun(s.toks[k].low) && k+2 < len(s.toks) && s.toks[k+1].text == "," && speechVerbs[s.toks[k+2].low] || // "Mikkel Aagaard, an election observer, said"

						agentNoun(s.toks[k].low) && k+1 < len(s.toks) && s.toks[k+1].low == "who" // "Liang Guohua, the left-handed penhold attacker who won…"
				}
			}
			// "Rosamund Tait is superb as Helen Croft": an actor.
			cue = cue || castPart(s, m) != "" || an.review && broughtPart(s, m) != ""
			if cue {
				an.ents[m.ent].typ = ePerson
			}
		}
	}
	// A town's name that takes a plural verb or "who" ("Liverpool have
	// signed…", "Liverpool, who won the league") names its team, unless
	// a mention sets something in the town.
	team, town := map[int]bool{}, map[int]bool{}
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent < 0 || an.ents[m.ent].typ != ePlace || an.ents[m.ent].sub != 2 {
				continue
			}
			if m.t0 > 0 && (s.toks[m.t0-1].low == "in" || s.toks[m.t0-1].low == "near") {
				town[m.ent] = true
			}
			if m.t0 > 1 && s.toks[m.t0-1].low == "from" && !transferWords[s.toks[m.t0-2].low] {
				town[m.ent] = true // "Aidan Walsh from Belfast, who designed…", not "signed from Liverpool"
			}
			if teamVerbAfter(s.toks, m.t1) && !(m.t0 > 0 && listOrPhrase[s.toks[m.t0-1].low]) {
				// "Ferry services between Holyhead and Dublin were
				// cancelled": the verb is the phrase's, not the town's.
				team[m.ent] = true
			}
		}
	}
	for i := range team {
		if !town[i] {
			e := &an.ents[i]
			e.typ, e.sub, e.team = eOrg, 0, true
		}
	}
	// "Newcastle" after "Newcastle United" is the club, not the town;
	// "Wednesday" in a report on Sheffield Wednesday is the club.
	for i := range an.ents {
		e := &an.ents[i]
		if full := an.dayClubs[strings.ToLower(e.name)]; full != "" && e.alias < 0 {
			if id := an.entNamed(full); id >= 0 && id != i {
				an.joinInto(i, id)
			}
			continue
		}
		if clubTails[strings.ToLower(e.name)] && e.alias < 0 {
			// "City travel to Burnley" after "Bristol City": the club,
			// or, beside "Hull City" too, no name to ask or offer.
			if id := an.orgEndingIn(e.name, i); id >= 0 {
				an.joinInto(i, id)
			} else if id == -2 {
				e.typ, e.notPerson = eNone, true
			}
			continue
		}
		if e.typ != ePlace || e.sub != 2 || e.alias >= 0 || town[i] {
			continue // ("Born in Leeds … a lifelong supporter of Leeds United": the town)
		}
		if id := an.shortOrgName(strings.ToLower(e.name)); id >= 0 && orgClass(an.ents[id].name) == "club" {
			an.joinInto(i, id)
		}
	}
	// A name any mention shows is not a person's is not one anywhere.
	for i := range an.ents {
		if an.ents[i].notPerson && an.ents[i].typ == ePerson {
			an.ents[i].typ = eNone
		}
	}
	// Mentions take their entity's final type.
	for si := range an.sents {
		for mi := range an.sents[si].ments {
			if m := &an.sents[si].ments[mi]; m.ent >= 0 {
				m.typ = an.ents[m.ent].typ
			}
		}
	}
	// Counts, "the", roles and nationality.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent < 0 {
				continue
			}
			e := &an.ents[m.ent]
			e.count++
			// But "the Gladstone Road bridge": the bridge's "the"; and "the
			// Wind Energy Ireland trade body": the trade body's; "the Fiji
			// area of responsibility": the area's.
			headAfter := m.modifier && (e.typ == eOrg || e.typ == ePlace) && m.t1 < len(s.toks) && s.toks[m.t1].word && !s.toks[m.t1].cap && !theHeads[s.toks[m.t1-1].low]
			if m.hasThe && !(m.modifier && streetWords[s.toks[m.t1-1].low]) && !headAfter {
				e.hasThe = true
			}
			if m.role != "" && !clippedRole(s, m.r0) {
				an.addRole(e, m.role, si, mi)
			}
		}
		an.appositives(s, si)
	}
	// "Ghana's Electoral Commission", never written with "the" after its
	// country's name, is "the Electoral Commission" on its own.
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent < 0 || m.pronoun || m.desc || m.t0 < 2 || s.toks[m.t0-1].low != "'s" {
				continue
			}
			if e := &an.ents[m.ent]; e.typ == eOrg && !e.hasThe && e.name == m.text && strings.Contains(e.name, " ") && bodyHeads[strings.ToLower(s.toks[m.t1-1].text)] {
				e.hasThe = true
			}
		}
	}
	an.placeNamesFirst()
	an.mournedPerson()
	an.mournedFamilyName()
	an.showsRunning()
	// Pass 3: pronouns and descriptions.
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			switch {
			case m.pronoun:
				m.ent = an.resolvePronoun(si, mi)
			case m.desc:
				m.ent = an.resolveDesc(s, m, si)
			}
			if m.ent >= 0 && (m.pronoun || m.desc) {
				an.ents[m.ent].count++
			}
		}
	}
}

// ownNameCompany returns the company whose own name is this mention's with
// "'s" ("Dr Reddy" of "Dr Reddy's"), or -1, and the token where the name
// starts, with its title: the article names the firm both ways, and the
// title does not make it a person.
func (an *analysis) ownNameCompany(s *sent, m *mention, byKey map[string]int) (int, int) {
	if m.typ != ePerson && m.typ != eNone {
		return -1, 0
	}
	starts := []int{m.t0}
	if m.t0 > 0 && (honorifics[s.toks[m.t0-1].low] || titleWords[s.toks[m.t0-1].low]) {
		starts = append(starts, m.t0-1)
	}
	for _, f := range starts {
		if id, ok := byKey[strings.ToLower(s.text[s.toks[f].start:m.end])+"'s"]; ok && an.ents[id].typ == eOrg && an.ents[id].company {
			return id, f
		}
	}
	return -1, 0
}

// placeNamesFirst marks as no person a name, named once and with no role,
// that with a place's word after it is a site the article names: "what
// happened at Fern Hollow" before "The Fern Hollow Bridge in Frick Park
// collapsed", though Fern is a given name. Counts must be made.
func (an *analysis) placeNamesFirst() {
	for i := range an.ents {
		e := &an.ents[i]
		if e.typ != ePerson || !strings.Contains(e.name, " ") || len(e.roles) > 0 || e.count > 1 {
			continue // "Nelson Mandela" beside the Nelson Mandela Foundation, named often or with a role, stays a person
		}
		for j := range an.ents {
			f := &an.ents[j]
			rest, ok := strings.CutPrefix(f.name, e.name+" ")
			if ok && (f.typ == eSite || f.typ == eOrg) && !strings.Contains(rest, " ") && (placeWords[strings.ToLower(rest)] || orgWords[strings.ToLower(rest)]) {
				e.typ, e.notPerson = eNone, true
				break
			}
		}
	}
}

// liveIDs maps entities merged into others to the ones they joined, once
// each: "Quispe" looks up "Rosa Elvira Quispe", which joined "Rosa Elvira
// Quispe Huamán", whose last word is her second surname.
func (an *analysis) liveIDs(ids []int) []int {
	var out []int
	for _, id := range ids {
		for n := 0; an.ents[id].alias >= 0 && n < 4; n++ {
			id = an.ents[id].alias
		}
		if an.ents[id].alias < 0 && !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// lastWord returns the last of words, or "".
func lastWord(words []string) string {
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// mergeNameSuffixes links a person's shorter name to the one longer name it
// ends ("Kilroy Silk" and "Robert Kilroy Silk") or, opening with a given
// name, begins ("Margaret Ellery" and "Margaret Ellery Hsu"), so that both
// are never offered side by side. The shorter entity stays as an alias.
func (an *analysis) mergeNameSuffixes() {
	obituary := an.obituary()
	sub := an.obituarySubject() // (the lead's mentions, which the loop below leaves as they are)
	words := make([][]string, len(an.ents))
	byLast := map[string][]int{}
	for i := range an.ents {
		an.ents[i].alias = -1
		if t := an.ents[i].typ; t == ePerson || t == eNone {
			words[i] = strings.Fields(strings.ToLower(an.ents[i].name))
			if n := len(words[i]); n > 0 {
				byLast[words[i][n-1]] = append(byLast[words[i][n-1]], i)
			}
		}
	}
	for a := range an.ents {
		wa := words[a]
		if len(wa) == 0 {
			continue
		}
		target := -1
		for _, b := range byLast[wa[len(wa)-1]] {
			wb := words[b]
			if b == a || len(wb) <= len(wa) || !equalWords(wb[len(wb)-len(wa):], wa) || an.namedTogether(a, b) || an.namedAsParent(a) {
				continue // "Born Archibald Thomas Dunsmuir…, the son of Thomas Dunsmuir": two men; "Nadia Fathy el-Sherbiny … children of Fathy el-Sherbiny": her father
			}
			if target >= 0 {
				target = -2
				break
			}
			target = b
		}
		// "Zé Carlos wrote about the people…" in an obituary of Zé Carlos
		// Moreira: his given names, the first a familiar form no list has
		// (so the lead's name is not yet known as a person's).
		givenPair := len(wa) == 2 && isFirstName(wa[1])
		if target == -1 && len(wa) >= 2 && (isFirstName(wa[0]) || givenPair || sub >= 0 && sub != a) {
			// "Margaret Ellery was born in Duluth" in an obituary of
			// Margaret Ellery Hsu: her name before her marriage; and
			// "Rashida Khanam was born…" in the obituary of Rashida
			// Khanam Chowdhury, whatever the lists know of "Rashida".
			for b := range an.ents {
				if wb := words[b]; b != a && (an.ents[b].typ == ePerson && (isFirstName(wa[0]) || givenPair) || b == sub) && len(wb) > len(wa) && (!givenPair || isFirstName(wa[0]) || len(wb) >= 3) && equalWords(wb[:len(wa)], wa) && !(b != sub && sub >= 0 && wb[len(wb)-1] == lastWord(words[sub])) {
					// (not "Rodolfo Cisneros Rentería", the son who bears
					// the mourned mother's surname, for his father Rodolfo
					// Cisneros)
					if target != -1 {
						target = -2
						break
					}
					target = b
				}
			}
		}
		if target == -1 && len(wa) >= 2 {
			// "Francis Joseph McAleer was born in 1941" in an obituary
			// of Frankie McAleer: the formal name of the one named first.
			for _, b := range byLast[wa[len(wa)-1]] {
				if wb := words[b]; b < a && len(wb) >= 2 && an.ents[b].alias < 0 && (nicknameOf(wa[0], wb[0]) || an.nicks[wa[0]] == wb[0]) {
					if target != -1 {
						target = -2
						break
					}
					target = b
				}
			}
		}
		if target == -1 && len(wa) >= 2 && obituary && an.bornNameAt(a) && an.ents[a].first > 0 {
			// "Born Archibald Thomas Dunsmuir on 14 March 1941" in an
			// obituary of Archie Dunsmuir: the one it mourns, named first.
			for b := range an.ents {
				if wb := words[b]; b != a && an.ents[b].typ == ePerson && an.ents[b].alias < 0 && len(wb) >= 2 && an.ents[b].first == 0 &&
					wb[len(wb)-1] == wa[len(wa)-1] && wb[0][:min(3, len(wb[0]))] == wa[0][:min(3, len(wa[0]))] {
					target = b
					break
				}
			}
		}
		if target == -1 && len(wa) >= 2 && obituary && an.bornNameAt(a) {
			// "Margaret Helen Boyle was born in Kilbirnie" in an obituary
			// of Peggy Dunlop: her name at birth, before her marriage,
			// when the one named first goes by the same given name or its
			// familiar form.
			for b := range an.ents {
				if wb := words[b]; b != a && an.ents[b].typ == ePerson && an.ents[b].alias < 0 && len(wb) >= 2 && an.ents[b].first < an.ents[a].first &&
					(wb[0] == wa[0] || nicknameOf(wb[0], wa[0])) && wb[len(wb)-1] != wa[len(wa)-1] {
					if target != -1 {
						target = -2
						break
					}
					target = b
				}
			}
		}
		if target < 0 {
			continue
		}
		an.ents[a].alias = target
		if an.ents[a].typ == ePerson {
			an.ents[target].typ = ePerson
		}
	}
	for si := range an.sents {
		for mi := range an.sents[si].ments {
			m := &an.sents[si].ments[mi]
			if m.ent >= 0 && an.ents[m.ent].alias >= 0 {
				m.ent = an.ents[m.ent].alias
			}
		}
	}
	for i := range an.ents {
		if an.ents[i].alias >= 0 {
			an.ents[i].typ = eNone
		}
	}
}

// nicknames map a familiar given name to the formal ones it shortens.
var nicknames = map[string]string{"frankie": "francis", "frank": "francis", "bill": "william", "billy": "william", "will": "william",
	"willie": "william", "bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert", "jim": "james", "jimmy": "james",
	"tony": "anthony", "mike": "michael", "mick": "michael", "micky": "michael", "liz": "elizabeth", "lizzie": "elizabeth",
	"betty": "elizabeth", "beth": "elizabeth", "kate": "catherine katherine kathryn", "katie": "catherine katherine",
	"cathy": "catherine", "tom": "thomas", "tommy": "thomas", "dick": "richard", "rick": "richard", "ricky": "richard",
	"peggy": "margaret", "maggie": "margaret", "meg": "margaret", "jack": "john", "johnny": "john", "ted": "edward",
	"teddy": "edward", "eddie": "edward", "ed": "edward", "harry": "henry", "sandy": "alexander", "alex": "alexander alexandra",
	"dan": "daniel", "danny": "daniel", "joe": "joseph", "joey": "joseph", "pat": "patrick pádraig padraig", "paddy": "patrick pádraig padraig",
	"packie": "patrick pádraig padraig", "pepe": "josé jose", "paco": "francisco", "zé": "josé jose", "beppe": "giuseppe", "nacho": "ignacio",
	"misha": "mikhail", "sasha": "alexander aleksandr alexandra", "steve": "stephen steven", "chris": "christopher christine", "nick": "nicholas", "andy": "andrew",
	"matt": "matthew", "ben": "benjamin", "sam": "samuel samantha", "charlie": "charles", "dave": "david", "davy": "david",
	"jenny": "jennifer", "sue": "susan", "becky": "rebecca", "annie": "ann anne", "jon": "jonathan", "tim": "timothy",
	"greg": "gregory", "pete": "peter", "larry": "lawrence", "jerry": "gerald jeremiah", "gerry": "gerald gerard",
	// Scots familiar forms: "Tam Rennie" is born "Thomas Alexander Rennie".
	"tam": "thomas", "ally": "alasdair alastair alistair", "patsy": "patricia", "tricia": "patricia", "trish": "patricia", "rab": "robert", "rabbie": "robert", "wullie": "william", "shug": "hugh", "eck": "alexander", "davie": "david", "jamie": "james", "hamish": "james",
	// North American short forms: "Gord Halvorsen" is born "Gordon Arne Halvorsen".
	"gord": "gordon", "doug": "douglas", "ken": "kenneth", "kenny": "kenneth", "ron": "ronald", "ronnie": "ronald", "don": "donald",
	"donnie": "donald", "phil": "philip phillip", "fred": "frederick", "freddie": "frederick", "walt": "walter", "wally": "walter",
	"stan": "stanley", "hank": "henry", "chuck": "charles", "ernie": "ernest", "len": "leonard", "lenny": "leonard", "vince": "vincent",
	"terry": "terence", "marty": "martin", "mitch": "mitchell", "ollie": "oliver", "archie": "archibald", "reg": "reginald",
	"barb": "barbara", "debbie": "deborah", "pam": "pamela", "vicky": "victoria", "val": "valerie"}

// kinAfter reports a relative named within three words from token k:
// "Bassey's 38-year-old daughter".
func kinAfter(toks []tok, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if kinNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// subjectAfterOpener reports a name that follows a sentence's opening
// phrase and comes before its verb: "Born in Wishaw, Lanarkshire, David
// James Lennox was…" lists no places and people.
func subjectAfterOpener(toks []tok, m mention) bool {
	if m.t0 < 3 || m.t1 >= len(toks) || toks[m.t0-1].text != "," || !(auxiliaries[toks[m.t1].low] || isPastVerb(toks, m.t1)) {
		return false
	}
	return (opensPhrase(toks[0]) || toks[0].low == "as") && !finiteVerbIn(toks, 1, m.t0) // and "As Nina, Ruth Kerr is…"
}

// bornOpening reports the name of a sentence that opens "Born …".
func bornOpening(s *sent, m mention) bool {
	return m.t0 == 1 && s.toks[0].low == "born"
}

// birthNames makes the name a sentence opens with "Born" one of the person
// its pronoun names: "Born Margaret Cullinan in 1933, she was…" is
// Margaret Hehir's name at birth, never someone else to offer beside her.
func (an *analysis) birthNames() {
	for si := range an.sents {
		s := &an.sents[si]
		an.bornAfterName(s)
		if len(s.ments) < 2 || !bornOpening(s, s.ments[0]) || s.ments[0].ent < 0 {
			continue
		}
		x := s.ments[0].ent
		if an.ents[x].alias >= 0 || an.ents[x].typ == eOrg {
			continue
		}
		for mi := range s.ments[1:] {
			m := &s.ments[1+mi]
			if !m.pronoun || m.ent < 0 || m.ent == x || an.ents[m.ent].typ != ePerson {
				continue
			}
			// "Born Kwaku Amponsah Darko…, he was" after his son Kwame
			// Darko spoke: the one whose names the name at birth shares
			// most, if one does, before the one the pronoun found.
			target := m.ent
			if kin := an.mostNamesShared(x, si); kin >= 0 {
				target = kin
			}
			m.ent = target
			an.ents[target].count += an.ents[x].count
			an.joinInto(x, target)
			break
		}
	}
}

// bornAsName reports a name written right after "was born": "She was
// born Margaret Anne Fennimore on 3 May 1931".
func (an *analysis) bornAsName(id int) bool {
	return an.someNameOf(id, func(s *sent, m mention) bool {
		return m.t0 >= 2 && s.toks[m.t0-1].low == "born" && (s.toks[m.t0-2].low == "was" || s.toks[m.t0-2].low == "is")
	})
}

// maidenNames makes the name an obituary's line of birth gives, with the
// given name of the one it mourns and another family name, hers at
// birth: "Sumiko Nakahara was born on March 3, 1937" in the obituary of
// the novelist Sumiko Arakawa, or "She was born Margaret Anne Fennimore"
// in Margaret Holloway's, is her, never a second woman to offer beside
// her; so is a name that opens with the mourned's family name, as names
// are written where the mourned was born.
func (an *analysis) maidenNames() {
	mourned := an.obituarySubject()
	if mourned < 0 || an.ents[mourned].alias >= 0 {
		return
	}
	fm := strings.Fields(an.ents[mourned].name)
	for x := range an.ents {
		ex := &an.ents[x]
		fx := strings.Fields(ex.name)
		if x == mourned || ex.typ != ePerson || ex.alias >= 0 || len(fx) < 2 || len(fx) > 3 || len(fm) < 2 || !an.bornLineNames(x) && !an.bornAsName(x) {
			continue
		}
		// "Phan Đình Lộc was born on 12 June 1941 in Huế" in the
		// obituary of the chef Michel Phan: his family name first, as
		// he was named at birth, and another given name.
		familyFirst := fx[0] == fm[len(fm)-1] && fx[len(fx)-1] != fm[0]
		// "Kyung-hee Shin was born on March 9, 1941" in the obituary of
		// Eleanor Kyung-hee Yoon: the given name she kept in the middle.
		middle := len(fm) >= 3 && slices.Contains(fm[1:len(fm)-1], fx[0]) && fx[len(fx)-1] != fm[len(fm)-1]
		if (fx[0] != fm[0] || fx[len(fx)-1] == fm[len(fm)-1]) && !familyFirst && !middle {
			continue
		}
		an.ents[mourned].count += ex.count
		an.joinInto(x, mourned)
	}
}

// middleNames makes a full name given in a line of birth one with the
// name the story uses: "Harold Eugene Kincaid was born on March 4, 1936"
// in the obituary of Harold Kincaid names him, not a relative, whose
// life would then be offered beside his own; so does "Gillian Hartnell
// was born…" in the obituary of Gill Hartnell.
func (an *analysis) middleNames() {
	for x := range an.ents {
		ex := &an.ents[x]
		fx := strings.Fields(strings.ToLower(ex.name))
		if ex.typ != ePerson || ex.alias >= 0 || len(fx) != 3 && len(fx) != 2 || !an.bornLineNames(x) {
			continue
		}
		for y := range an.ents {
			ey := &an.ents[y]
			fy := strings.Fields(strings.ToLower(ey.name))
			// (Or the given name the story uses is short for the one on
			// the birth line: "Gill Hartnell", born Gillian Margaret
			// Hartnell.)
			short := len(fy) == 2 && len(fy[0]) >= 3 && len(fy[0]) < len(fx[0]) && strings.HasPrefix(fx[0], fy[0])
			if y == x || ey.typ != ePerson || ey.alias >= 0 || len(fy) != 2 || fy[0] != fx[0] && !short || fy[1] != fx[len(fx)-1] || len(fx) == 2 && !short || ey.first > ex.first {
				continue
			}
			ey.count += ex.count
			an.joinInto(x, y)
			break
		}
	}
}

// bornLineNames reports an entity some sentence names right before "was
// born" or right after an opening "Born".
func (an *analysis) bornLineNames(id int) bool {
	return an.someNameOf(id, func(s *sent, m mention) bool {
		return m.t1+1 < len(s.toks) && s.toks[m.t1].low == "was" && s.toks[m.t1+1].low == "born" || bornOpening(s, m)
	})
}

// someNameOf reports a mention of entity id, other than a pronoun, for
// which test holds.
func (an *analysis) someNameOf(id int, test func(s *sent, m mention) bool) bool {
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent == id && !m.pronoun && test(s, m) {
				return true
			}
		}
	}
	return false
}

// bornAfterName makes the name after ", born" or "née" that of the person
// named just before it: "Reyes, born Daniel Okafor-Reyes to a Nigerian
// father, first surfaced…" names one man twice.
func (an *analysis) bornAfterName(s *sent) {
	toks := s.toks
	for mi := 0; mi+1 < len(s.ments); mi++ {
		m, x := s.ments[mi], &s.ments[mi+1]
		if m.typ != ePerson || m.ent < 0 || x.ent < 0 || x.ent == m.ent || x.typ != ePerson && x.typ != eNone || m.t1+2 != x.t0 {
			continue
		}
		if !(toks[m.t1].text == "," && toks[m.t1+1].low == "born" || toks[m.t1].text == "(" && toks[m.t1+1].low == "born" || toks[m.t1+1].low == "née" || toks[m.t1+1].low == "nee") {
			continue
		}
		target := m.ent
		for an.ents[target].alias >= 0 {
			target = an.ents[target].alias
		}
		if an.ents[x.ent].alias >= 0 || an.ents[x.ent].typ == eOrg || target == x.ent {
			continue
		}
		from := x.ent
		x.ent = target
		x.typ = ePerson
		an.ents[target].count += an.ents[from].count
		an.joinInto(from, target)
	}
}

// mostNamesShared returns the one person named before sentence si whose
// name shares the most words with entity x's, or -1 when none shares any
// or two share as many.
func (an *analysis) mostNamesShared(x, si int) int {
	wx := strings.Fields(strings.ToLower(an.ents[x].name))
	best, most, tie := -1, 0, false
	for id := range an.ents {
		e := &an.ents[id]
		if id == x || e.typ != ePerson || e.alias >= 0 || e.first >= si {
			continue
		}
		n := 0
		for _, w := range strings.Fields(strings.ToLower(e.name)) {
			if slices.Contains(wx, w) || len(w) >= 3 && slices.ContainsFunc(wx, func(v string) bool { return v != w && (strings.HasPrefix(v, w) || nicknameOf(v, w)) }) {
				n++ // "Gord" of Gordon, "Bill" of William: the familiar form of a name at birth
			}
		}
		switch {
		case n > most:
			best, most, tie = id, n, false
		case n == most && n > 0:
			tie = true
		}
	}
	if tie {
		// "Born Leo Marchetti…" in the obituary of Len Marchetti, whose
		// daughter Tessa Marchetti shares the surname: the line of birth
		// is the one it mourns.
		if sub := an.obituarySubject(); sub >= 0 && sub != x && an.sharesNames(sub, wx) == most {
			return sub
		}
		return -1
	}
	return best
}

// sharesNames counts the words of entity id's name that stand in wx.
func (an *analysis) sharesNames(id int, wx []string) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(an.ents[id].name)) {
		if slices.Contains(wx, w) {
			n++
		}
	}
	return n
}

// namedTogether reports two entities named in one sentence, who are
// then two, whatever their names share.
func (an *analysis) namedTogether(a, b int) bool {
	for si := range an.sents {
		var ina, inb bool
		for _, m := range an.sents[si].ments {
			ina = ina || m.ent == a && !m.pronoun
			inb = inb || m.ent == b && !m.pronoun
		}
		if ina && inb {
			return true
		}
	}
	return false
}

// bornNameAt reports an entity first named as the one who "was born":
// "Margaret Helen Boyle was born on 14 March 1936", "Born Archibald
// Thomas Dunsmuir on 14 March 1941, he…".
func (an *analysis) bornNameAt(id int) bool {
	s := &an.sents[an.ents[id].first]
	for _, m := range s.ments {
		if m.ent == id && (m.t1+1 < len(s.toks) && s.toks[m.t1].low == "was" && s.toks[m.t1+1].low == "born" || m.t0 > 0 && s.toks[m.t0-1].low == "born" && clauseStart(s.toks, m.t0-1)) {
			return true // "Margaret Helen Boyle was born…", "Born Archibald Thomas Dunsmuir on…"
		}
		if m.ent == id && s.toks[0].low == "born" && subjectAfterOpener(s.toks, m) {
			return true // "Born in Wishaw, Lanarkshire, David James Lennox was…"
		}
	}
	return false
}

// obituary reports an article about a death: "… dies aged 89", "… has
// died".
func (an *analysis) obituary() bool {
	h := headlineOnly(an.art)
	if strings.Contains(h, " dies") || strings.Contains(h, " died") || strings.Contains(h, "obituary") {
		return true
	}
	for i := range an.sents {
		if i < 2 && strings.Contains(an.sents[i].text, " has died") {
			return true
		}
	}
	return false
}

// anaphoricOwners before "'s" point back to a body named elsewhere: "the
// group's executive director", "the fund's mission chief".
var anaphoricOwners = wordSet("organization organisation group firm fund company agency charity union bank club team hospital university council")

// nicknameOf reports one given name as the familiar form of the other:
// "Frankie" and "Francis".
func nicknameOf(a, b string) bool {
	for _, pair := range [][2]string{{a, b}, {b, a}} {
		if f, ok := nicknames[pair[0]]; ok && slices.Contains(strings.Fields(f), pair[1]) {
			return true
		}
		if diminutive(pair[0], pair[1]) {
			return true
		}
	}
	return false
}

// diminutive reports a familiar form of a given name made by cutting it
// and adding "-ie": "Gordie" of Gordon, "Freddie" of Frederick.
func diminutive(short, long string) bool {
	stem, ok := strings.CutSuffix(short, "ie")
	return ok && len(stem) >= 3 && len(long) > len(stem)+1 && strings.HasPrefix(long, stem[:3]) && !strings.HasSuffix(long, "ie")
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// officeWords name a government department before an office ("Transport
// Secretary", "Education Minister"): in a role they are written in lower
// case like the office itself ("the transport secretary"), not half and
// half.
var officeWords = wordSet(`transport culture education environment business work pensions treasury housing
	communities agriculture commerce labour labor transportation homeland veterans science technology
	media sport digital welfare immigration tourism development revenue planning rail roads`)

// titleAbbrevs spell out an abbreviated title, so that a role reads as
// words: "the Republican senator", not "the Republican sen.".
var titleAbbrevs = map[string]string{"sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general",
	"col.": "colonel", "lt.": "lieutenant", "capt.": "captain", "adm.": "admiral", "sgt.": "sergeant", "supt.": "superintendent",
	"det.": "detective", "insp.": "inspector", "dpp": "deputy public prosecutor", "cpl": "corporal", "cpl.": "corporal", "pres.": "president", "det": "detective", "insp": "inspector",
	"supt": "superintendent", "sgt": "sergeant", "cllr": "councillor", "cllr.": "councillor", "pc": "police constable", "lt": "lieutenant", "col": "colonel", "maj.": "major", "ald.": "alderman", "coun": "councillor", "coun.": "councillor", "prof": "professor", "prof.": "professor", "justices": "justice", "senators": "senator"}

// roleAdjectives open a role at the start of a sentence as ordinary
// words: "Fast bowler Gus Atkinson", "Veteran striker Jamie Vardy".
var roleAdjectives = wordSet(`fast seam spin pace veteran young experienced senior junior assistant rising leading local top opening retired
	managing creative artistic technical commercial marketing operations loose lead principal overnight overall defending`)

// objectVerbs are verbs of speaking that as often take a thing made or
// named: "wrote 30 songs", "called the election", "praised the team".
var objectVerbs = wordSet("wrote described called praised announced asked urged")

// addRole records a role phrase for a person.
func (an *analysis) addRole(e *entity, raw string, si, mi int) {
	words := strings.Fields(raw)
	// "MEC commissioner Justice Alinafe Msiska", "police commissioner
	// Lieutenant General Abel Seokwe": a judge's style or a rank after the
	// office is no part of it.
	for head := slices.IndexFunc(words, func(w string) bool { return headTitles[w] }); head >= 0 && len(words) > head+1 && styleWords[words[len(words)-1]]; {
		words = words[:len(words)-1]
	}
	// "Deputy Mayor for Mobility": the title words before a formal office
	// name keep their capitals with it, never "deputy Mayor for Mobility".
	formalAt := -1
	for i, w := range words {
		if i+2 < len(words) && (words[i+1] == "of" || words[i+1] == "for") && unicode.IsUpper([]rune(words[i+2])[0]) && unicode.IsUpper([]rune(w)[0]) && titleWords[strings.ToLower(w)] && !titleWords[strings.ToLower(words[i+2])] {
			formalAt = i
			break
		}
	}
	for i, w := range words {
		lw := strings.ToLower(w)
		inName := i+1 < len(words) && (!titleWords[strings.ToLower(words[i+1])] || words[i+1] == "Party") && unicode.IsUpper([]rune(words[i+1])[0]) ||
			i+1 < len(words) && numberedNouns[lw] && words[i+1][0] >= '0' && words[i+1][0] <= '9' || // "Ward 3 Councilwoman"
			i+2 < len(words) && words[i+1] == "of" && !titleWords[lw] && (unicode.IsUpper([]rune(words[i+2])[0]) || words[i+2] == "the" && i+3 < len(words) && unicode.IsUpper([]rune(words[i+3])[0])) // "Top of the Form presenter"
		if w == "Party" && i > 0 && unicode.IsUpper([]rune(words[i-1])[0]) {
			continue // "Green Party councillor": the party's name
		}
		if i == 0 && len(words) > 1 && strings.HasSuffix(lw, "'s") && partyWords[strings.TrimSuffix(lw, "'s")] && titleWords[strings.ToLower(words[1])] {
			words[i] = strings.TrimSuffix(w, "'s") // "Labour's Cllr Ann Lee" is a Labour councillor
		}
		// "Fast bowler Gus Atkinson" opening a sentence: an adjective the
		// article never capitalises inside a sentence.
		// "Political scientist Professor Helen Marsh" too, but not
		// "Conservative leader" or "Irish senator".
		lowerNext := i == 0 && i+1 < len(words) && !unicode.IsUpper([]rune(words[i+1])[0])
		adjective := lowerNext && (roleAdjectives[lw] || ordinalIndex(lw) >= 0 || strings.HasSuffix(lw, "al") && !partyWords[lw] && !isNationality(lw) && !isCountry(lw) && !an.inSomeName(w)) // not "Donegal captain"; "Second violinist Petra Aaland": a second violinist
		// "Retail analyst Martin Okafor" opening a sentence: a common
		// word of trades, capitalised only by its place ("Rennick
		// manager" keeps the club's capital).
		// "Shadow Treasurer": the title after it goes into lower case too;
		// "Local Sinn Féin councillor": a party's name may come between.
		titleNext := i == 0 && i+1 < len(words) && titleWords[strings.ToLower(words[i+1])] && !isAcronym(words[i+1])
		opening := an.sents[si].ments[mi].r0 == 0 && ((lowerNext || titleNext) && roleOpeners[lw] || lw == "local" && i == 0 && len(words) > 2 || countedCompound(lw) && (lowerNext || i+1 == len(words) || titleWords[strings.ToLower(words[i+1])])) && (!an.inSomeName(w) || lw == "local")
		chamber := (lw == "house" || lw == "senate") && i+1 < len(words) && headTitles[strings.ToLower(words[i+1])] // "House Speaker": the chamber, whatever "the house" says elsewhere
		// "National leader Sarah Whitcombe" where the story says "held by
		// National": a party's name, not an adjective.
		named := an.partyNamed(lw) || i+1 < len(words) && memberTitles[words[i+1]] // and "Labour TD Niall Brosnan", whatever "labour shortages" says
		if i == 0 && (an.lowerSet[lw] || adjective || opening) && !named && !chamber && !isAcronym(w) && (!inName || lw == "local" && opening) && !isCountry(strings.TrimSuffix(lw, "'s")) && !innerCapital(w) ||
			i == 0 && openingAdjectives[lw] && len(words) > 1 && isAcronym(words[1]) ||
			i == 0 && (lw == "federal" || lw == "provincial") && len(words) > 1 && !isAcronym(words[1]) || // "Federal Environment Minister": a federal minister
			i == 0 && lowerNext && strings.HasSuffix(lw, "s'") && !an.inSomeName(strings.TrimSuffix(w, "'")) && !isFirstName(strings.TrimSuffix(lw, "'")) || // "Farmers' leader": the farmers' leader
			i == 0 && lowerNext && strings.HasSuffix(lw, "'s") && headTitles[strings.TrimSuffix(lw, "'s")] { // "Mayor's office spokesperson"
			words[i] = lw // "Union leader" at the start of a sentence
		}
		if i > 0 && i+1 < len(words) && rankWords[strings.ToLower(words[i-1])] && headTitles[strings.ToLower(words[i+1])] && !titleWords[lw] && !isAcronym(w) && !isCountry(lw) && !isNationality(lw) {
			words[i] = lw // "Chief District Officer": the district's, in lower case like the title round it
		}
		if lw == "district" && i+1 < len(words) && strings.EqualFold(words[i+1], "attorney") {
			words[i] = lw // "Lubbock County District Attorney": a district attorney, one title
		}

		// "Labour MP" is a party's member, and "Labor state secretary" the
		// party's officer: the office word comes straight before its head.
		run := portfolioWords[lw] && portfolioRunToHead(words[i+1:]) && portfolioWordsOnly(words[:i]) // "Health and Family Welfare Minister"
		office := officeWords[lw] && i+1 < len(words) && headTitles[strings.ToLower(words[i+1])] && !memberTitles[words[i+1]] || run
		// "Board of Education president": the body's name goes on after
		// "of", though "education" names a portfolio too.
		ofBody := i >= 2 && words[i-1] == "of" && unicode.IsUpper([]rune(words[i-2])[0]) && !titleWords[strings.ToLower(words[i-2])]
		// "Ozark State quarterback": a university's name, whose "State"
		// is no office.
		schoolState := lw == "state" && i > 0 && unicode.IsUpper([]rune(words[i-1])[0]) && !titleWords[strings.ToLower(words[i-1])]
		if (titleWords[lw] || office) && !isAcronym(w) && !inName && !ofBody && !schoolState && !properTitles[lw] && !(i == 0 && an.partyNamed(lw)) || i == 0 && (lw == "former" || lw == "acting" || lw == "interim" || lw == "outgoing") {
			// "Minister of Agriculture, Land and Fisheries" is the office's
			// formal name and keeps its capital.
			if formal := i+2 < len(words) && (words[i+1] == "of" || words[i+1] == "for") && unicode.IsUpper([]rune(words[i+2])[0]) && unicode.IsUpper([]rune(w)[0]) && !titleWords[strings.ToLower(words[i+2])] || i < formalAt && titleWords[lw]; !formal {
				words[i] = lw
			}
			e.titles[lw] = true
			if full, ok := titleAbbrevs[lw]; ok {
				words[i] = full // "Republican Sen." is a Republican senator
			}
		}
		if ci, ok := countryByAdj[lw]; ok && e.country < 0 {
			e.country = ci
		}
		if ci, ok := countryByName[strings.ToLower(strings.TrimSuffix(w, "'s"))]; ok && e.country < 0 {
			e.country = ci
		}
	}
	if k := slices.Index(words, "in"); k > 0 && k+1 < len(words) && words[k+1] == "Charge" {
		// "FBI Special Agent in Charge": one title, in lower case.
		for i, w := range words {
			if lw := strings.ToLower(w); lw == "special" || lw == "agent" || lw == "charge" || titleWords[lw] && !isAcronym(w) {
				words[i] = lw
			}
		}
	}
	if len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a") || strings.EqualFold(words[0], "an")) {
		words = words[1:]
	}
	if len(words) > 1 && strings.HasSuffix(strings.ToLower(words[0]), "-year-old") {
		words = words[1:] // "a 71-year-old suckler farmer": the trade, not the age
	}
	if n := len(words); n >= 3 && words[n-1] == "councillor" && headTitles[strings.ToLower(words[n-2])] && strings.ToLower(words[n-2]) != "councillor" {
		// "Council leader Cllr Helen Okafor": the council's leader; "Cllr"
		// is how every councillor is addressed.
		words = words[:n-1]
	}
	if n := len(words); n >= 3 && titleWords[strings.ToLower(words[0])] && titleWords[strings.ToLower(words[n-1])] {
		// "Chief Financial Officer": one title, all in lower case, unless
		// a word inside names something of the article.
		lower := true
		for _, w := range words[1 : n-1] {
			lower = lower && !an.inSomeName(w) && !isAcronym(w)
		}
		for i := range words {
			if lower && !isAcronym(words[i]) {
				words[i] = strings.ToLower(words[i])
			}
		}
	}
	if n := len(words); n > 1 && ranks[strings.ToLower(words[n-1])] && titleWords[strings.ToLower(words[n-2])] && !ranks[strings.ToLower(words[n-2])] && !rankModifiers[strings.ToLower(words[n-2])] {
		// "Sheriff's Office spokesperson Lt. Dana Crowder": the rank is
		// the name's, the role is the spokesperson.
		words = words[:n-1]
	}
	for len(words) > 1 && honorifics[strings.ToLower(words[len(words)-1])] {
		// "former foreign secretary Sir Alan Whitcombe": the title is the
		// name's, not the role's.
		words = words[:len(words)-1]
		if n := len(words); n > 1 && titleModifiers[strings.ToLower(words[n-1])] {
			words = words[:n-1] // "health economist Associate Professor Mark Tonga"
		}
	}
	if n := len(words); n >= 2 && headTitles[strings.ToLower(words[n-1])] {
		// "District Chief", "Factory Managing Director", "Principal State
		// Attorney": an office in common words, in lower case like any
		// other ("DIFE deputy inspector" keeps the body's acronym).
		proper := false // inside a proper name: "Green Party councillor", "Timaru District mayor"
		for i, w := range words {
			lw := strings.ToLower(w)
			officeWord := titleWords[lw] || officeModifiers[lw]
			switch {
			case w == lw:
				proper = proper && lw == "of" // "Board of Education president": the name goes on past "of"
			case !officeWord && !isAcronym(w):
				proper = true
			case officeWord && !proper && !isAcronym(w) && !an.inSomeName(w) && !properTitles[lw] && !(i == 0 && an.partyNamed(lw)):
				words[i] = lw
			}
		}
		for i := 0; i+1 < len(words); i++ {
			if words[i] == "Lord" && words[i+1] == "mayor" {
				words[i] = "lord" // "Brisbane Lord Mayor Adrian Schrinner": the lord mayor, one office
			}
		}
	}
	if len(words) > 1 && anaphoricOwners[strings.TrimSuffix(strings.ToLower(words[0]), "'s")] && strings.HasSuffix(words[0], "'s") {
		// "the organization's current executive director": whose, the
		// option cannot say; the office alone can.
		words = words[1:]
	}
	text := strings.Join(words, " ")
	text = strings.ReplaceAll(text, " 's", "'s")
	if text == "" || len(words) == 1 && titleModifiers[strings.ToLower(text)] {
		return // "Associate" of "Associate Professor Ong Kah Seng": half a title
	}
	for _, r := range e.roles {
		if strings.EqualFold(r.text, text) {
			return
		}
	}
	e.roles = append(e.roles, roleRef{text: text, raw: raw, sent: si, ment: mi, lower: strings.ToLower(text)})
}

// partyNamed reports a word the article writes only with a capital,
// after lower-case words too ("held by National", "and Labour won"),
// that is no office's word unless it names a party: "National leader",
// "Labour leader" keep the party's capital.
func (an *analysis) partyNamed(lw string) bool {
	return an.namedSet[lw] && !an.lowerSet[lw] && (partyWords[lw] || !officeWords[lw] && !portfolioWords[lw])
}

// innerCapital reports a capital after the first letter, as in "ex-Tory"
// or "pro-EU": a name inside the word, which keeps its capital.
func innerCapital(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// ranks are police and military ranks written before a name.
var ranks = wordSet("lieutenant sergeant captain corporal constable inspector superintendent major colonel senator")

// rankModifiers go with the rank after them: "detective inspector",
// "chief superintendent", "deputy chief", "state senator".
var rankModifiers = wordSet("detective chief senior deputy assistant police state")

// properTitles are titles named for something, which keep their
// capital: "former Olympian Brett Yardley".
var properTitles = wordSet("olympian paralympian")

// officeModifiers are common words that go with an office's title:
// "district chief", "factory managing director".
var officeModifiers = wordSet("district factory managing principal regional area branch operations general station divisional presiding additional")

// titleModifiers open a title without being one: "Associate Professor".
var titleModifiers = wordSet("associate assistant adjunct visiting emeritus")

// roleOpeners are common words that open a trade's name: "retail
// analyst", "joint administrator".
var roleOpeners = wordSet(`retail joint senior junior industry market property housing transport energy health finance consumer patient privacy
	financial money travel music film fashion food science technology tech business political economic legal
	medical technical regional local national left-arm right-arm independent police ward returning shadow sophomore freshman
	prosecution defence defense café cafe shop restaurant pub hotel civil production costume sound lighting set reserve starting
	veteran principal team club squad aviation mining banking insurance tourism shipping farming`)

// portfolioWordsOnly reports words that are all portfolios or "and":
// "Health and", the start of "Health and Family Welfare Minister".
func portfolioWordsOnly(words []string) bool {
	for _, w := range words {
		if lw := strings.ToLower(w); !portfolioWords[lw] && lw != "and" {
			return false
		}
	}
	return true
}

// rankWords open an office's title: "Chief District Officer".
var rankWords = wordSet("chief deputy assistant senior principal acting vice")

// portfolioRunToHead reports words that go on naming portfolios, joined
// by "and", up to an office: "Welfare Minister", "and Tourism Secretary".
func portfolioRunToHead(words []string) bool {
	for i, w := range words {
		lw := strings.ToLower(w)
		switch {
		case headTitles[lw]:
			return i > 0 || len(words) == 1
		case !portfolioWords[lw] && lw != "and":
			return false
		}
	}
	return false
}

// inSomeName reports a word that is part of the name of an entity of the
// article: "Usdaw national officer" keeps the union's capital.
func (an *analysis) inSomeName(w string) bool {
	for _, e := range an.ents {
		for _, f := range strings.Fields(e.name) {
			if f == w {
				return true
			}
		}
	}
	return false
}

// appositives finds "Name, the/a ROLE," and records the role.
func (an *analysis) appositives(s *sent, si int) {
	for mi := range s.ments {
		m := &s.ments[mi]
		if m.ent < 0 || m.typ != ePerson || m.t1+2 >= len(s.toks) || s.toks[m.t1].text != "," {
			continue
		}
		j := m.t1 + 1
		start := j
		hasHead := false
		for ; j < len(s.toks) && j < start+7; j++ {
			t := s.toks[j]
			if t.text == "," || t.text == "." || relativeWords[t.low] && j > start {
				break // "the Chilean poet whose spare, salt-stung verse…": the role ends at its relative
			}
			if !t.word && t.low != "'s" || auxiliaries[t.low] || isVerbish(t.low) && !titleWords[t.low] {
				// A verb: "X, the singer's agent has confirmed" is no
				// appositive.
				hasHead = false
				break
			}
			if headTitles[t.low] && !(j+1 < len(s.toks) && s.toks[j+1].low == "'s") {
				hasHead = true
			}
		}
		if !hasHead || j >= len(s.toks) || (s.toks[j].text != "," && s.toks[j].text != "." && !relativeWords[s.toks[j].low]) {
			continue
		}
		first := s.toks[start].low
		if first != "the" && first != "a" && first != "an" && !isNationality(first) && !s.toks[start].acro && !isCountry(first) && !titleWords[first] {
			continue
		}
		if slices.ContainsFunc(s.ments, func(o mention) bool { return o.typ == ePerson && !o.pronoun && o.t0 >= start && o.t0 < j }) {
			continue // "pianist Ann Lee, bassist Bo Tan and…": the next of a list, with a post of its own
		}
		raw := s.text[s.toks[start].start:s.toks[j-1].end]
		an.addRole(&an.ents[m.ent], raw, si, mi)
	}
}

// styleWords are a judge's style and military or police ranks, written
// before a name after the office the person holds.
var styleWords = wordSet("Justice Judge General Lieutenant Major Colonel Captain Brigadier Admiral Commodore Sergeant Superintendent")

// pluralOfAWord reports a word ending in -s whose singular the article
// also writes: "Tests" beside "41 Test matches" is the matches, no town.
func (an *analysis) pluralOfAWord(low string) bool {
	one, ok := strings.CutSuffix(low, "s")
	return ok && len(one) >= 3 && len(an.sentsWith(one)) > 0
}

// schoolSubjects are fields of study, capitalised as subjects: "boys did
// better in Mathematics" names no town.
var schoolSubjects = wordSet(`mathematics maths math physics chemistry biology geography history economics literature
	science sciences engineering medicine philosophy agriculture accounting kiswahili english french german spanish arabic`)

// disciplineShaped reports a word shaped like a field of study, which
// no town's name is: "a doctorate in Egyptology", "a degree in
// Choreography", "work in Gastronomy".
func disciplineShaped(low string) bool {
	for _, suf := range []string{"ology", "ography", "onomy"} {
		if strings.HasSuffix(low, suf) {
			return true
		}
	}
	return false
}

// relativeWords open a relative clause, which ends an appositive's role.
var relativeWords = wordSet("who whose whom which that")

// calledByGivenName reports a person the article also calls by the
// given name alone ("Tobenna learned the moves at seven"); a nickname
// after it ("Wiremu "Bill" Tautahi") is the full name still.
func (an *analysis) calledByGivenName(id int) bool {
	w := strings.Fields(an.ents[id].name)
	if len(w) < 2 {
		return false
	}
	// Asked for each surname two people share, so once per name: a long
	// article would otherwise be read again for every such mention.
	if v, ok := an.givenCalled[an.ents[id].name]; ok {
		return v
	}
	if an.givenCalled == nil {
		an.givenCalled = map[string]bool{}
	}
	v := an.scanGivenName(w)
	an.givenCalled[an.ents[id].name] = v
	return v
}

// scanGivenName is calledByGivenName, read off the article.
func (an *analysis) scanGivenName(w []string) bool {
	given, family := w[0], w[len(w)-1]
	for _, s := range an.sents {
		for i, t := range s.toks {
			if t.text == given && (i+1 >= len(s.toks) || s.toks[i+1].text != family && !s.toks[i+1].cap && s.toks[i+1].text != "\"") && (i == 0 || !s.toks[i-1].cap || clauseStart(s.toks, i-1)) {
				if i+3 < len(s.toks) && s.toks[i+1].low == "and" && s.toks[i+3].text == family {
					continue // "Takumi and Aya Fujinami": the surname is written once for both
				}
				return true
			}
		}
	}
	return false
}

// quotedAt reports token k of sentence si inside a quotation, one opened
// in the sentence or in an earlier sentence of its paragraph and not yet
// closed ("…for it. When he missed that red…").
func (an *analysis) quotedAt(si, k int) bool {
	open := false
	for j := si - 1; j >= 0 && an.sents[j].p == an.sents[si].p; j-- {
		for _, t := range an.sents[j].toks {
			if t.text == "\"" {
				open = !open
			}
		}
	}
	return open != (an.sents[si].depths()[k] == 1)
}

// resolvePronoun links "He"/"She" to a person of the sentence before: its
// subject normally, but the last person named when the pronoun's verb is
// passive ("He was fired" follows "Trump fired James Comey").
func (an *analysis) resolvePronoun(si, mi int) int {
	s := &an.sents[si]
	m := &s.ments[mi]
	passive := m.t1+1 < len(s.toks) && (s.toks[m.t1].low == "was" || s.toks[m.t1].low == "were") && strings.HasSuffix(s.toks[m.t1+1].low, "ed")
	g := pronounGender(m.text)
	if m.t0 == 0 && m.t1+2 < len(s.toks) && (s.toks[m.t1].low == "is" || s.toks[m.t1].low == "was") && s.toks[m.t1+1].low == "survived" && s.toks[m.t1+2].low == "by" {
		// "He is survived by his wife of 58 years": in an obituary, the
		// one it mourns, whoever was named just before.
		if x := an.obituarySubject(); x >= 0 && an.genderFits(x, g) {
			return x
		}
	}
	if s.toks[0].low == "born" && m.t0 >= 3 && s.toks[m.t0-1].text == "," && m.t1 < len(s.toks) && (auxiliaries[s.toks[m.t1].low] || isPastVerb(s.toks, m.t1)) {
		// "Born on 14 June 1940 in Onitsha, he was the fourth of seven
		// children": in an obituary, the one it mourns, whoever spoke
		// just before.
		if x := an.obituarySubject(); x >= 0 && an.genderFits(x, g) {
			return x
		}
	}
	// In a quotation, "she" is not the one speaking ("…," said Okonkwo.
	// "She played the bigger points better."): that person says "I".
	speaker := -1
	if s.depths()[m.t0] == 1 {
		speaker = an.speakerNear(si)
	}
	// Earlier in the same sentence first; but not the name after "Born",
	// whom the pronoun names in the words it opens ("Born Margaret
	// Cullinan in 1933, she was…": she is the one the story is about).
	for k := mi - 1; k >= 0; k-- {
		if p := s.ments[k]; p.typ == ePerson && p.ent >= 0 && !p.modifier && an.genderFits(p.ent, g) && !bornOpening(s, p) && !parentNamed(s.toks, p.t0) && !an.characters()[p.ent] {
			if p.ent == speaker {
				return -1
			}
			return p.ent
		}
	}
	outside := !an.quotedAt(si, m.t0)
	for back := si - 1; back >= 0 && back >= si-2; back-- {
		var people, owners []int
		bs := &an.sents[back]
		if back == si-1 && unknownNameSubject(bs) {
			return -1 // "Serhiy joined the family last spring. He now handles…": a name the lists do not know, not someone named before
		}
		if back == si-1 && an.afterHorse(si) {
			return -1 // "Ballyvale Storm, ridden by Cathal Brennan, ran on. He finished fourth": the horse, no rider
		}
		depth := bs.depths()
		for _, p := range bs.ments {
			// "He said Isaac zeroed in…": not Isaac. And a "He" opening
			// the story again is none its last speaker talked of ("When
			// he missed that red…" inside Lindqvist's words).
			if p.typ == ePerson && p.ent >= 0 && an.genderFits(p.ent, g) && !namedAfter(s, m.t0, p.ent) && !(outside && an.quotedAt(back, p.t0)) && !an.animalsOf()[p.ent] && !an.characters()[p.ent] && !parentNamed(bs.toks, p.t0) && !(an.review && bracketedActor(bs.toks, p)) {
				switch {
				case !p.modifier:
					people = append(people, p.ent)
				case p.t1 < len(bs.toks) && bs.toks[p.t1].low == "'s" && depth[p.t0] == 0 && !kinAfter(bs.toks, p.t1+1):
					owners = append(owners, p.ent) // (but "Ekaette, Bassey's daughter. She…" is the daughter)
				}
			}
		}
		if len(people) == 0 {
			// "Varga's win earns her 500 points. She is projected…":
			// the one whose win it is.
			people = owners
		}
		if unnamedPersonAfter(bs, setOf(people)) {
			return -1 // "…a tired detective has been told to leave it alone. She does not": the detective, perhaps
		}
		if len(people) == 0 {
			continue
		}
		if g != 0 && len(bs.toks) > 0 && pronounGender(bs.toks[0].text) == g && bs.toks[0].low != "he" && bs.toks[0].low != "she" && !passive && back == si-1 {
			// "His 2009 collaboration with the rapper Yaw Kesse reached
			// the top of the charts. He received…": the sentence before
			// is about him whose work it names, not the one it was with.
			continue
		}
		e := people[0]
		if passive {
			e = people[len(people)-1]
		} else if i := slices.IndexFunc(bs.ments, func(p mention) bool {
			return p.ent >= 0 && slices.Contains(people, p.ent) && subjectAfterOpener(bs.toks, p)
		}); i >= 0 {
			// "In 1984, after meeting the coach Hans-Werner Kessler,
			// Zhou accepted… He stayed for 31 years": the subject, not
			// the first man named.
			e = bs.ments[i].ent
		}
		if e == speaker {
			return -1
		}
		if back == si-1 && !passive && describedSubject(bs, e) {
			return -1 // "The Sierra Pro rider began the day 2:47 ahead of Vandermeulen. He finished 14th": the rider, unnamed here
		}
		if x := an.obituarySubject(); x >= 0 && x != e && back == si-1 && outside && an.genderFits(x, g) {
			// ""People forget there were no leashes," said his friend Ray
			// Coughlan, 80. He was awarded the medal in 2014.": one who
			// speaks of the dead is not the next sentence's "He". And
			// "Elspeth Guthrie paid tribute, calling her a national
			// treasure. She married…": the sentence before speaks of
			// two women, and an obituary's "She" is the one it mourns.
			if m.t0 == 0 && tributeBy(bs, e, depth) || objectPronounAfter(bs, e, g, depth) {
				return x
			}
		}
		if x := an.obituarySubject(); x >= 0 && x != e && back == si-2 && outside && g != 0 && nameFirstGender(an.ents[x].name) == g && nameFirstGender(an.ents[e].name) == 0 {
			// "…after President Franklin D. Roosevelt signed Executive
			// Order 9066, the family was given six days… They were sent
			// to a camp. She was five years old.": past a sentence that
			// names no one, an obituary's "She" is the woman it mourns,
			// not a man whose given name the lists cannot sex.
			return x
		}
		return e
	}
	return -1
}

// nameFirstGender is the gender the first word of a person's name shows,
// or 0.
func nameFirstGender(name string) byte {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return 0
	}
	return givenNameGender(f[0])
}

// describedSubject reports a sentence that opens on a person told of by
// description alone ("The Sierra Pro rider began…", "The 27-year-old
// powered…"), while person e is named later in it: a "he" after it is
// more likely the described one.
func describedSubject(s *sent, e int) bool {
	toks := s.toks
	if len(toks) < 3 || toks[0].low != "the" {
		return false
	}
	for k := 1; k < len(toks) && k <= 5; k++ {
		t := toks[k]
		if !t.word || t.low == "," {
			return false
		}
		if t.cap && slices.ContainsFunc(s.ments, func(p mention) bool { return p.ent == e && p.t0 == k }) {
			return false
		}
		if (personNouns[t.low] || riderNouns[t.low] || headTitles[t.low] && !t.cap || strings.HasSuffix(t.low, "-year-old")) && k+1 < len(toks) && (isPastVerb(toks, k+1) || auxiliaries[toks[k+1].low]) {
			return true
		}
	}
	return false
}

// riderNouns are sportspeople a report calls by their trade.
var riderNouns = wordSet("rider driver runner jockey batter bowler striker winger goalkeeper defender midfielder forward golfer cyclist swimmer climber skier boxer veteran rookie champion leader")

// tributeBy reports a sentence that quotes person e, and names no other
// person outside the quotation: the words of one who speaks of another.
func tributeBy(s *sent, e int, depth []int) bool {
	if !strings.Contains(s.text, "\"") {
		return false
	}
	speaks := false
	for k, t := range s.toks {
		if depth[k] == 0 && (speechVerbs[t.low] || sayVerbs[t.low]) {
			speaks = true
		}
	}
	if !speaks {
		return false
	}
	for _, p := range s.ments {
		if p.typ == ePerson && !p.pronoun && depth[p.t0] == 0 && p.ent != e {
			return false
		}
	}
	return true
}

// objectPronounAfter reports a "him" or an object "her" of gender g,
// outside quotation, after person e's first mention in sentence s: one
// whom e's verb acts on, so someone else e's sentence speaks of.
func objectPronounAfter(s *sent, e int, g byte, depth []int) bool {
	from := -1
	for _, p := range s.ments {
		if p.ent == e && !p.pronoun {
			from = p.t1
			break
		}
	}
	if from < 0 {
		return false
	}
	for k := from; k < len(s.toks); k++ {
		t := s.toks[k]
		if depth[k] != 0 || pronounGender(t.text) != g {
			continue
		}
		switch t.low {
		case "him":
			return true
		case "her":
			if k+1 >= len(s.toks) || !s.toks[k+1].word || objectFollowers[s.toks[k+1].low] {
				return true
			}
		}
	}
	return false
}

// objectFollowers are words after which "her" is an object, not an
// owner: "calling her a treasure", "thanked her for", "told her that".
var objectFollowers = wordSet(`a an the to as for with at on in and or but that this when after before about from by of`)

// bracketedActor reports a name in brackets after a part's name: "Her
// son, Dong-hoon (Lee Jae-won), is drowning in debt. His daughter…" —
// the "His" is the part's, never the actor's.
func bracketedActor(toks []tok, p mention) bool {
	return p.t0 >= 2 && toks[p.t0-1].text == "(" && toks[p.t0-2].word && toks[p.t0-2].cap
}

// obituarySubject returns the person an obituary mourns, the first its
// lead names, or -1 for any other story.
func (an *analysis) obituarySubject() int {
	if !an.obituary() || len(an.sents) == 0 {
		return -1
	}
	head := headlineOnly(an.art)
	for _, m := range an.sents[0].ments {
		if m.ent >= 0 && !m.pronoun && (m.typ == ePerson || m.typ == eNone && (m.t0 == 0 || containsFold(head, an.ents[m.ent].name)) && personShaped(an.ents[m.ent].name) && fieldCount(an.ents[m.ent].name) >= 2) {
			// (An obituary's lead opens on the one it mourns, or names
			// the one its headline does ("When Ravindra Kulkarni came
			// out to bat…"), though the lists may lack a given name such
			// as Raghunath.)
			return m.ent
		}
	}
	return -1
}

// appositiveToHolder reports a name with a known given name set off after
// a role's body: "His coach at Lumen, Wim Vanhoutte, was blunter" names the
// coach, no list of teams.
func appositiveToHolder(toks []tok, m mention) bool {
	if m.t0 < 3 || toks[m.t0-1].text != "," || !isFirstName(toks[m.t0].low) {
		return false
	}
	k := m.t0 - 2
	for k > 0 && toks[k-1].cap && toks[k-1].word {
		k--
	}
	return k > 0 && (toks[k-1].low == "at" || toks[k-1].low == "for" || toks[k-1].low == "of") && k >= 2 && !toks[k-2].cap && toks[k-2].word
}

// diedBefore reports a person the article says died, in a relative
// clause after the name: "his grandfather, Dai Redfern, who died in
// January aged 81".
func (an *analysis) diedBefore(id int) bool {
	return an.someNameOf(id, func(s *sent, m mention) bool {
		for k := m.t1; k+1 < len(s.toks) && k <= m.t1+30; k++ {
			if s.toks[k].low == "who" && (s.toks[k+1].low == "died" || k+2 < len(s.toks) && s.toks[k+2].low == "died") {
				return true
			}
		}
		return false
	})
}

// titledSurname reports "Mr", "Mrs" or "Ms" before the surname somewhere
// in the article.
func (an *analysis) titledSurname(surname string) bool {
	for si := range an.sents {
		toks := an.sents[si].toks
		for i := 0; i+1 < len(toks); i++ {
			if honorificGender(toks[i].low) != 0 && toks[i+1].text == surname {
				return true
			}
		}
	}
	return false
}

// wordCount counts the capitalised tokens of the article written low.
func (an *analysis) wordCount(low string) int {
	n := 0
	for si := range an.sents {
		for _, t := range an.sents[si].toks {
			if t.cap && t.low == low {
				n++
			}
		}
	}
	return n
}

// mournedPerson types the one an obituary mourns as a person, though the
// lists lack the given name: in "Ang Phurba Sherpa, one of the most
// experienced guides of his generation, … has died", the "he" that follows
// is his, never the son or the friend named after him.
func (an *analysis) mournedPerson() {
	sub := an.obituarySubject()
	if sub < 0 || an.ents[sub].typ != eNone || an.ents[sub].notPerson || an.ents[sub].company {
		return
	}
	an.ents[sub].typ = ePerson
	an.retypeMentions(sub, func(m *mention) {
		if m.typ == eNone {
			m.typ = ePerson
		}
	})
}

// retypeMentions calls set on every mention of entity id, once its type is
// settled after linking.
func (an *analysis) retypeMentions(id int, set func(m *mention)) {
	for si := range an.sents {
		for mi := range an.sents[si].ments {
			if m := &an.sents[si].ments[mi]; m.ent == id {
				set(m)
			}
		}
	}
}

// showsRunning takes a name that "runs at" a venue or "runs until" a date
// for a show's, in every sentence: "Don Carlo runs at La Scala until 14
// March" makes the opera no man called Don, offered beside its singers.
func (an *analysis) showsRunning() {
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent < 0 || m.pronoun || m.desc || !showRunAfter(s.toks, m.t1) {
				continue
			}
			e := &an.ents[m.ent]
			if e.typ != ePerson && e.typ != eNone {
				continue
			}
			e.typ, e.notPerson = eNone, true
			an.retypeMentions(m.ent, func(x *mention) { x.typ, x.notPerson = eNone, true })
		}
	}
}

// namedAsParent reports an entity some mention names as someone's parent
// ("the second of three children of Fathy el-Sherbiny").
func (an *analysis) namedAsParent(id int) bool {
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.ent == id && parentNamed(s.toks, m.t0) {
				return true
			}
		}
	}
	return false
}

// parentNamed reports a name at token k given as someone's parent: "the
// fourth of seven children of Michael Devane, a small farmer": a "he"
// near it is the child the story is about.
func parentNamed(toks []tok, k int) bool {
	return k >= 2 && toks[k-1].low == "of" && childNouns[toks[k-2].low]
}

// childNouns before "of" make the name after them a parent's.
var childNouns = wordSet("child children son sons daughter daughters twins grandson granddaughter grandchildren")

// setOf returns the ids as a set.
func setOf(ids []int) map[int]bool {
	m := make(map[int]bool, len(ids))
	for _, id := range ids {
		m[id] = true
	}
	return m
}

// unknownNameSubject reports a sentence opening with a one-word name of
// no known kind and a past verb: "Serhiy joined the family last spring."
func unknownNameSubject(s *sent) bool {
	if len(s.toks) < 3 || !s.toks[0].cap || !s.toks[0].word || stopwords[s.toks[0].low] {
		return false
	}
	for _, m := range s.ments {
		if m.t0 != 0 {
			continue
		}
		if m.typ != eNone || m.notPerson || m.pronoun || m.desc {
			return false
		}
		if m.ent < 0 {
			return m.t1 == 1 && isPastVerb(s.toks, 1)
		}
		// "Macalindong, whom Banaag discovered…, became the stable's
		// most celebrated product. He won…": a name of no known kind
		// opens the sentence before, and may be the "he".
		return m.t1 < len(s.toks) && (s.toks[m.t1].text == "," || isPastVerb(s.toks, m.t1)) && m.t1-m.t0 <= 2 && !m.modifier
	}
	return false
}

// kinGenderOf returns the sex a word of kin or a title gives person id
// where the article first names them, and the sex of the "his" or "her"
// before it: "his daughter Shelby Tremblay" gives female and male.
func (an *analysis) kinGenderOf(id int) (kin, owner byte) {
	s := &an.sents[an.ents[id].first]
	for _, m := range s.ments {
		if m.ent != id || m.pronoun {
			continue
		}
		for k := max(m.t0-3, 0); k < m.t0; k++ {
			switch w := s.toks[k].low; {
			case w == "his" || w == "her":
				owner = pronounGender(w)
			case maleWords[w]:
				kin = male
			case femaleWords[w]:
				kin = female
			}
		}
		return kin, owner
	}
	return 0, 0
}

// afterHorse reports a sentence of a race report that follows one whose
// subject is a horse, where "he" or "his" may be the horse's.
func (an *analysis) afterHorse(si int) bool {
	return si > 0 && an.racing && an.horseOpens(&an.sents[si-1])
}

// horseOpens reports a sentence whose subject is a horse: a name the
// article has shown to be no person's opens it.
func (an *analysis) horseOpens(s *sent) bool {
	for _, m := range s.ments {
		if an.horseAt(m) && m.t0 > 0 && s.toks[m.t0-1].text == "," && isPastVerb(s.toks, m.t1) {
			return true // "Ridden by Rafael Quintero, …, Copper Lantern covered the mile…"
		}
	}
	k := afterConjunctions(s.toks)
	for _, m := range s.ments {
		if (m.t0 == k || m.t0 == k+1 && s.toks[k].cap) && !m.pronoun && an.horseAt(m) { // "Copper Lantern", whose "Copper" the lists hold apart
			return true
		}
	}
	// "The favourite, the Aidan Brogan-trained Celestial Crown, raced
	// keenly…": a horse in apposition to the words that open it.
	if i := slices.IndexFunc(s.ments, func(m mention) bool { return !m.pronoun }); i >= 0 && s.toks[k].low == "the" {
		m := s.ments[i]
		if m.t1 < len(s.toks) && s.toks[m.t1].text == "," && slices.ContainsFunc(s.toks[k:m.t0], func(t tok) bool { return t.text == "," }) && an.horseAt(m) {
			return true
		}
	}
	// "Ridden by Sean Cullinane, the four-year-old colt was held up…".
	for j := k; j+1 < len(s.toks); j++ {
		if (j == k || s.toks[j-1].text == ",") && s.toks[j].low == "the" {
			for h := j + 1; h < len(s.toks) && h <= j+3; h++ {
				if (horseNouns[s.toks[h].low] || s.toks[h].low == "horse") && h+1 < len(s.toks) && (auxiliaries[s.toks[h+1].low] || isPastVerb(s.toks, h+1)) {
					return true
				}
			}
		}
	}
	return false
}

// horseAt reports a mention of a name the article has shown to be no
// person's, as a race report's horses are.
func (an *analysis) horseAt(m mention) bool {
	return !m.pronoun && m.ent >= 0 && an.ents[m.ent].notPerson && an.ents[m.ent].typ == eNone
}

// fullNamesForSingles gives a person known by one word the full name the
// article wrote without any cue of a person, or with three words and the
// family name first: "Zhou" after "China's Zhou Jiahao", "Mr Lim" after
// "Lim Wei Jie". Options then read "Zhou Jiahao" beside other full names.
func (an *analysis) fullNamesForSingles() {
	mourned := an.obituarySubject() // typed a person for the lead's sake, though the lists lack the given name
	for id := range an.ents {
		e := &an.ents[id]
		if e.typ != ePerson || e.alias >= 0 || strings.Contains(e.name, " ") {
			continue
		}
		var fulls []int
		for fid := range an.ents {
			f := &an.ents[fid]
			w := strings.Fields(f.name)
			// "Mr Lim" after "Senior Minister of State for Transport Lim Wei
			// Jie": a person's full name, the family name first.
			familyFirst := f.typ == ePerson && len(w) == 3 && !isFirstName(strings.ToLower(w[0]))
			// "Mr Ong" after "Mr Daniel Ong Kah Meng": a given name of the
			// West before the family name and its own given names.
			westernFirst := (f.typ == ePerson || f.typ == eNone) && len(w) == 4 && isFirstName(strings.ToLower(w[0])) && w[1] == e.name
			if fid != id && ((f.typ == eNone && len(w) == 2 || fid == mourned && len(w) == 2 || familyFirst) && w[0] == e.name || westernFirst) && f.alias < 0 && !f.notPerson {
				fulls = append(fulls, fid)
			}
		}
		if len(fulls) > 1 {
			// "Ms. Vo" beside her brother Vo Minh Quan and her daughter
			// Vo Lan Chi: the one whose sex the title gives.
			if g := an.gender(id); g != 0 {
				fulls = slices.DeleteFunc(fulls, func(fid int) bool { return an.gender(fid) != g })
			}
		}
		if len(fulls) != 1 {
			continue
		}
		full := fulls[0]
		f := &an.ents[full]
		e.name, e.first, e.count = f.name, min(e.first, f.first), e.count+f.count
		an.joinInto(full, id)
		for si := range an.sents {
			for mi := range an.sents[si].ments {
				if m := &an.sents[si].ments[mi]; m.ent == id {
					m.typ = ePerson
				}
			}
		}
	}
}

// mournedFamilyName links the family name an obituary writes first, and
// then alone, to the one it mourns: "Zhou accepted an invitation…" in the
// obituary of Zhou Minghui, though no list knows "Zhou" as a person's.
// It runs before pronouns are linked, so "He stayed for 31 years" after
// it is Zhou's.
func (an *analysis) mournedFamilyName() {
	mourned := an.obituarySubject()
	if mourned < 0 || an.ents[mourned].alias >= 0 {
		return
	}
	w := strings.Fields(an.ents[mourned].name)
	if len(w) != 2 || isFirstName(strings.ToLower(w[0])) {
		return
	}
	for si := range an.sents {
		for mi := range an.sents[si].ments {
			if m := &an.sents[si].ments[mi]; m.ent < 0 && !m.pronoun && m.typ == eNone && m.text == w[0] && !m.notPerson {
				m.ent, m.typ = mourned, ePerson
				an.ents[mourned].count++
			}
		}
	}
}

// peerNames gives a person known only by a peer's title and surname, who
// holds a role or speaks, that title in the name: "Rail minister Lord
// Haddow" is Lord Haddow in options, not Haddow beside full names; the song
// "Lady Marmalade" is no one.
func (an *analysis) peerNames() {
	for si := range an.sents {
		s := &an.sents[si]
		for mi := range s.ments {
			m := &s.ments[mi]
			if m.ent < 0 || m.pronoun || m.t0 == 0 || m.t1-m.t0 != 1 {
				continue
			}
			e := &an.ents[m.ent]
			if p := s.toks[m.t0-1]; e.typ == ePerson && e.alias < 0 && peerTitles[p.low] && p.cap && (e.name == m.text || e.name == p.text+" "+m.text) && (len(e.roles) > 0 || an.speaks(m.ent)) {
				e.name = p.text + " " + m.text
				// The title is the name's: a blank or a swap takes both.
				m.t0, m.start, m.r0 = m.t0-1, p.start, min(m.r0, m.t0-1)
				m.text = s.text[m.start:m.end]
			}
		}
	}
}

// spokeIn reports that sentence si has the person say something: "Kwame
// Darko, said…", "said Kwame Darko".
func (an *analysis) spokeIn(si, id int) bool {
	s := &an.sents[si]
	for _, m := range s.ments {
		if m.ent != id {
			continue
		}
		k := m.t1
		if k+1 < len(s.toks) && s.toks[k].text == "," {
			k++
		}
		if k < len(s.toks) && speechVerbs[s.toks[k].low] || m.t0 > 0 && speechVerbs[s.toks[m.t0-1].low] {
			return true
		}
		if k < len(s.toks) && s.toks[k].low == "who" {
			// "His son, Emiliano Castañeda, who now runs the family's
			// restaurant, El Recado, said…": the verb after the aside.
			for j := k + 1; j+1 < len(s.toks) && j < k+16; j++ {
				if s.toks[j].text == "," && speechVerbs[s.toks[j+1].low] {
					return true
				}
			}
		}
	}
	return false
}

// speaks reports a person the article has say something: "Haddow said".
func (an *analysis) speaks(id int) bool {
	for si := range an.sents {
		if an.spokeIn(si, id) {
			return true
		}
	}
	return false
}

// peerTitles go with a surname alone: "Lord Haddow", "Baroness Grant".
var peerTitles = wordSet("lord lady baroness baron viscount")

// linkLonePronouns links a "he" or "she" that linking left alone to the
// one person of that gender the article has named so far, once genders
// are known: a profile's "She returned to England in 2018" three
// sentences after her name, with only a man named in between. Someone
// of unknown gender named before may be meant instead, one the sentence
// names after the pronoun is not, and a quotation's "she" is never its
// speaker.
func (an *analysis) linkLonePronouns() {
	// Past the first person of unknown gender, no pronoun is lone.
	stopSent, stopTok := an.firstUnknownGender()
	subject := an.obituarySubject()
	for si := range an.sents {
		s := &an.sents[si]
		var depth []int
		for mi := range s.ments {
			m := &s.ments[mi]
			g := pronounGender(m.text)
			if !m.pronoun || m.ent >= 0 || g == 0 {
				continue
			}
			if si > 0 && m.t0 == 0 && unknownNameSubject(&an.sents[si-1]) {
				continue // "Macalindong, whom Banaag discovered…, became… He won the IBF title": the unknown name, perhaps
			}
			if an.afterHorse(si) {
				continue // "Ridden by Sean Cullinane, the colt was held up. He crossed the line…": the horse
			}
			if x := subject; x >= 0 && m.t0 == 0 && an.genderFits(x, g) && an.gender(x) == g {
				// An obituary's "He returned to Ghana in 1994", which
				// no one named just before can be: the man it mourns.
				m.ent = x
				an.ents[x].count++
				continue
			}
			if si > stopSent || si == stopSent && m.t0 > stopTok {
				continue // (an obituary's "He" after them is still the one it mourns)
			}
			if depth == nil {
				depth = s.depths()
			}
			one := an.onlyPersonOfGender(si, g)
			if one < 0 || namedAfter(s, m.t0, one) || depth[m.t0] == 1 && an.speakerNear(si) == one {
				continue
			}
			m.ent = one
			an.ents[one].count++
		}
	}
}

// firstUnknownGender returns where the article first names a person of
// unknown gender (sentence and token), or past its end.
func (an *analysis) firstUnknownGender() (int, int) {
	for j := range an.sents {
		for _, m := range an.sents[j].ments {
			if m.typ == ePerson && !m.pronoun && (m.ent < 0 || an.gender(m.ent) == 0) {
				return j, m.t0
			}
		}
	}
	return len(an.sents), 0
}

// thingCalled reports a name at token k that a thing is called: "the
// mission, called Artemis Pathfinder", "a rocket named Vega" (but "a man
// called John Smith", "his son, named Oliver").
func thingCalled(toks []tok, k int) bool {
	j := k - 1
	if j < 1 || toks[j].low != "called" && toks[j].low != "named" && toks[j].low != "dubbed" && toks[j].low != "codenamed" {
		return false
	}
	j--
	if toks[j].text == "," && j > 0 {
		j--
	}
	w := toks[j].low
	return toks[j].word && !toks[j].cap && thingNouns[w]
}

// thingNouns are things, not people, that a story gives names to.
var thingNouns = wordSet(`mission project programme program operation rocket spacecraft probe satellite ship vessel boat
	storm hurricane typhoon cyclone plan scheme app game product device phone car model system drug vaccine
	album song film show series festival exhibition campaign initiative fund policy bill law scheme`)

// ownedAfter reports words from token k that say a name before them is a
// business someone owns: ", owned by", ", which is owned by", ", a unit
// of", ", a subsidiary of".
func ownedAfter(toks []tok, k int) bool {
	next := func(i int) string {
		if k+i < len(toks) {
			return toks[k+i].low
		}
		return ""
	}
	if next(0) != "," {
		return false
	}
	switch {
	case next(1) == "owned" && next(2) == "by", next(1) == "which" && next(2) == "is" && next(3) == "owned" && next(4) == "by":
		return true
	case (next(1) == "a" || next(1) == "the") && (next(2) == "unit" || next(2) == "subsidiary") && next(3) == "of":
		return true
	}
	return false
}

// speakerNear returns the person who speaks in sentence si, named beside a
// speech verb outside the quotation, or in the sentence before when si is
// a quotation going on from it; or -1.
func (an *analysis) speakerNear(si int) int {
	for back := si; back >= 0 && back >= si-1; back-- {
		s := &an.sents[back]
		depth := s.depths()
		for _, p := range s.ments {
			if p.typ != ePerson || p.ent < 0 || depth[p.t0] == 1 {
				continue
			}
			if p.t1 < len(s.toks) && speechVerbs[s.toks[p.t1].low] || p.t0 > 0 && speechVerbs[s.toks[p.t0-1].low] {
				return p.ent
			}
		}
		if len(s.toks) == 0 || s.toks[0].text != "\"" {
			break // not a quotation going on from the sentence before
		}
	}
	return -1
}

// companyAppositive reports ", the fast-growing smartphone maker" from
// token k: a company's description set after its name.
func companyAppositive(toks []tok, k int) bool {
	return appositiveHead(toks, k, orgNouns)
}

// appositiveHead reports a description after the name ending at token k
// whose head is one of heads: ", a French-registered humanitarian
// organisation that runs…".
func appositiveHead(toks []tok, k int, heads map[string]bool) bool {
	if k+3 >= len(toks) || toks[k].text != "," || toks[k+1].low != "the" && toks[k+1].low != "a" {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		t := toks[j]
		if !t.word || t.cap && j > k+2 && !isNationality(t.low) && !strings.HasSuffix(t.low, "-based") || stopwords[t.low] || headTitles[t.low] || personNouns[t.low] {
			return false // "Ana Lima, a spokeswoman for its publisher": a person's post
		}
		if heads[t.low] {
			// The head of the description, not "the firm's founder".
			return j+1 == len(toks) || toks[j+1].text == "," || toks[j+1].low == "based" || toks[j+1].low == "that" || toks[j+1].low == "which"
		}
	}
	return false
}

// teamNouns name a sporting side in general words.
var teamNouns = wordSet("team club side squad")

// firmPlurals name the people of a practice as a whole: "the architects,
// Oakes Varga,".
var firmPlurals = wordSet("architects engineers designers consultants solicitors")

// orgNouns name a company in general words, as a story does once it has
// named the one it is about: "the company", "the High Street retailer".
var orgNouns = wordSet(`company firm retailer bank airline carmaker chain giant maker operator supermarket broadcaster
	insurer lender manufacturer publisher studio brewer grocer drugmaker chipmaker automaker shipbuilder housebuilder
	conglomerate developer supplier wholesaler distributor provider carrier telco label`)

// sectorWords before "group" make it a company's: "the transport group
// Vanterra", not "the pop group Velvet Harbour".
var sectorWords = wordSet(`transport media mining retail engineering insurance banking publishing hotel hotels leisure travel
	food drinks chemicals defence energy utility telecoms property construction luxury fashion technology tech
	gaming shipping investment financial healthcare steel motor brewing tobacco packaging outsourcing
	logistics pharmaceutical pharmaceuticals aerospace catering support services platinum gold copper coal minerals resources`)

// orgOthers before such a noun point to another company than the story's:
// "the rival firm", "the new company".
// bodyNouns before a name make it a body that is not a company: "the
// charity Surfers Against Sewage", "the watchdog Ofwat".
var bodyNouns = wordSet("charity charities campaign organisation organization association foundation trust watchdog regulator agency union")

var orgOthers = wordSet(`rival other another new parent former smaller bigger larger second third same whole entire joint
	merged combined owning sister biggest largest smallest world's country's`)

// mainCompany returns the company the article is about — a company named in
// its first two sentences, at least twice, and at least twice as often as
// any other organisation — or -1.
func (an *analysis) mainCompany() int {
	ids := an.byProminence(eOrg)
	if len(ids) == 0 {
		return -1
	}
	e := &an.ents[ids[0]]
	if !e.company && !firmNamed(e.name) || e.count < 2 || e.first > 1 || len(ids) > 1 && an.ents[ids[1]].count*2 > e.count {
		return -1
	}
	return ids[0]
}

// firmNamed reports a name whose last word ends only firms' names:
// "Northstar Airways", "Halden Pictures".
func firmNamed(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && firmTail(f[len(f)-1])
}

// companyReferents returns, for sentence s, the replacements of "the
// company", "the High Street retailer" and the like by the name of the
// company the article is about: a question that quotes the sentence then
// says which company it means. None when the sentence names an
// organisation before the phrase (the phrase may mean that one), when a
// word such as "rival" points elsewhere, or when the phrase is inside a
// quotation.
func (an *analysis) companyReferents(s *sent) []rep {
	if reps, ok := an.companyReps[s.idx]; ok {
		return reps
	}
	if an.companyReps == nil {
		an.companyReps = map[int][]rep{}
	}
	reps := an.findCompanyReferents(s)
	an.companyReps[s.idx] = reps
	return reps
}

// findCompanyReferents is companyReferents, worked out; it also puts in
// the name of a public body for "the agency", "the council" and the like
// (bodyReferents).
func (an *analysis) findCompanyReferents(s *sent) []rep {
	bodies := an.bodyReferents(s)
	id := an.mainCompany()
	onlyFirst := false // "The company" opening the sentence, for the firm the sentence before names
	if id < 0 {
		if id = an.firmOfSentenceBefore(s); id < 0 {
			return bodies
		}
		onlyFirst = true
	}
	name := an.ents[id].written()
	toks := s.toks
	q := quoteDepths(toks)
	var out []rep
	for k := 0; k+1 < len(toks); k++ {
		if toks[k].low != "the" || q[k] != 0 || onlyFirst && k > 0 {
			continue
		}
		if orgNamedBefore(s, k) {
			return out // the phrase may mean that one
		}
		h := k + 1
		for h < len(toks) && h < k+4 && toks[h].word && !orgNouns[toks[h].low] && !orgOthers[toks[h].low] && !toks[h].num && !stopwords[toks[h].low] {
			h++ // (not across "the average price the airline paid": two phrases)
		}
		if h >= len(toks) || !orgNouns[toks[h].low] || !an.sectorFits(id, toks[h].low) {
			continue
		}
		if h+1 < len(toks) {
			next := toks[h+1]
			if next.low == "'s" && strings.HasSuffix(name, "'s") {
				continue // "McDonald's's"
			}
			if !phraseEndsAt(toks, h) {
				continue // "the company director": the noun is not the head
			}
		}
		if h+1 < len(toks) && toks[h+1].low == "'s" && strings.HasSuffix(name, "s") {
			// "Corvane Systems' chief executive", not "Systems's".
			out = append(out, rep{toks[k].start, toks[h+1].end, name + "'"})
			k = h + 1
			continue
		}
		out = append(out, rep{toks[k].start, toks[h].end, name})
		k = h
	}
	return append(out, bodies...)
}

// nounSectors are the trades that some of orgNouns name: "the
// manufacturer" is not the airline a story is about, though "the company"
// is.
var nounSectors = map[string]string{
	"airline": "air", "carrier": "air", "airways": "air", "airlines": "air",
	"bank": "bank", "lender": "bank", "banking": "bank",
	"manufacturer": "make", "maker": "make", "carmaker": "make", "automaker": "make", "chipmaker": "make",
	"drugmaker": "make", "shipbuilder": "make", "motors": "make",
	"retailer": "shop", "supermarket": "shop", "grocer": "shop",
	"broadcaster": "media", "publisher": "media", "studio": "media",
	"insurer": "insure", "brewer": "brew", "housebuilder": "build",
}

// sectorFits reports whether "the <noun>" can name company id: a noun of
// one trade does not name a company the article shows in another, by the
// last word of its name ("Northstar Airways") or a noun set beside its
// name ("Vantor, the Ohio carmaker").
func (an *analysis) sectorFits(id int, noun string) bool {
	want := nounSectors[noun]
	if want == "" {
		return true
	}
	has := map[string]bool{}
	if f := strings.Fields(strings.ToLower(an.ents[id].name)); len(f) > 1 {
		if sec := nounSectors[f[len(f)-1]]; sec != "" {
			has[sec] = true
		}
	}
	for i := range an.sents {
		s := &an.sents[i]
		for _, m := range s.ments {
			if m.ent != id {
				continue
			}
			for j := max(0, m.r0-3); j < len(s.toks) && j <= m.t1+5; j++ {
				if sec := nounSectors[s.toks[j].low]; sec != "" && (j < m.t0 || j > m.t1) && !s.toks[j].cap {
					has[sec] = true
				}
			}
		}
	}
	return len(has) == 0 || has[want]
}

// firmOfSentenceBefore returns the one company the sentence before s
// names, when it names no other organisation ("…, according to its
// distributor, Northlight Pictures. The company said…"), or -1.
func (an *analysis) firmOfSentenceBefore(s *sent) int {
	if s.idx == 0 {
		return -1
	}
	found := -1
	for _, m := range an.sents[s.idx-1].ments {
		if m.typ != eOrg || m.ent < 0 || m.modifier || strings.Contains(strings.ToLower(m.text), "exchange") {
			continue // "listed on the Frankfurt Stock Exchange's regulated market": where shares trade
		}
		e := &an.ents[m.ent]
		if !e.company && !firmNamed(e.name) || found >= 0 && found != m.ent {
			return -1
		}
		found = m.ent
	}
	return found
}

// orgNamedBefore reports an organisation the sentence names before token
// k, which "the company" or "the agency" there may mean.
func orgNamedBefore(s *sent, k int) bool {
	for _, m := range s.ments {
		if m.typ == eOrg && m.t1 <= k {
			return true
		}
	}
	return false
}

// phraseEndsAt reports a noun at token h that heads its phrase: what
// follows is no noun it modifies ("the company director", "the council
// tax") but a verb, a possessive or a small word.
func phraseEndsAt(toks []tok, h int) bool {
	if h+1 >= len(toks) {
		return true
	}
	next := toks[h+1]
	return !next.word || next.low == "'s" || auxiliaries[next.low] || speechVerbs[next.low] || isPastVerb(toks, h+1) || stopwords[next.low]
}

// bodyHeads are the nouns a story calls a public body by once it has
// named it: "the Environment Agency … the agency said".
var bodyHeads = wordSet(`agency council commission trust charity committee authority board union regulator
	ministry department inquiry tribunal foundation institute society museum university service`)

// bodyReferents returns, for sentence s, the replacements of "the agency"
// and the like by the one body the sentences before name with that noun
// last ("the Environment Agency"). None when two bodies end so, when the
// sentence names an organisation before the phrase, or inside a quotation.
func (an *analysis) bodyReferents(s *sent) []rep {
	toks := s.toks
	q := quoteDepths(toks)
	var out []rep
	for k := 0; k+1 < len(toks); k++ {
		h := k + 1
		if toks[k].low != "the" || q[k] != 0 || !bodyHeads[toks[h].low] || toks[h].cap && k > 0 {
			continue
		}
		if !phraseEndsAt(toks, h) {
			continue // "the council tax": the noun is not the head
		}
		if orgNamedBefore(s, k) {
			return out // the phrase may mean that one
		}
		one := -1
		for id := range an.ents {
			e := &an.ents[id]
			words := strings.Fields(strings.ToLower(e.name))
			if e.typ != eOrg || e.alias >= 0 || len(words) < 2 || words[len(words)-1] != toks[h].low {
				continue
			}
			if one >= 0 || e.first >= s.idx {
				one = -2 // two bodies of that kind, or one named only later
				break
			}
			one = id
		}
		if one >= 0 && an.outnamed(one) {
			// "The mission will launch on the agency's rocket" in a story
			// of NASA, which the article names far more often than the
			// Canadian Space Agency: the phrase may mean the other.
			one = -1
		}
		if one >= 0 {
			out = append(out, rep{toks[k].start, toks[h].end, an.bodyName(one)})
		}
		k = h
	}
	return out
}

// outnamed reports another organisation that the headline names and the
// article names more often than organisation id: the story's own body,
// which the phrase may mean whatever its name.
func (an *analysis) outnamed(id int) bool {
	title := headlineOnly(an.art)
	return title != "" && !containsFold(title, an.ents[id].name) && slices.ContainsFunc(an.byProminence(eOrg), func(o int) bool {
		return o != id && an.ents[o].count > an.ents[id].count && wordIn(title, strings.ToLower(an.ents[o].name))
	})
}

// Genders, as the article shows them: by a title ("Mrs Quinn"), a gendered
// role ("spokeswoman Jill Roe") or not at all (0).
const (
	male   = 'm'
	female = 'f'
)

var (
	// namedNounGender: "a man named", "a girl called".
	namedNounGender = map[string]byte{"man": male, "boy": male, "woman": female, "girl": female}
	maleWords       = wordSet("mr mr. sir lord king prince duke baron spokesman chairman businessman congressman sportsman father son brother husband alhaji")
	femaleWords     = wordSet("mrs mrs. ms ms. miss dame lady queen princess duchess baroness spokeswoman chairwoman businesswoman congresswoman sportswoman actress mother daughter sister wife hajia alhaja")
)

// pronounGender is the gender a personal pronoun names, or 0.
func pronounGender(text string) byte {
	switch strings.ToLower(text) {
	case "he", "him", "his", "himself":
		return male
	case "she", "her", "hers", "herself":
		return female
	}
	return 0
}

// gender returns what the article's titles, roles and linked pronouns say
// of a person's gender, or 0 when they say nothing or disagree.
func (an *analysis) gender(id int) byte {
	if an.genders != nil {
		return an.genders[id]
	}
	return an.scanGender(id)
}

// fixGenders records every person's gender once linking is done, since
// questions ask for it many times; while linking, pronouns still being
// linked can change it, so it is worked out afresh.
func (an *analysis) fixGenders() {
	gs := make([]byte, len(an.ents))
	for id := range an.ents {
		gs[id] = an.scanGender(id)
	}
	an.genders = gs
}

// scanGender is gender, read from the article's mentions.
func (an *analysis) scanGender(id int) byte {
	var g, poss byte
	for si := range an.sents {
		s := &an.sents[si]
		var depth []int // worked out only for a sentence with a pronoun of id's
		for _, m := range s.ments {
			if m.ent != id || m.desc {
				continue
			}
			if m.pronoun && depth == nil {
				depth = s.depths()
			}
			if m.pronoun && depth[m.t0] > 0 {
				// "she writes: "He looks at a diffraction photograph…"": a
				// pronoun in someone's words is of their story, no sure
				// sign of the one it was linked to.
				continue
			}
			if !m.pronoun && m.t1+1 < len(s.toks) && speechVerbs[s.toks[m.t1].low] {
				// "Marcos Ibarra said his members…": most likely his own
				// members, though "Ms Pell insisted his plan…" is
				// another's; so only when nothing else tells.
				if w := s.toks[m.t1+1].low; (w == "his" || w == "her") && !s.toks[m.t1+1].cap {
					if this := pronounGender(w); poss == 0 || poss == this {
						poss = this
					} else {
						poss = 255
					}
				}
			}
			from := max(min(m.r0, m.t0-1), 0)
			// "a 78-year-old man named Kunhiraman": a man.
			named := !m.pronoun && m.t0 >= 2 && (s.toks[m.t0-1].low == "named" || s.toks[m.t0-1].low == "called")
			if named {
				from = min(from, m.t0-2)
			}
			if !m.pronoun && m.t0 >= 2 && s.toks[m.t0-1].text == "," && (m.t0 == 2 || determiners[s.toks[m.t0-3].low] || pronounGender(s.toks[m.t0-3].low) != 0) {
				// "Her father, Akmal Rakhimov, taught her": the kin word
				// before the comma is his; not "the son of a collier and
				// a school dinner lady, Vaughan", whose lady is his mother.
				from = min(from, m.t0-2)
			}
			for k := from; k < m.t1; k++ {
				w := s.toks[k].low
				var this byte
				if m.pronoun {
					this = pronounGender(w) // "He" linked to the person already
				} else if k >= m.t0 {
					continue
				} else if maleWords[w] {
					this = male
				} else if femaleWords[w] {
					this = female
				} else if named && k == m.t0-2 {
					this = namedNounGender[w]
				}
				if this != 0 && g != 0 && this != g {
					return 0
				}
				if this != 0 {
					g = this
				}
			}
		}
	}
	if g == 0 && an.ents[id].typ == ePerson {
		// No title, role or pronoun says: a common given name does.
		if f := strings.Fields(an.ents[id].name); len(f) > 1 {
			g = givenNameGender(strings.ToLower(f[0]))
		}
	}
	if g == 0 && poss != 255 && an.ents[id].typ == ePerson {
		g = poss
	}
	return g
}

// givenNameGender returns the gender of a common given name that is
// rarely given to the other gender, or 0.
func givenNameGender(w string) byte {
	w = plainLetters(w)
	switch {
	case maleGivenNames[w] || maleNames[w]:
		return male
	case femaleGivenNames[w] || femaleNames[w]:
		return female
	}
	return 0
}

// honorificGender returns the gender an honorific shows ("Mrs", "Mr"),
// or 0.
func honorificGender(w string) byte {
	switch strings.TrimSuffix(w, ".") {
	case "mr":
		return male
	case "mrs", "ms", "miss":
		return female
	}
	return 0
}

// otherGender reports people whose genders are both known and differ: a
// wrong option of the other gender is easy to rule out when the prompt says
// "he" or "she".
func (an *analysis) otherGender(a, b int) bool {
	ga, gb := an.gender(a), an.gender(b)
	return ga != 0 && gb != 0 && ga != gb
}

// genderedText reports a text that shows a person's gender: "he", "her",
// "Mrs", "spokeswoman".
func genderedText(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		w = strings.TrimSuffix(w, ".")
		if pronounGender(w) != 0 || maleWords[w] || femaleWords[w] || genderNouns[w] {
			return true
		}
	}
	return false
}

// genderNouns show whether a text is about a man or a woman ("the first
// man since…", "the first Russian woman to…").
var genderNouns = wordSet("man men woman women boy boys girl girls")

// corporateWords end a company's full name, which a story then shortens
// to the words before them: "Volvo Cars", "Lloyds Banking Group".
var corporateWords = wordSet(`cars motors group plc inc inc. ltd ltd. s.a. limited holdings corp corp. corporation co co. company
	united city rovers athletic wanderers town county albion hotspur rangers
	airlines airways banking bank energy foods industries international technologies systems pharmaceuticals lines
	audio pictures productions studios publishing records media`)

// bodyName is how a statement names a body in place of "it" or "the
// agency": with "the" when the article writes it so, or when its name is
// common words before a body's noun ("the Data Protection Commission",
// but "Leeds City Council").
func (an *analysis) bodyName(id int) string {
	e := &an.ents[id]
	w := strings.Fields(strings.ToLower(e.name))
	if !e.hasThe && e.typ == eOrg && len(w) >= 2 && orgWords[w[len(w)-1]] && (an.lowerSet[w[0]] || theBodies[w[len(w)-1]]) {
		return "the " + e.name
	}
	return e.written()
}

// theBodies end the names of bodies written with "the" ("the South
// African Municipal Workers' Union"), unlike a council's ("Marsh Valley
// Council approved…").
var theBodies = wordSet("union association federation agency office")

// clubTails end the names of clubs that fans call by them alone: "City",
// "United".
var clubTails = wordSet("city united rovers athletic wanderers albion")

// orgEndingIn returns the one organisation other than skip whose name
// ends in the word, -1 when none does and -2 when several do.
func (an *analysis) orgEndingIn(word string, skip int) int {
	found := -1
	for id := range an.ents {
		e := &an.ents[id]
		if id == skip || e.alias >= 0 || e.typ != eOrg || !strings.HasSuffix(e.name, " "+word) {
			continue
		}
		if found >= 0 {
			return -2
		}
		found = id
	}
	return found
}

// entNamed returns the entity of that name that is no alias, or -1.
func (an *analysis) entNamed(name string) int {
	for id := range an.ents {
		if an.ents[id].alias < 0 && an.ents[id].name == name {
			return id
		}
	}
	return -1
}

// knownAsNames joins a person's other name to them: "Known to English
// audiences as Peter Flannery, he came to prominence…" and "Peadar Ó
// Flannabhra, known in Britain as Peter Flannery," name one man, never
// two to offer side by side.
func (an *analysis) knownAsNames() {
	for si := range an.sents {
		s := &an.sents[si]
		for k := 1; k+1 < len(s.toks); k++ {
			if s.toks[k].low != "as" {
				continue
			}
			j := k - 1
			for j >= 0 && j > k-12 && s.toks[j].low != "known" && s.toks[j].text != "," {
				j--
			}
			if j < 0 || s.toks[j].low != "known" {
				continue
			}
			// The other name may be untyped yet: "known to fans as Beto
			// Foguete" is a nickname no cue has made a person's.
			xi := slices.IndexFunc(s.ments, func(m mention) bool {
				return m.t0 == k+1 && (m.typ == ePerson || m.typ == eNone && !m.notPerson && !m.hasThe) && m.ent >= 0 && !m.pronoun
			})
			if xi < 0 {
				continue
			}
			x := s.ments[xi]
			r := -1
			switch {
			case j == 0 && x.t1 < len(s.toks) && s.toks[x.t1].text == ",":
				// "Known … as X, he came…": the subject after the opener.
				for _, m := range s.ments {
					if m.t0 == x.t1+1 && m.typ == ePerson && m.ent >= 0 {
						r = m.ent
					}
				}
				if p := s.toks[min(x.t1+1, len(s.toks)-1)]; r < 0 && (p.low == "he" || p.low == "she") {
					// (A "he" there is no mention: the one the story
					// mourns, or the one the sentence before names.)
					g := pronounGender(p.low)
					if r = an.obituarySubject(); r < 0 || !an.genderFits(r, g) {
						r = an.sureReferent(si, g)
					}
				}
			case j >= 2:
				// "Y, known … as X,": the name the aside follows; so in
				// "Y, the Brazilian footballer known … as X,".
				c := j - 1
				for c > 0 && c > j-8 && s.toks[c].word {
					c--
				}
				if s.toks[c].text != "," || c < j-1 && s.toks[c+1].low != "the" && s.toks[c+1].low != "a" && s.toks[c+1].low != "an" {
					break
				}
				for _, m := range s.ments {
					if m.t1 == c && m.typ == ePerson && m.ent >= 0 && !m.pronoun {
						r = m.ent
					}
				}
			}
			if r >= 0 && r != x.ent && an.ents[x.ent].alias < 0 {
				an.joinInto(x.ent, r)
				if nick := x.text; an.writtenMoreAs(r, nick) {
					// "José Carlos Ferreira da Silva, … known simply as
					// Marimbondo," and Marimbondo ever after: the name a
					// class read is the one to ask by.
					an.ents[r].name = nick
				}
			}
		}
	}
}

// writtenMoreAs reports person id named more often by the words of nick
// than by the words of the name they go by, the headline's naming too.
func (an *analysis) writtenMoreAs(id int, nick string) bool {
	own, other := 0, 0
	if strings.Contains(an.art.Title, nick) {
		other++
	}
	for si := range an.sents {
		for _, m := range an.sents[si].ments {
			if m.ent != id || m.pronoun || m.desc {
				continue
			}
			in, out := wordsWithin(m.text, nick), wordsWithin(m.text, an.ents[id].name)
			switch {
			case in && !out:
				other++
			case out && !in:
				own++ // (a surname both names share counts for neither)
			}
		}
	}
	return other > own
}

// wordsWithin reports every word of part among the words of name.
func wordsWithin(part, name string) bool {
	ws := strings.Fields(name)
	for _, w := range strings.Fields(part) {
		if !slices.Contains(ws, w) {
			return false
		}
	}
	return true
}

// joinInto makes entity i an alias of entity id: its mentions are id's.
func (an *analysis) joinInto(i, id int) {
	an.ents[i].alias, an.ents[i].typ = id, eNone
	for si := range an.sents {
		for mi := range an.sents[si].ments {
			if m := &an.sents[si].ments[mi]; m.ent == i {
				m.ent = id
			}
		}
	}
}

// partyMembers makes a party's members' name one with the party: "the
// Democrats" of a story that names the Democratic Party are that party, so
// neither is offered beside the other, nor swapped for it in a statement
// that would then be false by its words and true by the article.
func (an *analysis) partyMembers() {
	for x := range an.ents {
		ex := &an.ents[x]
		w := strings.Fields(strings.ToLower(ex.name))
		if ex.alias >= 0 || ex.typ == ePerson || ex.typ == ePlace || len(w) == 0 || !strings.HasSuffix(w[len(w)-1], "s") {
			continue
		}
		target := -1
		for y := range an.ents {
			ey := &an.ents[y]
			wy := strings.Fields(strings.ToLower(ey.name))
			if y == x || ey.alias >= 0 || ey.typ != eOrg || len(wy) != len(w)+1 || wy[len(w)] != "party" || !slices.EqualFunc(w, wy[:len(w)], sameStem) {
				continue
			}
			if target != -1 {
				target = -2 // "the Democrats" beside two Democratic parties: which?
				break
			}
			target = y
		}
		if target >= 0 {
			an.ents[target].count += ex.count
			an.joinInto(x, target)
		}
	}
}

// sameStem reports two words that differ only in their endings, as a
// party's name and its members' do: "democrats" and "democratic",
// "greens" and "green".
func sameStem(a, b string) bool {
	n := min(6, len(a), len(b))
	return n >= 4 && a[:n] == b[:n]
}

// shortOrgName returns the one organisation whose full name is the words
// low followed by corporate words only ("Carver Freight" for "Carver
// Freight Lines Inc."), or -1.
func (an *analysis) shortOrgName(low string) int {
	found, prefixed := -1, 0
	for id := range an.ents {
		e := &an.ents[id]
		if e.typ != eOrg && e.typ != eSite || e.alias >= 0 {
			continue // "Halifax Stanfield" after "Halifax Stanfield International Airport" too
		}
		w := strings.Fields(strings.ToLower(e.name))
		short := strings.Fields(low)
		if len(short) == 0 || len(w) <= len(short) || !slices.Equal(w[:len(short)-1], short[:len(short)-1]) {
			continue
		}
		if l, x := short[len(short)-1], w[len(short)-1]; l != x && !(len(short) > 1 && len(l) >= 5 && strings.HasPrefix(x, l)) {
			continue // "Kora Telecom" for "Kora Telecommunications Nigeria Plc" too
		}
		if prefixed++; prefixed > 1 {
			return -1 // "Daeyang" beside Daeyang Mobile and its parent Daeyang Electronics: which?
		}
		for _, x := range w[len(short):] {
			if !corporateWords[x] && !firmTail(x) && !sectorWords[x] && !schoolTails[x] && !isCountry(x) && !((teamNicknames[x] || x == "party") && len(short) == 1 && len(w) == 2) && !(e.typ == eSite && len(short) >= 2 && (siteKinds[x] != "" && siteKinds[x] != "road" || x == "international" || x == "regional")) {
				w = nil
				break
			}
		}
		if w == nil {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = id
	}
	return found
}

// schoolTails end a school's name, which the article may then shorten:
// "Harlan Creek" after "Harlan Creek School", though Harlan is a given name.
var schoolTails = wordSet("school college academy collegiate elementary")

// stakeWords before "in" make the name after it a company's: "shares in
// Harbex", "a stake in Volvo".
var stakeWords = wordSet("shares share stake stakes investors investment holding holdings")

// performedWords before "in" make the name after it a work: "his role in
// Oppenheimer", "she starred in Barbie".
var performedWords = wordSet("role roles part parts starring starred stars star appeared appears appearance performance cameo character")

// genderFits reports whether a pronoun of gender g may stand for person id:
// it may unless both genders are known and differ.
func (an *analysis) genderFits(id int, g byte) bool {
	pg := an.gender(id)
	return g == 0 || pg == 0 || pg == g
}

// resolveDesc links a description such as "the veteran Russian diplomat" to
// the most prominent person whose nationality and title fit it.
func (an *analysis) resolveDesc(s *sent, m *mention, si int) int {
	words := s.toks[m.t0:m.t1]
	head := words[len(words)-1].low
	if words[0].cap && len(words) >= 2 && words[0].low != "the" {
		return an.officeHolder(strings.ToLower(m.text), si)
	}
	country := -1
	for _, w := range words {
		if ci, ok := countryByAdj[w.low]; ok {
			country = ci
		}
	}
	best, bestScore := -1, 0
	for id := range an.ents {
		e := &an.ents[id]
		if e.typ != ePerson || e.first > si {
			continue
		}
		if country >= 0 && e.country != country {
			continue
		}
		ok := false
		for _, t := range roleClasses[head] {
			if e.titles[t] {
				ok = true
			}
		}
		if !ok {
			continue
		}
		score := e.count*10 - (si - e.first)
		if best < 0 || score > bestScore {
			best, bestScore = id, score
		}
	}
	return best
}

// officeHolder returns the one person named by sentence si whose role is
// the office title ("chief minister"), or -1: "the Chief Minister" after
// "Chief Minister Hemanta Borthakur", never another minister.
func (an *analysis) officeHolder(title string, si int) int {
	one := -1
	for id := range an.ents {
		e := &an.ents[id]
		if e.typ != ePerson || e.first > si || e.alias >= 0 {
			continue
		}
		for _, r := range e.roles {
			if r.lower == title || strings.HasSuffix(r.lower, " "+title) {
				if one >= 0 && one != id {
					return -1
				}
				one = id
			}
		}
	}
	return one
}

// familyNameFirst reports a Korean name written family name first, as
// English papers print them: "Kang Min-seo", "Han Gyu-tae", whose given
// name is two syllables joined by a hyphen. The family name alone then
// names the person ("Kang said he…").
func familyNameFirst(name []tok) bool {
	return len(name) == 2 && familyFirst(name[0].text+" "+name[1].text)
}

// familyFirst reports a two-word name written family name first, its
// given name hyphenated: "Kang Min-seo", "Oh Seung-hee", "Leung
// Wai-keung".
func familyFirst(name string) bool {
	f := strings.Fields(name)
	if len(f) != 2 || isFirstName(strings.ToLower(f[0])) {
		return false
	}
	if chineseSurnames[strings.ToLower(f[0])] && pinyinGiven(f[1]) {
		return true // "Liang Haoran", "Zhou Weiming": written as one word
	}
	head, tail, ok := strings.Cut(f[1], "-")
	if !ok || head == "" || tail == "" || strings.Contains(tail, "-") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tail)
	return unicode.IsLower(r) && len(head) <= 6 && len(tail) <= 6 // (Cantonese syllables run longer: "Wai-keung", "Chun-cheung")
}

// ageAfter reports an age set off by commas at token k: "Liang, 29,".
func ageAfter(toks []tok, k int) bool {
	return k+2 < len(toks) && toks[k].text == "," && toks[k+1].num && toks[k+2].text == ","
}

// chineseSurnames are the commonest Chinese family names in pinyin, which
// come before the given name.
var chineseSurnames = wordSet(`wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo gao lin luo zheng liang xie
	tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang du cheng wei su ding shen yao jin fang tan liao zou xiong
	qiu qin jia xue yan hou lei long duan hao kong shao mao wan gu lai qian`)

// pinyinGiven reports a word shaped as a given name in pinyin: two or
// three syllables run together, "Haoran", "Weiming", "Xiaoling".
func pinyinGiven(w string) bool {
	low := strings.ToLower(w)
	if len(low) < 4 || len(low) > 9 || isFirstName(low) || !isASCII(low) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || strings.ToLower(w[1:]) != w[1:] {
		return false
	}
	// Pinyin syllables end in a vowel, "n", "ng" or "r" ("Er").
	last := low[len(low)-1]
	return strings.ContainsRune("aeiouvngr", rune(last)) && !strings.HasSuffix(low, "son") && !strings.HasSuffix(low, "ton")
}

// afterSpeaker are words that may follow a speaker named after "said":
// "said Jane Roe of Argus Research", "said Roe in a statement".
var afterSpeaker = wordSet("of at from who in on for with when as and")

// findQuotes finds quotations and their speakers: the person before or
// after a speech verb outside the quotation ("Lavrov said", "said Lavrov",
// "according to Lavrov").
func (an *analysis) findQuotes(s *sent) {
	var spans [][2]int
	open := -1
	for i := 0; i < len(s.text); i++ {
		if s.text[i] != '"' {
			continue
		}
		if open < 0 {
			open = i
		} else {
			if i-open > 2 {
				spans = append(spans, [2]int{open, i + 1})
			}
			open = -1
		}
	}
	if len(spans) == 0 {
		return
	}
	inQuote := func(pos int) bool {
		for _, sp := range spans {
			if pos >= sp[0] && pos < sp[1] {
				return true
			}
		}
		return false
	}
	speaker, subject := -1, false
	for ti, t := range s.toks {
		if !speechVerbs[t.low] || inQuote(t.start) || t.low == "saying" || t.low == "called" || t.low == "described" {
			continue
		}
		for mi, m := range s.ments {
			if m.typ != ePerson || m.ent < 0 || inQuote(m.start) {
				continue
			}
			// "said Jane Roe." or "said Jane Roe, a spokeswoman", but
			// not "said Isaac zeroed in on…", whose Isaac is the subject
			// of the words reported.
			after := (m.t0 == ti+1 || m.r0 == ti+1) && !(m.t1 < len(s.toks) && s.toks[m.t1].word && s.toks[m.t1].low != "'s" && !afterSpeaker[s.toks[m.t1].low])
			if !after && m.r0 > ti+1 && m.r0 <= ti+6 {
				// "said Aguilera's agent Meghan Prophet": possessive and
				// role words between the verb and the speaker.
				after = true
				for k := ti + 1; k < m.r0; k++ {
					if !s.toks[k].word && s.toks[k].low != "'s" || speechVerbs[s.toks[k].low] || isVerbish(s.toks[k].low) || reportOpeners[s.toks[k].low] {
						after = false // and not "said in a statement that Mansour had…": the one the words are about
					}
				}
			}
			if m.modifier {
				after = false // "Aguilera's agent": the owner is not the speaker
			}
			if t.low == "told" || t.low == "tells" || t.low == "asked" || t.low == "urged" || t.low == "praised" || t.low == "called" {
				after = false // the person told is not the speaker
			}
			if m.t1 == ti || m.t1+1 == ti && s.toks[m.t1].text == "," && m.t0 >= 2 && s.toks[m.t0-1].text == "," {
				speaker, subject = mi, true // and "The minister, Omar Haddad, said…"
			} else if !subject && (after || (t.low == "according" && m.r0 == ti+2)) {
				// "Dr Brereton said the care Mr Pettigrew received…": the
				// one who said it comes before the verb, not after it.
				speaker = mi
			}
		}
		if speaker >= 0 {
			break
		}
	}
	for _, sp := range spans {
		s.quotes = append(s.quotes, quoteSpan{start: sp[0], end: sp[1], speaker: speaker})
	}
}

// reportOpeners between a verb of saying and a name show the name is in
// what was said, or where: "said in a statement that Mansour had…".
var reportOpeners = wordSet("that in on at to with for by after before")

// personAt reports whether token k of a sentence is part of a mention typed
// as a person.
// workerNoun reports a noun for people at work, singular or plural:
// "Analysts at Peel Hunt said" names a firm, not a speaker.
func workerNoun(low string) bool {
	sing := strings.TrimSuffix(low, "s")
	if originNouns[low] || originNouns[sing] {
		return false // "a 19-year-old man from Slough": his town, not his employer
	}
	return personNouns[low] || personNouns[sing] || headTitles[low] || headTitles[sing] ||
		strings.HasSuffix(sing, "ist") || strings.HasSuffix(sing, "yst") || sing == "staff" || sing == "worker" || sing == "researcher" || sing == "trader" || sing == "expert"
}

// oneFrom reports "a nurse from Mississauga" before token k: one person
// from a place, where "inspectors from Ofsted" are staff of a body.
func oneFrom(toks []tok, k int) bool {
	if k < 3 || toks[k-1].low != "from" {
		return false
	}
	// "a nurse from Mississauga", "a retired bus driver from Lancaster";
	// a capitalised word is one more describing the person ("a PE
	// teacher from Wakefield", "a Methodist minister from Scarborough").
	for x := k - 3; x >= 0 && x >= k-6; x-- {
		switch {
		case toks[x].low == "a" || toks[x].low == "an":
			return true
		case !toks[x].word:
			return false
		}
	}
	return false
}

// originNouns are people whom "from" places in a town, not a body: "a
// man from Slough", "residents from nearby villages".
var originNouns = wordSet("man men woman women boy girl person people teenager child children resident family fan couple mother father son daughter actor actress singer player athlete writer artist")

func personAt(s *sent, k int) bool {
	for _, m := range s.ments {
		if k >= m.t0 && k < m.t1 {
			return m.typ == ePerson
		}
	}
	return false
}

// titledAppositive reports a capitalised office after the comma at
// toks[k]: "Robert Zoellick, US Trade Representative, said" gives a
// person's role, not the next name of a list.
func titledAppositive(toks []tok, k int) bool {
	if k >= len(toks) || toks[k].text != "," {
		return false
	}
	title := false
	j := k + 1
	for ; j < len(toks) && j < k+6 && (toks[j].cap || toks[j].acro); j++ {
		title = title || titleWords[toks[j].low]
	}
	return title && (j >= len(toks) || !toks[j].word)
}

// sharedSurname returns the full name of a given name joined by "and" to
// a person's full name whose surname it shares: "Liam" in "brothers Liam
// and Noel Gallagher" is Liam Gallagher. It returns "" otherwise.
func sharedSurname(s *sent, m *mention) string {
	if m.t1+2 >= len(s.toks) || s.toks[m.t1].low != "and" {
		return ""
	}
	for _, n := range s.ments {
		if n.t0 == m.t1+1 && n.t1-n.t0 == 2 && isFirstName(s.toks[n.t0].low) && !s.toks[n.t1-1].acro && n.typ != eSite && n.typ != ePlace && n.typ != eOrg {
			// Not "Giselle and Swan Lake": a lake shares no surname.
			return m.text + " " + s.toks[n.t1-1].text
		}
	}
	return ""
}

// firstNameOf returns the one person named in full whose given name is
// low ("Noel" for Noel Gallagher), or -1.
func (an *analysis) firstNameOf(low string) int {
	found := -1
	for id, e := range an.ents {
		if e.typ != ePerson || e.alias >= 0 {
			continue
		}
		if f := strings.Fields(e.name); len(f) >= 2 && strings.ToLower(f[0]) == low {
			if found >= 0 {
				return -1 // two of that name: which one?
			}
			found = id
		}
	}
	return found
}

// personPronounAfter reports "he" or "she" right after a name ending before
// token j, behind a word that opens a clause about the one named: "Okafor
// when he was on 22", "Brandt, who", "Mensah, as she". A company is "it".
func personPronounAfter(toks []tok, j int) bool {
	if j < len(toks) && toks[j].text == "," {
		if j+1 < len(toks) && toks[j+1].low == "who" {
			// "one point above Bath, who lost at Northampton": a side's
			// result, said of a club as of a person.
			// "Preston, who have now gone six matches without a win": a
			// plural verb, a side's.
			// "Hibernian, who play Kilmarnock on Sunday" too.
			return !(j+2 < len(toks) && (sideAfter[toks[j+2].low] || sidePlurals[toks[j+2].low]))
		}
		j++
	}
	return j+1 < len(toks) && pronounLinkWords[toks[j].low] && personPronounAt(toks, j+1)
}

// sidePlurals are plural verbs after "who": a side's, no person's.
// squadNouns after a name make it a side's: "the Rivermouth defence".
var squadNouns = wordSet("defence defense players squad goalkeeper keeper midfield backline fans supporters bench captain skipper")

var sidePlurals = wordSet("have are were play host face meet visit travel")

// pronounLinkWords open a clause whose subject may be the name before them.
var pronounLinkWords = wordSet("when as after before while until because once since though although and but")

// namedAsWork reports a name that an earlier sentence, up to si, gave as
// a work ("the courtroom drama Counsel for the Defence").
func (an *analysis) namedAsWork(si int, text string) bool {
	if an.works == nil {
		// Worked out once: a long article asks it of many names.
		an.works = map[string]int{}
		for j := range an.sents {
			s := &an.sents[j]
			for _, m := range s.ments {
				if _, seen := an.works[m.text]; !seen && m.notPerson && m.t0 > 0 && workWords[s.toks[m.t0-1].low] {
					an.works[m.text] = j
				}
			}
		}
	}
	j, ok := an.works[text]
	return ok && j < si
}

// listOrPhrase before a town's name make it one of a list or part of a
// phrase, whose verb says nothing of the town.
var listOrPhrase = wordSet("and or between of from to in at with for near")

// writtenAsPlace reports a one-word name the article sets as a place
// somewhere ("across Kyushu", "southern Kyushu"): there it is the island,
// and elsewhere too, whatever firm is named for it.
func (an *analysis) writtenAsPlace(low string) bool {
	for si := range an.sents {
		s := &an.sents[si]
		for _, m := range s.ments {
			if m.t1-m.t0 == 1 && s.toks[m.t0].low == low && inPlaceSlot(s.toks, m.t0) {
				return true
			}
		}
	}
	return false
}

// inPlaceSlot reports a name after a word that sets a place.
func inPlaceSlot(toks []tok, t0 int) bool {
	if t0 == 0 {
		return false
	}
	p := toks[t0-1].low
	if p == "to" && t0 >= 2 && toks[t0-2].low == "according" {
		return false // "according to Lumen": a source, no place
	}
	return wherePreps[p] || p == "across" || p == "from" || p == "throughout" || pointWords[p] || compassWords[p]
}

// ownerWords own the noun before a name set between commas: "her
// company, Oficina Lacuna,".
var ownerWords = wordSet("his her their its our my the")

// transferWords before "from" and a town make the town a club: "signed
// from Liverpool".
var transferWords = wordSet("signed joined moved transferred arrived loan bought")

// teamVerbAfter reports a plural verb or "who" after a name ending before
// token j: "Liverpool have signed", "Liverpool, who won". British English
// treats a team as plural; a town takes "has" and "which".
func teamVerbAfter(toks []tok, j int) bool {
	if j < len(toks) && toks[j].text == "," {
		j++
		return j < len(toks) && toks[j].low == "who"
	}
	if j >= len(toks) {
		return false
	}
	switch toks[j].low {
	case "have", "are", "were":
		return true // "who" with no comma is a person's: "a girl from Cardiff who built…"
	}
	return false
}

// classOf is orgClass of entity id, "club" for a town's team.
func (an *analysis) classOf(id int) string {
	if an.ents[id].team {
		return "club"
	}
	if k := an.bodyKind(id); k != "" {
		return "body:" + k // "the union Pro" is offered beside unions only
	}
	return orgClass(an.ents[id].name)
}

// bodyKind returns the noun the article puts before a body's name ("the
// union Pro", "the charity Surfers Against Sewage", "the pilots' union,
// the Flight Crew Association"), or "".
func (an *analysis) bodyKind(id int) string {
	if an.kinds == nil {
		an.kinds = map[int]string{}
		for si := range an.sents {
			s := &an.sents[si]
			for _, m := range s.ments {
				k := m.t0 - 1
				if k >= 3 && s.toks[k].low == "the" && s.toks[k-1].text == "," {
					k -= 2 // "The pilots' union, the Flight Crew Association"
				}
				if m.ent >= 0 && k >= 0 && bodyNouns[s.toks[k].low] {
					an.kinds[m.ent] = strings.TrimSuffix(strings.Replace(s.toks[k].low, "ies", "y", 1), "s")
				}
			}
		}
	}
	return an.kinds[id]
}

// countedCompound reports a hyphened word led by a number or an ordinal
// ("first-team", "two-time", "under-21") or by "co-" ("co-author"): a
// common word, capitalised only when it opens a sentence.
func countedCompound(lw string) bool {
	head, _, ok := strings.Cut(lw, "-")
	return ok && (ordinalIndex(head) >= 0 || numberWordIndex(head) > 0 || head == "under" || head == "co")
}

// numberedName reports a one-word name that a number completes: "Ward 4
// Coun. Amrita Sandhu" names a ward, not a Mr Ward.
func numberedName(s *sent, m *mention) bool {
	return m.t1-m.t0 == 1 && m.t1 < len(s.toks) && s.toks[m.t1].num && numberedNouns[s.toks[m.t0].low]
}

// spokenFor reports a name that a spokesperson speaks for, up to token k:
// in "a spokesperson for Manitoba Education and Early Childhood Learning
// said", the body's name, cut at "and", is no speaker.
func spokenFor(toks []tok, k int) bool {
	for x := k - 1; x >= 0 && x >= k-8; x-- {
		switch {
		case toks[x].low == "for":
			return x > 0 && (toks[x-1].low == "spokesperson" || toks[x-1].low == "spokesman" || toks[x-1].low == "spokeswoman" || toks[x-1].low == "representative" || toks[x-1].low == "lawyer")
		case toks[x].low == "and" || toks[x].cap && toks[x].word:
		default:
			return false
		}
	}
	return false
}
