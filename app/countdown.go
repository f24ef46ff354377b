package main

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"storyquiz/quiz/session"
)

// countdown follows a question's time limit. The end is taken from the
// view's remaining time on arrival rather than its deadline, so a device
// whose clock is wrong still counts down correctly.
type countdown struct {
	until   time.Time
	limit   time.Duration // the question's whole time, for the bar
	ticking bool
	// onTick, when set, hears the time left at each second's tick: the
	// presenter's sounds count down the last seconds with it.
	onTick func(left time.Duration)
}

// set updates the end from a newly arrived view.
func (c *countdown) set(v *session.View, now time.Time) {
	if v == nil || v.Phase != session.PhaseQuestion || v.Deadline == nil {
		c.until = time.Time{}
		return
	}
	c.until = now.Add(time.Duration(v.RemainingMs) * time.Millisecond)
	c.limit = time.Duration(v.TimeLimitSeconds) * time.Second
}

// left is the time remaining, rounded up to whole seconds.
func (c *countdown) left(now time.Time) (time.Duration, bool) {
	if c.until.IsZero() {
		return 0, false
	}
	d := c.until.Sub(now)
	if d < 0 {
		d = 0
	}
	return (d + time.Second - 1).Truncate(time.Second), true
}

// run re-renders component comp every second while time is running out.
func (c *countdown) run(ctx app.Context, comp app.Composer) {
	if c.ticking || c.until.IsZero() || !time.Now().Before(c.until) {
		return
	}
	c.ticking = true
	later(ctx, comp, time.Second, func(ctx app.Context) {
		c.ticking = false
		if d, ok := c.left(time.Now()); ok && c.onTick != nil {
			c.onTick(d)
		}
		c.run(ctx, comp)
	})
}

// render shows the time left as words and as a shrinking bar, emphasised
// in the last ten seconds and more so in the last five. The words are a
// timer role with live announcements off: a screen reader reading every
// second would drown everything else.
func (c *countdown) render(now time.Time) app.UI {
	d, ok := c.left(now)
	if !ok {
		return nil
	}
	cls := "timer"
	switch {
	case d <= 5*time.Second:
		cls += " low final"
	case d <= 10*time.Second:
		cls += " low"
	}
	txt := fmt.Sprintf("Time left: %d:%02d", int(d.Minutes()), int(d.Seconds())%60)
	if d == 0 {
		txt = "Time is up"
	}
	pct := 0
	if c.limit > 0 {
		// The bar shows where it will be a second from now, and its width
		// slides there over that second.
		pct = int(max(0, min(100, 100*(d-time.Second)/c.limit)))
	}
	return app.Div().Class(cls).Body(
		app.Div().Class("timer-bar").Aria("hidden", "true").Body(
			app.Div().Class("timer-fill").Style("width", fmt.Sprintf("%d%%", pct)),
		),
		app.P().ID("timer").Class("timer-text").Role("timer").Aria("live", "off").Text(txt),
	)
}
