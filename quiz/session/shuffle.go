package session

// A self-paced student who joins twice (a second tab, a friend's phone) must
// not be able to read the answers given to the first seat off the second: so
// in self-paced mode each student gets the questions and their options in an
// order of their own. The order comes from a seed that the server draws and
// puts in the join event, so that the session stays free of randomness and a
// replay rebuilds the same order.

// shuffleOrder gives p a question order and option orders drawn from seed.
func (s *Session) shuffleOrder(p *player, seed uint64) {
	r := splitmix{seed}
	n := len(s.quiz.Questions)
	p.order = r.perm(n)
	p.options = make([][]int, n)
	for i, q := range s.quiz.Questions {
		p.options[i] = r.perm(len(q.Options))
	}
}

// questionAt returns the question at a player's position pos.
func (p *player) questionAt(pos int) int {
	if p.order == nil || pos >= len(p.order) {
		return pos
	}
	return p.order[pos]
}

// position returns where question i stands in the player's order.
func (p *player) position(i int) int {
	if p.order == nil {
		return i
	}
	for pos, q := range p.order {
		if q == i {
			return pos
		}
	}
	return i
}

// splitmix is SplitMix64: small, fast and fixed, so an order drawn today is
// drawn the same after an upgrade (math/rand promises no such thing).
type splitmix struct{ x uint64 }

func (r *splitmix) next() uint64 {
	r.x += 0x9e3779b97f4a7c15
	z := r.x
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

// perm returns a random permutation of 0…n-1 (Fisher–Yates).
func (r *splitmix) perm(n int) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	for i := n - 1; i > 0; i-- {
		j := int(r.next() % uint64(i+1))
		p[i], p[j] = p[j], p[i]
	}
	return p
}
