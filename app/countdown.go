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
	ticking bool
}

// set updates the end from a newly arrived view.
func (c *countdown) set(v *session.View, now time.Time) {
	if v == nil || v.Phase != session.PhaseQuestion || v.Deadline == nil {
		c.until = time.Time{}
		return
	}
	c.until = now.Add(time.Duration(v.RemainingMs) * time.Millisecond)
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
		c.run(ctx, comp)
	})
}

// render shows the time left. It is a timer role with live announcements
// off: a screen reader reading every second would drown everything else.
func (c *countdown) render(now time.Time) app.UI {
	d, ok := c.left(now)
	if !ok {
		return nil
	}
	cls := "timer"
	if d <= 10*time.Second {
		cls += " low"
	}
	txt := fmt.Sprintf("Time left: %d:%02d", int(d.Minutes()), int(d.Seconds())%60)
	if d == 0 {
		txt = "Time is up"
	}
	return app.P().ID("timer").Class(cls).Role("timer").Aria("live", "off").Text(txt)
}
